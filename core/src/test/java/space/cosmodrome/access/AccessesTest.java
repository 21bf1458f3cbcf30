package space.cosmodrome.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;
import space.cosmodrome.orbit.Trajectory;

class AccessesTest {

    @Test
    void accessTimesMatchBruteForceSamplingOfTheSameConditionWithinOneSecond() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        Trajectory t = Trajectory.propagate(new OrbitSpec.SunSynchronous(500_000, 10.5, epoch).initialOrbit(),
                new Spacecraft(350, 2, 2.2, 2, 1.3), PropagationModel.J2, epoch, epoch.shiftedBy(2 * 86_400), 60, f -> { });
        // a wide sensor and no Sun condition, so two days give several accesses (at 500 km the track spacing at
        // 45 deg latitude is about 1,900 km; 60 deg off-nadir reaches about 1,000 km to each side)
        SensorLimits limits = new SensorLimits(0, Math.toRadians(60), -Math.PI / 2);
        Target target = new Target("t", Math.toRadians(45), Math.toRadians(40));
        AccessReport r = Accesses.find(t, List.of(target), limits);
        assertThat(r.accesses()).hasSizeGreaterThanOrEqualTo(2);

        TopocentricFrame topo = new TopocentricFrame(Bodies.earth(), new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0), "t");
        CelestialBody sun = Bodies.sun();
        BoundedPropagator p = t.propagator();
        List<AbsoluteDate> transitions = new ArrayList<>();
        boolean in = Accesses.condition(p.propagate(t.start()), topo, sun, limits) > 0;
        for (double s = 1; s <= t.durationS(); s += 1) {
            SpacecraftState state = p.propagate(t.start().shiftedBy(s));
            boolean now = Accesses.condition(state, topo, sun, limits) > 0;
            if (now != in) {
                transitions.add(state.getDate().shiftedBy(-0.5));
                in = now;
            }
        }
        List<AbsoluteDate> events = new ArrayList<>();
        for (Access a : r.accesses()) {
            assertThat(a.durationS()).isPositive();
            assertThat(a.minOffNadirRad()).isLessThanOrEqualTo(limits.maxOffNadirRad() + 1e-6);
            events.add(a.start());
            events.add(a.end());
        }
        assertThat(events).hasSameSizeAs(transitions);
        for (int i = 0; i < events.size(); i++) {
            assertThat(Math.abs(events.get(i).durationFrom(transitions.get(i)))).isLessThan(1.0);
        }
        // revisit: mean gap no more than max gap, both positive
        Revisit v = r.revisits().get(0);
        assertThat(v.count()).isEqualTo(r.accesses().size());
        assertThat(v.meanGapS()).isPositive().isLessThanOrEqualTo(v.maxGapS());
    }

    @Test
    void aSunConditionOnlyRemovesAccesses() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 6, 1, 0, 0, 0.0, OrekitData.utc());
        Trajectory t = Trajectory.propagate(new OrbitSpec.SunSynchronous(500_000, 10.5, epoch).initialOrbit(),
                new Spacecraft(350, 2, 2.2, 2, 1.3), PropagationModel.J2, epoch, epoch.shiftedBy(2 * 86_400), 60, f -> { });
        Target target = new Target("t", Math.toRadians(30), Math.toRadians(0));
        double any = Accesses.find(t, List.of(target), new SensorLimits(0, Math.toRadians(60), -Math.PI / 2)).totalDurationS();
        double lit = Accesses.find(t, List.of(target), new SensorLimits(0, Math.toRadians(60), Math.toRadians(10))).totalDurationS();
        assertThat(lit).isLessThan(any).isPositive();
    }
}
