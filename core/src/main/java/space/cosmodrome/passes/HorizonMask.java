package space.cosmodrome.passes;

import java.util.Arrays;

import space.cosmodrome.error.CosmodromeException;

/**
 * A horizon mask: the lowest elevation (rad) at which an observer sees a satellite, as a function of azimuth,
 * interpolated linearly between the given points and around north. An empty mask leaves only the observer's minimum
 * elevation. Instances are immutable.
 */
public final class HorizonMask {
    /** No mask. */
    public static final HorizonMask NONE = new HorizonMask(new double[0], new double[0]);

    private final double[] azimuthRad;
    private final double[] elevationRad;

    private HorizonMask(double[] azimuthRad, double[] elevationRad) {
        this.azimuthRad = azimuthRad;
        this.elevationRad = elevationRad;
    }

    /**
     * @param azimuthDeg azimuths (deg, 0 to 360, from north through east), any order
     * @param elevationDeg mask elevations (deg, -90 to 90), one per azimuth
     * @return the mask
     */
    public static HorizonMask ofDegrees(double[] azimuthDeg, double[] elevationDeg) {
        return ofDegrees("mask", azimuthDeg, elevationDeg);
    }

    private static HorizonMask ofDegrees(String field, double[] azimuthDeg, double[] elevationDeg) {
        if (azimuthDeg.length != elevationDeg.length) {
            throw CosmodromeException.badValue(field, azimuthDeg.length + " azimuths and " + elevationDeg.length
                    + " elevations", "[azimuthDeg, elevationDeg] pairs");
        }
        Integer[] order = new Integer[azimuthDeg.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
            if (!(azimuthDeg[k] >= 0 && azimuthDeg[k] <= 360)) {
                throw CosmodromeException.badValue(field + " azimuthDeg", azimuthDeg[k], "0 to 360 deg");
            }
            if (!(elevationDeg[k] >= -90 && elevationDeg[k] <= 90)) {
                throw CosmodromeException.badValue(field + " elevationDeg", elevationDeg[k], "-90 to 90 deg");
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(azimuthDeg[a], azimuthDeg[b]));
        double[] az = new double[order.length];
        double[] el = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            az[k] = Math.toRadians(azimuthDeg[order[k]]);
            el[k] = Math.toRadians(elevationDeg[order[k]]);
        }
        return new HorizonMask(az, el);
    }

    /**
     * Parses the text form of a mask, {@code az:el;az:el;...} in degrees (as in observers CSV files and the API).
     * @param field the field or parameter named in errors
     * @param text the mask text
     * @return the mask
     */
    public static HorizonMask parseDegrees(String field, String text) {
        String[] pairs = text.split(";");
        double[] az = new double[pairs.length];
        double[] el = new double[pairs.length];
        for (int m = 0; m < pairs.length; m++) {
            String[] p = pairs[m].trim().split(":");
            try {
                if (p.length != 2) {
                    throw new NumberFormatException();
                }
                az[m] = Double.parseDouble(p[0].trim());
                el[m] = Double.parseDouble(p[1].trim());
            } catch (NumberFormatException e) {
                throw CosmodromeException.badValue(field, pairs[m],
                        "azimuthDeg:elevationDeg pairs separated by ';', like 0:5;90:12;180:3");
            }
        }
        return ofDegrees(field, az, el);
    }

    /** @return true when the mask has no points */
    public boolean isEmpty() {
        return azimuthRad.length == 0;
    }

    /** @return the lowest mask elevation (rad), -π/2 for an empty mask */
    public double minimumRad() {
        return Arrays.stream(elevationRad).min().orElse(-Math.PI / 2);
    }

    /** @return the highest mask elevation (rad), -π/2 for an empty mask */
    public double maximumRad() {
        return Arrays.stream(elevationRad).max().orElse(-Math.PI / 2);
    }

    /**
     * @param azimuth azimuth (rad, 0 to 2π)
     * @return mask elevation there (rad), interpolated linearly and across north; -π/2 for an empty mask
     */
    public double elevationAt(double azimuth) {
        int n = azimuthRad.length;
        if (n == 0) {
            return -Math.PI / 2;
        }
        if (n == 1) {
            return elevationRad[0];
        }
        int k = Arrays.binarySearch(azimuthRad, azimuth);
        if (k >= 0) {
            return elevationRad[k];
        }
        int hi = -k - 1;
        double a0;
        double a1;
        double e0;
        double e1;
        if (hi == 0 || hi == n) {
            a0 = azimuthRad[n - 1];
            e0 = elevationRad[n - 1];
            a1 = azimuthRad[0] + 2 * Math.PI;
            e1 = elevationRad[0];
            if (hi == 0) {
                azimuth += 2 * Math.PI;
            }
        } else {
            a0 = azimuthRad[hi - 1];
            a1 = azimuthRad[hi];
            e0 = elevationRad[hi - 1];
            e1 = elevationRad[hi];
        }
        return a1 == a0 ? Math.max(e0, e1) : e0 + (e1 - e0) * (azimuth - a0) / (a1 - a0);
    }

    /** @return azimuths (rad) of the mask points, sorted */
    double[] azimuthsRad() {
        return azimuthRad.clone();
    }

    /** @return the azimuths (deg) of the mask points, sorted */
    public double[] azimuthsDeg() {
        return Arrays.stream(azimuthRad).map(Math::toDegrees).toArray();
    }

    /** @return the elevations (deg) of the mask points, in azimuth order */
    public double[] elevationsDeg() {
        return Arrays.stream(elevationRad).map(Math::toDegrees).toArray();
    }
}
