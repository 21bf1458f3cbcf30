package space.cosmodrome.launch;

import space.cosmodrome.error.CosmodromeException;

/**
 * A range of launch azimuths that range safety allows from a site, measured on the ground clockwise from
 * north. A corridor that crosses north is written with {@code maxAzimuthDeg > 360} (350 to 370).
 *
 * @param name short label ("ISS 51.7 deg", "SSO northward")
 * @param minAzimuthDeg lowest allowed azimuth (deg)
 * @param maxAzimuthDeg highest allowed azimuth (deg), at least {@code minAzimuthDeg}
 * @param source where the figure comes from
 * @param note how the range was derived
 * @param yawAfterDownrangeKm how far downrange (km) the vehicle must fly in the corridor's direction before it
 *                            may yaw out of it (a dog-leg that waits until land under the path is passed);
 *                            0 when it may yaw as soon as the vacuum phase starts
 */
public record AzimuthCorridor(String name, double minAzimuthDeg, double maxAzimuthDeg, String source, String note,
                              double yawAfterDownrangeKm) {

    /** A corridor out of which the vehicle may yaw as soon as its vacuum phase starts. */
    public AzimuthCorridor(String name, double minAzimuthDeg, double maxAzimuthDeg, String source, String note) {
        this(name, minAzimuthDeg, maxAzimuthDeg, source, note, 0);
    }

    public AzimuthCorridor {
        if (!(yawAfterDownrangeKm >= 0 && yawAfterDownrangeKm < 20_000)) {
            throw CosmodromeException.badValue("corridor.yawAfterDownrangeKm", yawAfterDownrangeKm,
                    "allowed: 0 to 20000 km");
        }
        if (!(minAzimuthDeg >= 0 && minAzimuthDeg < 360)) {
            throw CosmodromeException.badValue("corridor.azimuthMinDeg", minAzimuthDeg, "allowed: [0, 360)");
        }
        if (!(maxAzimuthDeg >= minAzimuthDeg && maxAzimuthDeg < minAzimuthDeg + 360)) {
            throw CosmodromeException.badValue("corridor.azimuthMaxDeg", maxAzimuthDeg,
                    "allowed: between azimuthMinDeg (" + minAzimuthDeg + ") and azimuthMinDeg + 360");
        }
    }

    /**
     * @return whether a ground azimuth (deg, any turn) lies inside the corridor, edges included to 1e-9 deg (an
     *         edge converted to radians and back must still count: a corridor may be a single azimuth)
     */
    public boolean contains(double azimuthDeg) {
        double a = normalize(azimuthDeg);
        if (a > 360 - 1e-9) {
            a -= 360;
        }
        if (a < minAzimuthDeg - 1e-9) {
            a += 360;
        }
        return a <= maxAzimuthDeg + 1e-9;
    }

    /** @return the azimuth of the corridor nearest to the one given (deg, in [0, 360)) */
    public double clamp(double azimuthDeg) {
        if (contains(azimuthDeg)) {
            return normalize(azimuthDeg);
        }
        double toMin = angularDistance(azimuthDeg, minAzimuthDeg);
        double toMax = angularDistance(azimuthDeg, maxAzimuthDeg);
        return normalize(toMin <= toMax ? minAzimuthDeg : maxAzimuthDeg);
    }

    static double normalize(double deg) {
        double a = deg % 360.0;
        return a < 0 ? a + 360.0 : a;
    }

    static double angularDistance(double aDeg, double bDeg) {
        double d = Math.abs(normalize(aDeg) - normalize(bDeg));
        return Math.min(d, 360 - d);
    }
}
