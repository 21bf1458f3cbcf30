package space.cosmodrome.orbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.frames.Frame;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;

/** The sampled ITRF track against Orekit's own ITRF transform at every date (IERS 2010, full EOP). */
class EarthFixedTrackTest {

    @Test
    void positionsMatchOrekitsItrfTransformWithinOneCentimetre() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        Trajectory t = Trajectory.propagate(new OrbitSpec.SunSynchronous(500_000, 10.5, epoch).initialOrbit(),
                new Spacecraft(350, 2, 2.2, 2, 1.3), PropagationModel.J2, epoch, epoch.shiftedBy(86_400), 60, f -> { });
        EarthFixedTrack track = EarthFixedTrack.sample(t, 10);
        assertThat(track.size()).isEqualTo(8641);
        assertThat(track.timeS(track.size() - 1)).isEqualTo(86_400.0);
        BoundedPropagator e = t.propagator();
        Frame itrf = Bodies.itrf();
        Random random = new Random(7);
        for (int k = 0; k < 300; k++) {
            double s = random.nextDouble() * 86_400;
            AbsoluteDate d = epoch.shiftedBy(s);
            assertThat(track.satelliteAt(s).distance(e.getPosition(d, itrf))).as("at +%.3f s", s).isLessThan(0.01);
            // the Sun interpolated hourly: direction within 1e-6 rad
            assertThat(Vector3D.angle(track.sunAt(s), Bodies.sun().getPosition(d, itrf))).isLessThan(1e-6);
            int i = random.nextInt(track.size());
            assertThat(track.satellite(i).distance(e.getPosition(epoch.shiftedBy(track.timeS(i)), itrf))).isLessThan(0.01);
        }
    }
}
