package space.cosmodrome.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;

class RegionTest {
    static Region box(String name, double lat0, double lat1, double lon0, double lon1, double stepDeg) {
        return new Region(name, new double[] {Math.toRadians(lat0), Math.toRadians(lat0), Math.toRadians(lat1), Math.toRadians(lat1)},
                new double[] {Math.toRadians(lon0), Math.toRadians(lon1), Math.toRadians(lon1), Math.toRadians(lon0)},
                Math.toRadians(stepDeg));
    }

    @Test
    void aBoxHoldsEveryWholeDegreeOnOrInsideItsEdgesWeightedByCosLatitude() {
        List<Region.GridPoint> points = box("b", 10, 20, 30, 40, 1).gridPoints();
        assertThat(points).hasSize(11 * 11);
        assertThat(points.stream().mapToDouble(Region.GridPoint::weight).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        // a point at 10 deg stands for more area than one at 20 deg, by cos 10 / cos 20
        double w10 = points.get(0).weight();
        double w20 = points.get(points.size() - 1).weight();
        assertThat(w10 / w20).isCloseTo(Math.cos(Math.toRadians(10)) / Math.cos(Math.toRadians(20)), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aTriangleKeepsOnlyItsInside() {
        // right triangle with legs of 10 deg: points with i + j <= 10 on a 1-degree grid, 66 of them
        Region r = new Region("t", new double[] {0, 0, Math.toRadians(10)}, new double[] {0, Math.toRadians(10), 0}, Math.toRadians(1));
        assertThat(r.gridPoints()).hasSize(66);
        assertThat(r.contains(Math.toRadians(2), Math.toRadians(2))).isTrue();
        assertThat(r.contains(Math.toRadians(6), Math.toRadians(6))).isFalse();
    }

    @Test
    void aRegionAcrossTheAntimeridianWrapsItsLongitudes() {
        List<Region.GridPoint> points = box("a", -5, 5, 175, 185, 5).gridPoints();
        assertThat(points).hasSize(9);
        assertThat(points).allSatisfy(p -> assertThat(Math.abs(Math.toDegrees(p.longitudeRad()))).isGreaterThanOrEqualTo(175 - 1e-9));
    }

    @Test
    void badRegionsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new Region("x", new double[] {0, 1}, new double[] {0, 1}, Math.toRadians(1)))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details().get("field")).isEqualTo("regions[x].polygon"));
        assertThatThrownBy(() -> box("y", 10.2, 10.4, 30.2, 30.4, 1))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_VALUE);
                    assertThat(e.details().get("field")).isEqualTo("regions[y].gridStepDeg");
                });
        assertThatThrownBy(() -> box("z", -80, 80, -180, 180, 0.1))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details().get("field")).isEqualTo("regions[z].gridStepDeg"));
        assertThatThrownBy(() -> box("w", 95, 96, 0, 1, 1))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details().get("field")).isEqualTo("regions[w].polygon[0]"));
    }
}
