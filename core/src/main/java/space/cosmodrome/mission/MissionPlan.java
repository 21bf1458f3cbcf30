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
 */
public record MissionPlan(Mission mission, AscentResult ascent, OrbitSpec orbitSpec, Orbit initialOrbit, Trajectory trajectory,
                          ContactReport contacts, EclipseReport eclipses, AccessReport accesses, List<RegionCoverage> coverage, Budgets budgets,
                          LifetimeReport lifetime, List<String> warnings) {
}
