package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentProfile;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;

/**
 * The upper stage's ignitions (one for the ascent, one per later burn, and the disposal's: one to
 * de-orbit, two for a transfer down to a circular orbit) are counted against the catalog's
 * {@code upperStageIgnitions}, and a plan needing more is flagged. Reference: the count by hand from the plan
 * and the catalog. PSLV-XL to an 800 km sun-synchronous orbit flies the parking plan (ascent, apogee burn) and
 * its PS4 lowers itself to 300 km after separation (two burns, ISRO: PSLV-C56): 4 ignitions, where the
 * catalog gives the PS4 3: flown, with a warning.
 */
class UpperStageIgnitionsCountedAgainstCatalogTest {

    @Test
    void pslvXlTo800KmSsoNeedsFourIgnitionsOfThree() {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult r = PayloadCapacity.maximize(c.vehicle("pslv-xl"), c.site("sriharikota"),
                TargetOrbit.sunSynchronous(800_000), AscentProfile.PARKING);
        assertThat(r.extraBurns()).hasSize(1);
        assertThat(r.disposal().ignitions()).isEqualTo(2);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("lights 4 times").contains("allows 3"));
    }

    /**
     * PSLV-XL to a 600 km SSO flown direct: the ascent (1) and the PS4's lowering after separation (2) make the 3 the
     * catalog allows. The plane change the yaw leaves at cut-off (a few m/s) is flown by the ascent burn itself: the
     * eighth session found it counted as a fourth ignition ("lights 4 times but pslv-xl allows 3").
     */
    @Test
    void pslvXlDirectTo600KmSsoWithItsLoweringIsNotFlagged() {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult r = PayloadCapacity.maximize(c.vehicle("pslv-xl"), c.site("sriharikota"),
                TargetOrbit.sunSynchronous(600_000), AscentProfile.DIRECT);
        assertThat(r.disposal().ignitions()).isEqualTo(2);
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w).contains("ignitions"));
    }

    /**
     * The best plan is the one that carries most, flown with the warning when it needs more ignitions than the catalog
     * gives: PSLV-XL's direct ascent carries nothing to a 1,500 km SSO, the parking plan (4 ignitions of 3 with the
     * lowering) about 1.3 t. The eighth session tried preferring the plans within the count; it refused this orbit as
     * beyond the vehicle, and where the direct ascent still carried a little it made the curve jump (1,400 km: 135 kg,
     * 1,500 km: 1,317 kg), so it was taken out: which to give up, the parking plan or the PS4's lowering, is the
     * operator's choice, not the model's.
     */
    @Test
    void pslvXlTo1500KmSsoFliesTheParkingPlanWhenTheDirectAscentCarriesNothing() {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult r = PayloadCapacity.maximize(c.vehicle("pslv-xl"), c.site("sriharikota"),
                TargetOrbit.sunSynchronous(1_500_000));
        assertThat(r.capacityKg()).isPositive();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("lights 4 times").contains("allows 3"));
    }

    @Test
    void soyuz21bDirectTo400KmWithoutDisposalBurnIsNotFlagged() {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult r = PayloadCapacity.maximize(c.vehicle("soyuz-2.1b"), c.site("baikonur"),
                TargetOrbit.circular(400_000, Math.toRadians(51.6)));
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w).contains("ignitions"));
    }
}
