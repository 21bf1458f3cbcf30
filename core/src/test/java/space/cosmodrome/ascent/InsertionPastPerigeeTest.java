package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScalesFactory;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.launch.LaunchSite;

/**
 * Insertion into an eccentric orbit past its perigee. References: Orekit's Keplerian elements of the cut-off
 * state (perigee, apogee, true anomaly, argument of latitude computed independently of the ascent code), and
 * the perigee-insertion search itself, which the free insertion must never do worse than.
 */
class InsertionPastPerigeeTest {
    private static final LaunchSite SITE = TestVehicles.vostochny(List.of());
    /** A 250 x 20,000 km orbit at the site's latitude, flown in one burn. */
    private static final TargetOrbit ECCENTRIC = new TargetOrbit(250e3, 20_000e3, Math.toRadians(51.9));

    @BeforeAll
    static void data() {
        OrekitData.load(Path.of(System.getProperty("cosmodrome.data")));
    }

    @Test
    void freeInsertionCarriesAtLeastThePerigeeInsertionAndHitsTheOrbitPerOrekit() {
        AscentResult free = PayloadCapacity.maximize(TestVehicles.angara12(), SITE, ECCENTRIC, AscentProfile.DIRECT);
        AscentResult atPerigee = PayloadCapacity.maximizeWithPerigeeInsertion(TestVehicles.angara12(), SITE, ECCENTRIC,
                AscentProfile.DIRECT);
        System.out.printf("free %.0f kg (true anomaly %.2f deg), at perigee %.0f kg%n", free.capacityKg(),
                Math.toDegrees(free.insertionPoint().trueAnomalyRad()), atPerigee.capacityKg());
        // the searched insertion includes perigee insertion: never worse, beyond the payload search's noise
        assertThat(free.capacityKg()).isGreaterThanOrEqualTo(atPerigee.capacityKg() - 20);
        assertThat(Math.abs(atPerigee.insertionPoint().trueAnomalyRad())).isLessThan(Math.toRadians(0.5));

        AbsoluteDate liftoff = new AbsoluteDate(2026, 12, 1, 1, 18, 49.0, TimeScalesFactory.getUTC());
        // elements to the true equator of date: the liftoff frame's z axis is the rotation axis of date
        Frame tod = FramesFactory.getTOD(IERSConventions.IERS_2010, true);
        for (AscentResult r : List.of(free, atPerigee)) {
            KeplerianOrbit k = new KeplerianOrbit(r.insertionOrbit(liftoff).getPVCoordinates(tod), tod,
                    r.insertionOrbit(liftoff).getDate(), Earth.MU);
            double perigee = k.getA() * (1 - k.getE()) - Earth.EQUATORIAL_RADIUS;
            double apogee = k.getA() * (1 + k.getE()) - Earth.EQUATORIAL_RADIUS;
            assertThat(perigee).isCloseTo(ECCENTRIC.perigeeAltitudeM(), within(1_000.0));
            assertThat(apogee).isCloseTo(ECCENTRIC.apogeeAltitudeM(), within(1_000.0));
            assertThat(Math.toDegrees(k.getI())).isCloseTo(51.9, within(0.01));
            AscentResult.InsertionPoint p = r.insertionPoint();
            assertThat(Math.toDegrees(p.trueAnomalyRad()))
                    .isCloseTo(Math.toDegrees(normalized(k.getTrueAnomaly())), within(0.01));
            assertThat(Math.toDegrees(p.argumentOfLatitudeRad()))
                    .isCloseTo(Math.toDegrees(positive(k.getPerigeeArgument() + k.getTrueAnomaly())), within(0.01));
        }
    }

    @Test
    void theApogeeBurnAfterAnInsertionPastPerigeeComesAtApogeePerOrekit() {
        // parking plan: a 200 x 20,000 km transfer orbit entered past perigee, perigee raised to 400 km at apogee
        TargetOrbit target = new TargetOrbit(400e3, 20_000e3, Math.toRadians(51.9));
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), SITE, target, AscentProfile.PARKING);
        assertThat(r.insertionPoint().trueAnomalyRad()).isGreaterThan(Math.toRadians(0.5));
        AbsoluteDate liftoff = new AbsoluteDate(2026, 12, 1, 1, 18, 49.0, TimeScalesFactory.getUTC());
        // Orekit's Keplerian motion from the insertion to the burn date must arrive at apogee
        KeplerianOrbit insertion = new KeplerianOrbit(r.insertionOrbit(liftoff));
        AscentResult.Burn burn = r.extraBurns().get(r.extraBurns().size() - 1);
        KeplerianOrbit atBurn = (KeplerianOrbit) insertion.shiftedBy(burn.timeS() - r.cutoffTimeS());
        assertThat(Math.toDegrees(Math.abs(normalized(atBurn.getTrueAnomaly())))).isCloseTo(180.0, within(0.01));
        KeplerianOrbit delivered = new KeplerianOrbit(r.deliveredOrbit(liftoff));
        assertThat(delivered.getA() * (1 - delivered.getE()) - Earth.EQUATORIAL_RADIUS).isCloseTo(400e3, within(1_000.0));
    }

    private static double positive(double rad) {
        double a = normalized(rad);
        return a < 0 ? a + 2 * Math.PI : a;
    }

    private static double normalized(double rad) {
        return Math.atan2(Math.sin(rad), Math.cos(rad));
    }
}
