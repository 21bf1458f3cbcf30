package space.cosmodrome.ascent;

import space.cosmodrome.error.CosmodromeException;

/**
 * The orbit a launch aims for. Altitudes are above the equatorial radius, as payload tables give them.
 *
 * @param perigeeAltitudeM perigee altitude (m)
 * @param apogeeAltitudeM apogee altitude (m), at least the perigee
 * @param inclinationRad inclination (rad), in [0, π]
 */
public record TargetOrbit(double perigeeAltitudeM, double apogeeAltitudeM, double inclinationRad) {

    /** Lowest perigee we accept (m): below it an orbit decays within hours. */
    public static final double MIN_PERIGEE_M = 120_000;
    /** Highest apogee we accept (m): past it a launch is an escape or lunar trajectory. */
    public static final double MAX_APOGEE_M = 400_000_000;

    /** Mean motion of the Sun in right ascension, for sun-synchronous orbits (rad/s): 2π per tropical year. */
    private static final double SUN_MEAN_MOTION = 2 * Math.PI / (365.2421897 * 86_400);

    public TargetOrbit {
        if (!(perigeeAltitudeM >= MIN_PERIGEE_M && perigeeAltitudeM <= MAX_APOGEE_M)) {
            throw CosmodromeException.badValue("--perigee-km", perigeeAltitudeM / 1000,
                    "allowed: " + MIN_PERIGEE_M / 1000 + " to " + MAX_APOGEE_M / 1000 + " km");
        }
        if (!(apogeeAltitudeM >= perigeeAltitudeM && apogeeAltitudeM <= MAX_APOGEE_M)) {
            throw CosmodromeException.badValue("--apogee-km", apogeeAltitudeM / 1000,
                    "allowed: from the perigee (" + perigeeAltitudeM / 1000 + " km) to " + MAX_APOGEE_M / 1000 + " km");
        }
        if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
            throw CosmodromeException.badValue("--inclination-deg", Math.toDegrees(inclinationRad), "allowed: 0 to 180 deg");
        }
    }

    /** @return a circular orbit at an altitude (m) and inclination (rad) */
    public static TargetOrbit circular(double altitudeM, double inclinationRad) {
        return new TargetOrbit(altitudeM, altitudeM, inclinationRad);
    }

    /**
     * The inclination that makes an orbit's node drift with the mean Sun under J2:
     * cos i = -2 n_sun a^(7/2) (1 - e²)² / (3 J2 Re² √μ).
     * @param perigeeAltitudeM perigee altitude (m)
     * @param apogeeAltitudeM apogee altitude (m)
     * @return inclination (rad)
     */
    public static double sunSynchronousInclination(double perigeeAltitudeM, double apogeeAltitudeM) {
        double rp = Earth.EQUATORIAL_RADIUS + perigeeAltitudeM;
        double ra = Earth.EQUATORIAL_RADIUS + apogeeAltitudeM;
        double a = (rp + ra) / 2;
        double e = (ra - rp) / (ra + rp);
        double oneMinusE2 = 1 - e * e;
        double cosI = -2 * SUN_MEAN_MOTION * Math.pow(a, 3.5) * oneMinusE2 * oneMinusE2
                / (3 * Earth.J2 * Earth.EQUATORIAL_RADIUS * Earth.EQUATORIAL_RADIUS * Math.sqrt(Earth.MU));
        if (cosI < -1) {
            throw CosmodromeException.badValue("--altitude-km", perigeeAltitudeM / 1000,
                    "no sun-synchronous orbit exists above about 5,970 km altitude");
        }
        return Math.acos(cosI);
    }

    /** @return a circular sun-synchronous orbit at an altitude (m) */
    public static TargetOrbit sunSynchronous(double altitudeM) {
        return circular(altitudeM, sunSynchronousInclination(altitudeM, altitudeM));
    }

    /** @return perigee radius (m) */
    public double perigeeRadiusM() {
        return Earth.EQUATORIAL_RADIUS + perigeeAltitudeM;
    }

    /** @return apogee radius (m) */
    public double apogeeRadiusM() {
        return Earth.EQUATORIAL_RADIUS + apogeeAltitudeM;
    }

    /** @return semi-major axis (m) */
    public double semiMajorAxisM() {
        return (perigeeRadiusM() + apogeeRadiusM()) / 2;
    }

    /** @return a copy with another inclination (rad); this instance is not changed */
    public TargetOrbit withInclination(double rad) {
        return new TargetOrbit(perigeeAltitudeM, apogeeAltitudeM, rad);
    }
}
