package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentProfile;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.FlightEvent;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;

/**
 * The bundled Soyuz-2.1b against its published flight profile: booster separation about 118 s after liftoff at
 * about 48 km and 1.8 km/s (russianspaceweb, source RSW_SOYUZ_STAGE1), booster cut-off 117.7 s, core cut-off
 * 286.0 s and payload separation 561.9 s (the Soyuz user's manuals via SpaceBallistics, source SB). The model
 * flies the validation case (Progress M-UM with Prichal, 193 x 240 km, 51.6 deg, from Baikonur) at capacity.
 *
 * <p>What agrees, and is asserted: the event times and the speed at booster separation (in one of the two frames:
 * the source does not say which). What is only written out (target/flown-timeline-soyuz-2.1b.md): the model is
 * about 5 km lower at booster separation (43 km against ~48 km, with the sixth session's drag area of core and
 * boosters; 41 km before it; its dynamic pressure against the flown ~1.6 kPa is written out too), the pattern of PSLV
 * (8-12 km lower at PS1 burnout) and H-IIA (6 km at booster burnout): the real vehicles climb more steeply in the
 * first two minutes than the model's payload-optimal pitch-over (docs/validation/launch.md, "Early ascent: flown
 * against model"). The Block I
 * is the Soyuz-2.1v's (whose row is +46 %); its first stage, unlike this one, has no published profile.
 */
class SoyuzFlightProfileSoyuz21bTest {
    static final List<FlownTimeline.Event> FLOWN = List.of(
            new FlownTimeline.Event("booster separation (RSW: ~118 s, ~48 km, ~1.8 km/s)", 118.1, 48, 1.8, "stage 1 burnout"),
            new FlownTimeline.Event("core (Block A) cut-off", 286.0, Double.NaN, Double.NaN, "Core burnout"),
            new FlownTimeline.Event("payload separation (Starsem)", 561.9, Double.NaN, Double.NaN, "orbit insertion"));

    @Test
    void stageTimesAndBoosterSeparationSpeedMatchTheProfile() throws IOException {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult r = PayloadCapacity.maximize(c.vehicle("soyuz-2.1b"), c.site("baikonur"),
                new TargetOrbit(193_000, 240_000, Math.toRadians(51.6)), AscentProfile.BEST);
        FlightEvent boosters = FlownTimeline.event(r, "stage 1", "burnout");
        FlownTimeline.write("flown-timeline-soyuz-2.1b.md", "Soyuz-2.1b (Prichal case, 193 x 240 km, 51.6 deg, at capacity)", r,
                FLOWN, List.of(String.format(Locale.ROOT, "Model: capacity %.0f kg (flown 8,180 kg); at booster separation"
                        + " %.1f km against ~48 km flown, %.2f km/s inertial and %.2f km/s relative to the ground against"
                        + " ~1.8 km/s flown (frame not stated).", r.capacityKg(), boosters.altitudeM() / 1000,
                        boosters.speedMps() / 1000, FlownTimeline.at(r, boosters.timeS()).relativeSpeedMps() / 1000)));

        assertThat(boosters.timeS()).isCloseTo(118.1, offset(2.0));
        // RSW does not say whether its ~1.8 km/s is inertial or relative to the ground: either may match. Since the
        // sixth session (drag reference area of core and boosters, 29.4 m2, instead of the 83.3 m2 disc of the span)
        // the model's relative speed matches (1.78 km/s) and its inertial speed is 2.04 km/s; before, the inertial
        // speed matched (1.81) only through a drag loss of 307 m/s, twice the highest published loss budget
        double inertial = boosters.speedMps() / 1000;
        double relative = FlownTimeline.at(r, boosters.timeS()).relativeSpeedMps() / 1000;
        assertThat(Math.min(Math.abs(inertial - 1.8), Math.abs(relative - 1.8))).isLessThanOrEqualTo(0.1);
        assertThat(FlownTimeline.event(r, "stage 2", "burnout").timeS()).isCloseTo(286.0, offset(2.0));
        assertThat(r.cutoffTimeS()).isCloseTo(561.9, offset(10.0));
    }
}
