package space.cosmodrome.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.AccessReport;
import space.cosmodrome.access.Accesses;
import space.cosmodrome.access.SensorLimits;
import space.cosmodrome.access.Target;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.EarthFixedTrack;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;
import space.cosmodrome.orbit.Trajectory;

/**
 * A grid point's accesses (samples interpolated linearly) against the same point as a target (edges refined on
 * the ephemeris, themselves checked against 1 s brute force in AccessesTest): same count, edges within 1 s.
 */
class CoverageAgainstAccessesTest {

    @Test
    void gridPointAccessesAgreeWithTargetAccessesWithinOneSecond() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 6, 1, 0, 0, 0.0, OrekitData.utc());
        Trajectory t = Trajectory.propagate(new OrbitSpec.SunSynchronous(500_000, 10.5, epoch).initialOrbit(),
                new Spacecraft(100, 1, 2.2, 1, 1.3), PropagationModel.J2, epoch, epoch.shiftedBy(2 * 86_400), 60, f -> { });
        EarthFixedTrack track = EarthFixedTrack.sample(t, 10);
        SensorLimits limits = new SensorLimits(0, Math.toRadians(45), Math.toRadians(10), Math.toRadians(5));
        Region region = RegionTest.box("r", 44, 46, 38, 42, 2);
        RegionCoverage c = Coverage.find(track, List.of(region), limits).get(0);
        int checked = 0;
        for (PointCoverage p : c.points()) {
            Target target = new Target("p", p.point().latitudeRad(), p.point().longitudeRad());
            AccessReport r = Accesses.find(track, List.of(target), limits);
            assertThat(p.accessCount()).isEqualTo(r.accesses().size());
            double total = r.accesses().stream().mapToDouble(Access::durationS).sum();
            assertThat(Math.abs(p.totalAccessS() - total)).isLessThan(2.0 * r.accesses().size() + 1e-9);
            if (!r.accesses().isEmpty()) {
                assertThat(Math.abs(p.firstAccessS() - r.accesses().get(0).start().durationFrom(epoch))).isLessThan(1.0);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(0);
    }
}
