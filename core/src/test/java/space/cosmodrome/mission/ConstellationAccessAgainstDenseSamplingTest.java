package space.cosmodrome.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.CelestialBodyFactory;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Accesses;
import space.cosmodrome.access.SensorLimits;
import space.cosmodrome.access.Target;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;

/**
 * A small constellation's merged accesses against dense brute force: each member propagated by plain Orekit
 * (Eckstein-Hechler, J2 to J6, as the plan's j2 model) and the access condition evaluated every second with
 * Orekit's topocentric frame; a second is covered when any satellite sees the target. The plan's merged intervals
 * must match the runs of covered seconds to within the sampling (1 s), and no covered second may fall outside them.
 */
class ConstellationAccessAgainstDenseSamplingTest {
    @Test
    void mergedAccessOfA6Over3Over1WalkerMatchesSecondBySecondSampling() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 6, 1, 0, 0, 0.0, OrekitData.utc());
        OrbitSpec.Walker walker = new OrbitSpec.Walker(false, 6, 3, 1, 550_000, Math.toRadians(53), Double.NaN, Math.toRadians(40), epoch);
        Target target = new Target("t", Math.toRadians(45), Math.toRadians(20));
        // no Sun condition: more accesses per day, each satellite's as likely
        SensorLimits limits = new SensorLimits(0, Math.toRadians(40), -Math.PI / 2, Math.toRadians(10));
        double span = 6 * 3600;
        Mission mission = new Mission("walker", new Spacecraft(100, 1, 2.2, 1, 1.3), limits, null, null, null, walker,
                PropagationModel.J2, List.of(), List.of(target), new Mission.Analysis(null, span, 60));
        MissionPlan plan = MissionPlanner.plan(mission, line -> { });
        List<Access> merged = plan.accesses().accesses();
        assertThat(plan.constellation().satellites()).hasSize(6);
        assertThat(merged).isNotEmpty();
        // at least two satellites contribute, or the test would not test a union
        assertThat(plan.constellation().accesses().stream().map(ConstellationPlan.SatelliteAccess::satellite).distinct().count())
                .isGreaterThanOrEqualTo(2);

        CelestialBody sun = CelestialBodyFactory.getSun();
        TopocentricFrame topo = new TopocentricFrame(Bodies.earth(), new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0), "t");
        List<Propagator> propagators = new ArrayList<>();
        for (OrbitSpec.WalkerMember m : walker.members()) {
            propagators.add(new EcksteinHechlerPropagator(m.initialOrbit(), GravityFieldFactory.getUnnormalizedProvider(6, 0)));
        }
        int n = (int) span;
        boolean[] covered = new boolean[n + 1];
        for (int t = 0; t <= n; t++) {
            AbsoluteDate d = epoch.shiftedBy(t);
            for (Propagator p : propagators) {
                if (Accesses.condition(p.propagate(d), topo, sun, limits) > 0) {
                    covered[t] = true;
                    break;
                }
            }
        }
        // runs of covered seconds
        List<double[]> runs = new ArrayList<>();
        for (int t = 0; t <= n; t++) {
            if (covered[t] && (t == 0 || !covered[t - 1])) {
                int e = t;
                while (e + 1 <= n && covered[e + 1]) {
                    e++;
                }
                runs.add(new double[] {t, e});
            }
        }
        assertThat(merged).hasSameSizeAs(runs);
        for (int i = 0; i < runs.size(); i++) {
            double start = merged.get(i).start().durationFrom(epoch);
            double end = merged.get(i).end().durationFrom(epoch);
            // the true start lies in (run start - 1, run start], the true end in [run end, run end + 1)
            assertThat(start).isBetween(runs.get(i)[0] - 1 - 1e-3, runs.get(i)[0] + 1e-3);
            assertThat(end).isBetween(runs.get(i)[1] - 1e-3, runs.get(i)[1] + 1 + 1e-3);
        }
    }
}
