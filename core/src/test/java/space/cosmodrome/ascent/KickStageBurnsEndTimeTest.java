package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;

/**
 * Where the kick stage's coasts and burns say they end. A coast that stops early because the stack fell too far
 * must return the time of the state it leaves, checked against Orekit's Keplerian propagation of the same start
 * (point mass, the same gravitational parameter) over the returned time; a burn that runs out of time short of its
 * end condition fails, unless it is one of a series of apogee burns, which ends on its time by design.
 */
class KickStageBurnsEndTimeTest {

    @BeforeAll
    static void data() {
        OrekitData.load(Path.of(System.getProperty("cosmodrome.data")));
    }

    @Test
    void aCoastStoppedByAFallReturnsTheTimeOfTheStateItLeavesAsOrekitKeplerianMotionPlacesIt() {
        // 100 km up, falling at 3 km/s with 2 km/s across: the two-body path dips 6,100 km below the ground,
        // past the depth at which the integration gives up, within a few hundred seconds of a 3,000 s coast
        double r0 = Earth.EQUATORIAL_RADIUS + 100e3;
        double[] start = {r0, 0, 0, -3_000, 2_000, 0};
        double[] y = {start[0], start[1], start[2], start[3], start[4], start[5], 300};
        KickStageBurns burns = new KickStageBurns(120, 320, 2);
        KickStageBurns.Outcome o = new KickStageBurns.Outcome();
        double t0 = 500;
        double end = burns.coast(o, y, t0, 3_000);

        assertThat(o.failure).isNotNull();
        assertThat(end - t0).isLessThan(3_000);
        AbsoluteDate epoch = AbsoluteDate.J2000_EPOCH;
        CartesianOrbit orbit = new CartesianOrbit(new PVCoordinates(new Vector3D(start[0], start[1], start[2]),
                new Vector3D(start[3], start[4], start[5])), FramesFactory.getGCRF(), epoch, Earth.MU);
        SpacecraftState orekit = new KeplerianPropagator(orbit).propagate(epoch.shiftedBy(end - t0));
        double apart = orekit.getPosition().distance(new Vector3D(y[0], y[1], y[2]));
        System.out.printf("coast stopped after %.0f s, %.0f km below the ground; Orekit %.3f m apart%n", end - t0,
                -Earth.altitude(y[0], y[1], y[2]) / 1e3, apart);
        assertThat(apart).isLessThan(1_000);
    }

    @Test
    void aBurnOutOfTimeShortOfItsConditionFailsUnlessItIsOneOfASeries() {
        // a 500 km circular orbit; 60 s of 120 N cannot take the semi-major axis to 40,000 km
        double r0 = Earth.EQUATORIAL_RADIUS + 500e3;
        double v0 = Math.sqrt(Earth.MU / r0);
        KickStageBurns burns = new KickStageBurns(120, 320, 5);
        for (boolean limitIsFailure : new boolean[] {true, false}) {
            double[] y = {r0, 0, 0, 0, v0, 0, 300};
            KickStageBurns.Outcome o = new KickStageBurns.Outcome();
            double end = burns.burn(o, y, 0, 60, limitIsFailure, KickStageBurns.Condition.SEMI_MAJOR_AXIS, 40_000e3,
                    "test burn", 100);
            assertThat(end).isEqualTo(60, org.assertj.core.data.Offset.offset(1e-9));
            // 60 s at the 120 N / (320 s g0) mass flow
            assertThat(o.propellantKg).isCloseTo(60 * 120 / (320 * space.cosmodrome.launch.Stage.G0),
                    org.assertj.core.data.Offset.offset(1e-9));
            if (limitIsFailure) {
                assertThat(o.failure).contains("test burn");
                assertThat(o.reachesOrbit()).isFalse();
            } else {
                assertThat(o.failure).isNull();
            }
        }
    }
}
