package space.cosmodrome.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.orekit.files.ccsds.ndm.cdm.Cdm;
import org.orekit.ssa.collision.shorttermencounter.probability.twod.ShortTermEncounter2DPOCMethodType;
import org.orekit.time.AbsoluteDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.conjunction.CollisionProbability;
import space.cosmodrome.conjunction.ConjunctionScreener;
import space.cosmodrome.conjunction.Screening;
import space.cosmodrome.conjunction.ScreeningCatalog;
import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.conjunction.ScreeningStatistics;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.conjunction.CdmCollisionProbability;
import space.cosmodrome.io.conjunction.ConjunctionFiles;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleFile;
import space.cosmodrome.tle.TleReader;
import space.cosmodrome.tracking.EpochCheck;

@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Conjunction screening: all objects of a TLE/3LE catalog against all, or primaries against the "
                + "catalog; times of closest approach, miss distances, relative speeds; JSON, CSV or CCSDS CDM.")
final class ScreenCommand implements Callable<Integer> {
    /** Longest span accepted (days): SGP4 element sets are not worth more. */
    static final double MAX_DAYS = 30.0;
    /** Largest threshold accepted (km). */
    static final double MAX_THRESHOLD_KM = 200.0;
    /** Hard-body radius of each object when none is given (m). */
    static final double DEFAULT_HARD_BODY_RADIUS_M = 5.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE", description = "TLE or 3LE catalog (required unless --cdm).")
    Path catalog;
    @Option(names = "--lenient", description = "Skip malformed entries (counted on standard error) instead of stopping.")
    boolean lenient;
    @Option(names = "--from", paramLabel = "T", description = "Start (ISO-8601 UTC; required unless --cdm).")
    String from;
    @Option(names = "--days", paramLabel = "N", description = "Span (days, more than 0, at most 30; required unless --cdm).")
    Double days;
    @Option(names = "--threshold-km", paramLabel = "D",
            description = "Report approaches closer than this (km, more than 0, at most 200; required unless --cdm).")
    Double thresholdKm;
    @Option(names = "--cdm", paramLabel = "FILE",
            description = "Instead of screening: the collision probability of the conjunction in this CCSDS CDM, from its "
                    + "states and covariances, by each of Orekit's short-term encounter methods.")
    Path cdm;
    @Option(names = "--primary", paramLabel = "IDS|FILE",
            description = "Screen only these objects against the catalog: catalog numbers (25544,48274), or a file of "
                    + "catalog numbers (one a line) or of element sets (added to the catalog when missing).")
    String primary;
    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv|cdm",
            description = "Output format (default json). cdm writes one CCSDS CDM (KVN) per conjunction into the "
                    + "directory given by --out.")
    String format;
    @Option(names = "--out", paramLabel = "FILE|DIR", description = "Write the output there instead of standard output.")
    Path out;
    @Option(names = "--step-s", defaultValue = "180", paramLabel = "S", description = "Coarse time step (s, default 180).")
    double stepS;
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;
    @Option(names = "--sigma-km", split = ",", paramLabel = "S1[,S2]",
            description = "Assumed 1-sigma position uncertainty of each object (km) for a collision probability. "
                    + "Element sets carry no covariance: this is your assumption.")
    List<Double> sigmaKm;
    @Option(names = "--hard-body-radius-m", paramLabel = "R",
            description = "Hard-body radius of each object for the probability (m, default 5; with --cdm the default is "
                    + "the sum of the HBRs the CDM gives).")
    Double hardBodyRadiusM;
    @Option(names = "--pc-method", defaultValue = "PATERA_2005", paramLabel = "M",
            description = "Orekit short-term encounter method: PATERA_2005 (default), ALFANO_2005, LAAS_2015, "
                    + "CHAN_1997, ALFRIEND_1999, ALFRIEND_1999_MAX.")
    String pcMethod;
    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;
    @Option(names = "--json", description = "Print one JSON document on standard output.")
    boolean json;
    @Option(names = "--data", paramLabel = "DIR", description = "Orekit data directory (default: the bundled data/orekit-data).")
    Path data;
    @Option(names = "--spark", paramLabel = "MASTER", description = "Run the screening as an Apache Spark job on "
            + "this master, embedded: local[*] (all cores), local[N]. Results as usual, plus Parquet and CSV with "
            + "--spark-out. ./cosmodrome builds the spark module the first time (downloads Spark).")
    String spark;
    @Option(names = "--spark-out", paramLabel = "DIR", description = "With --spark: also write DIR/conjunctions.parquet "
            + "and DIR/conjunctions.csv (Spark's layout).")
    Path sparkOut;

    @Override
    public Integer call() throws IOException {
        if (cdm != null) {
            return probabilityFromCdm();
        }
        if (catalog == null) {
            throw CosmodromeException.missing("--catalog", "a TLE or 3LE catalog file (or --cdm FILE for a probability)");
        }
        if (from == null) {
            throw CosmodromeException.missing("--from", "the start, ISO-8601 UTC");
        }
        if (days == null) {
            throw CosmodromeException.missing("--days", "the span in days, more than 0 and at most " + MAX_DAYS);
        }
        if (thresholdKm == null) {
            throw CosmodromeException.missing("--threshold-km", "the miss distance to report, more than 0 and at most "
                    + MAX_THRESHOLD_KM + " km");
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "cdm").contains(fmt)) {
            throw CosmodromeException.badValue("--format", format, "allowed: json, csv, cdm");
        }
        if (fmt.equals("cdm") && out == null) {
            throw CosmodromeException.missing("--out", "--format cdm writes one file per conjunction: give --out DIR");
        }
        if (json && !fmt.equals("json") && out == null) {
            throw CosmodromeException.badValue("--format", format, "json with --json, unless --out FILE takes the " + fmt);
        }
        if (!(thresholdKm > 0.0 && thresholdKm <= MAX_THRESHOLD_KM)) {
            throw CosmodromeException.badValue("--threshold-km", thresholdKm, "more than 0 and at most " + MAX_THRESHOLD_KM + " km");
        }
        if (!(days > 0.0 && days <= MAX_DAYS)) {
            throw CosmodromeException.badValue("--days", days, "more than 0 and at most " + MAX_DAYS
                    + " days (SGP4 element sets drift by kilometres a day)");
        }
        Common.range("--step-s", stepS, 2.0, 600.0, "s");
        SparkBridge.checkOptions(spark, sparkOut);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        Common.range("--threads", workers, 1, 256, "threads");
        CollisionProbability probability = probability();
        Instant fromInstant = Common.instant("--from", from);

        PrintWriter err = spec.commandLine().getErr();
        Common common = new Common();
        common.data = data;
        common.loadData();
        Instant toInstant = fromInstant.plusMillis(Math.round(days * 86400e3));
        common.warnCoverage(fromInstant, toInstant, false, err);

        List<TleElements> sets = new ArrayList<>(TleInput.load(catalog, "--catalog", lenient, null, err));
        Set<Integer> primaries = primaries(sets, err);
        ScreeningCatalog unique = ScreeningCatalog.deduplicate(sets);
        if (!unique.duplicates().isEmpty()) {
            err.println("warning: " + unique.duplicates().size() + " catalog number(s) appear more than once in "
                    + catalog + "; kept the newest epoch of each (first: " + unique.duplicates().stream().limit(5)
                            .map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        }
        AbsoluteDate start = new AbsoluteDate(fromInstant, OrekitData.utc());
        AbsoluteDate end = start.shiftedBy(days * 86400.0);
        List<TleElements> far = EpochCheck.farFromEpoch(unique.sets(), start, end, EpochCheck.DEFAULT_MAX_DAYS);
        String warning = EpochCheck.warning(far, start, end, EpochCheck.DEFAULT_MAX_DAYS);
        if (warning != null) {
            err.println("warning: " + warning);
        }

        ScreeningOptions options = new ScreeningOptions(thresholdKm, stepS, workers);
        StderrProgress progress = new StderrProgress(err, days, quiet);
        // Ctrl-C: the JVM runs shutdown hooks before it stops; say how far the run got and leave no half-written file
        AtomicBoolean finished = new AtomicBoolean();
        Path partial = out != null && !fmt.equals("cdm") ? out.resolveSibling(out.getFileName() + ".partial") : null;
        Thread onInterrupt = new Thread(() -> {
            if (!finished.get()) {
                err.printf(Locale.ROOT, "screen: interrupted at %.0f %% of the span (%d conjunction(s) found so far); "
                        + "no output written%n", progress.fraction * 100.0, progress.conjunctions);
                err.flush();
                if (partial != null) {
                    try {
                        Files.deleteIfExists(partial);
                    } catch (IOException e) {
                        // nothing more to do while the JVM stops
                    }
                }
            }
        }, "screen-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return screenAndWrite(fmt, fromInstant, toInstant, unique, primaries, options, progress, probability, err,
                    partial);
        } finally {
            finished.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private int screenAndWrite(String fmt, Instant fromInstant, Instant toInstant, ScreeningCatalog unique,
            Set<Integer> primaries, ScreeningOptions options, StderrProgress progress, CollisionProbability probability,
            PrintWriter err, Path partial) throws IOException {
        int workers = options.threads();
        AbsoluteDate start = new AbsoluteDate(fromInstant, OrekitData.utc());
        if (!quiet) {
            err.println("screening " + unique.sets().size() + " objects" + (primaries.isEmpty() ? " all against all"
                    : ", " + primaries.size() + " primar" + (primaries.size() == 1 ? "y" : "ies") + " against the catalog")
                    + ", " + days + " days, threshold " + thresholdKm + " km, " + workers + " thread(s)");
        }
        Screening screening = spark != null
                ? SparkBridge.screen(spark, unique.sets(), fromInstant, days * 86400.0, options, primaries, sparkOut,
                        quiet ? null : err)
                : ConjunctionScreener.of(unique.sets()).screen(start, days * 86400.0, options, primaries, progress);
        ScreeningStatistics s = screening.statistics();
        if (!quiet) {
            err.printf(Locale.ROOT, "screened in %.1f s: %d conjunction(s); pairs %d, after perigee/apogee %d, "
                    + "grid %d, linear bound %d; %d element set(s) SGP4 rejects%n", s.seconds(), s.conjunctions(),
                    s.pairsTotal(), s.pairsAfterPerigeeApogee(), s.gridPairs(), s.linearPairs(), s.objectsFailed());
        }

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("catalog", catalog.toString());
        header.put("fromUtc", fromInstant.toString());
        header.put("toUtc", toInstant.toString());
        header.put("days", days);
        header.put("thresholdKm", thresholdKm);
        header.put("stepS", stepS);
        header.put("primaries", new ArrayList<>(primaries));
        header.put("objects", unique.sets().size());
        header.put("duplicatesDropped", unique.duplicates().size());

        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            switch (fmt) {
                case "cdm":
                    List<Path> files = ConjunctionFiles.cdms(screening, probability, out);
                    err.println("wrote " + files.size() + " CDM file(s) to " + out);
                    break;
                default:
                    // written beside, then moved into place: an interrupted run leaves no truncated file
                    try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                        if (fmt.equals("csv")) {
                            ConjunctionFiles.csv(screening, probability, w);
                        } else {
                            ConjunctionFiles.json(screening, header, probability, w);
                        }
                    } catch (IOException e) {
                        throw CosmodromeException.badFile(out.toString(), "cannot be written: " + e.getMessage(), Map.of());
                    }
                    Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            }
            if (json) {
                ConjunctionFiles.json(screening, header, probability, stdout);
            }
        } else if (fmt.equals("csv")) {
            ConjunctionFiles.csv(screening, probability, stdout);
        } else {
            ConjunctionFiles.json(screening, header, probability, stdout);
        }
        stdout.flush();
        return 0;
    }

    private CollisionProbability probability() {
        if (sigmaKm == null || sigmaKm.isEmpty()) {
            return null;
        }
        if (sigmaKm.size() > 2) {
            throw CosmodromeException.badValue("--sigma-km", sigmaKm, "one value for both objects, or two (object1,object2)");
        }
        for (double v : sigmaKm) {
            Common.range("--sigma-km", v, 1e-6, 1000.0, "km");
        }
        double radius = hardBodyRadiusM == null ? DEFAULT_HARD_BODY_RADIUS_M : hardBodyRadiusM;
        Common.range("--hard-body-radius-m", radius, 1e-3, 1000.0, "m");
        double s1 = sigmaKm.get(0);
        double s2 = sigmaKm.size() > 1 ? sigmaKm.get(1) : s1;
        return new CollisionProbability(CollisionProbability.method(pcMethod), s1, s2, 2.0 * radius / 1000.0);
    }

    /** --cdm: the probability of the conjunction of a CDM, from its covariances, by every Orekit method. */
    private int probabilityFromCdm() throws IOException {
        for (Object given : new Object[] {catalog, primary, sigmaKm, days, thresholdKm, from}) {
            if (given != null) {
                throw CosmodromeException.badValue("--cdm", cdm, "alone: --catalog, --from, --days, --threshold-km, "
                        + "--primary and --sigma-km belong to screening (the CDM gives states and covariances)");
            }
        }
        if (!format.equalsIgnoreCase("json")) {
            throw CosmodromeException.badValue("--format", format, "json with --cdm (one JSON document)");
        }
        if (hardBodyRadiusM != null) {
            Common.range("--hard-body-radius-m", hardBodyRadiusM, 1e-3, 1000.0, "m");
        }
        ShortTermEncounter2DPOCMethodType chosen = CollisionProbability.method(pcMethod);
        Common common = new Common();
        common.data = data;
        common.loadData();
        Cdm message = CdmCollisionProbability.read(cdm);
        CdmCollisionProbability pc = CdmCollisionProbability.of(message, cdm,
                hardBodyRadiusM == null ? Double.NaN : 2.0 * hardBodyRadiusM);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("cdm", cdm.toString());
        doc.put("messageId", pc.messageId());
        doc.put("tcaUtc", ConjunctionFiles.utc(pc.tca()));
        doc.put("object1", space.cosmodrome.io.json.Json.object("designator", pc.object1()[0], "name", pc.object1()[1]));
        doc.put("object2", space.cosmodrome.io.json.Json.object("designator", pc.object2()[0], "name", pc.object2()[1]));
        doc.put("missDistanceKm", pc.missDistanceKm());
        doc.put("relativeSpeedKmps", pc.relativeSpeedKmps());
        doc.put("combinedHardBodyRadiusM", pc.combinedRadiusM());
        doc.put("method", chosen.name());
        doc.put("collisionProbability", pc.probabilities().get(chosen));
        Map<String, Object> all = new LinkedHashMap<>();
        pc.probabilities().forEach((k, v) -> all.put(k.name(), v));
        doc.put("collisionProbabilityByMethod", all);
        doc.put("cdmCollisionProbability", Double.isNaN(pc.statedProbability()) ? null : pc.statedProbability());
        doc.put("cdmCollisionProbabilityMethod", pc.statedMethod());
        doc.put("covariance", "from the CDM (RTN position covariance of each object at TCA), projected on the encounter "
                + "plane by Orekit; short-term encounter assumption (straight-line relative motion during the encounter)");
        String text = space.cosmodrome.io.json.Json.write(doc);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            try {
                Files.writeString(out, text + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CosmodromeException.badFile(out.toString(), "cannot be written: " + e.getMessage(), Map.of());
            }
        }
        if (out == null || json) {
            stdout.println(text);
        }
        stdout.flush();
        return 0;
    }

    /** Catalog numbers of --primary; element sets from a primary file that the catalog lacks are added to it. */
    private Set<Integer> primaries(List<TleElements> sets, PrintWriter err) throws IOException {
        Set<Integer> ids = new LinkedHashSet<>();
        if (primary == null) {
            return ids;
        }
        String text = primary.trim();
        if (text.matches("[0-9]+( *, *[0-9]+)*")) {
            for (String part : text.split(",")) {
                ids.add(Integer.parseInt(part.trim()));
            }
        } else {
            Path file = Path.of(text);
            if (!Files.isRegularFile(file)) {
                throw CosmodromeException.badValue("--primary", primary,
                        "catalog numbers separated by commas, or a file of catalog numbers or element sets");
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean tle = lines.stream().anyMatch(l -> l.startsWith("1 ") && l.length() >= 69);
            if (tle) {
                TleFile read = TleReader.create().withLenient(lenient).read(file);
                Set<Integer> known = sets.stream().map(TleElements::catalogNumber).collect(Collectors.toSet());
                for (TleElements set : read.elementSets()) {
                    ids.add(set.catalogNumber());
                    if (!known.contains(set.catalogNumber())) {
                        sets.add(set);
                    }
                }
            } else {
                int n = 0;
                for (String line : lines) {
                    n++;
                    String l = line.replaceAll("#.*", "").trim();
                    if (l.isEmpty()) {
                        continue;
                    }
                    if (!l.matches("[0-9]+")) {
                        throw CosmodromeException.badFile(file.toString(), "line " + n + ": '" + line
                                + "' is not a catalog number", Map.of("field", "--primary", "line", n));
                    }
                    ids.add(Integer.parseInt(l));
                }
            }
            if (ids.isEmpty()) {
                throw CosmodromeException.badFile(file.toString(), "no catalog numbers or element sets", Map.of("field", "--primary"));
            }
        }
        Set<Integer> known = sets.stream().map(TleElements::catalogNumber).collect(Collectors.toSet());
        List<Integer> unknown = ids.stream().filter(id -> !known.contains(id)).collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw CosmodromeException.unknownId("--primary", unknown.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")), "not in " + catalog + " (" + sets.size() + " element sets)");
        }
        return ids;
    }

    /** Progress lines on standard error: every 10 % or 10 s, whichever comes later; also remembers how far it got. */
    private static final class StderrProgress implements ConjunctionScreener.Progress {
        private final PrintWriter err;
        private final double days;
        private final boolean quiet;
        private final long start = System.nanoTime();
        private long last = System.nanoTime();
        private double lastFraction;
        volatile double fraction;
        volatile int conjunctions;

        StderrProgress(PrintWriter err, double days, boolean quiet) {
            this.err = err;
            this.days = days;
            this.quiet = quiet;
        }

        @Override
        public void update(double fraction, int conjunctions) {
            this.fraction = fraction;
            this.conjunctions = conjunctions;
            if (quiet) {
                return;
            }
            long now = System.nanoTime();
            if (fraction < 1.0 && (now - last < 10_000_000_000L || fraction - lastFraction < 0.1)) {
                return;
            }
            last = now;
            lastFraction = fraction;
            err.printf(Locale.ROOT, "screening: %3.0f %% (day %.2f of %.2f), %d conjunction(s), %.0f s%n",
                    fraction * 100.0, fraction * days, days, conjunctions, (now - start) * 1e-9);
            err.flush();
        }
    }
}
