package space.cosmodrome.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import picocli.CommandLine.Option;

import space.cosmodrome.data.DataCoverage;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.launch.CatalogReader;
import space.cosmodrome.launch.LaunchCatalog;

/** Options every command takes, and small parsing helpers for the edge. */
final class Common {
    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;

    @Option(names = "--data", paramLabel = "DIR", description = "Orekit data directory (default: the bundled data/orekit-data).")
    Path data;

    @Option(names = "--catalog", paramLabel = "FILE", description = "YAML file of sites and vehicles that adds to or replaces bundled entries.")
    Path catalog;

    /** Loads Orekit's data set: the one given with --data, or the bundled one. */
    void loadData() {
        if (data != null) {
            OrekitData.load(data);
        } else {
            OrekitData.context();
        }
    }

    /** Prints warnings to standard error when Earth orientation or space weather data miss the span. */
    void warnCoverage(Instant from, Instant to, boolean needsSpaceWeather, java.io.PrintWriter err) {
        List<String> warnings = DataCoverage.ofLoaded().warningsFor(from, to, needsSpaceWeather);
        warnings.forEach(w -> err.println("warning: " + w));
    }

    LaunchCatalog launchCatalog() {
        return CatalogReader.bundledWith(catalog);
    }

    /** Parses an ISO-8601 UTC instant, naming the flag on failure. */
    static Instant instant(String flag, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw CosmodromeException.badValue(flag, text, "expected an ISO-8601 UTC time such as 2026-12-01T00:00:00Z");
                }
            }
        }
    }

    /** Checks a number lies in a range, naming the flag on failure. */
    static double range(String flag, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw CosmodromeException.badValue(flag, value, "allowed: " + min + " to " + max + " " + unit);
        }
        return value;
    }
}
