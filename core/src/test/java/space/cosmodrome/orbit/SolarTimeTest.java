package space.cosmodrome.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.events.NodeDetector;
import org.orekit.propagation.events.handlers.RecordAndContinue;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateTimeComponents;

import space.cosmodrome.data.OrekitData;

/**
 * The local time of the ascending node against its definition on the ground: the local mean solar time where the
 * satellite crosses the equator northward is UT plus the longitude at 15 deg per hour. That reads the node off the
 * Earth's equator and the civil clock, with none of the inertial frames the LTAN is built in.
 */
class SolarTimeTest {
    static AbsoluteDate epoch;

    @BeforeAll
    static void data() {
        OrekitData.context();
        epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
    }

    /** Local mean solar time (h) at each northward equator crossing over a span, from Orekit (Eckstein-Hechler). */
    private static List<Double> localTimesAtAscendingNodes(Orbit orbit, double seconds) {
        Propagator p = new EcksteinHechlerPropagator(orbit, GravityFieldFactory.getUnnormalizedProvider(6, 0));
        RecordAndContinue nodes = new RecordAndContinue();
        p.addEventDetector(new NodeDetector(Bodies.itrf()).withHandler(nodes));
        p.propagate(orbit.getDate().shiftedBy(seconds));
        List<Double> out = new ArrayList<>();
        for (RecordAndContinue.Event e : nodes.getEvents()) {
            if (e.isIncreasing()) {
                SpacecraftState s = e.getState();
                GeodeticPoint g = Bodies.earth().transform(s.getPosition(), s.getFrame(), s.getDate());
                DateTimeComponents utc = s.getDate().getComponents(OrekitData.utc());
                double hours = utc.getTime().getSecondsInLocalDay() / 3600 + Math.toDegrees(g.getLongitude()) / 15;
                out.add(((hours % 24) + 24) % 24);
            }
        }
        return out;
    }

    @Test
    void sunSynchronousOrbitCrossesTheEquatorAtItsLtan() {
        Orbit orbit = new OrbitSpec.SunSynchronous(500_000, 10.5, epoch).initialOrbit();
        List<Double> times = localTimesAtAscendingNodes(orbit, 86_400);
        assertThat(times).hasSizeGreaterThan(14);
        // 0.1 min (measured 0.03): the mean Sun of Meeus' formula against UT, UT1 - UTC, short-period node terms
        for (double t : times) {
            assertThat(t * 60).isCloseTo(10.5 * 60, offset(0.1));
        }
        assertThat(SolarTime.ltanHours(orbit) * 60).isCloseTo(10.5 * 60, offset(0.1));
    }

    @Test
    void walkerPlanesCrossTheEquatorAtTheirLtan() {
        OrbitSpec.Walker w = new OrbitSpec.Walker(false, 6, 3, 1, 520_000, Double.NaN, 22.0, 0, epoch);
        for (OrbitSpec.WalkerMember m : w.members()) {
            double expected = 22.0 + m.plane() * 8.0;  // 360/3 deg = 8 h apart
            double t = localTimesAtAscendingNodes(m.initialOrbit(), 6_000).get(0);
            double diff = ((t - expected) % 24 + 36) % 24 - 12;
            assertThat(diff * 60).as(m.name()).isCloseTo(0, offset(0.1));
        }
    }
}
