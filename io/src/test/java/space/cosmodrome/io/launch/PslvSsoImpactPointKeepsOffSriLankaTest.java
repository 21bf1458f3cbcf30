package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentProfile;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.ImpactPoint;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.ascent.TrajectoryPoint;
import space.cosmodrome.launch.KeepOutZone;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

/**
 * PSLV-XL's dog-leg from Sriharikota to a 600 km SSO (the published-payload row, flown direct): ISRO flies south-east
 * and turns so that debris does not fall on Sri Lanka (sites.yaml, TOI_SIVAN_2020), and the bundled site carries the
 * island as a keep-out zone for the instantaneous impact point. The reference is geometry nobody here wrote into the
 * model: the impact points of the returned trajectory, joined by straight pieces of at most 1 km, tested against the
 * zone's vertices by a winding number (not {@link KeepOutZone}'s even-odd rule). Without the zone the model's yaw
 * starts with the vacuum guidance and the impact point crosses the island's east coast; with it the yaw waits a few
 * seconds, which costs some payload, not most of it. A zone nowhere near the impact track changes nothing.
 */
class PslvSsoImpactPointKeepsOffSriLankaTest {
    private static final TargetOrbit SSO_600 = TargetOrbit.sunSynchronous(600_000);
    private static LaunchSite sriharikota;
    private static AscentResult withZone;
    private static AscentResult withoutZone;
    private static List<double[]> island;

    @BeforeAll
    static void fly() {
        LaunchCatalog c = CatalogReader.bundled();
        LaunchVehicle pslv = c.vehicle("pslv-xl").withoutDisposal();
        sriharikota = c.site("sriharikota");
        island = sriharikota.keepOutZones().stream().filter(z -> z.name().equals("Sri Lanka")).findFirst()
                .orElseThrow().verticesDeg();
        withZone = PayloadCapacity.maximize(pslv, sriharikota, SSO_600, AscentProfile.DIRECT);
        withoutZone = PayloadCapacity.maximize(pslv, sriharikota.withoutKeepOutZones(), SSO_600, AscentProfile.DIRECT);
    }

    @Test
    void theImpactPointNeverEntersTheIsland() {
        List<double[]> path = impactPath(withZone);
        assertThat(path).hasSizeGreaterThan(1_000);
        assertThat(path).noneMatch(p -> windingNumber(p[0], p[1], island) != 0);
        assertThat(withZone.warnings()).noneMatch(w -> w.contains("keep-out"));
        // the yaw waits only as long as it must: the impact point passes within 10 km of the zone's edge
        double nearestKm = path.stream().mapToDouble(p -> distanceToPolygonKm(p[0], p[1], island)).min().orElseThrow();
        assertThat(nearestKm).isLessThan(10);
        assertThat(withZone.events()).anyMatch(e -> e.name().startsWith("dog-leg yaw starts"));
    }

    @Test
    void withoutTheZoneTheImpactPointCrossesTheIsland() {
        assertThat(impactPath(withoutZone)).anyMatch(p -> windingNumber(p[0], p[1], island) != 0);
    }

    @Test
    void keepingOffTheIslandCostsSomePayloadNotMostOfIt() {
        assertThat(withZone.capacityKg()).isLessThan(withoutZone.capacityKg());
        // a yaw held a few seconds, not the 300 km downrange hold's 40 % (docs/ascent.md, "Range safety")
        assertThat(withZone.capacityKg()).isGreaterThan(0.9 * withoutZone.capacityKg());
        assertThat(withZone.approach().groundAzimuthRad()).isEqualTo(withoutZone.approach().groundAzimuthRad());
        // and the output says why: an event where the held yaw starts; none without the zone
        assertThat(withZone.events()).anyMatch(e -> e.name().startsWith("dog-leg yaw starts"));
        assertThat(withoutZone.events()).noneMatch(e -> e.name().startsWith("dog-leg yaw starts"));
    }

    @Test
    void aZoneAwayFromTheImpactTrackChangesNothing() {
        KeepOutZone farAway = new KeepOutZone("far", List.of(new double[] {-30, 100}, new double[] {-30, 105},
                new double[] {-25, 105}, new double[] {-25, 100}), "test", "test geometry, east of the track");
        LaunchSite s = sriharikota.withoutKeepOutZones();
        LaunchSite withFar = new LaunchSite(s.id(), s.name(), s.country(), s.latitudeDeg(), s.longitudeDeg(),
                s.altitudeM(), s.corridors(), s.confidence(), s.sources(), s.notes(), List.of(farAway));
        AscentResult r = PayloadCapacity.maximize(CatalogReader.bundled().vehicle("pslv-xl").withoutDisposal(), withFar,
                SSO_600, AscentProfile.DIRECT);
        assertThat(r.capacityKg()).isEqualTo(withoutZone.capacityKg());
        assertThat(r.events()).noneMatch(e -> e.name().startsWith("dog-leg yaw starts"));
    }

    /** The impact points (lat, lon deg) of a trajectory while it has one, joined by pieces of at most 1 km. */
    private static List<double[]> impactPath(AscentResult r) {
        List<double[]> out = new ArrayList<>();
        ImpactPoint previous = null;
        for (TrajectoryPoint p : r.trajectory()) {
            ImpactPoint ip = p.impactPoint();
            if (ip != null && previous != null) {
                double km = 111.2 * Math.hypot(ip.latitudeDeg() - previous.latitudeDeg(),
                        (ip.longitudeDeg() - previous.longitudeDeg()) * Math.cos(Math.toRadians(ip.latitudeDeg())));
                int pieces = (int) Math.ceil(km);
                for (int k = 1; k <= pieces && km < 5_000; k++) {
                    double f = (double) k / pieces;
                    out.add(new double[] {previous.latitudeDeg() + f * (ip.latitudeDeg() - previous.latitudeDeg()),
                            previous.longitudeDeg() + f * (ip.longitudeDeg() - previous.longitudeDeg())});
                }
            } else if (ip != null) {
                out.add(new double[] {ip.latitudeDeg(), ip.longitudeDeg()});
            }
            previous = ip;
        }
        return out;
    }

    /** Winding number of a closed polygon of {lat, lon} vertices around a point (0 outside). */
    private static int windingNumber(double lat, double lon, List<double[]> polygon) {
        int w = 0;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            double side = (b[1] - a[1]) * (lat - a[0]) - (lon - a[1]) * (b[0] - a[0]);
            if (a[0] <= lat && b[0] > lat && side > 0) {
                w++;
            } else if (a[0] > lat && b[0] <= lat && side < 0) {
                w--;
            }
        }
        return w;
    }

    /** Distance (km, flat near the point) from a point to a polygon's edges. */
    private static double distanceToPolygonKm(double lat, double lon, List<double[]> polygon) {
        double c = Math.cos(Math.toRadians(lat));
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < polygon.size(); i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get((i + 1) % polygon.size());
            double ax = (a[1] - lon) * c;
            double ay = a[0] - lat;
            double dx = (b[1] - a[1]) * c;
            double dy = b[0] - a[0];
            double t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
            best = Math.min(best, 111.2 * Math.hypot(ax + t * dx, ay + t * dy));
        }
        return best;
    }
}
