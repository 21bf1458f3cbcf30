package space.cosmodrome.ascent;

/**
 * One sample of an ascent trajectory.
 *
 * @param timeS time since liftoff (s)
 * @param positionM inertial position {x, y, z} in the frame of the Earth-fixed axes at liftoff (m)
 * @param velocityMps inertial velocity (m/s)
 * @param latitudeDeg geodetic latitude of the sub-vehicle point (deg)
 * @param longitudeDeg Earth-fixed longitude of the sub-vehicle point (deg)
 * @param altitudeM altitude above the ellipsoid (m)
 * @param downrangeM great-circle distance from the pad (m)
 * @param relativeSpeedMps speed relative to the rotating atmosphere (m/s)
 * @param dynamicPressurePa dynamic pressure (Pa)
 * @param accelerationG sensed (thrust and drag) acceleration (g)
 * @param massKg vehicle mass (kg)
 * @param pitchDeg thrust elevation above the local horizontal (deg)
 * @param impactPoint instantaneous impact point, or null once the vacuum path no longer reaches the ground
 */
public record TrajectoryPoint(double timeS, double[] positionM, double[] velocityMps, double latitudeDeg,
                              double longitudeDeg, double altitudeM, double downrangeM, double relativeSpeedMps,
                              double dynamicPressurePa, double accelerationG, double massKg, double pitchDeg,
                              ImpactPoint impactPoint) {
}
