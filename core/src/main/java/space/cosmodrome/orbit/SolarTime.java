package space.cosmodrome.orbit;

import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;

/**
 * Local time of the ascending node (LTAN): the one definition the mission file, the launch windows and the
 * reports share. The mean Sun's right ascension is measured in the mean equator and equinox of date, so an
 * LTAN is a node in that frame (MOD), not in GCRF: by 2026 precession has turned the two equinoxes 0.37 deg
 * (1.5 min of LTAN) apart.
 */
public final class SolarTime {
    private SolarTime() {
    }

    /** @return the frame an LTAN's node is measured in: mean equator and equinox of date (IERS 2010) */
    public static Frame nodeFrame() {
        OrekitData.context();
        return FramesFactory.getMOD(IERSConventions.IERS_2010);
    }

    /**
     * Right ascension of the mean Sun: the Sun's mean longitude, 280.46646 + 36000.76983 T + 0.0003032 T² deg
     * with T in Julian centuries from J2000 (Meeus, Astronomical Algorithms, 2nd ed., eq. 25.2; about 0.01 deg).
     *
     * @param date the date
     * @return right ascension (rad) in [0, 2π), mean equinox of date
     */
    public static double meanSunRightAscension(AbsoluteDate date) {
        double centuries = date.durationFrom(AbsoluteDate.J2000_EPOCH) / (36_525.0 * 86_400);
        double deg = (280.46646 + 36_000.76983 * centuries + 0.0003032 * centuries * centuries) % 360;
        return Math.toRadians(deg < 0 ? deg + 360 : deg);
    }

    /**
     * @param ltanHours local time of the ascending node (h)
     * @param date the date
     * @return the node's right ascension in {@link #nodeFrame()} (rad): the mean Sun's plus 15 deg per hour past noon
     */
    public static double raanOfLtan(double ltanHours, AbsoluteDate date) {
        return meanSunRightAscension(date) + Math.toRadians(15 * (ltanHours - 12));
    }

    /**
     * @param orbit an orbit in any inertial frame
     * @return its local time of the ascending node (h) in [0, 24)
     */
    public static double ltanHours(Orbit orbit) {
        Orbit inNodeFrame = new KeplerianOrbit(orbit.getPVCoordinates(nodeFrame()), nodeFrame(), orbit.getDate(), orbit.getMu());
        double raan = new KeplerianOrbit(inNodeFrame).getRightAscensionOfAscendingNode();
        double hours = 12 + Math.toDegrees(raan - meanSunRightAscension(orbit.getDate())) / 15;
        return ((hours % 24) + 24) % 24;
    }
}
