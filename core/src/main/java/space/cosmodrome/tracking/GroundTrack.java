package space.cosmodrome.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.tle.TleElements;

/**
 * Ground tracks (sub-satellite points on the WGS-84 ellipsoid) on a time grid. A file may hold the history of an
 * object, several element sets of one catalog number: each time then uses the newest set whose epoch is not after
 * it (the first set before them all), which is how an analyst follows an object across manoeuvres and drag.
 */
public final class GroundTrack {
    /** Most points one call may ask for. */
    public static final int MAX_POINTS = 2_000_000;

    private GroundTrack() {
    }

    /**
     * One point of a ground track.
     * @param catalogNumber catalog number
     * @param name object name (may be empty)
     * @param date time
     * @param latitudeRad geodetic latitude (rad)
     * @param longitudeRad longitude (rad)
     * @param altitudeM altitude above the ellipsoid (m)
     * @param elementSetEpoch epoch of the element set used
     * @param errorCode SGP4 error code ({@link Sgp4Errors#NONE} when the point is valid)
     */
    public record Point(int catalogNumber, String name, AbsoluteDate date, double latitudeRad, double longitudeRad,
            double altitudeM, AbsoluteDate elementSetEpoch, int errorCode) {
    }

    /**
     * @param sets element sets, possibly several per catalog number
     * @param from first time
     * @param to last time
     * @param stepSeconds step (s)
     * @return the points, object by object (in order of first appearance), then by time
     */
    public static List<Point> of(List<TleElements> sets, AbsoluteDate from, AbsoluteDate to, double stepSeconds) {
        double span = to.durationFrom(from);
        if (!(span >= 0)) {
            throw CosmodromeException.badValue("--to", to, "a time after --from (" + from + ")");
        }
        if (!(stepSeconds > 0)) {
            throw CosmodromeException.badValue("--step-s", stepSeconds, "a positive step (s)");
        }
        Map<Integer, List<TleElements>> byObject = new LinkedHashMap<>();
        for (TleElements set : sets) {
            byObject.computeIfAbsent(set.catalogNumber(), k -> new ArrayList<>()).add(set);
        }
        long count = (long) Math.floor(span / stepSeconds + 1e-9) + 1;
        if (count * byObject.size() > MAX_POINTS) {
            throw CosmodromeException.badValue("points", byObject.size() + " objects x " + count + " times",
                    "at most " + MAX_POINTS + " points: shorten the span or widen the step");
        }
        DataContext context = OrekitData.context();
        Frame teme = context.getFrames().getTEME();
        Frame itrf = context.getFrames().getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, itrf);
        double[][][] rotations = new double[(int) count][][];
        for (int k = 0; k < count; k++) {
            rotations[k] = teme.getStaticTransformTo(itrf, from.shiftedBy(k * stepSeconds)).getRotation().getMatrix();
        }
        List<Point> points = new ArrayList<>();
        double[] state = new double[6];
        for (List<TleElements> history : byObject.values()) {
            history.sort(Comparator.comparing(TleElements::epoch));
            BatchSgp4 sgp4 = BatchSgp4.of(history);
            int current = 0;
            for (int k = 0; k < count; k++) {
                AbsoluteDate t = from.shiftedBy(k * stepSeconds);
                while (current + 1 < history.size() && history.get(current + 1).epoch().compareTo(t) <= 0) {
                    current++;
                }
                TleElements set = history.get(current);
                int code = sgp4.propagateOne(current, t.durationFrom(set.epoch()) / 60.0, state);
                if (code != Sgp4Errors.NONE) {
                    points.add(new Point(set.catalogNumber(), set.name(), t, Double.NaN, Double.NaN, Double.NaN,
                            set.epoch(), code));
                    continue;
                }
                double[][] m = rotations[k];
                Vector3D p = new Vector3D(
                        1000.0 * (m[0][0] * state[0] + m[0][1] * state[1] + m[0][2] * state[2]),
                        1000.0 * (m[1][0] * state[0] + m[1][1] * state[1] + m[1][2] * state[2]),
                        1000.0 * (m[2][0] * state[0] + m[2][1] * state[1] + m[2][2] * state[2]));
                GeodeticPoint g = earth.transform(p, itrf, t);
                points.add(new Point(set.catalogNumber(), set.name(), t, g.getLatitude(), g.getLongitude(),
                        g.getAltitude(), set.epoch(), Sgp4Errors.NONE));
            }
        }
        return points;
    }
}
