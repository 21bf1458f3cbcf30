package space.cosmodrome.sgp4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The propagator's polynomial sine and cosine against {@code StrictMath} (fdlibm, correctly rounded to within an
 * ulp): within 1e-15 over the angles the theory produces (dense sweep of ±100 rad, random angles up to the
 * reduction limit, and the neighbourhoods of multiples of π/2 where the quadrant changes), and exactly
 * {@code Math}'s values beyond the limit and for NaN. The vector form {@code sinCos} gives the scalar functions' values
 * bit for bit; the remainder by 2π is Java's {@code %} (exact) to an ulp of 2π; the cube root from a close guess is
 * {@code StrictMath.cbrt} to two ulps.
 */
class FastTrigAgainstStrictMathTest {
    private static final double BOUND = 1.0e-15;

    @Test
    void denseSweepWithinBound() {
        double worst = 0;
        for (int k = -2_000_000; k <= 2_000_000; k++) {
            double x = k * 5.0e-5;
            worst = Math.max(worst, error(x));
        }
        assertThat(worst).isLessThan(BOUND);
    }

    @Test
    void randomAnglesUpToTheLimitWithinBound() {
        SplittableRandom random = new SplittableRandom(4);
        double worst = 0;
        for (int k = 0; k < 1_000_000; k++) {
            worst = Math.max(worst, error(random.nextDouble(-FastTrig.LIMIT, FastTrig.LIMIT)));
        }
        assertThat(worst).isLessThan(BOUND);
    }

    @Test
    void quadrantBoundariesWithinBound() {
        double worst = 0;
        for (int q = -1000; q <= 1000; q++) {
            double centre = q * Math.PI / 4;
            for (int u = -4; u <= 4; u++) {
                double x = centre + u * Math.ulp(centre == 0 ? 1e-300 : centre);
                worst = Math.max(worst, error(x));
                worst = Math.max(worst, error(Math.nextUp(centre)));
            }
        }
        assertThat(worst).isLessThan(BOUND);
    }

    @Test
    void beyondTheLimitAndNotANumberAsMath() {
        for (double x : new double[] {2e5, -3e7, 1e300, Double.POSITIVE_INFINITY, Double.NaN}) {
            assertThat(Double.valueOf(FastTrig.sin(x))).isEqualTo(Double.valueOf(Math.sin(x)));
            assertThat(Double.valueOf(FastTrig.cos(x))).isEqualTo(Double.valueOf(Math.cos(x)));
        }
    }

    @Test
    void vectorSinCosIsTheScalarOneBitForBit() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 100_003;
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            // random angles up to the limit, small ones, and the quadrant boundaries
            x[k] = k % 3 == 0 ? random.nextDouble(-FastTrig.LIMIT, FastTrig.LIMIT)
                    : k % 3 == 1 ? random.nextDouble(-10.0, 10.0) : (k / 3 - 16_000) * Math.PI / 4;
        }
        double[] work = x.clone();
        double[] s = new double[n];
        double[] c = new double[n];
        FastTrig.sinCos(n, work, s, c);
        int mismatches = 0;
        for (int k = 0; k < n; k++) {
            if (Double.compare(s[k], FastTrig.sin(x[k])) != 0 || Double.compare(c[k], FastTrig.cos(x[k])) != 0) {
                mismatches++;
            }
        }
        assertThat(mismatches).isZero();
    }

    @Test
    void remainderByTwoPiAsJavasRemainder() {
        SplittableRandom random = new SplittableRandom(11);
        double worst = 0;
        for (int k = 0; k < 1_000_000; k++) {
            double x = random.nextDouble(-1.0e4, 1.0e4);
            double d = Math.abs(FastTrig.remainderTwoPi(x) - x % (2.0 * Math.PI));
            // the same angle: equal, or 2π apart when x lies within an ulp of a multiple of 2π
            worst = Math.max(worst, Math.min(d, Math.abs(d - 2.0 * Math.PI)));
        }
        assertThat(worst).isLessThanOrEqualTo(Math.ulp(2.0 * Math.PI));
    }

    @Test
    void cubeRootFromACloseGuessAsStrictMath() {
        SplittableRandom random = new SplittableRandom(13);
        double worst = 0;
        for (int k = 0; k < 1_000_000; k++) {
            double v = random.nextDouble(0.5, 60.0);
            double guess = StrictMath.cbrt(v) * (1.0 + random.nextDouble(-3.0e-3, 3.0e-3));
            double exact = StrictMath.cbrt(v);
            worst = Math.max(worst, Math.abs(BatchSgp4.cbrtNear(v, guess) - exact) / Math.ulp(exact));
        }
        assertThat(worst).isLessThanOrEqualTo(2.0);
        // a guess too far: StrictMath's value
        assertThat(BatchSgp4.cbrtNear(8.0, 2.5)).isEqualTo(2.0);
    }

    private static double error(double x) {
        return Math.max(Math.abs(FastTrig.sin(x) - StrictMath.sin(x)), Math.abs(FastTrig.cos(x) - StrictMath.cos(x)));
    }
}
