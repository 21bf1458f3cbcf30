package space.cosmodrome.eclipse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;
import space.cosmodrome.orbit.Trajectory;

class EclipsesTest {

    private static Trajectory propagate(OrbitSpec spec, AbsoluteDate epoch, double hours, PropagationModel model) {
        return Trajectory.propagate(spec.initialOrbit(), new Spacecraft(350, 2, 2.2, 2, 1.3), model, epoch,
                epoch.shiftedBy(hours * 3600), 60, f -> { });
    }

    @Test
    void eclipseFractionPerOrbitMatchesTheCylindricalShadowFormulaForItsBetaAngle() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        double altitude = 500_000;
        for (double ltan : new double[] {10.5, 13.0, 6.5}) {
            Trajectory t = propagate(new OrbitSpec.SunSynchronous(altitude, ltan, epoch), epoch, 6, PropagationModel.J2);
            EclipseReport r = Eclipses.find(t);
            double beta = r.beta().get(0).betaRad();
            double expected = Eclipses.cylindricalFraction(altitude, beta);
            for (OrbitEclipse o : r.orbits()) {
                // the conical umbra is narrower than the cylinder by about 32 km at 500 km altitude and the penumbra
                // wider by as much; the ellipsoid's polar flattening (up to 21 km) narrows both. At beta below 20 deg
                // the fraction moves by about 1.3e-4 per km of shadow radius, more near grazing (beta 59 deg: 0.008
                // seen), so 0.01 of the period bounds it. Seen: umbra 0.3692 against 0.3734 at beta -14.9 deg.
                assertThat(o.umbraS() / o.periodS()).isCloseTo(expected, within(0.01));
                assertThat(o.penumbraS() / o.periodS()).isCloseTo(expected, within(0.01));
                assertThat(o.penumbraS()).isGreaterThanOrEqualTo(o.umbraS());
            }
        }
    }

    @Test
    void dawnDuskOrbitHasNoEclipseInJuneAndBetaIsLarge() {
        OrekitData.context();
        // 06:00 LTAN at 800 km (i = 98.6 deg) near the June solstice: beta about 90 - 8.6 + 23.4 -> 75 deg
        AbsoluteDate epoch = new AbsoluteDate(2026, 6, 21, 0, 0, 0.0, OrekitData.utc());
        Trajectory t = propagate(new OrbitSpec.SunSynchronous(800_000, 6.0, epoch), epoch, 6, PropagationModel.KEPLERIAN);
        EclipseReport r = Eclipses.find(t);
        assertThat(Math.toDegrees(Math.abs(r.beta().get(0).betaRad()))).isGreaterThan(70);
        assertThat(r.umbraFraction()).isZero();
    }

    @Test
    void nodalPeriodMatchesTheJ2Formula() {
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        double altitude = 500_000;
        OrbitSpec.SunSynchronous spec = new OrbitSpec.SunSynchronous(altitude, 10.5, epoch);
        Trajectory t = propagate(spec, epoch, 6, PropagationModel.J2);
        EclipseReport r = Eclipses.find(t);
        double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + altitude;
        double i = spec.inclinationRad();
        double n = Math.sqrt(Constants.WGS84_EARTH_MU / (a * a * a));
        double j2 = -Constants.WGS84_EARTH_C20;
        double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
        // nodal period to first order in J2 (circular): T = 2π/n [1 - 3/2 J2 (Re/a)² (3 - 4 sin² i)]
        double expected = 2 * Math.PI / n * (1 - 1.5 * j2 * (re / a) * (re / a) * (3 - 4 * Math.sin(i) * Math.sin(i)));
        // the altitude is a mean altitude; J3-J6 and second-order J2 terms remain (well under a second)
        assertThat(r.meanNodalPeriodS()).isCloseTo(expected, within(1.0));
    }
}
