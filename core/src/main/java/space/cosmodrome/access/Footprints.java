package space.cosmodrome.access;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Line;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.EarthFixedTrack;
import space.cosmodrome.orbit.Trajectory;

/**
 * Sensor footprints on the ground, for maps: the swath edges of the field of regard (how far to each side of the
 * track the sensor can point, within its off-nadir limit and above the targets' minimum elevation), and the
 * footprint of the field of view pointed at a target.
 *
 * <p>The swath edges are drawn on a sphere of the Earth's mean radius: the Earth-central angle λ to the edge
 * follows from the satellite's geocentric radius r, the off-nadir limit η and the minimum elevation ε as
 * λ = min(asin(r sin η / R) - η, acos(R cos ε / r) - ε), the horizon acos(R / r) where the line of sight misses the Earth (Wertz, Space Mission Analysis and Design, 3rd ed.,
 * section 5.2), laid perpendicular to the ground track's direction. Good to a few km for a map; the access
 * analysis itself uses the WGS84 ellipsoid.
 */
public final class Footprints {
    /** Mean Earth radius used for the swath edges (m), IUGG. */
    public static final double MEAN_RADIUS_M = 6_371_008.8;

    private Footprints() {
    }

    /**
     * One sample of the swath: the sub-satellite point and the two edges (rad).
     *
     * @param date the date
     * @param latitudeRad sub-satellite latitude (geocentric on the sphere, rad)
     * @param longitudeRad sub-satellite longitude (rad)
     * @param leftLatitudeRad left edge latitude (rad), left of the direction of motion
     * @param leftLongitudeRad left edge longitude (rad)
     * @param rightLatitudeRad right edge latitude (rad)
     * @param rightLongitudeRad right edge longitude (rad)
     */
    public record SwathPoint(AbsoluteDate date, double latitudeRad, double longitudeRad, double leftLatitudeRad,
                             double leftLongitudeRad, double rightLatitudeRad, double rightLongitudeRad) {
    }

    /**
     * @param satelliteRadiusM geocentric radius of the satellite (m)
     * @param maxOffNadirRad off-nadir limit (rad)
     * @param minElevationRad lowest elevation of the satellite seen from the ground (rad)
     * @return the Earth-central angle from the sub-satellite point to the edge of the field of regard (rad)
     */
    public static double reachRad(double satelliteRadiusM, double maxOffNadirRad, double minElevationRad) {
        double ratio = Math.max(1, satelliteRadiusM / MEAN_RADIUS_M);
        double horizon = Math.acos(1 / ratio);
        double sine = ratio * Math.sin(maxOffNadirRad);
        // a line of sight that misses the Earth: the horizon limits the reach
        double byOffNadir = sine >= 1 ? horizon : Math.asin(sine) - maxOffNadirRad;
        double byElevation = Math.acos(Math.cos(minElevationRad) / ratio) - minElevationRad;
        return Math.max(0, Math.min(byOffNadir, byElevation));
    }

    /**
     * @param track the sampled trajectory
     * @param limits the sensor limits
     * @return the swath at every sample of the track
     */
    public static List<SwathPoint> swath(EarthFixedTrack track, SensorLimits limits) {
        List<Vector3D> fixed = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            fixed.add(track.satellite(i));
        }
        List<SwathPoint> out = new ArrayList<>();
        for (int i = 0; i < fixed.size(); i++) {
            Vector3D p = fixed.get(i);
            double lat = Math.asin(p.getZ() / p.getNorm());
            double lon = Math.atan2(p.getY(), p.getX());
            // direction of motion over the ground: toward the next sample (from the previous one at the end)
            Vector3D a = i + 1 < fixed.size() ? p : fixed.get(i - 1);
            Vector3D b = i + 1 < fixed.size() ? fixed.get(i + 1) : p;
            double heading = bearing(Math.asin(a.getZ() / a.getNorm()), Math.atan2(a.getY(), a.getX()),
                    Math.asin(b.getZ() / b.getNorm()), Math.atan2(b.getY(), b.getX()));
            double reach = reachRad(p.getNorm(), limits.maxOffNadirRad(), limits.minElevationRad());
            double[] left = destination(lat, lon, heading - Math.PI / 2, reach);
            double[] right = destination(lat, lon, heading + Math.PI / 2, reach);
            out.add(new SwathPoint(track.start().shiftedBy(track.timeS(i)), lat, lon, left[0], left[1], right[0], right[1]));
        }
        return out;
    }

    /** @return the initial bearing from point 1 to point 2 on a sphere (rad, from north, clockwise) */
    static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double dLon = lon2 - lon1;
        return Math.atan2(Math.sin(dLon) * Math.cos(lat2),
                Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon));
    }

    /** @return {latitude, longitude} (rad) reached from a point along a bearing over a central angle, on a sphere */
    static double[] destination(double lat, double lon, double bearing, double angle) {
        double lat2 = Math.asin(Math.sin(lat) * Math.cos(angle) + Math.cos(lat) * Math.sin(angle) * Math.cos(bearing));
        double lon2 = lon + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat),
                Math.cos(angle) - Math.sin(lat) * Math.sin(lat2));
        return new double[] {lat2, Math.IEEEremainder(lon2, 2 * Math.PI)};
    }

    /**
     * The footprint of a circular field of view pointed from the satellite at a target: where the rays of the
     * cone's edge meet the WGS84 ellipsoid. Rays that miss the Earth (a cone wider than the limb) are left out.
     *
     * @param trajectory the propagated span
     * @param date when
     * @param target the point the boresight is aimed at
     * @param halfAngleRad half-angle of the field of view (rad), above 0
     * @param vertices number of rays round the cone
     * @return the footprint's vertices (geodetic), in order round the cone
     */
    public static List<GeodeticPoint> footprint(Trajectory trajectory, AbsoluteDate date, Target target, double halfAngleRad,
                                                int vertices) {
        OneAxisEllipsoid earth = Bodies.earth();
        Frame itrf = earth.getBodyFrame();
        try {
            Vector3D sat = trajectory.ephemeris().getPosition(date, itrf);
            Vector3D aim = earth.transform(new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0));
            Vector3D b = aim.subtract(sat).normalize();
            Vector3D u = b.orthogonal();
            Vector3D v = Vector3D.crossProduct(b, u);
            List<GeodeticPoint> out = new ArrayList<>();
            for (int k = 0; k < vertices; k++) {
                double theta = 2 * Math.PI * k / vertices;
                Vector3D d = new Vector3D(Math.cos(halfAngleRad), b, Math.sin(halfAngleRad) * Math.cos(theta), u,
                        Math.sin(halfAngleRad) * Math.sin(theta), v);
                GeodeticPoint g = earth.getIntersectionPoint(new Line(sat, sat.add(Constants.WGS84_EARTH_EQUATORIAL_RADIUS, d), 1e-10),
                        sat, itrf, date);
                if (g != null) {
                    out.add(g);
                }
            }
            return out;
        } catch (OrekitException e) {
            throw CosmodromeException.internal("computing the footprint on " + target.name(), e);
        }
    }
}
