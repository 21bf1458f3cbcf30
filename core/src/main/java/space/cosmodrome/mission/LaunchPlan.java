package space.cosmodrome.mission;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

/**
 * A launch that delivers the satellite: the planner flies the satellite's mass with
 * {@link space.cosmodrome.ascent.PayloadCapacity#fly} and starts from the delivered orbit.
 *
 * @param vehicle the vehicle
 * @param site the site
 * @param target the target orbit
 * @param liftoff liftoff date
 */
public record LaunchPlan(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, AbsoluteDate liftoff) {
}
