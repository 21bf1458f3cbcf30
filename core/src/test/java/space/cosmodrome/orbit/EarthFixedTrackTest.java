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

    /**
     * An analytic trajectory's track interpolates its 60 s samples (Hermite, positions and velocities of four
     * samples) instead of asking the propagator every 10 s: against Orekit's Eckstein-Hechler and Keplerian
     * propagators at random dates, within a millimetre.
     */
    @Test
    void interpolatedSamplesOfAnAnalyticTrajectoryMatchThePropagatorWithinAMillimetre() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        for (PropagationModel model : new PropagationModel[] {PropagationModel.J2, PropagationModel.KEPLERIAN}) {
            Trajectory t = Trajectory.propagate(new OrbitSpec.Circular(400_000, Math.toRadians(51.6), 1, epoch).initialOrbit(),
                    new Spacecraft(350, 2, 2.2, 2, 1.3), model, epoch, epoch.shiftedBy(20_000.5), 60, f -> { });
            EarthFixedTrack.SampleInterpolator interpolator = EarthFixedTrack.SampleInterpolator.of(t, t.ephemeris().getFrame());
            assertThat(interpolator).as(model.id()).isNotNull();
            Random random = new Random(11);
            for (int k = 0; k < 500; k++) {
                double s = k == 0 ? 20_000.5 : k == 1 ? 3.0 : random.nextDouble() * 20_000.5;
                Vector3D exact = t.ephemeris().getPosition(epoch.shiftedBy(s), t.ephemeris().getFrame());
                assertThat(interpolator.position(s).distance(exact)).as("%s at +%.3f s", model.id(), s).isLessThan(1e-3);
            }
        }
    }
}
