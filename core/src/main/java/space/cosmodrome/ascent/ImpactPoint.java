package space.cosmodrome.ascent;

/**
 * Instantaneous impact point (IIP): where the vehicle would hit the ground if its engines stopped now.
 *
 * <p>Approximation: the vacuum two-body conic of the current state (point-mass gravity, no J2, no drag), cut
 * with the WGS84 ellipsoid (the impact radius is the ellipsoid's at the impact's geocentric latitude, found
 * by fixed-point iteration); the Earth turns at its WGS84 rate during the time of flight. Range-safety
 * practice computes it the same way (vacuum IIP); drag would shorten the real fall, J2 moves it by a few
 * kilometres over a flight of tens of minutes.
 *
 * @param latitudeDeg geodetic latitude of the impact (deg)
 * @param longitudeDeg Earth-fixed longitude of the impact (deg, in (-180, 180])
 * @param timeOfFlightS time from the state to the impact (s)
 */
public record ImpactPoint(double latitudeDeg, double longitudeDeg, double timeOfFlightS) {
    private static final double POLAR_RADIUS = Earth.EQUATORIAL_RADIUS * (1 - Earth.FLATTENING);
    private static final double E2 = Earth.FLATTENING * (2 - Earth.FLATTENING);

    /**
     * The impact point of a state.
     * @param y position (m) and velocity (m/s) in the pseudo-inertial frame of {@link Earth} (axes of the
     *          Earth-fixed frame at liftoff), as the first six entries
     * @param timeS time since liftoff (s): how far the Earth has turned
     * @return the impact point, or null when the conic does not reach the ground (orbital or escaping)
     */
    public static ImpactPoint of(double[] y, double timeS) {
        double rx = y[0];
        double ry = y[1];
        double rz = y[2];
        double vx = y[3];
        double vy = y[4];
        double vz = y[5];
        double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double v2 = vx * vx + vy * vy + vz * vz;
        double rv = rx * vx + ry * vy + rz * vz;
        double inverseA = 2 / r - v2 / Earth.MU;
        if (inverseA <= 0) {
            return null;
        }
        double a = 1 / inverseA;
        double hx = ry * vz - rz * vy;
        double hy = rz * vx - rx * vz;
        double hz = rx * vy - ry * vx;
        double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double p = h * h / Earth.MU;
        double e = Math.sqrt(Math.max(0, 1 - p / a));
        if (e < 1e-9 || p / (1 + e) >= Earth.EQUATORIAL_RADIUS) {
            return null;   // perigee above the ground: in orbit
        }
        // current true anomaly: e cos(nu) = p / r - 1, e sin(nu) = (r.v) h / (mu r)... scaled by r: sqrt(p/mu) rv / r
        double nuNow = Math.atan2(Math.sqrt(p / Earth.MU) * rv / r, p / r - 1);
        if (nuNow < 0) {
            nuNow += 2 * Math.PI;
        }
        // in-plane unit vectors: r^ and t^ = h^ x r^ (the direction of motion)
        double ux = rx / r;
        double uy = ry / r;
        double uz = rz / r;
        double tx = (hy * uz - hz * uy) / h;
        double ty = (hz * ux - hx * uz) / h;
        double tz = (hx * uy - hy * ux) / h;
        double radius = ellipsoidRadius(uz);
        double nuImpact = nuNow;
        double ix = ux;
        double iy = uy;
        double iz = uz;
        for (int k = 0; k < 6; k++) {
            double cosNu = (p / radius - 1) / e;
            if (cosNu < -1) {
                break;    // the whole conic is below this radius: the vehicle is on the ground already
            }
            // the descending crossing, after apogee
            nuImpact = 2 * Math.PI - Math.acos(Math.min(1, cosNu));
            double dNu = Math.max(0, nuImpact - nuNow);
            double c = Math.cos(dNu);
            double s = Math.sin(dNu);
            ix = c * ux + s * tx;
            iy = c * uy + s * ty;
            iz = c * uz + s * tz;
            double next = ellipsoidRadius(iz);
            if (Math.abs(next - radius) < 0.01) {
                radius = next;
                break;
            }
            radius = next;
        }
        nuImpact = Math.max(nuImpact, nuNow);
        double n = Math.sqrt(Earth.MU / (a * a * a));
        double tof = (meanAnomaly(nuImpact, e) - meanAnomaly(nuNow, e)) / n;
        if (tof < 0) {
            tof += 2 * Math.PI / n;
        }
        double theta = Earth.ROTATION_RATE * (timeS + tof);
        double ct = Math.cos(theta);
        double st = Math.sin(theta);
        double[] fixed = {radius * (ct * ix + st * iy), radius * (-st * ix + ct * iy), radius * iz};
        return new ImpactPoint(Math.toDegrees(AscentSimulator.geodeticLatitude(fixed)),
                Math.toDegrees(Math.atan2(fixed[1], fixed[0])), tof);
    }

    /** Mean anomaly in [0, 2π) of a true anomaly in [0, 2π] on an ellipse. */
    private static double meanAnomaly(double nu, double e) {
        double eccentric = Math.atan2(Math.sqrt(1 - e * e) * Math.sin(nu), e + Math.cos(nu));
        double m = eccentric - e * Math.sin(eccentric);
        if (m < 0) {
            m += 2 * Math.PI;
        }
        if (nu >= 2 * Math.PI - 1e-12) {
            m = 2 * Math.PI;
        }
        return m;
    }

    /** Radius of the WGS84 ellipsoid (m) at a geocentric latitude given by its sine. */
    private static double ellipsoidRadius(double sinLatitude) {
        double cos2 = 1 - sinLatitude * sinLatitude;
        return POLAR_RADIUS / Math.sqrt(1 - E2 * cos2);
    }
}
