package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.FramesFactory;
import org.orekit.utils.Constants;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;

/**
 * Launch geometry against spherical trigonometry with the pad's geocentric latitude (the orbit plane passes
 * through the Earth's centre): cos i = cos(lat_gc) sin(az_inertial), the geocentric latitude taken from
 * Orekit's WGS84 ellipsoid; narrow corridors against a dense brute-force scan of their azimuths.
 */
class LaunchGeometrySphericalTrigonometryTest {

    private static final LaunchSite VOSTOCHNY = TestVehicles.vostochny(List.of());

    /** Geocentric latitude of the pad from Orekit: the WGS84 ellipsoid's Cartesian point, angle above the equator. */
    private static double orekitGeocentricLatitude(LaunchSite site) {
        OrekitData.context();
        OneAxisEllipsoid wgs84 = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, FramesFactory.getGCRF());
        Vector3D p = wgs84.transform(new GeodeticPoint(site.latitudeRad(), site.longitudeRad(), site.altitudeM()));
        return Math.atan2(p.getZ(), Math.hypot(p.getX(), p.getY()));
    }

    @Test
    void geocentricLatitudeMatchesOrekitsWgs84Ellipsoid() {
        double expected = orekitGeocentricLatitude(VOSTOCHNY);
        assertThat(LaunchGeometry.geocentricLatitudeRad(VOSTOCHNY)).isCloseTo(expected, within(1e-9));
        // 51.88 deg geodetic is 51.70 deg geocentric
        assertThat(Math.toDegrees(expected)).isCloseTo(51.697, within(0.001));
    }

    @Test
    void inertialAzimuthObeysCosIEqualsCosGeocentricLatitudeSinAzimuth() {
        double latGc = orekitGeocentricLatitude(VOSTOCHNY);
        for (double inclDeg : new double[] {51.75, 51.8, 64.8, 97.4}) {
            LaunchGeometry.Approach a = LaunchGeometry.approach(VOSTOCHNY, Math.toRadians(inclDeg));
            assertThat(a.dogLegRad()).isZero();
            double inertial = LaunchGeometry.inertialAzimuth(latGc, Math.toRadians(inclDeg), a.northbound());
            assertThat(Math.cos(latGc) * Math.sin(inertial)).isCloseTo(Math.cos(Math.toRadians(inclDeg)), within(1e-12));
        }
    }

    @Test
    void lowestDirectInclinationIsTheGeocentricLatitude() {
        double latGcDeg = Math.toDegrees(orekitGeocentricLatitude(VOSTOCHNY));
        // 51.8 deg lies between the geocentric (51.70) and the geodetic (51.88) latitude: flown directly
        assertThat(LaunchGeometry.approach(VOSTOCHNY, Math.toRadians(51.8)).dogLegRad()).isZero();
        // below the geocentric latitude: due east into it, then the plane change
        LaunchGeometry.Approach below = LaunchGeometry.approach(VOSTOCHNY, Math.toRadians(51.6));
        assertThat(Math.toDegrees(below.groundAzimuthRad())).isCloseTo(90, within(1e-9));
        assertThat(Math.toDegrees(below.flownInclinationRad())).isCloseTo(latGcDeg, within(1e-9));
        assertThat(LaunchGeometry.unconstrainedApproach(VOSTOCHNY, Math.toRadians(51.6), true)).isEmpty();
        assertThat(LaunchGeometry.reachableInclinations(VOSTOCHNY))
                .startsWith(String.format(Locale.ROOT, "%.2f to %.2f deg", latGcDeg, 180 - latGcDeg));
    }

    @Test
    void aSingleAzimuthCorridorIsFlown() {
        // one azimuth, not on the 0.05 deg grid the corridors used to be scanned on
        AzimuthCorridor one = new AzimuthCorridor("one azimuth", 100.02, 100.02, "test", "");
        LaunchSite site = TestVehicles.vostochny(List.of(one));
        LaunchGeometry.Approach a = LaunchGeometry.approach(site, Math.toRadians(70));
        assertThat(Math.toDegrees(a.groundAzimuthRad())).isCloseTo(100.02, within(1e-9));
        assertThat(a.corridorName()).isEqualTo("one azimuth");
        double vSurface = Earth.surfaceSpeed(site.latitudeRad(), site.altitudeM());
        double expected = LaunchGeometry.inclinationOf(orekitGeocentricLatitude(site), Math.toRadians(100.02), vSurface);
        assertThat(a.flownInclinationRad()).isCloseTo(expected, within(1e-12));
        assertThat(LaunchGeometry.reachableInclinations(site)).contains("azimuth 100.02)").contains(
                String.format(Locale.ROOT, "%.2f-%.2f deg", Math.toDegrees(expected), Math.toDegrees(expected)));
    }

    @Test
    void theNearestAzimuthOfNarrowCorridorsMatchesADenseScan() {
        List<AzimuthCorridor> corridors = List.of(new AzimuthCorridor("narrow", 41.013, 41.031, "test", ""),
                new AzimuthCorridor("north", 352.5, 352.5, "test", ""),
                new AzimuthCorridor("east across 90", 85.004, 93.0, "test", ""));
        LaunchSite site = TestVehicles.vostochny(corridors);
        double latGc = orekitGeocentricLatitude(site);
        double vSurface = Earth.surfaceSpeed(site.latitudeRad(), site.altitudeM());
        for (double inclDeg : new double[] {30, 51.0, 60, 66, 80, 99, 130}) {
            double target = Math.toRadians(inclDeg);
            LaunchGeometry.Approach a = LaunchGeometry.approach(site, target);
            // brute force: every azimuth of every corridor at 1e-4 deg steps, edges included
            double best = Double.NaN;
            for (AzimuthCorridor c : corridors) {
                int n = (int) Math.ceil((c.maxAzimuthDeg() - c.minAzimuthDeg()) / 1e-4);
                for (int k = 0; k <= n; k++) {
                    double az = Math.min(c.maxAzimuthDeg(), c.minAzimuthDeg() + k * 1e-4);
                    double incl = LaunchGeometry.inclinationOf(latGc, Math.toRadians(az), vSurface);
                    if (Double.isNaN(best) || Math.abs(incl - target) < Math.abs(best - target)) {
                        best = incl;
                    }
                }
            }
            assertThat(Math.abs(a.flownInclinationRad() - target))
                    .as("inclination %s", inclDeg).isCloseTo(Math.abs(best - target), within(1e-6));
            assertThat(a.corridorName()).isNotNull();
        }
    }

    @Test
    void anUnreachableInclinationNamesTheSingleAzimuthCorridorsRange() {
        LaunchSite site = TestVehicles.vostochny(List.of(new AzimuthCorridor("due east", 90, 90, "test", "")));
        String expected = String.format(Locale.ROOT, "%.2f-%.2f deg (due east, azimuth 90)",
                Math.toDegrees(orekitGeocentricLatitude(site)), Math.toDegrees(orekitGeocentricLatitude(site)));
        assertThatThrownBy(() -> PayloadCapacity.maximize(TestVehicles.angara12(), site,
                TargetOrbit.circular(300e3, Math.toRadians(120))))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNREACHABLE);
                    assertThat(e.getMessage()).contains(expected);
                });
    }
}
