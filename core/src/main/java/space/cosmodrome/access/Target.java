package space.cosmodrome.access;

import space.cosmodrome.error.CosmodromeException;

/**
 * A point on the ground to image.
 *
 * @param name its name
 * @param latitudeRad geodetic latitude (rad)
 * @param longitudeRad longitude (rad)
 */
public record Target(String name, double latitudeRad, double longitudeRad) {
    public Target {
        if (name == null || name.isBlank()) {
            throw CosmodromeException.missing("targets[].name", "a name for each target");
        }
        if (!(Math.abs(latitudeRad) <= Math.PI / 2)) {
            throw CosmodromeException.badValue("targets[" + name + "].latitudeDeg", Math.toDegrees(latitudeRad), "allowed: -90 to 90 deg");
        }
        if (!(Math.abs(longitudeRad) <= 2 * Math.PI)) {
            throw CosmodromeException.badValue("targets[" + name + "].longitudeDeg", Math.toDegrees(longitudeRad), "allowed: -360 to 360 deg");
        }
    }
}
