package space.cosmodrome.passes;

import java.util.Objects;

import space.cosmodrome.error.CosmodromeException;

/**
 * A place on the ground that watches satellites: geodetic coordinates on the WGS-84 ellipsoid, a minimum elevation
 * and an optional horizon mask. A satellite is above this observer's horizon when its elevation exceeds both the
 * minimum elevation and the mask at its azimuth.
 *
 * @param name name used in results
 * @param latitudeRad geodetic latitude (rad)
 * @param longitudeRad longitude (rad)
 * @param altitudeM altitude above the ellipsoid (m)
 * @param minElevationRad minimum elevation (rad), or NaN to take the predictor's default
 * @param mask horizon mask, {@link HorizonMask#NONE} for none
 */
public record Observer(String name, double latitudeRad, double longitudeRad, double altitudeM, double minElevationRad,
        HorizonMask mask) {

    /** Checks ranges. */
    public Observer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mask, "mask");
        if (!(Math.abs(latitudeRad) <= Math.PI / 2 + 1e-12)) {
            throw CosmodromeException.badValue("latitudeDeg", Math.toDegrees(latitudeRad), "-90 to 90 deg");
        }
        if (!(Math.abs(longitudeRad) <= 2 * Math.PI + 1e-12)) {
            throw CosmodromeException.badValue("longitudeDeg", Math.toDegrees(longitudeRad), "-180 to 360 deg");
        }
        if (!(altitudeM >= -500 && altitudeM <= 100_000)) {
            throw CosmodromeException.badValue("altitudeM", altitudeM, "-500 to 100000 m");
        }
        if (!Double.isNaN(minElevationRad) && !(Math.abs(minElevationRad) <= Math.PI / 2)) {
            throw CosmodromeException.badValue("minElevationDeg", Math.toDegrees(minElevationRad), "-90 to 90 deg");
        }
    }

    /**
     * @param name name used in results
     * @param latitudeDeg geodetic latitude (deg)
     * @param longitudeDeg longitude (deg)
     * @param altitudeM altitude above the ellipsoid (m)
     * @return an observer without mask, taking the predictor's minimum elevation
     */
    public static Observer ofDegrees(String name, double latitudeDeg, double longitudeDeg, double altitudeM) {
        return new Observer(name, Math.toRadians(latitudeDeg), Math.toRadians(longitudeDeg), altitudeM, Double.NaN,
                HorizonMask.NONE);
    }

    /**
     * @param elevationRad minimum elevation (rad), NaN for the predictor's default
     * @return a new observer (this one is not changed)
     */
    public Observer withMinElevation(double elevationRad) {
        return new Observer(name, latitudeRad, longitudeRad, altitudeM, elevationRad, mask);
    }

    /**
     * @param horizon horizon mask
     * @return a new observer (this one is not changed)
     */
    public Observer withMask(HorizonMask horizon) {
        return new Observer(name, latitudeRad, longitudeRad, altitudeM, minElevationRad, horizon);
    }
}
