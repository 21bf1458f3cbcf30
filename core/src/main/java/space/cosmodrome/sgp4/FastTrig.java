package space.cosmodrome.sgp4;

/**
 * Sine and cosine by range reduction and polynomials, for the propagator's scalar paths, where a sine and a cosine
 * of the same angle are nearly always wanted together: written as two methods with the same reduction, which the
 * JIT computes once when both are inlined side by side, they cost about half of {@code Math.sin} plus
 * {@code Math.cos}.
 *
 * <p>Error bound, for |x| up to {@link #LIMIT} (larger arguments go to {@code Math.sin}, {@code Math.cos}):
 * the reduction r = x - k π/2 uses π/2 split in three parts of which the first two have 33 significant bits
 * (Cody and Waite's scheme, the split of fdlibm's {@code __ieee754_rem_pio2}), so that k times each of them is
 * exact for |k| &lt; 2^20 and r is within an ulp of its true value (below 1.2e-16 rad); on |r| &lt;= π/4 the Taylor series of
 * the sine to r^17 and of the cosine to r^16 leave out terms below (π/4)^19/19! &lt; 1e-19 and
 * (π/4)^18/18! &lt; 3e-18; the Horner evaluation adds a few units in the last place. The result is within 1e-15 of
 * the exact value (checked against {@code StrictMath} in the tests): 4e-11 km at the geostationary radius, far below
 * the theory's 1e-6 km tolerance.</p>
 */
final class FastTrig {
    /** Largest |x| reduced here. */
    static final double LIMIT = 1.0e5;
    private static final double TWO_OVER_PI = 0.63661977236758134308;
    // π/2 in three parts: the first two with 33 significant bits (the constants of fdlibm's rem_pio2)
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_3 = 2.02226624871116645580e-21;

    private static final double S3 = -1.0 / 6.0;
    private static final double S5 = 1.0 / 120.0;
    private static final double S7 = -1.0 / 5040.0;
    private static final double S9 = 1.0 / 362880.0;
    private static final double S11 = -1.0 / 39916800.0;
    private static final double S13 = 1.0 / 6227020800.0;
    private static final double S15 = -1.0 / 1307674368000.0;
    private static final double S17 = 1.0 / 355687428096000.0;
    private static final double C2 = -1.0 / 2.0;
    private static final double C4 = 1.0 / 24.0;
    private static final double C6 = -1.0 / 720.0;
    private static final double C8 = 1.0 / 40320.0;
    private static final double C10 = -1.0 / 3628800.0;
    private static final double C12 = 1.0 / 479001600.0;
    private static final double C14 = -1.0 / 87178291200.0;
    private static final double C16 = 1.0 / 20922789888000.0;

    private FastTrig() {
    }

    /** @return sin x, within 1e-15 */
    static double sin(double x) {
        if (!(Math.abs(x) <= LIMIT)) {
            return Math.sin(x);
        }
        double k = Math.rint(x * TWO_OVER_PI);
        double r = x - k * PIO2_1 - k * PIO2_2 - k * PIO2_3;
        long q = (long) k;
        double s = sinPoly(r);
        double c = cosPoly(r);
        // quadrant: sin(r + q π/2) is s, c, -s, -c
        double v = (q & 1) == 0 ? s : c;
        return (q & 2) == 0 ? v : -v;
    }

    /** @return cos x, within 1e-15 */
    static double cos(double x) {
        if (!(Math.abs(x) <= LIMIT)) {
            return Math.cos(x);
        }
        double k = Math.rint(x * TWO_OVER_PI);
        double r = x - k * PIO2_1 - k * PIO2_2 - k * PIO2_3;
        long q = (long) k;
        double s = sinPoly(r);
        double c = cosPoly(r);
        // quadrant: cos(r + q π/2) is c, -s, -c, s
        double v = (q & 1) == 0 ? c : s;
        return ((q + 1) & 2) == 0 ? v : -v;
    }

    /** 1.5 2^52: adding and subtracting it rounds to an integer (ties to even, as {@code Math.rint}) below 2^51. */
    private static final double ROUND = 0x1.8p52;

    /**
     * Sines and cosines of x[0..n), |x| &lt;= {@link #LIMIT} (the caller's duty), bit for bit those of {@link #sin}
     * and {@link #cos}: the same reduction and polynomials, with rounding to integers by adding and subtracting
     * {@link #ROUND} and the quadrant chosen by products with 0 and 1 instead of branches, in loops small enough
     * for the JIT to run on vectors. Overwrites x.
     */
    static void sinCos(int n, double[] x, double[] s, double[] c) {
        for (int i = 0; i < n; i++) {
            double v = x[i];
            double k = (v * TWO_OVER_PI + ROUND) - ROUND;
            // the reduced angle in c, the quadrant k mod 4 in s until the last pass
            c[i] = v - k * PIO2_1 - k * PIO2_2 - k * PIO2_3;
            s[i] = k - 4.0 * ((k * 0.25 - 0.375 + ROUND) - ROUND);
        }
        for (int i = 0; i < n; i++) {
            x[i] = sinPoly(c[i]);
        }
        for (int i = 0; i < n; i++) {
            c[i] = cosPoly(c[i]);
        }
        for (int i = 0; i < n; i++) {
            double q = s[i];
            double sp = x[i];
            double cp = c[i];
            double half = (q * 0.5 - 0.25 + ROUND) - ROUND;
            double odd = q - 2.0 * half;
            double even = 1.0 - odd;
            // sin(r + q π/2) is s, c, -s, -c and cos(r + q π/2) is c, -s, -c, s
            double cosHalf = half + odd - 2.0 * half * odd;
            s[i] = (1.0 - 2.0 * half) * (sp * even + cp * odd);
            c[i] = (1.0 - 2.0 * cosHalf) * (cp * even + sp * odd);
        }
    }

    /**
     * x modulo 2π with the sign of x, as C's fmod and Java's {@code %} give it, without their exact division: the
     * product of the quotient and 2π is subtracted with one rounding (a fused multiply-add), so the result is
     * fmod's whenever the truncated quotient is the same (it can be one more when x lies within an ulp below a
     * multiple of 2π, giving a result within an ulp below zero instead of just below 2π, the same angle).
     */
    static double remainderTwoPi(double x) {
        return Math.fma(-TWO_PI, (double) (long) (x * (1.0 / TWO_PI)), x);
    }

    private static final double TWO_PI = 2.0 * Math.PI;

    private static double sinPoly(double r) {
        double r2 = r * r;
        return r + r * r2 * (S3 + r2 * (S5 + r2 * (S7 + r2 * (S9 + r2 * (S11 + r2 * (S13 + r2 * (S15
                + r2 * S17)))))));
    }

    private static double cosPoly(double r) {
        double r2 = r * r;
        return 1.0 + r2 * (C2 + r2 * (C4 + r2 * (C6 + r2 * (C8 + r2 * (C10 + r2 * (C12 + r2 * (C14
                + r2 * C16)))))));
    }
}
