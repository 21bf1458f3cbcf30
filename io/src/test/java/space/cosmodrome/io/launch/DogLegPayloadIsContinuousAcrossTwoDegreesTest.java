package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * Dog-legs of either side of 2 deg are flown the same way. From Vostochny, Vostochny's corridors make 91.0 and
 * 91.1 deg at 500 km dog-legs of 2.04 and 1.94 deg from 93.04 deg; the smaller was flown as an impulsive plane
 * change at cut-off (about the cut-off speed times the angle, 270 m/s) and carried 9.5 % less (3,918 against
 * 3,546 kg, found by the launch sweep). Checked against the payload's continuity in inclination (0.5 % over
 * 0.1 deg) and against the ascent flown straight into the target plane without corridors, which the dog-leg's
 * reported cost compares with: a plane change of under 2 deg spread over the vacuum phase costs under 1 %.
 * Towards targets within 2 deg above the pad's latitude both ways are flown and the better kept (Soyuz-2.1b case).
 */
class DogLegPayloadIsContinuousAcrossTwoDegreesTest {

    @Test
    void angara12FromVostochnyTo500KmAt91Point0And91Point1Deg() {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult above = PayloadCapacity.maximize(c.vehicle("angara-1.2"), c.site("vostochny"),
                TargetOrbit.circular(500_000, Math.toRadians(91.0)));
        AscentResult below = PayloadCapacity.maximize(c.vehicle("angara-1.2"), c.site("vostochny"),
                TargetOrbit.circular(500_000, Math.toRadians(91.1)));
        System.out.printf(Locale.ROOT, "91.0 deg: %.0f kg (dog-leg %.2f deg, cost %.0f kg); 91.1 deg: %.0f kg (%.2f deg, %.0f kg)%n",
                above.capacityKg(), Math.toDegrees(above.dogLegRad()), above.dogLegPayloadCostKg(), below.capacityKg(),
                Math.toDegrees(below.dogLegRad()), below.dogLegPayloadCostKg());
        assertThat(Math.toDegrees(above.dogLegRad())).isGreaterThan(2);
        assertThat(Math.toDegrees(below.dogLegRad())).isLessThan(2);
        assertThat(Math.abs(above.capacityKg() - below.capacityKg())).isLessThan(0.005 * above.capacityKg());
        assertThat(below.dogLegPayloadCostKg()).isLessThan(0.01 * below.capacityKg());
    }

    /**
     * Either side of the pad's latitude + 2 deg (Baikonur: 45.77 deg geocentric, so 47.77 deg), where the dog-leg
     * used to switch from yaw steering to a plane change at cut-off: 47.6 deg carried 10.4 % less than 47.9 deg
     * (5,729 against 6,390 kg). Reference, analytic: 47.6 deg can be reached by flying the 47.9 deg ascent and
     * changing plane by the 0.3 deg left impulsively at cut-off (2 v sin(di / 2), 40 m/s at 400 km), so the
     * lower inclination must not carry less than 47.9 deg's payload less what that burn costs by the rocket
     * equation on the stage's mass at cut-off (payload, dry mass, adapter, reserve): about 100 kg, 1.6 %.
     */
    @Test
    void soyuz21bFromBaikonurTo400KmAt47Point6And47Point9Deg() {
        LaunchCatalog c = CatalogReader.bundled();
        LaunchVehicle soyuz = c.vehicle("soyuz-2.1b");
        double lowDeg = 47.6;
        double highDeg = 47.9;
        AscentResult low = PayloadCapacity.maximize(soyuz, c.site("baikonur"),
                TargetOrbit.circular(400_000, Math.toRadians(lowDeg)));
        AscentResult high = PayloadCapacity.maximize(soyuz, c.site("baikonur"),
                TargetOrbit.circular(400_000, Math.toRadians(highDeg)));
        double v = Math.sqrt(3.986004418e14 / (6_378_137 + 400_000));
        double planeChangeMps = 2 * v * Math.sin(Math.toRadians(highDeg - lowDeg) / 2);
        Stage upper = soyuz.upperStage();
        double massAtCutoffKg = high.capacityKg() + upper.dryMassKg() + soyuz.payloadAdapterMassKg()
                + PayloadCapacity.RESERVE_FRACTION * upper.propellantMassKg();
        double boundKg = massAtCutoffKg * (1 - Math.exp(-planeChangeMps / (upper.ispVacuumS() * Stage.G0)));
        System.out.printf(Locale.ROOT, "%.1f deg: %.0f kg; %.1f deg: %.0f kg; bound %.0f kg (%.0f m/s)%n", lowDeg,
                low.capacityKg(), highDeg, high.capacityKg(), boundKg, planeChangeMps);
        assertThat(low.capacityKg()).isGreaterThanOrEqualTo(high.capacityKg() - boundKg);
        // and no gain from the larger dog-leg beyond search noise
        assertThat(low.capacityKg()).isLessThanOrEqualTo(high.capacityKg() * 1.005);
    }

    /**
     * Across the pad's latitude itself (Baikonur, geocentric 45.8 deg): below it the whole dog-leg was a plane change
     * at cut-off, and 45.7 deg carried 17 % less than 45.9 deg (5,087 against 6,104 kg). Both ways are now flown
     * there too. The bound of the test above (fly the higher ascent, change the rest at cut-off: about 70 kg here) is
     * not met yet: the yaw toward a plane that never passes over the pad is less efficient, 3.1 % lower at 45.7 deg.
     * This is a regression guard on that step (under 5 %), not a reference.
     */
    @Test
    void soyuz21bFromBaikonurTo400KmAcrossThePadLatitude() {
        LaunchCatalog c = CatalogReader.bundled();
        LaunchVehicle soyuz = c.vehicle("soyuz-2.1b");
        AscentResult below = PayloadCapacity.maximize(soyuz, c.site("baikonur"), TargetOrbit.circular(400_000, Math.toRadians(45.7)));
        AscentResult above = PayloadCapacity.maximize(soyuz, c.site("baikonur"), TargetOrbit.circular(400_000, Math.toRadians(45.9)));
        System.out.printf(Locale.ROOT, "45.7 deg: %.0f kg; 45.9 deg: %.0f kg%n", below.capacityKg(), above.capacityKg());
        assertThat(below.capacityKg()).isBetween(0.95 * above.capacityKg(), above.capacityKg() * 1.005);
    }
}
