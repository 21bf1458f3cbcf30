package space.cosmodrome.mission;

import java.util.List;

import org.orekit.orbits.Orbit;

import space.cosmodrome.access.AccessReport;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.contact.ContactReport;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.eclipse.EclipseReport;
import space.cosmodrome.lifetime.LifetimeReport;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.Trajectory;

/**
 * The result of a plan.
 *
 * @param mission what was asked
 * @param ascent the flown launch, or null when the orbit was given
 * @param orbitSpec the orbit the analysis started from
 * @param initialOrbit that orbit in GCRF
 * @param trajectory the propagated span (ephemeris and samples)
 * @param contacts ground-station contacts
 * @param eclipses eclipses and beta angle
 * @param accesses target accesses and revisits
 * @param coverage region coverage, one per region of the mission
 * @param budgets power and data budgets
 * @param lifetime orbit lifetime, disposal and station-keeping under the solar-activity scenarios
 * @param warnings caveats for the user
 * @param constellation for a Walker constellation: the satellites' own plans and what combines them, null for one
 *        satellite; then {@code initialOrbit}, {@code trajectory}, {@code eclipses} and {@code budgets} are the first
 *        satellite's, {@code contacts} all satellites' (see {@link ConstellationPlan#contacts()} for which one),
 *        {@code accesses} and {@code coverage} the union over all satellites
 */
public record MissionPlan(Mission mission, AscentResult ascent, OrbitSpec orbitSpec, Orbit initialOrbit, Trajectory trajectory,
                          ContactReport contacts, EclipseReport eclipses, AccessReport accesses, List<RegionCoverage> coverage, Budgets budgets,
                          LifetimeReport lifetime, List<String> warnings, ConstellationPlan constellation) {
    /** A plan for one satellite. */
    public MissionPlan(Mission mission, AscentResult ascent, OrbitSpec orbitSpec, Orbit initialOrbit, Trajectory trajectory,
                       ContactReport contacts, EclipseReport eclipses, AccessReport accesses, List<RegionCoverage> coverage,
                       Budgets budgets, LifetimeReport lifetime, List<String> warnings) {
        this(mission, ascent, orbitSpec, initialOrbit, trajectory, contacts, eclipses, accesses, coverage, budgets, lifetime,
                warnings, null);
    }

    /** @return whether this is a constellation's plan */
    public boolean isConstellation() {
        return constellation != null;
    }
}
