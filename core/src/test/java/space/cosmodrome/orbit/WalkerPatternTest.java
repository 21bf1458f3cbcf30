package space.cosmodrome.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/**
 * The Walker pattern against its definition: J. G. Walker, "Satellite constellations", Journal of the British
 * Interplanetary Society 37 (1984), pp. 559-572. A pattern i:T/P/F puts T satellites in P planes of inclination i
 * whose ascending nodes are 360/P deg apart (a delta pattern; 180/P deg for a star pattern), T/P satellites evenly
 * spaced (360 P/T deg) in each plane, and each plane's satellites F 360/T deg ahead of the corresponding ones in the
 * plane to the west. Galileo flies the delta pattern 56:24/3/1 (ESA, Galileo constellation description), so its
 * figures are 120, 45 and 15 deg.
 */
class WalkerPatternTest {
    static AbsoluteDate epoch;

    @BeforeAll
    static void data() {
        OrekitData.context();
        epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
    }

    private static OrbitSpec.Walker walker(boolean star, int t, int p, int f) {
        return new OrbitSpec.Walker(star, t, p, f, 23_222_000, Math.toRadians(56), Double.NaN, Math.toRadians(10), epoch);
    }

    private static double deg(double rad) {
        double d = Math.toDegrees(rad) % 360;
        return d < 0 ? d + 360 : d;
    }

    @Test
    void galileo24Over3Over1HasWalkersSpacings() {
        OrbitSpec.Walker g = walker(false, 24, 3, 1);
        assertThat(Math.toDegrees(g.raanSpacingRad())).isCloseTo(120, offset(1e-12));
        assertThat(Math.toDegrees(g.inPlaneSpacingRad())).isCloseTo(45, offset(1e-12));
        assertThat(Math.toDegrees(g.interPlanePhaseRad())).isCloseTo(15, offset(1e-12));
        assertThat(g.notation()).isEqualTo("56.00:24/3/1");
        List<OrbitSpec.WalkerMember> members = g.members();
        assertThat(members).hasSize(24);
        for (OrbitSpec.WalkerMember m : members) {
            // every member from the definition: RAAN0 + p 360/P, u = s 360 P/T + p F 360/T
            assertThat(deg(m.raanRad())).isCloseTo((10 + 120.0 * m.plane()) % 360, offset(1e-9));
            assertThat(deg(m.argumentOfLatitudeRad())).isCloseTo((45.0 * m.slot() + 15.0 * m.plane()) % 360, offset(1e-9));
        }
        // all 24 (RAAN, u) pairs distinct
        assertThat(members.stream().map(m -> Math.round(deg(m.raanRad())) + "/" + Math.round(deg(m.argumentOfLatitudeRad())))
                .distinct().count()).isEqualTo(24);
    }

    @Test
    void aStarPatternSpreadsItsNodesOverHalfTheEquator() {
        OrbitSpec.Walker s = walker(true, 6, 3, 1);
        assertThat(Math.toDegrees(s.raanSpacingRad())).isCloseTo(60, offset(1e-12));
        assertThat(deg(s.members().get(5).raanRad())).isCloseTo(130, offset(1e-9));
        assertThat(Math.toDegrees(s.inPlaneSpacingRad())).isCloseTo(180, offset(1e-12));
        assertThat(Math.toDegrees(s.interPlanePhaseRad())).isCloseTo(60, offset(1e-12));
    }

    @Test
    void theMembersOrbitsCarryThePatternInTheirMeanElements() {
        // the initial orbits are osculating (J2 to J6 short-period terms added): within a few hundredths of a degree
        OrbitSpec.Walker w = new OrbitSpec.Walker(false, 6, 3, 1, 520_000, Math.toRadians(52), Double.NaN, 0, epoch);
        for (OrbitSpec.WalkerMember m : w.members()) {
            CircularOrbit o = new CircularOrbit(m.initialOrbit());
            assertThat(Math.toDegrees(o.getI())).isCloseTo(52, offset(0.05));
            assertThat(Math.IEEEremainder(Math.toDegrees(o.getRightAscensionOfAscendingNode()) - 120.0 * m.plane(), 360)).isCloseTo(0, offset(0.05));
            double u = Math.toDegrees(o.getAlpha(PositionAngleType.TRUE));
            double expected = 180.0 * m.slot() + 60.0 * m.plane();
            assertThat(Math.IEEEremainder(u - expected, 360)).isCloseTo(0, offset(0.1));
        }
    }

    @Test
    void sunSynchronousPlanesTakeTheirInclinationFromTheAltitudeAndTheFirstNodeFromTheLtan() {
        OrbitSpec.Walker w = new OrbitSpec.Walker(false, 4, 2, 0, 500_000, Double.NaN, 10.5, 0, epoch);
        assertThat(Math.toDegrees(w.inclination())).isCloseTo(97.40, offset(0.01));
        OrbitSpec.SunSynchronous sso = new OrbitSpec.SunSynchronous(500_000, 10.5, epoch);
        assertThat(w.firstRaanRad()).isCloseTo(sso.raanRad(), offset(1e-12));
        assertThat(deg(w.members().get(2).raanRad() - sso.raanRad())).isCloseTo(180, offset(1e-9));
    }

    @Test
    void inputsOutsideThePatternAreRefusedNamingTheField() {
        assertThatThrownBy(() -> walker(false, 10, 3, 1)).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.details()).containsEntry("field", "orbit.walker.planes");
            assertThat(e.getMessage()).contains("1, 2, 5, 10");
        });
        assertThatThrownBy(() -> walker(false, 12, 3, 3)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.details()).containsEntry("field", "orbit.walker.phasing"));
        assertThatThrownBy(() -> walker(false, 12, 3, -1)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.details()).containsEntry("field", "orbit.walker.phasing"));
        assertThatThrownBy(() -> walker(false, 0, 1, 0)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.details()).containsEntry("field", "orbit.walker.totalSatellites"));
        assertThatThrownBy(() -> walker(false, 12, 13, 0)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.details()).containsEntry("field", "orbit.walker.planes"));
        assertThatThrownBy(() -> new OrbitSpec.Walker(false, 4, 2, 0, 50_000, Math.toRadians(50), Double.NaN, 0, epoch))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details()).containsEntry("field", "orbit.walker.altitudeKm"));
        assertThatThrownBy(() -> new OrbitSpec.Walker(false, 4, 2, 0, 7_000_000, Double.NaN, 10.5, 0, epoch))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details()).containsEntry("field", "orbit.walker.altitudeKm"));
        assertThatThrownBy(() -> new OrbitSpec.Walker(false, 4, 2, 0, 500_000, Math.toRadians(190), Double.NaN, 0, epoch))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details()).containsEntry("field", "orbit.walker.inclinationDeg"));
    }
}
