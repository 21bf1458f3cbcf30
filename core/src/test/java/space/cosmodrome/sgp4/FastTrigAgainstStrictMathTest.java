package space.cosmodrome.sgp4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The propagator's polynomial sine and cosine against {@code StrictMath} (fdlibm, correctly rounded to within an
 * ulp): within 1e-15 over the angles the theory produces (dense sweep of ±100 rad, random angles up to the
 * reduction limit, and the neighbourhoods of multiples of π/2 where the quadrant changes), and exactly
 * {@code Math}'s values beyond the limit and for NaN.
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

    private static double error(double x) {
        return Math.max(Math.abs(FastTrig.sin(x) - StrictMath.sin(x)), Math.abs(FastTrig.cos(x) - StrictMath.cos(x)));
    }
}
