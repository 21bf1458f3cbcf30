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
 * <p>Why it matters: the published figure is 200 kg to a 700 km SSO, and with a two-burn upper stage the model's
 * capacity falls only ~24 kg from 540 to 700 km whatever the stage estimates (a Hohmann raise charged on the upper
 * stage's mass), where the two figures need about 30 kg. Until the sixth session the model carried 365 kg here (341 kg
 * at 700 km); in the seventh, stage 4's estimated dry mass was fitted so that the model carries exactly this flown
 * mass (385 kg instead of 250 kg; docs/validation/launch.md, "Estimates fitted to published performance"), which
 * leaves 206 kg at 700 km. Fitted to the 200 kg at 700 km instead, it would carry 224 kg here, less than flew: the
 * flown mass is the binding figure, and this test keeps it binding (EstimatesFittedToPublishedFiguresStillMeetThemTest
 * bounds it from above).
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
