package space.cosmodrome.contact;

import space.cosmodrome.error.CosmodromeException;

/**
 * The lowest usable elevation as a function of azimuth (terrain, buildings, antenna limits): a table of
 * azimuths (from north, clockwise) and elevations, interpolated linearly in azimuth and wrapping round
 * through north.
 *
 * @param azimuthsRad azimuths (rad), strictly increasing within [0, 2π)
 * @param elevationsRad the elevation at each (rad), from 0 to below π/2
 */
public record ElevationMask(double[] azimuthsRad, double[] elevationsRad) {
    public ElevationMask {
        if (azimuthsRad == null || elevationsRad == null || azimuthsRad.length == 0 || azimuthsRad.length != elevationsRad.length) {
            throw CosmodromeException.badValue("groundStations[].elevationMask", azimuthsRad == null ? 0 : azimuthsRad.length,
                    "at least one [azimuthDeg, elevationDeg] pair");
        }
        for (int i = 0; i < azimuthsRad.length; i++) {
            if (!(azimuthsRad[i] >= 0 && azimuthsRad[i] < 2 * Math.PI)) {
                throw CosmodromeException.badValue("groundStations[].elevationMask[" + i + "]", Math.toDegrees(azimuthsRad[i]),
                        "an azimuth from 0 to below 360 deg");
            }
            if (i > 0 && !(azimuthsRad[i] > azimuthsRad[i - 1])) {
                throw CosmodromeException.badValue("groundStations[].elevationMask[" + i + "]", Math.toDegrees(azimuthsRad[i]),
                        "azimuths in increasing order");
            }
            if (!(elevationsRad[i] >= 0 && elevationsRad[i] < Math.PI / 2)) {
                throw CosmodromeException.badValue("groundStations[].elevationMask[" + i + "]", Math.toDegrees(elevationsRad[i]),
                        "an elevation from 0 to below 90 deg");
            }
        }
        azimuthsRad = azimuthsRad.clone();
        elevationsRad = elevationsRad.clone();
    }

    @Override
    public double[] azimuthsRad() {
        return azimuthsRad.clone();
    }

    @Override
    public double[] elevationsRad() {
        return elevationsRad.clone();
    }

    /**
     * @param azimuthRad azimuth (rad), any value
     * @return the mask's elevation there (rad)
     */
    public double elevationAt(double azimuthRad) {
        int n = azimuthsRad.length;
        if (n == 1) {
            return elevationsRad[0];
        }
        double az = azimuthRad % (2 * Math.PI);
        if (az < 0) {
            az += 2 * Math.PI;
        }
        int hi = 0;
        while (hi < n && azimuthsRad[hi] <= az) {
            hi++;
        }
        // between entry lo and entry hi, wrapping through north at either end
        int lo = hi - 1;
        double a0 = lo < 0 ? azimuthsRad[n - 1] - 2 * Math.PI : azimuthsRad[lo];
        double e0 = lo < 0 ? elevationsRad[n - 1] : elevationsRad[lo];
        double a1 = hi >= n ? azimuthsRad[0] + 2 * Math.PI : azimuthsRad[hi];
        double e1 = hi >= n ? elevationsRad[0] : elevationsRad[hi];
        return e0 + (e1 - e0) * (az - a0) / (a1 - a0);
    }
}
