package space.cosmodrome.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.error.CosmodromeException;

/** Point-in-polygon and segment crossing against hand-worked plane geometry. */
class KeepOutZoneTest {
    /** A 2 x 2 deg square from 10 to 12 N, 120 to 122 E. */
    private static final KeepOutZone SQUARE = new KeepOutZone("square",
            List.of(new double[] {10, 120}, new double[] {10, 122}, new double[] {12, 122}, new double[] {12, 120}),
            "test", "");

    @Test
    void containsPointsInsideOnly() {
        assertThat(SQUARE.contains(11, 121)).isTrue();
        assertThat(SQUARE.contains(11, 123)).isFalse();
        assertThat(SQUARE.contains(13, 121)).isFalse();
        // the same longitude written another way round
        assertThat(SQUARE.contains(11, 121 - 360)).isTrue();
    }

    @Test
    void aSegmentJumpingOverTheZoneCrossesIt() {
        assertThat(SQUARE.crossedBy(11, 119, 11, 123)).isTrue();     // both ends outside, straight through
        assertThat(SQUARE.crossedBy(9, 119, 13, 119.5)).isFalse();   // passes west of it
        assertThat(SQUARE.crossedBy(11, 121, 20, 121)).isTrue();     // starts inside
    }

    /**
     * Distances against the sphere's arc lengths, R dlat and R dlon cos(lat) (R = 6,371 km, 111.19 km per degree), to
     * 0.3 % (the zone's edges are straight in longitude and latitude, the measure flat at the segment).
     */
    @Test
    void distanceToASegmentAndDepthOfAPoint() {
        double kmPerDeg = Math.toRadians(6_371);
        // a segment due north, 1 deg east of the square's east edge, at 11 N
        assertThat(SQUARE.distanceKm(9, 123, 13, 123)).isCloseTo(kmPerDeg * Math.cos(Math.toRadians(9)),
                org.assertj.core.data.Percentage.withPercentage(0.3));
        // a segment due east, 0.5 deg north of the square: nearest at the square's top edge
        assertThat(SQUARE.distanceKm(12.5, 119, 12.5, 123)).isCloseTo(0.5 * kmPerDeg,
                org.assertj.core.data.Percentage.withPercentage(0.3));
        assertThat(SQUARE.distanceKm(11, 119, 11, 123)).isZero();   // crosses
        // the centre: 1 deg from every edge, nearest the east and west ones (a degree of longitude is shorter)
        assertThat(SQUARE.depthKm(11, 121)).isCloseTo(kmPerDeg * Math.cos(Math.toRadians(11)),
                org.assertj.core.data.Percentage.withPercentage(0.3));
        assertThat(SQUARE.depthKm(11.9, 121)).isCloseTo(0.1 * kmPerDeg, org.assertj.core.data.Percentage.withPercentage(0.3));
        assertThat(SQUARE.depthKm(13, 121)).isZero();
    }

    @Test
    void aZoneAcrossTheAntimeridian() {
        KeepOutZone z = new KeepOutZone("date line", List.of(new double[] {-20, 178}, new double[] {-20, -178},
                new double[] {-16, -178}, new double[] {-16, 178}), "test", "");
        assertThat(z.contains(-18, 179.5)).isTrue();
        assertThat(z.contains(-18, -179.5)).isTrue();
        assertThat(z.contains(-18, 175)).isFalse();
        assertThat(z.crossedBy(-18, 170, -18, -170)).isTrue();
    }

    @Test
    void refusesAPolygonOfTwoPoints() {
        assertThatThrownBy(() -> new KeepOutZone("bad", List.of(new double[] {0, 0}, new double[] {1, 1}), "", ""))
                .isInstanceOf(CosmodromeException.class).hasMessageContaining("verticesDeg");
    }
}
