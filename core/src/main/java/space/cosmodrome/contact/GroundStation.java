package space.cosmodrome.contact;

import space.cosmodrome.error.CosmodromeException;

/**
 * A ground station.
 *
 * @param name its name (unique in a mission)
 * @param latitudeRad geodetic latitude (rad)
 * @param longitudeRad longitude (rad)
 * @param altitudeM altitude above the WGS84 ellipsoid (m)
 * @param minElevationRad lowest elevation at which it works (rad)
 */
public record GroundStation(String name, double latitudeRad, double longitudeRad, double altitudeM, double minElevationRad) {
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
}
