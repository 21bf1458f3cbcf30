package space.cosmodrome.contact;

import space.cosmodrome.error.CosmodromeException;

/**
 * A ground station.
 *
 * @param name its name (unique in a mission)
 * @param latitudeRad geodetic latitude (rad)
 * @param longitudeRad longitude (rad)
 * @param altitudeM altitude above the WGS84 ellipsoid (m)
 * @param minElevationRad lowest elevation at which it works, at any azimuth (rad)
 * @param mask the lowest elevation by azimuth, or null; where given, the higher of it and minElevationRad applies
 */
public record GroundStation(String name, double latitudeRad, double longitudeRad, double altitudeM, double minElevationRad,
                            ElevationMask mask) {
    public GroundStation {
        if (name == null || name.isBlank()) {
            throw CosmodromeException.missing("groundStations[].name", "a name for each station");
        }
        String f = "groundStations[" + name + "].";
        if (!(Math.abs(latitudeRad) <= Math.PI / 2)) {
            throw CosmodromeException.badValue(f + "latitudeDeg", Math.toDegrees(latitudeRad), "allowed: -90 to 90 deg");
        }
        if (!(Math.abs(longitudeRad) <= Math.PI * 2)) {
            throw CosmodromeException.badValue(f + "longitudeDeg", Math.toDegrees(longitudeRad), "allowed: -360 to 360 deg");
        }
        if (!(altitudeM >= -500 && altitudeM <= 10_000)) {
            throw CosmodromeException.badValue(f + "altitudeM", altitudeM, "allowed: -500 to 10,000 m");
        }
        if (!(minElevationRad >= 0 && minElevationRad < Math.PI / 2)) {
            throw CosmodromeException.badValue(f + "minElevationDeg", Math.toDegrees(minElevationRad), "allowed: 0 to below 90 deg");
        }
    }

    /** A station with one minimum elevation all round. */
    public GroundStation(String name, double latitudeRad, double longitudeRad, double altitudeM, double minElevationRad) {
        this(name, latitudeRad, longitudeRad, altitudeM, minElevationRad, null);
    }

    /** @return the lowest usable elevation at an azimuth (rad) */
    public double minElevationAt(double azimuthRad) {
        return mask == null ? minElevationRad : Math.max(minElevationRad, mask.elevationAt(azimuthRad));
    }
}
