package space.cosmodrome.ascent;

/**
 * The U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562, NASA-TM-X-74335): temperature, pressure, density
 * and speed of sound against geometric altitude. Below 86 km the seven layers of constant lapse rate in
 * geopotential altitude are computed exactly; above, density follows the standard's tabulated values,
 * interpolated exponentially, and pressure is negligible for thrust (under 0.4 Pa).
 */
public final class Atmosphere1976 {
    private static final double R_EARTH_M = 6_356_766.0;        // effective Earth radius of the standard (m)
    private static final double G0 = 9.80665;                   // (m/s²)
    private static final double R_AIR = 287.053;                // specific gas constant of air (J/(kg K))
    private static final double GAMMA = 1.4;
    private static final double GMR = G0 / R_AIR;               // (K/m)

    /** Layer bases in geopotential altitude (m), lapse rates (K/m), base temperatures (K), base pressures (Pa). */
    private static final double[] H_BASE = {0, 11_000, 20_000, 32_000, 47_000, 51_000, 71_000, 84_852};
    private static final double[] LAPSE = {-0.0065, 0, 0.001, 0.0028, 0, -0.0028, -0.002, 0};
    private static final double[] T_BASE = {288.15, 216.65, 216.65, 228.65, 270.65, 270.65, 214.65, 186.946};
    private static final double[] P_BASE = {101_325.0, 22_632.06, 5_474.889, 868.0187, 110.9063, 66.93887,
                                            3.956420, 0.3734};

    /** Tabulated density above 86 km (geometric altitude (m), density (kg/m³)), from the 1976 standard. */
    private static final double[] Z_UPPER = {86e3, 100e3, 110e3, 120e3, 150e3, 200e3, 300e3, 400e3, 500e3, 600e3,
                                              700e3, 800e3, 900e3, 1000e3};
    private static final double[] RHO_UPPER = {6.958e-6, 5.604e-7, 9.708e-8, 2.222e-8, 2.076e-9, 2.541e-10,
                                               1.916e-11, 2.803e-12, 5.215e-13, 1.137e-13, 3.070e-14, 1.136e-14,
                                               5.759e-15, 3.561e-15};
    private static final double T_UPPER_K = 186.87;

    private Atmosphere1976() {
    }

    /**
     * Fills {@code out} with {temperature (K), pressure (Pa), density (kg/m³), speed of sound (m/s)}.
     * @param altitudeM geometric altitude (m); below 0 the sea-level layer is extrapolated
     * @param out array of length 4, written
     */
    public static void properties(double altitudeM, double[] out) {
        double z = Math.max(altitudeM, -1000);
        if (z < 86_000) {
            double h = R_EARTH_M * z / (R_EARTH_M + z);        // geopotential altitude
            int i = H_BASE.length - 1;
            while (i > 0 && h < H_BASE[i]) {
                i--;
            }
            double dh = h - H_BASE[i];
            double t = T_BASE[i] + LAPSE[i] * dh;
            double p = LAPSE[i] == 0
                    ? P_BASE[i] * Math.exp(-GMR * dh / T_BASE[i])
                    : P_BASE[i] * Math.pow(T_BASE[i] / t, GMR / LAPSE[i]);
            out[0] = t;
            out[1] = p;
            out[2] = p / (R_AIR * t);
            out[3] = Math.sqrt(GAMMA * R_AIR * t);
        } else {
            double rho = upperDensity(z);
            out[0] = T_UPPER_K;
            out[1] = rho * R_AIR * T_UPPER_K;
            out[2] = rho;
            out[3] = Math.sqrt(GAMMA * R_AIR * T_UPPER_K);
        }
    }

    /** @return density at a geometric altitude (kg/m³) */
    public static double density(double altitudeM) {
        if (altitudeM >= 86_000) {
            return upperDensity(altitudeM);   // what properties gives there, without its scratch array
        }
        double[] out = new double[4];
        properties(altitudeM, out);
        return out[2];
    }

    /** @return pressure at a geometric altitude (Pa) */
    public static double pressure(double altitudeM) {
        double[] out = new double[4];
        properties(altitudeM, out);
        return out[1];
    }

    private static double upperDensity(double z) {
        if (z >= Z_UPPER[Z_UPPER.length - 1]) {
            int n = Z_UPPER.length - 1;
            double scale = (Z_UPPER[n] - Z_UPPER[n - 1]) / Math.log(RHO_UPPER[n - 1] / RHO_UPPER[n]);
            return RHO_UPPER[n] * Math.exp(-(z - Z_UPPER[n]) / scale);
        }
        int i = 0;
        while (z >= Z_UPPER[i + 1]) {
            i++;
        }
        double f = (z - Z_UPPER[i]) / (Z_UPPER[i + 1] - Z_UPPER[i]);
        return RHO_UPPER[i] * Math.pow(RHO_UPPER[i + 1] / RHO_UPPER[i], f);
    }
}
