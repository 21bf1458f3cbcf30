package space.cosmodrome.ascent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;

/**
 * Launch azimuth against orbit inclination from a site, with range-safety corridors and dog-legs.
 * The inertial azimuth β_I of a launch from latitude L into inclination i obeys cos i = cos L sin β_I;
 * the ground azimuth is steered so that, once the Earth's eastward surface speed is added, the inertial
 * velocity points along β_I at orbital speed.
 *
 * <p>L is the pad's geocentric latitude: the orbit plane passes through the Earth's centre, and the
 * spherical triangle pole / pad / node has its side from the pole to the pad at 90 deg less the geocentric
 * latitude (Vostochny: 51.88 deg geodetic, 51.70 deg geocentric). The lowest inclination a direct ascent
 * reaches is that geocentric latitude. Azimuths stay local (ground, from geodetic north); at a pad the two
 * norths differ by nothing (the geodetic and geocentric verticals share the meridian plane).
 */
public final class LaunchGeometry {
    /** Orbital speed used to turn inertial into ground azimuths (m/s). */
    static final double ORBITAL_SPEED_MPS = 7_800;
    /** Largest plane change a dog-leg may make (deg) before the orbit is called out of reach. */
    public static final double MAX_DOG_LEG_DEG = 60;

    private LaunchGeometry() {
    }

    /**
     * How a launch reaches an inclination.
     *
     * @param groundAzimuthRad azimuth to fly from the pad, clockwise from north (rad)
     * @param flownInclinationRad inclination the ascent itself reaches (rad)
     * @param targetInclinationRad inclination wanted (rad)
     * @param northbound whether the launch heads north (crossing the site near the ascending node)
     * @param corridorName the corridor flown, or "none known" when the site has no corridor data
     */
    public record Approach(double groundAzimuthRad, double flownInclinationRad, double targetInclinationRad,
                           boolean northbound, String corridorName) {
        /** @return the plane change a dog-leg has to make (rad), 0 for a direct ascent */
        public double dogLegRad() {
            return Math.abs(targetInclinationRad - flownInclinationRad);
        }
    }

    /**
     * Inertial azimuth into an inclination, or NaN when the inclination is below the latitude.
     * @param latitudeRad site latitude
     * @param inclinationRad orbit inclination
     * @param northbound north- or southbound branch
     * @return azimuth in [0, 2π) (rad)
     */
    public static double inertialAzimuth(double latitudeRad, double inclinationRad, boolean northbound) {
        double s = Math.cos(inclinationRad) / Math.cos(latitudeRad);
        if (Math.abs(s) > 1 + 1e-12) {
            return Double.NaN;
        }
        double beta = Math.asin(Math.max(-1, Math.min(1, s)));
        double az = northbound ? beta : Math.PI - beta;
        return az < 0 ? az + 2 * Math.PI : az;
    }

    /** @return the ground azimuth that gives an inertial azimuth once the Earth's rotation is added (rad) */
    public static double groundAzimuth(double inertialAzimuthRad, double surfaceSpeedMps) {
        double north = ORBITAL_SPEED_MPS * Math.cos(inertialAzimuthRad);
        double east = ORBITAL_SPEED_MPS * Math.sin(inertialAzimuthRad) - surfaceSpeedMps;
        double az = Math.atan2(east, north);
        return az < 0 ? az + 2 * Math.PI : az;
    }

    /** @return the inclination a ground azimuth leads to (rad) */
    public static double inclinationOf(double latitudeRad, double groundAzimuthRad, double surfaceSpeedMps) {
        double relative = ORBITAL_SPEED_MPS - surfaceSpeedMps * Math.sin(groundAzimuthRad);
        double north = relative * Math.cos(groundAzimuthRad);
        double east = relative * Math.sin(groundAzimuthRad) + surfaceSpeedMps;
        double inertialAz = Math.atan2(east, north);
        return Math.acos(Math.max(-1, Math.min(1, Math.cos(latitudeRad) * Math.sin(inertialAz))));
    }

    /**
     * The best approach to an inclination from a site: direct where a corridor allows it (northbound
     * preferred), else the allowed azimuth whose inclination is nearest, with a dog-leg for the rest.
     * @param site launch site
     * @param inclinationRad target inclination
     * @return the approach
     */
    public static Approach approach(LaunchSite site, double inclinationRad) {
        return approach(site, inclinationRad, true);
    }

    /**
     * The best approach to an inclination, trying one direction first: a launch window fixes whether the
     * launch heads north (ascending half of the orbit) or south.
     * @param site launch site
     * @param inclinationRad target inclination
     * @param northFirst true to prefer a northbound launch, false a southbound one
     * @return the approach
     */
    public static Approach approach(LaunchSite site, double inclinationRad, boolean northFirst) {
        double lat = geocentricLatitudeRad(site);
        double vSurface = Earth.surfaceSpeed(site.latitudeRad(), site.altitudeM());
        for (boolean north : new boolean[] {northFirst, !northFirst}) {
            double inertial = inertialAzimuth(lat, inclinationRad, north);
            if (!Double.isNaN(inertial)) {
                double ground = groundAzimuth(inertial, vSurface);
                String corridor = corridorOf(site, Math.toDegrees(ground));
                if (corridor != null) {
                    return new Approach(ground, inclinationRad, inclinationRad, north, corridor);
                }
            }
        }
        // no direct azimuth allowed: the allowed azimuth nearest in inclination. The inclination is continuous
        // in the azimuth, so within a corridor it is nearest at an edge or at an extreme of the inclination
        // (due east, the lowest; due west, the highest); the direct azimuths were tried above. Candidates
        // instead of a scan: a corridor only one azimuth wide (or narrower than a scan step) counts too.
        double bestAz = Double.NaN;
        double bestIncl = Double.NaN;
        for (double azDeg : candidateAzimuthsDeg(site)) {
            double incl = inclinationOf(lat, Math.toRadians(azDeg), vSurface);
            if (Double.isNaN(bestAz) || Math.abs(incl - inclinationRad) < Math.abs(bestIncl - inclinationRad) - 1e-12) {
                bestAz = Math.toRadians(azDeg);
                bestIncl = incl;
            }
        }
        boolean northbound = Math.cos(bestAz) >= 0;
        return new Approach(bestAz, bestIncl, inclinationRad, northbound, corridorOf(site, Math.toDegrees(bestAz)));
    }

    /**
     * The direct ascent into an inclination as if the site had no corridors: the reference against which a
     * dog-leg's payload cost is measured.
     * @param site launch site
     * @param inclinationRad target inclination
     * @param northFirst which branch to prefer when both exist
     * @return the approach, empty when no azimuth reaches the inclination directly (below the pad's geocentric
     *         latitude, or above 180 deg less it)
     */
    public static java.util.Optional<Approach> unconstrainedApproach(LaunchSite site, double inclinationRad,
                                                                     boolean northFirst) {
        double lat = geocentricLatitudeRad(site);
        double vSurface = Earth.surfaceSpeed(site.latitudeRad(), site.altitudeM());
        for (boolean north : new boolean[] {northFirst, !northFirst}) {
            double inertial = inertialAzimuth(lat, inclinationRad, north);
            if (!Double.isNaN(inertial)) {
                return java.util.Optional.of(new Approach(groundAzimuth(inertial, vSurface), inclinationRad,
                        inclinationRad, north, "none (no range-safety limit)"));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The pad's geocentric latitude: the angle at the Earth's centre between the equator and the pad, the
     * latitude that the spherical trigonometry of an orbit plane (through the centre) needs.
     * @param site launch site (geodetic latitude, altitude above the ellipsoid)
     * @return geocentric latitude (rad)
     */
    public static double geocentricLatitudeRad(LaunchSite site) {
        double[] p = Earth.geodeticToCartesian(site.latitudeRad(), 0, site.altitudeM());
        return Math.atan2(p[2], Math.hypot(p[0], p[1]));
    }

    /**
     * Ground azimuths (deg) among which the one nearest a target inclination lies: each corridor's edges and
     * due east and due west where a corridor holds them; with no corridor data, due east and due west.
     */
    static List<Double> candidateAzimuthsDeg(LaunchSite site) {
        List<Double> out = new ArrayList<>();
        if (site.corridors().isEmpty()) {
            out.add(90.0);
            out.add(270.0);
            return out;
        }
        for (AzimuthCorridor c : site.corridors()) {
            out.addAll(corridorCandidatesDeg(c));
        }
        return out;
    }

    private static List<Double> corridorCandidatesDeg(AzimuthCorridor c) {
        List<Double> out = new ArrayList<>();
        out.add(c.minAzimuthDeg());
        out.add(c.maxAzimuthDeg() % 360);
        for (double extreme : new double[] {90, 270}) {
            if (c.contains(extreme)) {
                out.add(extreme);
            }
        }
        return out;
    }

    /** @return human-readable inclination ranges reachable without a dog-leg, corridor by corridor */
    public static String reachableInclinations(LaunchSite site) {
        double lat = geocentricLatitudeRad(site);
        double vSurface = Earth.surfaceSpeed(site.latitudeRad(), site.altitudeM());
        if (site.corridors().isEmpty()) {
            double latDeg = Math.abs(Math.toDegrees(lat));
            return String.format(Locale.ROOT, "%.2f to %.2f deg (no corridor data)", latDeg, 180 - latDeg);
        }
        List<String> parts = new ArrayList<>();
        for (AzimuthCorridor c : site.corridors()) {
            // exact: the extremes lie at the corridor's edges or at due east / due west inside it
            double lo = 180;
            double hi = 0;
            for (double az : corridorCandidatesDeg(c)) {
                double incl = Math.toDegrees(inclinationOf(lat, Math.toRadians(az), vSurface));
                lo = Math.min(lo, incl);
                hi = Math.max(hi, incl);
            }
            parts.add(String.format(Locale.ROOT, "%.2f-%.2f deg (%s, azimuth %s)", lo, hi, c.name(),
                    c.maxAzimuthDeg() == c.minAzimuthDeg() ? plain(c.minAzimuthDeg())
                            : plain(c.minAzimuthDeg()) + "-" + plain(c.maxAzimuthDeg())));
        }
        return String.join("; ", parts);
    }

    /** @return a figure without trailing zeros (58, 100.25) */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private static String corridorOf(LaunchSite site, double azimuthDeg) {
        if (site.corridors().isEmpty()) {
            return "none known";
        }
        return site.corridors().stream().filter(c -> c.contains(azimuthDeg)).map(AzimuthCorridor::name)
                .findFirst().orElse(null);
    }
}
