package space.cosmodrome.tracking;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.frames.Transform;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;

/** Sub-satellite points, altitudes, speeds and illumination of element sets at one date. */
public final class Where {
    private Where() {
    }

    /**
     * @param sets element sets
     * @param date the date
     * @return one point per set, in input order
     */
    public static List<SubSatellitePoint> at(List<TleElements> sets, AbsoluteDate date) {
        DataContext context = OrekitData.context();
        Frame teme = context.getFrames().getTEME();
        Frame itrf = context.getFrames().getITRF(IERSConventions.IERS_2010, true);
        Frame gcrf = context.getFrames().getGCRF();
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, itrf);
        CelestialBody sun = context.getCelestialBodies().getSun();
        Vector3D sunGcrf = sun.getPosition(date, gcrf);
        Transform toItrf = teme.getTransformTo(itrf, date);
        Transform toGcrf = teme.getTransformTo(gcrf, date);
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        Sgp4States states = sgp4.newStates(1);
        sgp4.propagate(new AbsoluteDate[] {date}, states);
        List<SubSatellitePoint> points = new ArrayList<>(sets.size());
        for (int i = 0; i < sets.size(); i++) {
            TleElements set = sets.get(i);
            int code = states.error(i, 0);
            if (code != Sgp4Errors.NONE) {
                points.add(new SubSatellitePoint(set.catalogNumber(), set.name(), date, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN, false, code));
                continue;
            }
            double[] s = states.state(i, 0);
            PVCoordinates pv = new PVCoordinates(new Vector3D(s[0] * 1000, s[1] * 1000, s[2] * 1000),
                    new Vector3D(s[3] * 1000, s[4] * 1000, s[5] * 1000));
            PVCoordinates fixed = toItrf.transformPVCoordinates(pv);
            PVCoordinates inertial = toGcrf.transformPVCoordinates(pv);
            GeodeticPoint point = earth.transform(fixed.getPosition(), itrf, date);
            points.add(new SubSatellitePoint(set.catalogNumber(), set.name(), date, point.getLatitude(),
                    point.getLongitude(), point.getAltitude(), inertial.getVelocity().getNorm(),
                    fixed.getVelocity().getNorm(), sunlit(inertial.getPosition(), sunGcrf), code));
        }
        return points;
    }

    /** Outside the umbra cone of a spherical Earth (penumbra counts as sunlit). */
    static boolean sunlit(Vector3D satellite, Vector3D sun) {
        Vector3D toSun = sun.subtract(satellite);
        double separation = Vector3D.angle(satellite.negate(), toSun);
        double earthRadius = Math.asin(Math.min(1, Constants.WGS84_EARTH_EQUATORIAL_RADIUS / satellite.getNorm()));
        double sunRadius = Math.asin(Math.min(1, Constants.SUN_RADIUS / toSun.getNorm()));
        return separation >= earthRadius - sunRadius;
    }
}
