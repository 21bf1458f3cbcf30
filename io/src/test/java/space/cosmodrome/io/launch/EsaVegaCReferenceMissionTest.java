package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;

/**
 * The bundled Vega-C on ESA's reference mission (about 2,200 kg into a 700 km polar orbit, VEGA_ESA) against
 * the stage altitudes ESA gives (Zefiro-40 takes Vega-C to about 123 km, Zefiro-9 to about 190 km: Z40_ESA)
 * and the second-stage ignition time Arianespace gave for flight VV22 (about 144 s after liftoff: VV22_ARIANESPACE
 * in vehicles.yaml), and the mass flown on VV25 (Sentinel-1C). No published Vega-C sequence with speeds was found.
 *
 * <p>Asserted: the Zefiro-40 and Zefiro-9 burnout altitudes and the Zefiro-40 ignition time (since the seventh session
 * the model coasts the 11 s staging gap the flight shows after the P120C's 132.8 s burn; before, it lit the Zefiro-40
 * the instant the P120C was dry). Written out (target/flown-timeline-vega-c.md): at
 * the Zefiro-9's burnout the model's ascent is not yet in orbit: the AVUM+ (2.5 kN) finishes it in a finite,
 * integrated burn ("kick stage burn 1: completes the ascent"; docs/ascent.md, Kick stages). The model's
 * Zefiro-9 burnout is the event "ascent stage burnout" where the Zefiro-9 runs dry before its cut-off (the
 * kick stage takes over there), else its cut-off ("orbit insertion").
 */
class EsaVegaCReferenceMissionTest {
    static final double PAYLOAD_KG = 2200;
    static final double SENTINEL_1C_KG = 2300;

    static List<FlownTimeline.Event> flown(String zefiro9Burnout) {
        return List.of(
                new FlownTimeline.Event("Zefiro-40 ignition (VV22)", 144.0, Double.NaN, Double.NaN, "Zefiro-40 ignition"),
                new FlownTimeline.Event("Zefiro-40 burnout", Double.NaN, 123.0, Double.NaN, "Zefiro-40 burnout"),
                new FlownTimeline.Event("Zefiro-9 burnout", Double.NaN, 190.0, Double.NaN, zefiro9Burnout));
    }

    @Test
    void stageAltitudesMatchEsa() throws IOException {
        LaunchCatalog c = CatalogReader.bundled();
        AscentResult r = PayloadCapacity.fly(c.vehicle("vega-c"), c.site("kourou"),
                TargetOrbit.circular(700_000, Math.toRadians(90)), PAYLOAD_KG);
        double kickDeltaV = r.extraBurns().stream().filter(b -> b.name().contains("completes the ascent"))
                .mapToDouble(b -> b.deltaVMps()).sum();
        double kickSeconds = r.extraBurns().stream().filter(b -> b.name().contains("completes the ascent"))
                .mapToDouble(b -> b.durationS()).sum();
        String zefiro9Burnout = r.events().stream().anyMatch(e -> e.name().contains("ascent stage burnout"))
                ? "ascent stage burnout" : "orbit insertion";
        FlownTimeline.write("flown-timeline-vega-c.md", "Vega-C, ESA reference mission (700 km polar, 2,200 kg)", r,
                flown(zefiro9Burnout), List.of(String.format(Locale.ROOT, "Model: %s, capacity %.0f kg; the AVUM+"
                        + " completes the Zefiro-9's burn with %.0f m/s in %.0f s from %.0f s.", r.plan(), r.capacityKg(),
                        kickDeltaV, kickSeconds, r.cutoffTimeS())));

        // 15 km for the Zefiro-9 (ESA's "about" figures). The Zefiro-40 20 km: since the AVUM+ burns are finite the
        // search lowers the transfer orbit's perigee (-305 km) and the Zefiro-40 burns out lower, at 112 km (124 km
        // before); since the sixth session the Zefiro-9's cut-off height is searched too (185 km, not the 200 km
        // parking height: 1 % more payload), and the model's payload-optimal ascent is flatter still, 106.5 km. The
        // flown ascent is more lofted than the model's best one (a limit the model does not know: heating at fairing
        // jettison, impact zones), which the Zefiro-9's burnout (184 km against ESA's 190 km) does not show
        assertThat(FlownTimeline.event(r, "Zefiro-40", "burnout").altitudeM() / 1000).isCloseTo(123, offset(20.0));
        assertThat(FlownTimeline.event(r, zefiro9Burnout).altitudeM() / 1000).isCloseTo(190, offset(15.0));
        // the Zefiro-40 lights 11 s after the P120C burns out (tail-off, separation: the catalog's coastBeforeIgnitionS,
        // derived from this flight), not the instant it is dry as before the seventh session: ~144 s on VV22
        assertThat(FlownTimeline.event(r, "Zefiro-40", "ignition").timeS()).isCloseTo(144, offset(3.0));
    }

    /**
     * VV25 (Dec 2024) put Sentinel-1C, "around 2.3 metric tons", into a sun-synchronous orbit of about 690-700 km
     * (VV25 in vehicles.yaml). A flown mass is a lower bound of the capacity; the mass is a round figure, so the
     * model is allowed 10 % below it. It matters for the Vega-C row: the flight carried more than ESA's "about
     * 2,200 kg" reference figure, so the row's +7.7 % is not plainly optimism.
     */
    @Test
    void carriesSentinel1c() {
        LaunchCatalog c = CatalogReader.bundled();
        double capacity = PayloadCapacity.maximize(c.vehicle("vega-c"), c.site("kourou"), TargetOrbit.sunSynchronous(693_000))
                .capacityKg();
        System.out.printf(Locale.ROOT, "Vega-C to a 693 km SSO: %.0f kg (Sentinel-1C, around 2,300 kg, flew there on VV25)%n", capacity);
        assertThat(capacity).isGreaterThan(0.9 * SENTINEL_1C_KG);
    }
}
