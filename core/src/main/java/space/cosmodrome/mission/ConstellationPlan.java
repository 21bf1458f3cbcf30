package space.cosmodrome.mission;

import java.util.List;

import space.cosmodrome.access.Access;
import space.cosmodrome.contact.Contact;
import space.cosmodrome.orbit.OrbitSpec;

/**
 * The constellation part of a plan whose orbit is a {@link OrbitSpec.Walker}. Each satellite has its own full
 * plan (orbit, contacts, eclipses, accesses, coverage, budgets); the lifetime is computed once and shared, every
 * member flying the same mean altitude, inclination and ballistic coefficient. The enclosing
 * {@link MissionPlan}'s accesses and coverage are the constellation's: the union over all satellites.
 *
 * @param walker the pattern
 * @param satellites one plan per satellite, in {@link OrbitSpec.Walker#members()} order
 * @param contacts every satellite's station contacts, sorted by AOS
 * @param accesses every satellite's target accesses (before merging), sorted by start
 * @param longestWithoutAccessS per target (in the mission's order), the longest stretch of the span no satellite
 *        sees it, the span's edges included (s)
 */
public record ConstellationPlan(OrbitSpec.Walker walker, List<MissionPlan> satellites, List<SatelliteContact> contacts,
                                List<SatelliteAccess> accesses, List<Double> longestWithoutAccessS) {
    /**
     * A contact and the satellite that has it.
     *
     * @param satellite the satellite's name
     * @param contact the contact
     */
    public record SatelliteContact(String satellite, Contact contact) {
    }

    /**
     * An access and the satellite that has it.
     *
     * @param satellite the satellite's name
     * @param access the access
     */
    public record SatelliteAccess(String satellite, Access access) {
    }

    /** @return the satellite's name of a member plan */
    public static String name(MissionPlan satellite) {
        return ((OrbitSpec.WalkerMember) satellite.orbitSpec()).name();
    }
}
