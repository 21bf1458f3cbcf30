/**
 * Ascent and payload capacity. {@link space.cosmodrome.ascent.PayloadCapacity} finds the most payload a
 * vehicle puts into a {@link space.cosmodrome.ascent.TargetOrbit} from a site and returns the
 * {@link space.cosmodrome.ascent.AscentResult} (events, trajectory, delta-v budget, insertion orbit as an Orekit
 * orbit). Underneath: a 3-DOF point-mass simulator over a rotating oblate {@link space.cosmodrome.ascent.Earth}
 * with the {@link space.cosmodrome.ascent.Atmosphere1976 US Standard Atmosphere 1976}, and
 * {@link space.cosmodrome.ascent.LaunchGeometry} for azimuths, corridors and dog-legs.
 */
package space.cosmodrome.ascent;
