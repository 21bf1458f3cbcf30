package space.cosmodrome.coverage;

import java.util.ArrayList;
import java.util.List;

import space.cosmodrome.error.CosmodromeException;

/**
 * A region to cover: a polygon in latitude and longitude (edges straight in those coordinates), sampled on a
 * grid. Grid points sit at whole multiples of the step in latitude and longitude and are kept when they lie
 * inside the polygon or on its edge. A polygon that crosses the antimeridian is given with longitudes beyond
 * 180 deg (170 to 190, say); they are wrapped back when the points are made.
 *
 * @param name its name (unique among regions and targets)
 * @param latitudesRad vertex latitudes (rad), at least three vertices
 * @param longitudesRad vertex longitudes (rad), as many
 * @param gridStepRad grid step (rad), 0.05 to 10 deg
 */
public record Region(String name, double[] latitudesRad, double[] longitudesRad, double gridStepRad) {
    /** Most grid points in one region. */
    public static final int MAX_POINTS = 20_000;

    public Region {
        if (name == null || name.isBlank()) {
            throw CosmodromeException.missing("regions[].name", "a name for each region");
        }
        String f = "regions[" + name + "].";
        if (latitudesRad == null || longitudesRad == null || latitudesRad.length < 3 || latitudesRad.length != longitudesRad.length) {
            throw CosmodromeException.badValue(f + "polygon", latitudesRad == null ? 0 : latitudesRad.length,
                    "at least three [latitudeDeg, longitudeDeg] vertices");
        }
        for (int i = 0; i < latitudesRad.length; i++) {
            if (!(Math.abs(latitudesRad[i]) <= Math.PI / 2)) {
                throw CosmodromeException.badValue(f + "polygon[" + i + "]", Math.toDegrees(latitudesRad[i]), "a latitude from -90 to 90 deg");
            }
            if (!(Math.abs(longitudesRad[i]) <= 2 * Math.PI)) {
                throw CosmodromeException.badValue(f + "polygon[" + i + "]", Math.toDegrees(longitudesRad[i]), "a longitude from -360 to 360 deg");
            }
        }
        if (!(gridStepRad >= Math.toRadians(0.05) - 1e-12 && gridStepRad <= Math.toRadians(10) + 1e-12)) {
            throw CosmodromeException.badValue(f + "gridStepDeg", Math.toDegrees(gridStepRad), "allowed: 0.05 to 10 deg");
        }
        latitudesRad = latitudesRad.clone();
        longitudesRad = longitudesRad.clone();
        int n = grid(latitudesRad, longitudesRad, gridStepRad).size();
        if (n == 0) {
            throw CosmodromeException.badValue(f + "gridStepDeg", Math.toDegrees(gridStepRad),
                    "a step small enough to put at least one grid point inside the polygon");
        }
        if (n > MAX_POINTS) {
            throw CosmodromeException.badValue(f + "gridStepDeg", Math.toDegrees(gridStepRad),
                    "a step that gives at most " + MAX_POINTS + " grid points (this one gives " + n + ")");
        }
    }

    @Override
    public double[] latitudesRad() {
        return latitudesRad.clone();
    }

    @Override
    public double[] longitudesRad() {
        return longitudesRad.clone();
    }

    /**
     * A grid point.
     *
     * @param latitudeRad geodetic latitude (rad)
     * @param longitudeRad longitude in [-π, π) (rad)
     * @param weight the share of the region's area it stands for: cos(latitude) over the sum of all points'
     */
    public record GridPoint(double latitudeRad, double longitudeRad, double weight) {
    }

    /** @return the grid points inside the polygon, south to north then west to east */
    public List<GridPoint> gridPoints() {
        return grid(latitudesRad, longitudesRad, gridStepRad);
    }

    private static List<GridPoint> grid(double[] latitudesRad, double[] longitudesRad, double gridStepRad) {
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < latitudesRad.length; i++) {
            minLat = Math.min(minLat, latitudesRad[i]);
            maxLat = Math.max(maxLat, latitudesRad[i]);
            minLon = Math.min(minLon, longitudesRad[i]);
            maxLon = Math.max(maxLon, longitudesRad[i]);
        }
        // count in whole steps (degrees avoid rounding drift for steps like 0.1 deg)
        double stepDeg = Math.toDegrees(gridStepRad);
        long i0 = (long) Math.ceil(Math.toDegrees(minLat) / stepDeg - 1e-9);
        long i1 = (long) Math.floor(Math.toDegrees(maxLat) / stepDeg + 1e-9);
        long j0 = (long) Math.ceil(Math.toDegrees(minLon) / stepDeg - 1e-9);
        long j1 = (long) Math.floor(Math.toDegrees(maxLon) / stepDeg + 1e-9);
        if ((i1 - i0 + 1) * (j1 - j0 + 1) > 50L * MAX_POINTS) {
            // far too many: report the bounding box's count without listing it
            List<GridPoint> many = new ArrayList<>();
            for (int k = 0; k <= MAX_POINTS; k++) {
                many.add(new GridPoint(0, 0, 0));
            }
            return many;
        }
        List<double[]> inside = new ArrayList<>();
        double sum = 0;
        for (long i = i0; i <= i1; i++) {
            double lat = Math.toRadians(i * stepDeg);
            for (long j = j0; j <= j1; j++) {
                double lon = Math.toRadians(j * stepDeg);
                if (contains(latitudesRad, longitudesRad, lat, lon)) {
                    double w = Math.max(Math.cos(lat), 1e-6);
                    sum += w;
                    double wrapped = Math.IEEEremainder(lon, 2 * Math.PI);
                    if (wrapped >= Math.PI) {
                        wrapped -= 2 * Math.PI;
                    }
                    inside.add(new double[] {lat, wrapped, w});
                }
            }
        }
        List<GridPoint> points = new ArrayList<>();
        for (double[] p : inside) {
            points.add(new GridPoint(p[0], p[1], p[2] / sum));
        }
        return points;
    }

    /** @return whether a point (rad) is inside the polygon or on an edge (even-odd rule in latitude-longitude) */
    public boolean contains(double latitudeRad, double longitudeRad) {
        return contains(latitudesRad, longitudesRad, latitudeRad, longitudeRad);
    }

    private static boolean contains(double[] latitudesRad, double[] longitudesRad, double latitudeRad, double longitudeRad) {
        int n = latitudesRad.length;
        boolean in = false;
        double eps = 1e-9;
        for (int a = 0, b = n - 1; a < n; b = a++) {
            double ya = latitudesRad[a];
            double xa = longitudesRad[a];
            double yb = latitudesRad[b];
            double xb = longitudesRad[b];
            // on the edge
            double cross = (xb - xa) * (latitudeRad - ya) - (yb - ya) * (longitudeRad - xa);
            if (Math.abs(cross) < eps && longitudeRad >= Math.min(xa, xb) - eps && longitudeRad <= Math.max(xa, xb) + eps
                    && latitudeRad >= Math.min(ya, yb) - eps && latitudeRad <= Math.max(ya, yb) + eps) {
                return true;
            }
            if ((ya > latitudeRad) != (yb > latitudeRad)
                    && longitudeRad < xa + (xb - xa) * (latitudeRad - ya) / (yb - ya)) {
                in = !in;
            }
        }
        return in;
    }
}
