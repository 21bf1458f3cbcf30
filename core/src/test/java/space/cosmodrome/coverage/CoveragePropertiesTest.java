package space.cosmodrome.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.SensorLimits;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.EarthFixedTrack;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;
import space.cosmodrome.orbit.Trajectory;

/**
 * Properties of region coverage on random regions and sensors: fractions within [0, 1], the cumulative curve
 * never falling, and coverage never lower with a larger off-nadir limit or a lower elevation mask.
 */
class CoveragePropertiesTest {
    private static EarthFixedTrack track;

    private static synchronized EarthFixedTrack track() {
        if (track == null) {
            OrekitData.context();
            AbsoluteDate epoch = new AbsoluteDate(2026, 6, 1, 0, 0, 0.0, OrekitData.utc());
            Trajectory t = Trajectory.propagate(new OrbitSpec.SunSynchronous(600_000, 10.5, epoch).initialOrbit(),
                    new Spacecraft(100, 1, 2.2, 1, 1.3), PropagationModel.J2, epoch, epoch.shiftedBy(86_400), 60, f -> { });
            track = EarthFixedTrack.sample(t, 20);
        }
        return track;
    }

    @Property(tries = 25, seed = "20261128")
    void coverageIsAFractionAndGrowsWithTheSensorsReach(
            @ForAll @DoubleRange(min = -70, max = 60) double lat0, @ForAll @DoubleRange(min = -180, max = 170) double lon0,
            @ForAll @DoubleRange(min = 2, max = 12) double size, @ForAll @IntRange(min = 1, max = 3) int stepDeg,
            @ForAll @DoubleRange(min = 5, max = 50) double offNadirDeg, @ForAll @DoubleRange(min = 1, max = 20) double widerDeg,
            @ForAll @DoubleRange(min = 0, max = 30) double elevationDeg, @ForAll @DoubleRange(min = 1, max = 20) double lowerDeg,
            @ForAll boolean sun) {
        // a box at least one step wide holds a grid point
        double side = Math.max(size, stepDeg);
        Region region = RegionTest.box("r", lat0, lat0 + side, lon0, lon0 + side, stepDeg);
        double minSun = sun ? Math.toRadians(5) : -Math.PI / 2;
        SensorLimits narrow = new SensorLimits(0, Math.toRadians(offNadirDeg), minSun, Math.toRadians(elevationDeg));
        SensorLimits wide = new SensorLimits(0, Math.toRadians(Math.min(89, offNadirDeg + widerDeg)), minSun, Math.toRadians(elevationDeg));
        SensorLimits low = new SensorLimits(0, Math.toRadians(offNadirDeg), minSun, Math.toRadians(Math.max(0, elevationDeg - lowerDeg)));
        RegionCoverage base = Coverage.find(track(), List.of(region), narrow).get(0);
        RegionCoverage wider = Coverage.find(track(), List.of(region), wide).get(0);
        RegionCoverage lower = Coverage.find(track(), List.of(region), low).get(0);
        for (RegionCoverage c : List.of(base, wider, lower)) {
            assertThat(c.coveredFraction()).isBetween(0.0, 1.0);
            double previous = 0;
            for (RegionCoverage.Step s : c.curve()) {
                assertThat(s.fraction()).isBetween(previous, 1.0);
                assertThat(s.timeS()).isBetween(0.0, track().durationS());
                previous = s.fraction();
            }
            assertThat(previous).isCloseTo(c.coveredFraction(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(Double.isNaN(c.timeToFullS())).isEqualTo(c.coveredFraction() < 1);
        }
        assertThat(wider.coveredFraction()).isGreaterThanOrEqualTo(base.coveredFraction() - 1e-12);
        assertThat(lower.coveredFraction()).isGreaterThanOrEqualTo(base.coveredFraction() - 1e-12);
        for (double t = 0; t <= track().durationS(); t += 3600) {
            assertThat(wider.fractionAt(t)).isGreaterThanOrEqualTo(base.fractionAt(t) - 1e-12);
            assertThat(lower.fractionAt(t)).isGreaterThanOrEqualTo(base.fractionAt(t) - 1e-12);
        }
        for (int i = 0; i < base.points().size(); i++) {
            assertThat(wider.points().get(i).accessCount() > 0 || base.points().get(i).accessCount() == 0).isTrue();
            assertThat(wider.points().get(i).totalAccessS()).isGreaterThanOrEqualTo(base.points().get(i).totalAccessS() - 1e-6);
        }
    }
}
