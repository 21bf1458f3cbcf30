package space.cosmodrome.mission;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.SensorLimits;
import space.cosmodrome.access.Target;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.Region;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;

/**
 * Everything a plan needs. Exactly one of {@code launch} and {@code orbit} is given.
 *
 * @param name mission name
 * @param spacecraft physical properties
 * @param sensor imaging limits
 * @param power power system, or null for no power budget
 * @param data data rates, or null for no data budget
 * @param launch the launch, or null when the orbit is given directly
 * @param orbit the orbit, or null when a launch delivers it
 * @param propagation the propagation model
 * @param gravity degree and order of the gravity field for numerical propagation
 * @param stations ground stations
 * @param targets imaging targets
 * @param regions regions whose coverage is computed on a grid
 * @param analysis the analysis span
 */
public record Mission(String name, Spacecraft spacecraft, SensorLimits sensor, Power power, DataRates data,
                      LaunchPlan launch, OrbitSpec orbit, PropagationModel propagation, Gravity gravity,
                      List<GroundStation> stations, List<Target> targets, List<Region> regions, Analysis analysis) {

    public Mission {
        if ((launch == null) == (orbit == null)) {
            throw CosmodromeException.missing("orbit", "give exactly one of orbit.launch, orbit.circular, orbit.sunSynchronous");
        }
        if (propagation == PropagationModel.SGP4 && !(orbit instanceof OrbitSpec.FromTle)) {
            throw CosmodromeException.badValue("propagation", "sgp4", "sgp4 propagates a TLE: give the orbit as orbit.tle, "
                    + "or choose keplerian, j2 or numerical");
        }
        stations = List.copyOf(stations);
        targets = List.copyOf(targets);
        regions = List.copyOf(regions);
        Set<String> names = new HashSet<>();
        for (GroundStation s : stations) {
            if (!names.add(s.name())) {
                throw CosmodromeException.badValue("groundStations[].name", s.name(), "names must be unique");
            }
        }
        names.clear();
        for (Target t : targets) {
            if (!names.add(t.name())) {
                throw CosmodromeException.badValue("targets[].name", t.name(), "names must be unique");
            }
        }
        names.clear();
        for (Region r : regions) {
            if (!names.add(r.name())) {
                throw CosmodromeException.badValue("regions[].name", r.name(), "names must be unique");
            }
        }
    }

    /** A mission without regions. */
    public Mission(String name, Spacecraft spacecraft, SensorLimits sensor, Power power, DataRates data,
                   LaunchPlan launch, OrbitSpec orbit, PropagationModel propagation, List<GroundStation> stations,
                   List<Target> targets, Analysis analysis) {
        this(name, spacecraft, sensor, power, data, launch, orbit, propagation, Gravity.DEFAULT, stations, targets, List.of(), analysis);
    }

    /**
     * The gravity field of numerical propagation.
     *
     * @param degree degree, 2 to {@link PropagationModel#MAX_GRAVITY_DEGREE}
     * @param order order, 0 to the degree
     */
    public record Gravity(int degree, int order) {
        /** Degree and order {@link PropagationModel#GRAVITY_DEGREE}. */
        public static final Gravity DEFAULT = new Gravity(PropagationModel.GRAVITY_DEGREE, PropagationModel.GRAVITY_DEGREE);

        public Gravity {
            PropagationModel.checkGravity(degree, order);
        }
    }

    /**
     * The analysis span.
     *
     * @param start first date, or null to start at the orbit's epoch (the insertion, for a launch)
     * @param durationS length (s), above 0 and at most 60 days
     * @param stepS sampling step for the ground track, ephemeris and beta angle (s), 1 to 3600
     */
    public record Analysis(AbsoluteDate start, double durationS, double stepS) {
        /** Longest span accepted (s). */
        public static final double MAX_DURATION_S = 60 * 86_400.0;
        /** Most samples kept for the ground track, ephemeris and beta angle. */
        public static final int MAX_SAMPLES = 200_000;

        public Analysis {
            if (!(durationS > 0 && durationS <= MAX_DURATION_S)) {
                throw CosmodromeException.badValue("analysis.durationDays", durationS / 86_400, "allowed: above 0 and at most 60 days");
            }
            if (!(stepS >= 1 && stepS <= 3600)) {
                throw CosmodromeException.badValue("analysis.stepS", stepS, "allowed: 1 to 3600 s");
            }
            if (durationS / stepS > MAX_SAMPLES) {
                throw CosmodromeException.badValue("analysis.stepS", stepS, String.format(java.util.Locale.ROOT,
                        "allowed: at least %.0f s for %.1f days (at most %d samples are kept)",
                        Math.ceil(durationS / MAX_SAMPLES), durationS / 86_400, MAX_SAMPLES));
            }
        }
    }
}
