package space.cosmodrome.lifetime;

/**
 * A point of a decay history.
 *
 * @param timeS time since the start (s)
 * @param perigeeAltitudeM perigee distance less the equatorial radius (m)
 * @param apogeeAltitudeM apogee distance less the equatorial radius (m)
 */
public record DecayPoint(double timeS, double perigeeAltitudeM, double apogeeAltitudeM) {
}
