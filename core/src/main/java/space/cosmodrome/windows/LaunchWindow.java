package space.cosmodrome.windows;

import org.orekit.time.AbsoluteDate;

/**
 * A launch window: the span in which the site lies within the yaw allowance of the target plane.
 *
 * @param open first instant
 * @param close last instant
 * @param optimal the instant the site lies in the plane
 * @param groundAzimuthRad azimuth to fly at the optimal instant, clockwise from north (rad)
 * @param ascending true when the launch heads north (the site passes the plane on the ascending half of the
 *                  orbit), false when it heads south
 * @param allowed whether the site's range-safety corridors allow that azimuth
 * @param corridorName the corridor it falls in, "none known" without corridor data, or null when outside all
 */
public record LaunchWindow(AbsoluteDate open, AbsoluteDate close, AbsoluteDate optimal, double groundAzimuthRad,
                           boolean ascending, boolean allowed, String corridorName) {

    /** @return window length (s) */
    public double durationS() {
        return close.durationFrom(open);
    }
}
