package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.orbit.SolarTime;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.windows.LaunchWindow;
import space.cosmodrome.windows.LaunchWindows;
import space.cosmodrome.windows.TargetPlane;

/**
 * Lifting off at the window's optimal time shifted by {@link LaunchWindows#ascentNodeShiftS} delivers the orbit
 * into the target plane: its ascending node, read by Orekit's Keplerian elements in the mean-of-date frame, is
 * the target's (mean Sun right ascension + 15 deg per hour from noon, the definition of a local time of
 * ascending node).
 */
class AscentNodeShiftTest {
    @Test
    void theShiftedLiftoffDeliversTheRequestedLtan() {
        OrekitData.context();
        LaunchSite site = TestVehicles.vostochny(List.of(new AzimuthCorridor("SSO", 339, 353, "test", "")));
        TargetOrbit sso = TargetOrbit.circular(500e3, TargetOrbit.sunSynchronousInclination(500e3, 500e3));
        TargetPlane.SunSynchronous plane = new TargetPlane.SunSynchronous(sso.inclinationRad(), 10.5, OrekitData.utc());
        AbsoluteDate from = new AbsoluteDate(2026, 12, 1, OrekitData.utc());
        LaunchWindow w = LaunchWindows.find(site, plane, from, 1, 0).stream().filter(LaunchWindow::allowed)
                .findFirst().orElseThrow();
        AscentResult ascent = PayloadCapacity.maximize(TestVehicles.angara12(), site, sso, w.ascending());
        double shift = LaunchWindows.ascentNodeShiftS(ascent, plane, w.optimal());
        assertThat(Math.abs(shift)).as("the drift is not negligible").isGreaterThan(60);

        double atOptimal = nodeErrorDeg(ascent.deliveredOrbit(w.optimal()), plane);
        double shifted = nodeErrorDeg(ascent.deliveredOrbit(w.optimal().shiftedBy(shift)), plane);
        assertThat(Math.abs(atOptimal)).isGreaterThan(0.25);
        // a quarter of a minute of local time
        assertThat(shifted).isCloseTo(0.0, within(0.06));
    }

    private static double nodeErrorDeg(Orbit delivered, TargetPlane.SunSynchronous plane) {
        var mod = FramesFactory.getMOD(IERSConventions.IERS_2010);
        KeplerianOrbit k = new KeplerianOrbit(new CartesianOrbit(delivered.getPVCoordinates(mod), mod, delivered.getMu()));
        double target = SolarTime.meanSunRightAscension(delivered.getDate())
                + Math.toRadians(15 * (plane.ltanHours() - 12));
        double d = Math.toDegrees(k.getRightAscensionOfAscendingNode() - target);
        return ((d % 360) + 540) % 360 - 180;
    }
}
