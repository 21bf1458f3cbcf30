package space.cosmodrome.access;

import space.cosmodrome.error.CosmodromeException;

/**
 * When the sensor can image a target.
 *
 * @param halfAngleRad half-angle of the field of view (rad); used for the footprint, not for access
 * @param maxOffNadirRad largest angle between nadir and the line of sight to the target (rad)
 * @param minSunElevationRad lowest Sun elevation at the target (rad); {@code -π/2} or less means no Sun condition
 * @param minElevationRad lowest elevation of the satellite seen from the target (rad), 0 for the horizon
 */
public record SensorLimits(double halfAngleRad, double maxOffNadirRad, double minSunElevationRad, double minElevationRad) {
    public SensorLimits {
        if (!(halfAngleRad >= 0 && halfAngleRad < Math.PI / 2)) {
            throw CosmodromeException.badValue("satellite.sensor.halfAngleDeg", Math.toDegrees(halfAngleRad), "allowed: 0 to below 90 deg");
        }
        if (!(maxOffNadirRad >= 0 && maxOffNadirRad < Math.PI / 2)) {
            throw CosmodromeException.badValue("satellite.sensor.maxOffNadirDeg", Math.toDegrees(maxOffNadirRad), "allowed: 0 to below 90 deg");
        }
        if (!(minSunElevationRad >= -Math.PI / 2 - 1e-12 && minSunElevationRad <= Math.PI / 2)) {
            throw CosmodromeException.badValue("satellite.sensor.minSunElevationDeg", Math.toDegrees(minSunElevationRad), "allowed: -90 to 90 deg");
        }
        if (!(minElevationRad >= 0 && minElevationRad < Math.PI / 2)) {
            throw CosmodromeException.badValue("satellite.sensor.minElevationDeg", Math.toDegrees(minElevationRad), "allowed: 0 to below 90 deg");
        }
    }

    /** Limits with the horizon as the lowest elevation. */
    public SensorLimits(double halfAngleRad, double maxOffNadirRad, double minSunElevationRad) {
        this(halfAngleRad, maxOffNadirRad, minSunElevationRad, 0);
    }

    /** @return whether a Sun condition applies (optical imaging) */
    public boolean needsSun() {
        return minSunElevationRad > -Math.PI / 2;
    }
}
