package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.AltitudeDetector;
import org.orekit.propagation.events.handlers.StopOnEvent;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScalesFactory;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;

/**
 * The instantaneous impact point against an independent computation: plain Orekit numerical propagation of
 * the same state (point-mass gravity, no drag, GCRF) down to zero altitude over the WGS84 ellipsoid in ITRF.
 */
class ImpactPointTest {
    @BeforeAll
    static void data() {
        OrekitData.load(Path.of(System.getProperty("cosmodrome.data")));
    }

    @Test
    void matchesOrekitBallisticPropagationAlongAnAscent() {
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), TestVehicles.vostochny(List.of()),
                TargetOrbit.sunSynchronous(500e3));
        AbsoluteDate liftoff = new AbsoluteDate(2026, 12, 1, 1, 18, 49.0, TimeScalesFactory.getUTC());
        Frame gcrf = FramesFactory.getGCRF();
        Frame itrf = FramesFactory.getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Earth.EQUATORIAL_RADIUS, Earth.FLATTENING, itrf);
        // the ascent's frame is ITRF frozen at liftoff
        Rotation toGcrf = itrf.getStaticTransformTo(gcrf, liftoff).getRotation();
        int compared = 0;
        for (TrajectoryPoint p : r.trajectory()) {
            if (p.timeS() < 20 || Math.round(p.timeS()) % 40 != 0) {
                continue;
            }
            double[] y = {p.positionM()[0], p.positionM()[1], p.positionM()[2],
                    p.velocityMps()[0], p.velocityMps()[1], p.velocityMps()[2]};
            ImpactPoint iip = ImpactPoint.of(y, p.timeS());
            if (iip == null) {
                continue;
            }
            AbsoluteDate date = liftoff.shiftedBy(p.timeS());
            CartesianOrbit orbit = new CartesianOrbit(new PVCoordinates(toGcrf.applyTo(new Vector3D(p.positionM())),
                    toGcrf.applyTo(new Vector3D(p.velocityMps()))), gcrf, date, Earth.MU);
            NumericalPropagator propagator = new NumericalPropagator(
                    new DormandPrince853Integrator(1e-3, 60, 1e-3, 1e-10));
            propagator.setOrbitType(OrbitType.CARTESIAN);
            propagator.setInitialState(new SpacecraftState(orbit));
            propagator.addEventDetector(new AltitudeDetector(0, earth).withHandler(new StopOnEvent()));
            SpacecraftState end = propagator.propagate(date.shiftedBy(20_000));
            GeodeticPoint ground = earth.transform(end.getPosition(), gcrf, end.getDate());
            double tof = end.getDate().durationFrom(date);
            double distanceKm = greatCircleKm(iip.latitudeDeg(), iip.longitudeDeg(),
                    Math.toDegrees(ground.getLatitude()), Math.toDegrees(ground.getLongitude()));
            System.out.printf("T+%.0f s: IIP %.4f %.4f tof %.1f s; Orekit %.4f %.4f tof %.1f s; %.3f km apart%n",
                    p.timeS(), iip.latitudeDeg(), iip.longitudeDeg(), iip.timeOfFlightS(),
                    Math.toDegrees(ground.getLatitude()), Math.toDegrees(ground.getLongitude()), tof, distanceKm);
            assertThat(distanceKm).isLessThan(0.2);
            assertThat(Math.abs(iip.timeOfFlightS() - tof)).isLessThan(0.1);
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(6);
        // at cut-off (perigee 200 km) the conic no longer reaches the ground
        TrajectoryPoint last = r.trajectory().get(r.trajectory().size() - 1);
        assertThat(ImpactPoint.of(new double[] {last.positionM()[0], last.positionM()[1], last.positionM()[2],
                last.velocityMps()[0], last.velocityMps()[1], last.velocityMps()[2]}, last.timeS())).isNull();
    }

    private static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dl = Math.toRadians(lon2 - lon1);
        double c = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
        return Earth.EQUATORIAL_RADIUS / 1000 * Math.acos(Math.max(-1, Math.min(1, c)));
    }
}
