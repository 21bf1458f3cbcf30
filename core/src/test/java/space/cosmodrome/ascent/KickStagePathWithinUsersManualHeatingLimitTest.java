package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The spacecraft on a kick stage has lost its fairing: user's manuals guarantee that the free-molecular heating
 * 0.5 rho v^3 it sees after fairing separation stays at or below 1,135 W/m^2 (Falcon 9 user's guide, 4.3.9; the
 * Sea Launch user's guide: it "never exceeds" that). A kick-stage path that heats more does not reach orbit,
 * however much propellant it leaves. The heating at a coast's perigee is checked against the vis-viva perigee
 * speed (less the atmosphere's turn with the Earth) and the US Standard Atmosphere 1976 table's density there
 * (NOAA/NASA/USAF 1976: 2.222e-8 kg/m^3 at 120 km).
 */
class KickStagePathWithinUsersManualHeatingLimitTest {
    private static final double LIMIT_WPM2 = 1_135;

    /**
     * Flies Curie (120 N, 320 s, 2 ignitions) on a 300 kg stack from 20 deg past the apogee of an equatorial
     * 300 km x perigee orbit: the path coasts through the perigee before the apogee burn, to a 300 km circle.
     */
    private static KickStageBurns.Outcome coastThroughPerigee(double perigeeKm) {
        double rp = Earth.EQUATORIAL_RADIUS + perigeeKm * 1e3;
        double ra = Earth.EQUATORIAL_RADIUS + 300e3;
        double a = (rp + ra) / 2;
        double e = (ra - rp) / (ra + rp);
        double p = a * (1 - e * e);
        double nu = Math.toRadians(200);
        double r = p / (1 + e * Math.cos(nu));
        double vr = Math.sqrt(Earth.MU / p) * e * Math.sin(nu);
        double vt = Math.sqrt(Earth.MU / p) * (1 + e * Math.cos(nu));
        double[] start = {r, 0, 0, vr, vt, 0};
        return new KickStageBurns(120, 320, 2).fly(start, 300, 600, false, ra, ra, 200);
    }

    private static double expectedPerigeeHeatingWpm2(double perigeeKm, double densityKgPerM3) {
        double rp = Earth.EQUATORIAL_RADIUS + perigeeKm * 1e3;
        double ra = Earth.EQUATORIAL_RADIUS + 300e3;
        double vp = Math.sqrt(Earth.MU * (2 / rp - 2 / (rp + ra)));
        double vRelative = vp - Earth.ROTATION_RATE * rp;
        return 0.5 * densityKgPerM3 * vRelative * vRelative * vRelative;
    }

    @Test
    void aPathThroughA120KmPerigeeHeatsBeyond1135WPerM2AndDoesNotReachOrbit() {
        KickStageBurns.Outcome o = coastThroughPerigee(120);
        double expected = expectedPerigeeHeatingWpm2(120, 2.222e-8);
        System.out.printf("perigee 120 km: lowest %.2f km, peak heating %.0f W/m^2 (vis-viva and US76 table: %.0f)%n",
                o.lowestAltitudeM / 1e3, o.peakHeatingWpm2(), expected);
        // the 20 s coast step samples the perigee pass: within 2 % of the peak
        assertThat(o.peakHeatingWpm2()).isCloseTo(expected, within(0.02 * expected));
        assertThat(o.peakHeatingWpm2()).isGreaterThan(LIMIT_WPM2);
        assertThat(o.failure).isNull();
        assertThat(o.reachesOrbit()).isFalse();
    }

    @Test
    void aPathThroughA200KmPerigeeStaysWithin1135WPerM2AndReachesOrbit() {
        KickStageBurns.Outcome o = coastThroughPerigee(200);
        double expected = expectedPerigeeHeatingWpm2(200, 2.541e-10);
        System.out.printf("perigee 200 km: peak heating %.1f W/m^2 (vis-viva and US76 table: %.1f)%n",
                o.peakHeatingWpm2(), expected);
        assertThat(o.peakHeatingWpm2()).isCloseTo(expected, within(0.02 * expected));
        assertThat(o.peakHeatingWpm2()).isLessThanOrEqualTo(LIMIT_WPM2);
        assertThat(o.reachesOrbit()).isTrue();
    }
}
