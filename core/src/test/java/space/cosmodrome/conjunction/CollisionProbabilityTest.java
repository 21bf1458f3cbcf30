package space.cosmodrome.conjunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/**
 * Orekit's 2D methods on an isotropic combined covariance against the closed form for a small hard body:
 * P ≈ R² / (2 σ²) exp(-d² / (2 σ²)) when R is much smaller than σ.
 */
class CollisionProbabilityTest {
    static Conjunction at(double missKm) {
        OrekitData.context();
        double[] s = {7000.0, 0.0, 0.0, 0.0, 7.5, 0.0};
        return new Conjunction(new ConjunctionObject(1, "A", ""), new ConjunctionObject(2, "B", ""),
                AbsoluteDate.J2000_EPOCH, missKm, 10.0, missKm, 0.0, 0.0, s, s);
    }

    @Test
    void matchesTheSmallBodyClosedForm() {
        for (String method : new String[] {"PATERA_2005", "ALFANO_2005", "LAAS_2015"}) {
            CollisionProbability pc = new CollisionProbability(CollisionProbability.method(method), 0.3, 0.4, 0.01);
            double sigma2 = 0.25; // km², 0.3² + 0.4²
            for (double d : new double[] {0.0, 0.2, 0.5, 1.0}) {
                double expected = 0.01 * 0.01 / (2.0 * sigma2) * Math.exp(-d * d / (2.0 * sigma2));
                assertThat(pc.of(at(d))).as(method + " at " + d + " km").isCloseTo(expected,
                        org.assertj.core.data.Percentage.withPercentage(1.0));
            }
        }
    }

    @Test
    void refusesBadValues() {
        assertThatThrownBy(() -> CollisionProbability.method("FOSTER")).isInstanceOf(CosmodromeException.class);
        assertThatThrownBy(() -> new CollisionProbability(CollisionProbability.method("PATERA_2005"), 0.0, 1.0, 0.01))
                .isInstanceOf(CosmodromeException.class);
    }
}
