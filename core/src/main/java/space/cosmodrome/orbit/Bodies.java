package space.cosmodrome.orbit;

import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.CelestialBodyFactory;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;

/** The Earth (WGS84 ellipsoid in ITRF, IERS 2010 conventions) and the Sun, from the loaded data set. */
public final class Bodies {
    private Bodies() {
    }

    /** @return the Earth-fixed frame (ITRF, IERS 2010, simple EOP interpolation) */
    public static Frame itrf() {
        OrekitData.context();
        return FramesFactory.getITRF(IERSConventions.IERS_2010, true);
    }

    /** @return the inertial frame results are given in (GCRF) */
    public static Frame gcrf() {
        OrekitData.context();
        return FramesFactory.getGCRF();
    }

    /** @return the WGS84 ellipsoid attached to ITRF */
    public static OneAxisEllipsoid earth() {
        return new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING, itrf());
    }

    /** @return the Sun (JPL ephemerides from the data set) */
    public static CelestialBody sun() {
        OrekitData.context();
        return CelestialBodyFactory.getSun();
    }

    /** @return the Moon (JPL ephemerides from the data set) */
    public static CelestialBody moon() {
        OrekitData.context();
        return CelestialBodyFactory.getMoon();
    }
}
