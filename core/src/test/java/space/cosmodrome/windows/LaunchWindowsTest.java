package space.cosmodrome.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import org.orekit.time.TimeScalesFactory;

import space.cosmodrome.orbit.SolarTime;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.launch.LaunchSite;

/**
 * Launch windows checked with a geometry that shares nothing with the code under test: the site's inertial
 * direction from the IAU 1982 Greenwich mean sidereal time (Aoki et al. 1982, as given in Vallado,
 * Fundamentals of Astrodynamics, eq. 3-47) and a spherical Earth, the SSO plane from the mean Sun.
 */
class LaunchWindowsTest {
    private static TimeScale utc;
    private static final LaunchSite VOSTOCHNY = new LaunchSite("vostochny", "Vostochny", "Russia", 51.8842, 128.3347,
            278, List.of(), "test", List.of(), "");

    @BeforeAll
    static void data() {
        OrekitData.load(Path.of(System.getProperty("cosmodrome.data")));
        utc = TimeScalesFactory.getUTC();
    }

    @Test
    void atTheOptimalTimeTheSiteLiesInTheSunSynchronousPlane() {
        double incl = TargetOrbit.sunSynchronousInclination(500e3, 500e3);
        TargetPlane plane = new TargetPlane.SunSynchronous(incl, 10.5, utc);
        AbsoluteDate from = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, utc);
        List<LaunchWindow> windows = LaunchWindows.find(VOSTOCHNY, plane, from, 3, 0);
        assertThat(windows).hasSize(6);   // one ascending and one descending crossing a day
        for (LaunchWindow w : windows) {
            double[] site = siteDirectionFromGmst(w.optimal());
            double raan = SolarTime.meanSunRightAscension(w.optimal()) + Math.toRadians(15 * (10.5 - 12));
            double[] n = {Math.sin(incl) * Math.sin(raan), -Math.sin(incl) * Math.cos(raan), Math.cos(incl)};
            double outOfPlaneDeg = Math.toDegrees(Math.asin(n[0] * site[0] + n[1] * site[1] + n[2] * site[2]));
            // geocentric vs geodetic latitude and nutation make the two geometries differ by about 0.2 deg at most
            assertThat(outOfPlaneDeg).isCloseTo(0, within(0.25));
            assertThat(w.open()).isEqualTo(w.close());
        }
        long ascending = windows.stream().filter(LaunchWindow::ascending).count();
        assertThat(ascending).isEqualTo(3);
    }

    @Test
    void yawAllowanceOpensAWindowAroundTheCrossing() {
        double incl = TargetOrbit.sunSynchronousInclination(500e3, 500e3);
        TargetPlane plane = new TargetPlane.SunSynchronous(incl, 10.5, utc);
        AbsoluteDate from = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, utc);
        List<LaunchWindow> windows = LaunchWindows.find(VOSTOCHNY, plane, from, 1, Math.toRadians(1));
        for (LaunchWindow w : windows) {
            assertThat(w.optimal().durationFrom(w.open())).isPositive();
            assertThat(w.close().durationFrom(w.optimal())).isPositive();
            // the site moves across the plane at about 15 deg/h times cos(latitude) projected: minutes per degree
            assertThat(w.durationS()).isBetween(300.0, 2400.0);
        }
    }

    @Test
    void nodeAtEpochDriftsWithJ2() {
        // 97.4 deg at 500 km drifts +0.9856 deg/day: the sun-synchronous rate (360 deg per tropical year)
        double rate = TargetPlane.nodeDriftRate(6_878_137, Math.toRadians(97.40));
        assertThat(Math.toDegrees(rate) * 86_400).isCloseTo(0.9856, within(0.002));
    }

    /** Site unit vector in a quasi-inertial frame of date from GMST, spherical Earth, geodetic latitude. */
    private static double[] siteDirectionFromGmst(AbsoluteDate date) {
        double jdUt1 = 2451545.0 + date.durationFrom(new AbsoluteDate(2000, 1, 1, 12, 0, 0.0, utc)) / 86_400;
        double t = (jdUt1 - 2451545.0) / 36525;
        double gmstSeconds = 67310.54841 + (876600.0 * 3600 + 8640184.812866) * t + 0.093104 * t * t - 6.2e-6 * t * t * t;
        double gmst = Math.toRadians((gmstSeconds % 86400) / 240.0);
        double lat = Math.toRadians(51.8842);
        double lon = Math.toRadians(128.3347) + gmst;
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }
}
