package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentProfile;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;

/**
 * Kuaizhou-1A's stage figures are all estimates; a flight bounds them from below. On 27 September 2021 it put
 * Jilin-1 Gaofen-02D into an orbit about 540 km up at 97.5 deg (Spaceflight Now), a satellite of a series whose
 * launch weight is 230 kg (NASASpaceflight on Gaofen-02C, 2020; source KZ1A_JILIN in vehicles.yaml). A flown mass
 * is a lower bound of the capacity: the model must carry it (3 % allowed for the search's noise).
 *
 * <p>Why it matters although today's model clears it by far (365 kg): the published figure is 200 kg to a 700 km
 * SSO, and the model's capacity falls only 7 % from 540 to 700 km (341 kg there), where the two figures need at
 * least 15 %. Scaling the estimated stages down until 700 km gives 200 kg would leave about 215 kg at 540 km,
 * below what flew: a recalibration has to change how capacity falls with altitude (the estimated 700 kg liquid
 * upper stage does the altitude cheaply), not only its level. This test keeps that in view.
 */
class Kuaizhou1aFlownJilinMassTest {
    private static final double FLOWN_KG = 230;

    @Test
    void carriesTheJilinSatelliteItFlew() {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult r = PayloadCapacity.maximize(c.vehicle("kuaizhou-1a"), c.site("jiuquan"),
                new TargetOrbit(540_000, 540_000, Math.toRadians(97.5)), AscentProfile.BEST);
        assertThat(r.capacityKg()).isGreaterThan(0.97 * FLOWN_KG);
    }
}
