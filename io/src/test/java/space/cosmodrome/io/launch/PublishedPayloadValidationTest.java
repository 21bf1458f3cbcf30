package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentProfile;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.PublishedPayload;

/**
 * Payload capacity against the figures manufacturers and agencies published for stated orbits (kept, with
 * their sources, in the bundled vehicles.yaml). Writes the table to target/launch-validation.md, the source of
 * docs/validation/launch.md. The assertions freeze today's model on a few well-documented cases so that any
 * drift is reviewed; the goal (within 10 %) is not yet met everywhere, see the doc. Figures to which estimated stage
 * figures were fitted ({@code fittedTo: true}) are marked ‡ and left out of the third and fourth summary lines (the blind
 * comparison, over all figures and over those with a stated orbit).
 */
class PublishedPayloadValidationTest {
    @Test
    void againstPublishedPayloads() throws IOException {
        LaunchCatalog c = CatalogReader.bundled();
        List<String> rows = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        List<Double> statedErrors = new ArrayList<>();
        List<Double> blindErrors = new ArrayList<>();
        List<Double> statedBlindErrors = new ArrayList<>();
        int blindCases = 0;
        int statedBlindCases = 0;
        for (LaunchVehicle v : c.vehicles()) {
            for (PublishedPayload p : v.publishedPayloads()) {
                double incl = p.sunSynchronous()
                        ? TargetOrbit.sunSynchronousInclination(p.perigeeKm() * 1000, p.apogeeKm() * 1000)
                        : Math.toRadians(p.inclinationDeg());
                String orbit = String.format(Locale.ROOT, "%.0f x %.0f km, %.2f deg%s%s", p.perigeeKm(), p.apogeeKm(),
                        Math.toDegrees(incl), p.sunSynchronous() ? " (SSO)" : "",
                        "best".equals(p.profile()) ? "" : ", " + p.profile() + " ascent")
                        + (p.withDisposal() || !v.disposal().active() ? "" : ", without the stage's disposal");
                String computed;
                String error;
                // a figure the catalog's estimates were fitted to is no blind test of the model; the vehicle's other
                // figures are (the unfitted checks of the fit)
                boolean blind = !p.fittedTo();
                if (blind) {
                    blindCases++;
                    statedBlindCases += p.orbitStated() ? 1 : 0;
                }
                try {
                    AscentResult r = PayloadCapacity.maximize(p.withDisposal() ? v : v.withoutDisposal(), c.site(p.siteId()),
                            new TargetOrbit(p.perigeeKm() * 1000, p.apogeeKm() * 1000, incl),
                            AscentProfile.parse("profile", p.profile()));
                    double e = 100 * (r.capacityKg() - p.payloadKg()) / p.payloadKg();
                    errors.add(e);
                    if (p.orbitStated()) {
                        statedErrors.add(e);
                    }
                    if (blind) {
                        blindErrors.add(e);
                        if (p.orbitStated()) {
                            statedBlindErrors.add(e);
                        }
                    }
                    computed = String.format(Locale.ROOT, "%.0f", r.capacityKg());
                    error = String.format(Locale.ROOT, "%+.1f %%", e);
                } catch (CosmodromeException ex) {
                    computed = "refused";
                    error = ex.getMessage().replace('|', '/');
                }
                rows.add(String.format(Locale.ROOT, "| %s | %s | %s%s | %.0f%s | %s | %s | %s |", v.id(), p.siteId(), orbit,
                        p.orbitStated() ? "" : " †", p.payloadKg(), p.fittedTo() ? " ‡" : "", computed, error,
                        p.source().replace('|', '/')));
            }
        }

        Path out = Path.of("target", "launch-validation.md");
        Files.createDirectories(out.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("| vehicle | site | target orbit | published kg | computed kg | error | source of the published figure |");
        lines.add("|---|---|---|---:|---:|---:|---|");
        lines.addAll(rows);
        lines.add("");
        lines.add("† part of the orbit is assumed: the source does not state it (see the entry's note in vehicles.yaml).");
        lines.add("");
        lines.add("‡ estimated stage figures of this vehicle were fitted to this figure, or it chose which figure to fit (`fittedTo: true` in vehicles.yaml;"
                + " docs/validation/launch.md, \"Estimates fitted to published performance\"): its agreement is no blind test.");
        lines.add("");
        lines.add("All cases: " + summary(errors, rows.size()));
        lines.add("");
        lines.add("Orbit stated by the source: " + summary(statedErrors, (int) c.vehicles().stream()
                .flatMap(v -> v.publishedPayloads().stream()).filter(PublishedPayload::orbitStated).count()));
        lines.add("");
        lines.add("Figures not used for any fit (blind comparison): " + summary(blindErrors, blindCases));
        lines.add("");
        // the target is on figures with a stated orbit: the fitted ones met it by construction
        lines.add("Orbit stated and not used for any fit: " + summary(statedBlindErrors, statedBlindCases));
        Files.write(out, lines);
        System.out.println(String.join("\n", lines));

        // every published case is computed, except those the doc lists as refused
        assertThat(errors.size()).isGreaterThanOrEqualTo(rows.size() - 1);
        // frozen: the model as validated on 2026-11-28 (7,665 and 23,218 kg), within 3 %, so that a change
        // of physics, guidance or search that moves these well-documented low-orbit cases gets reviewed.
        // Falcon 9 moved on review (docs/validation/launch.md, "The search's pitch-over"): its old 23,142 kg
        // was flown at a pitch-over past the cliff of the propellant left (2.16 deg; 2,030 kg more propellant
        // left at 1.87 deg with the same payload), which the kick refinement meant to correct but never did; at
        // the search's own best kick it carries 25,186 kg (a brute force over the kick agrees,
        // AscentSearchMatchesBruteForceOverKickTest). Frozen again within 3 % of that.
        // Soyuz-2.1b moved on review in the sixth session (docs/validation/launch.md, "Drag"): its drag reference
        // area was the disc of the 10.3 m span across the boosters, 83.3 m2, where the five blocks' frontal area is
        // 29.4 m2; its drag loss falls from 307 m/s (twice the highest published budget) to 122 m/s and it carries
        // 8,828 kg instead of 7,710. Frozen within 3 % of that.
        assertThat(capacity(c, "soyuz-2.1b", "baikonur", 193, 240, 51.6)).isBetween(8_563.0, 9_093.0);
        assertThat(capacity(c, "falcon9-b5", "ccsfs_ksc", 200, 200, 28.5)).isBetween(24_430.0, 25_940.0);
    }

    private static String summary(List<Double> errors, int cases) {
        List<Double> abs = new ArrayList<>();
        errors.forEach(e -> abs.add(Math.abs(e)));
        abs.sort(Double::compare);
        double median = abs.isEmpty() ? Double.NaN
                : abs.size() % 2 == 1 ? abs.get(abs.size() / 2) : (abs.get(abs.size() / 2 - 1) + abs.get(abs.size() / 2)) / 2;
        return String.format(Locale.ROOT, "%d of %d computed; median absolute error %.1f %%; within 10 %%: %d; within 25 %%: %d.",
                errors.size(), cases, median, abs.stream().filter(e -> e <= 10).count(), abs.stream().filter(e -> e <= 25).count());
    }

    private static double capacity(LaunchCatalog c, String vehicle, String site, double hp, double ha, double incl) {
        return PayloadCapacity.maximize(c.vehicle(vehicle), c.site(site),
                new TargetOrbit(hp * 1000, ha * 1000, Math.toRadians(incl))).capacityKg();
    }
}
