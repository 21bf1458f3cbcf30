package space.cosmodrome.launch;

import java.util.ArrayList;
import java.util.List;

import space.cosmodrome.error.CosmodromeException;

/**
 * An area over which range safety does not let the instantaneous impact point (IIP) of a vehicle pass while it
 * is below orbital speed: land or islands under the flight path. A polygon of geodetic latitude and longitude
 * vertices; edges are straight lines in longitude and latitude (fine for zones of a few hundred kilometres
 * away from the poles). Longitudes are taken within 180 deg of the first vertex, so a zone may cross 180 deg.
 *
 * @param name short label ("Philippines")
 * @param verticesDeg vertices as {latitudeDeg, longitudeDeg}, at least three, not repeating the first
 * @param source where the zone comes from, or a statement that it is our geometry
 * @param note how it was drawn
 */
public record KeepOutZone(String name, List<double[]> verticesDeg, String source, String note) {

    public KeepOutZone {
        if (name == null || name.isBlank()) {
            throw CosmodromeException.missing("keepOutZone.name", "a non-empty name");
        }
        if (verticesDeg == null || verticesDeg.size() < 3) {
            throw CosmodromeException.badValue("keepOutZone " + name + ".verticesDeg",
                    verticesDeg == null ? 0 : verticesDeg.size(), "allowed: at least 3 [latitudeDeg, longitudeDeg] pairs");
        }
        List<double[]> copy = new ArrayList<>();
        for (double[] v : verticesDeg) {
            if (v == null || v.length != 2 || !(v[0] >= -90 && v[0] <= 90) || !(v[1] >= -180 && v[1] <= 360)) {
                throw CosmodromeException.badValue("keepOutZone " + name + ".verticesDeg",
                        v == null ? "null" : java.util.Arrays.toString(v),
                        "allowed: [latitudeDeg in [-90, 90], longitudeDeg in [-180, 360]]");
            }
            copy.add(v.clone());
        }
        verticesDeg = List.copyOf(copy);
    }

    /** @return whether a point (deg) lies inside the polygon (even-odd rule) */
    public boolean contains(double latitudeDeg, double longitudeDeg) {
        double x = unwrap(longitudeDeg);
        boolean inside = false;
        int n = verticesDeg.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double yi = verticesDeg.get(i)[0];
            double yj = verticesDeg.get(j)[0];
            double xi = unwrap(verticesDeg.get(i)[1]);
            double xj = unwrap(verticesDeg.get(j)[1]);
            if ((yi > latitudeDeg) != (yj > latitudeDeg)
                    && x < (xj - xi) * (latitudeDeg - yi) / (yj - yi) + xi) {
                inside = !inside;
            }
        }
        return inside;
    }

    /**
     * @return whether the straight segment (in longitude and latitude) between two points touches the zone:
     *         either end inside, or the segment crossing an edge (an IIP that jumps over a zone between two
     *         integration steps still counts)
     */
    public boolean crossedBy(double lat1, double lon1, double lat2, double lon2) {
        if (contains(lat1, lon1) || contains(lat2, lon2)) {
            return true;
        }
        double x1 = unwrap(lon1);
        double x2 = unwrap(lon2);
        if (Math.abs(x2 - x1) > 180) {
            return false;   // the segment goes the other way round the globe: too long to mean anything here
        }
        int n = verticesDeg.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if (segmentsIntersect(x1, lat1, x2, lat2, unwrap(verticesDeg.get(j)[1]), verticesDeg.get(j)[0],
                    unwrap(verticesDeg.get(i)[1]), verticesDeg.get(i)[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the distance (km) from the straight segment between two points (as in {@link #crossedBy}) to the zone:
     *         0 when it touches the zone, else the least distance between the segment and the zone's edges, in the
     *         plane tangent at the segment's first point (longitudes scaled by the cosine of its latitude; on a sphere
     *         of the mean Earth radius), which is within a fraction of a percent over a few hundred kilometres. For
     *         searches that steer a path away from the zone.
     */
    public double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        if (crossedBy(lat1, lon1, lat2, lon2)) {
            return 0;
        }
        return distanceToEdgesKm(lat1, lon1, lat2, lon2);
    }

    /**
     * @return how deep a point lies inside the zone (km): its distance to the nearest edge, as {@link #distanceKm}
     *         measures it; 0 outside
     */
    public double depthKm(double latitudeDeg, double longitudeDeg) {
        return contains(latitudeDeg, longitudeDeg)
                ? distanceToEdgesKm(latitudeDeg, longitudeDeg, latitudeDeg, longitudeDeg) : 0;
    }

    private double distanceToEdgesKm(double lat1, double lon1, double lat2, double lon2) {
        double kmPerDeg = Math.toRadians(MEAN_RADIUS_KM);
        double cosLat = Math.cos(Math.toRadians(lat1));
        double x0 = unwrap(lon1);
        double px = 0;
        double py = 0;
        double qx = (unwrap(lon2) - x0) * cosLat * kmPerDeg;
        double qy = (lat2 - lat1) * kmPerDeg;
        double best = Double.POSITIVE_INFINITY;
        int n = verticesDeg.size();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            double ax = (unwrap(verticesDeg.get(j)[1]) - x0) * cosLat * kmPerDeg;
            double ay = (verticesDeg.get(j)[0] - lat1) * kmPerDeg;
            double bx = (unwrap(verticesDeg.get(i)[1]) - x0) * cosLat * kmPerDeg;
            double by = (verticesDeg.get(i)[0] - lat1) * kmPerDeg;
            // two segments that do not cross: the least distance is from an end of one to the other
            best = Math.min(best, Math.min(Math.min(pointToSegment(px, py, ax, ay, bx, by),
                    pointToSegment(qx, qy, ax, ay, bx, by)), Math.min(pointToSegment(ax, ay, px, py, qx, qy),
                    pointToSegment(bx, by, px, py, qx, qy))));
        }
        return best;
    }

    private static double pointToSegment(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        return Math.hypot(ax + t * dx - x, ay + t * dy - y);
    }

    /** Mean Earth radius (km) for {@link #distanceKm}. */
    private static final double MEAN_RADIUS_KM = 6_371.0;

    /** Longitude brought within 180 deg of the first vertex's. */
    private double unwrap(double lonDeg) {
        double ref = verticesDeg.get(0)[1];
        double d = ((lonDeg - ref) % 360 + 540) % 360 - 180;
        return ref + d;
    }

    private static boolean segmentsIntersect(double ax, double ay, double bx, double by,
                                             double cx, double cy, double dx, double dy) {
        double d1 = cross(cx, cy, dx, dy, ax, ay);
        double d2 = cross(cx, cy, dx, dy, bx, by);
        double d3 = cross(ax, ay, bx, by, cx, cy);
        double d4 = cross(ax, ay, bx, by, dx, dy);
        return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0));
    }

    private static double cross(double ox, double oy, double px, double py, double qx, double qy) {
        return (px - ox) * (qy - oy) - (py - oy) * (qx - ox);
    }
}
