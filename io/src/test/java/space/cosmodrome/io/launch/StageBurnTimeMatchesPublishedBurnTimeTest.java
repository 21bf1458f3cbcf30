package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * A stage's thrust, vacuum Isp and propellant fix its full-thrust burn time, propellant / (thrust / (Isp g0)).
 * Where the catalog also gives the burn time someone published or a flight showed ({@code burnTimeS}, with its
 * source under {@code sources.burnTime}), the two must agree: a larger gap means one of the three figures is
 * wrong. The reference is the published burn time, which nobody here wrote. Writes the table to
 * target/burn-time-check.md (copied into docs/data/launch-catalog.md).
 */
class StageBurnTimeMatchesPublishedBurnTimeTest {
    /** Tolerance: engines run a few per cent off their rated thrust, and cut-off times are rounded. */
    private static final double TOLERANCE = 0.08;

    /**
     * Mismatches that stay, each with the reason it is not fixed (the docs give the details). The test checks
     * that they are still mismatches, so that the list is emptied when the data are fixed.
     */
    private static final Map<String, String> KNOWN_MISMATCHES = Map.of();

    @Test
    void fullThrustBurnTimeMatchesThePublishedOne() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            for (int i = 0; i < v.stages().size(); i++) {
                Stage s = v.stages().get(i);
                if (Double.isNaN(s.publishedBurnTimeS())) {
                    continue;
                }
                checked++;
                String key = v.id() + "/" + i;
                double derived = s.burnTimeS();
                double published = s.publishedBurnTimeS();
                double gap = derived / published - 1;
                // a throttling stage burns longer than at full thrust, at most 1/minThrottle times as long
                boolean throttles = s.minThrottle() < 1;
                boolean agrees = Math.abs(gap) <= TOLERANCE
                        || throttles && derived < published && published <= derived / s.minThrottle();
                String thrust = s.sources().getOrDefault("thrustVacuumKn", "");
                String how = Math.abs(gap) <= TOLERANCE ? "agrees"
                        : agrees ? "throttled (full-thrust time shorter)" : "MISMATCH";
                if (thrust.contains("burn time") || s.sources().getOrDefault("ispVacuumS", "").contains("cutoff")) {
                    how += "; thrust or Isp derived from this time";
                }
                rows.add(String.format(Locale.ROOT, "| %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %+.1f %% | %s | %s |",
                        v.id(), s.name(), s.propellantMassKg(), s.thrustVacuumN() / 1000, s.ispVacuumS(), derived,
                        published, 100 * gap, how, s.sources().get("burnTime").replace('|', '/')));
                if (KNOWN_MISMATCHES.containsKey(key)) {
                    assertThat(agrees).as(key + " is listed as a known mismatch but now agrees: remove it from the list")
                            .isFalse();
                } else if (!agrees) {
                    failures.add(String.format(Locale.ROOT, "%s stage %d (%s): derived %.1f s, published %.1f s (%+.1f %%)",
                            v.id(), i, s.name(), derived, published, 100 * gap));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("| vehicle | stage | propellant kg | vacuum thrust kN | vacuum Isp s | full-thrust burn s | published burn s | gap | check | source of the burn time |");
        lines.add("|---|---|---:|---:|---:|---:|---:|---:|---|---|");
        lines.addAll(rows);
        Path out = Path.of("target", "burn-time-check.md");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);

        assertThat(checked).as("stages with a published burn time").isGreaterThanOrEqualTo(20);
        assertThat(failures).as("stages whose thrust, Isp and propellant do not give the published burn time").isEmpty();
    }
}
