package space.cosmodrome.ascent;

/**
 * Something that happens during an ascent.
 *
 * @param name what happened ("liftoff", "max-q", "stage 1 burnout", "fairing jettison", "orbit insertion")
 * @param timeS time since liftoff (s)
 * @param altitudeM altitude above the ellipsoid (m)
 * @param downrangeM great-circle distance from the pad, over the surface (m)
 * @param speedMps inertial speed (m/s)
 */
public record FlightEvent(String name, double timeS, double altitudeM, double downrangeM, double speedMps) {
}
