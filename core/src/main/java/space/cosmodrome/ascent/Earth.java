package space.cosmodrome.ascent;

/**
 * The Earth as the ascent sees it: WGS84 ellipsoid, EGM96 J2, the WGS84 rotation rate. Positions are in a
 * pseudo-inertial frame whose axes match the Earth-fixed axes at liftoff (precession and nutation over the
 * minutes of an ascent are far below the model's other errors).
 */
public final class Earth {
    /** Gravitational parameter (m³/s²), WGS84. */
    public static final double MU = 3.986004418e14;
    /** Equatorial radius (m), WGS84. */
    public static final double EQUATORIAL_RADIUS = 6_378_137.0;
    /** Flattening, WGS84. */
    public static final double FLATTENING = 1 / 298.257223563;
    /** Second zonal harmonic, unnormalised (EGM96 C20 = -4.84165371736e-4 times sqrt(5)). */
    public static final double J2 = 1.08262668e-3;
    /** Rotation rate (rad/s), WGS84. */
    public static final double ROTATION_RATE = 7.292115e-5;

    private Earth() {
    }

    /**
     * Gravity acceleration with J2 at an inertial position (z along the rotation axis).
     * @param x position (m)
     * @param y position (m)
     * @param z position (m)
     * @param out array of 3 written with the acceleration (m/s²)
     */
    static void gravity(double x, double y, double z, double[] out) {
        double r2 = x * x + y * y + z * z;
        double r = Math.sqrt(r2);
        double muOverR3 = MU / (r2 * r);
        double k = 1.5 * J2 * EQUATORIAL_RADIUS * EQUATORIAL_RADIUS / r2;
        double z2r2 = z * z / r2;
        double c = 1 + k * (1 - 5 * z2r2);
        out[0] = -muOverR3 * x * c;
        out[1] = -muOverR3 * y * c;
        out[2] = -muOverR3 * z * (1 + k * (3 - 5 * z2r2));
    }

    /**
     * Height above the ellipsoid, to a few metres: the distance from the centre less the ellipsoid radius at
     * the point's geocentric latitude.
     */
    static double altitude(double x, double y, double z) {
        double r = Math.sqrt(x * x + y * y + z * z);
        double sinLat = z / r;
        return r - EQUATORIAL_RADIUS * (1 - FLATTENING * sinLat * sinLat);
    }

    /**
     * Earth-fixed position of a geodetic point (m).
     * @param latitudeRad geodetic latitude
     * @param longitudeRad longitude
     * @param altitudeM height above the ellipsoid
     * @return {x, y, z}
     */
    static double[] geodeticToCartesian(double latitudeRad, double longitudeRad, double altitudeM) {
        double e2 = FLATTENING * (2 - FLATTENING);
        double sinLat = Math.sin(latitudeRad);
        double n = EQUATORIAL_RADIUS / Math.sqrt(1 - e2 * sinLat * sinLat);
        double cosLat = Math.cos(latitudeRad);
        return new double[] {
            (n + altitudeM) * cosLat * Math.cos(longitudeRad),
            (n + altitudeM) * cosLat * Math.sin(longitudeRad),
            (n * (1 - e2) + altitudeM) * sinLat
        };
    }

    /** @return the surface speed of the Earth's rotation at a geodetic point (m/s) */
    public static double surfaceSpeed(double latitudeRad, double altitudeM) {
        double[] p = geodeticToCartesian(latitudeRad, 0, altitudeM);
        return ROTATION_RATE * Math.hypot(p[0], p[1]);
    }
}
