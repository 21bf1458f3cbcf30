package space.cosmodrome.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.EarthFixedTrack;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;
import space.cosmodrome.orbit.Trajectory;

class FootprintsTest {

    @Test
    void reachFollowsTheSphericalEarthGeometry() {
        double r = Footprints.MEAN_RADIUS_M + 500_000;
        // the horizon: cos(lambda) = R / r (Wertz, SMAD 3rd ed., section 5.2): 21.99 deg at 500 km over the mean radius
        double horizon = Math.acos(Footprints.MEAN_RADIUS_M / r);
        assertThat(Footprints.reachRad(r, Math.toRadians(89), 0)).isCloseTo(horizon, offset(1e-12));
        assertThat(Math.toDegrees(horizon)).isCloseTo(21.99, offset(0.01));
        assertThat(Footprints.reachRad(r, 0, 0)).isCloseTo(0, offset(1e-15));
        // off-nadir eta: the line of sight meets the sphere where sin(eta + lambda) = r sin(eta) / R (law of sines)
        double eta = Math.toRadians(30);
        double lambda = Footprints.reachRad(r, eta, 0);
        assertThat(Math.sin(eta + lambda)).isCloseTo(r * Math.sin(eta) / Footprints.MEAN_RADIUS_M, offset(1e-12));
    }

    @Test
    void swathEdgesLieAtTheReachFromTheTrackAndAcrossIt() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        Trajectory t = Trajectory.propagate(new OrbitSpec.SunSynchronous(500_000, 10.5, epoch).initialOrbit(),
                new Spacecraft(350, 2, 2.2, 2, 1.3), PropagationModel.J2, epoch, epoch.shiftedBy(3 * 3600), 30, f -> { });
        SensorLimits limits = new SensorLimits(0, Math.toRadians(40), -Math.PI / 2);
        List<Footprints.SwathPoint> swath = Footprints.swath(EarthFixedTrack.sample(t, 30), limits);
        for (Footprints.SwathPoint p : swath) {
            Vector3D c = unit(p.latitudeRad(), p.longitudeRad());
            double left = Vector3D.angle(c, unit(p.leftLatitudeRad(), p.leftLongitudeRad()));
            double right = Vector3D.angle(c, unit(p.rightLatitudeRad(), p.rightLongitudeRad()));
            assertThat(left).isCloseTo(right, offset(1e-9));
            assertThat(Math.toDegrees(left)).isBetween(3.0, 5.0);
        }
    }

    @Test
    void everyFootprintVertexIsSeenAtTheHalfAngleFromTheBoresight() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        Trajectory t = Trajectory.propagate(new OrbitSpec.SunSynchronous(500_000, 10.5, epoch).initialOrbit(),
                new Spacecraft(350, 2, 2.2, 2, 1.3), PropagationModel.J2, epoch, epoch.shiftedBy(3600), 30, f -> { });
        AbsoluteDate d = epoch.shiftedBy(600);
        Vector3D sat = t.ephemeris().getPosition(d, Bodies.itrf());
        GeodeticPoint under = Bodies.earth().transform(sat, Bodies.itrf(), d);
        Target target = new Target("t", under.getLatitude() + Math.toRadians(2), under.getLongitude());
        double half = Math.toRadians(2);
        List<GeodeticPoint> ring = Footprints.footprint(t, d, target, half, 12);
        assertThat(ring).hasSize(12);
        Vector3D aim = Bodies.earth().transform(new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0)).subtract(sat);
        for (GeodeticPoint g : ring) {
            assertThat(g.getAltitude()).isCloseTo(0, offset(1e-3));
            Vector3D v = Bodies.earth().transform(g).subtract(sat);
            assertThat(Vector3D.angle(aim, v)).isCloseTo(half, offset(1e-9));
        }
    }

    private static Vector3D unit(double lat, double lon) {
        return new Vector3D(Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat));
    }
}
