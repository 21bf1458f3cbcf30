package space.cosmodrome.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.orekit.time.AbsoluteDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.tracking.ObserverReader;
import space.cosmodrome.io.tracking.PassWriter;
import space.cosmodrome.passes.ObjectFailure;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.Pass;
import space.cosmodrome.passes.PassListener;
import space.cosmodrome.passes.PassPredictor;
import space.cosmodrome.passes.PassRun;
import space.cosmodrome.passes.ShadowModel;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tracking.EpochCheck;

@Command(name = "passes", mixinStandardHelpOptions = true,
        description = "Passes of satellites over observers: rise (AOS), culmination (TCA), set (LOS), visibility.")
final class PassesCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Mixin
    TleInput input;
    @Spec
    CommandSpec spec;

    @Option(names = "--observer", paramLabel = "LAT,LON,ALT_M", description = "Observer: geodetic latitude (deg), longitude (deg), altitude (m).")
    String observer;
    @Option(names = "--observers", paramLabel = "FILE", description = "Observers file (YAML, JSON or CSV): name, latitudeDeg, longitudeDeg, altitudeM, optional minElevationDeg and mask.")
    Path observersFile;
    @Option(names = "--from", required = true, paramLabel = "T", description = "Window start (ISO-8601 UTC).")
    String from;
    @Option(names = "--days", defaultValue = "1", paramLabel = "N", description = "Window length (days, default 1).")
    double days;
    @Option(names = "--min-elevation-deg", defaultValue = "10", paramLabel = "E", description = "Minimum elevation (deg, default 10) for observers without their own.")
    double minElevationDeg;
    @Option(names = "--visible-only", description = "Only passes where the satellite is sunlit and the observer's Sun is below -6 deg.")
    boolean visibleOnly;
    @Option(names = "--shadow", defaultValue = "cylindrical", paramLabel = "cylindrical|conical", description = "Earth shadow model for visibility.")
    String shadow;
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all processors).")
    Integer threads;
    @Option(names = "--format", paramLabel = "table|json|csv",
            description = "Output format (default: table, json with --json, or from the extension of --out).")
    String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Write the passes there instead of standard output "
            + "(with --json, standard output gets a short JSON summary).")
    Path out;
    @Option(names = "--quiet", description = "No progress lines on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        Instant start = Common.instant("--from", from);
        Common.range("--days", days, 1e-3, 366, "days");
        Common.range("--min-elevation-deg", minElevationDeg, -5, 89, "deg");
        ShadowModel model;
        try {
            model = ShadowModel.valueOf(shadow.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CosmodromeException.badValue("--shadow", shadow, "allowed: cylindrical, conical");
        }
        if (threads != null) {
            Common.range("--threads", threads, 1, 256, "threads");
        }
        String fmt = format();
        List<Observer> observers = new ArrayList<>();
        if (observer == null && observersFile == null) {
            throw CosmodromeException.missing("--observer", "give --observer LAT,LON,ALT_M or --observers FILE");
        }
        if (observer != null) {
            observers.add(parseObserver(observer));
        }
        if (observersFile != null) {
            observers.addAll(ObserverReader.read(observersFile));
        }
        PrintWriter err = spec.commandLine().getErr();
        common.loadData();
        List<TleElements> sets = input.load(err);
        Instant end = start.plusMillis(Math.round(days * 86400_000.0));
        common.warnCoverage(start, end, false, err);
        AbsoluteDate t0 = new AbsoluteDate(start, OrekitData.utc());
        AbsoluteDate t1 = t0.shiftedBy(days * 86400.0);
        String warning = EpochCheck.warning(EpochCheck.farFromEpoch(sets, t0, t1, EpochCheck.DEFAULT_MAX_DAYS), t0, t1,
                EpochCheck.DEFAULT_MAX_DAYS);
        if (warning != null) {
            err.println("warning: " + warning);
        }
        refuseWhenAllFail(sets, t0);
        PassPredictor predictor = PassPredictor.create().withMinElevation(Math.toRadians(minElevationDeg))
                .withShadowModel(model);
        if (threads != null) {
            predictor = predictor.withThreads(threads);
        }

        Writer target = out != null ? new BufferedWriter(new OutputStreamWriter(open(out), StandardCharsets.UTF_8), 1 << 20)
                : new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        PassListener writer;
        PassWriter passWriter = null;
        TableWriter table = null;
        if (fmt.equals("table")) {
            table = new TableWriter(target, visibleOnly);
            writer = table;
        } else {
            passWriter = PassWriter.start(target, fmt.equals("csv") ? PassWriter.Format.CSV : PassWriter.Format.JSON,
                    visibleOnly, t0, t1, sets.size(), observers);
            writer = passWriter;
        }
        Progress progress = new Progress(writer, sets.size(), quiet ? null : err);
        Thread hook = new Thread(progress::interrupt, "passes-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            PassRun run = predictor.predict(sets, observers, t0, days * 86400.0, progress);
            if (passWriter != null) {
                passWriter.finish(run);
            } else {
                table.finish();
            }
            if (out != null) {
                target.close();
            }
            long written = passWriter != null ? passWriter.written() : table.written;
            return report(run, written, sets.size(), observers.size(), fmt, err);
        } finally {
            // only now may a Ctrl-C let the JVM halt: the output and the messages are complete
            progress.finished();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and was waiting for us
            }
        }
    }

    private int report(PassRun run, long written, int objects, int observerCount, String fmt, PrintWriter err)
            throws IOException {
        err.printf(Locale.ROOT, "passes: %d objects x %d observers over %.3g days: %d passes in %.2f s%s%n",
                run.objectsDone(), observerCount, days, written, run.seconds(),
                out != null ? " (written to " + out + ")" : "");
        if (run.failureCount() > 0) {
            err.println("warning: " + run.failureCount() + " element set(s) failed during the window (SGP4 errors"
                    + " such as decay); their passes end there" + (fmt.equals("table") ? "" : ", see 'failures'"));
        }
        if (run.cancelled()) {
            err.println("passes: cancelled after " + run.objectsDone() + " of " + objects
                    + " objects; the output holds the passes of those objects" + (fmt.equals("json")
                            ? " and says \"cancelled\": true" : ""));
            err.flush();
            return 130;
        }
        if (out != null && common.json) {
            PrintWriter stdout = spec.commandLine().getOut();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("out", out.toString());
            summary.put("format", fmt);
            summary.put("objects", objects);
            summary.put("observers", observerCount);
            summary.put("passCount", written);
            summary.put("failureCount", run.failureCount());
            summary.put("seconds", Math.round(run.seconds() * 100.0) / 100.0);
            stdout.println(Json.mapper().writeValueAsString(summary));
            stdout.flush();
        }
        err.flush();
        return 0;
    }

    /** The output format from --format, --json and the extension of --out. */
    private String format() {
        String fmt;
        if (format != null) {
            fmt = format.toLowerCase(Locale.ROOT);
        } else if (out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            fmt = "csv";
        } else if (common.json || (out != null && out.toString().toLowerCase(Locale.ROOT).endsWith(".json"))) {
            fmt = "json";
        } else {
            fmt = "table";
        }
        if (!List.of("table", "json", "csv").contains(fmt)) {
            throw CosmodromeException.badValue("--format", format, "allowed: table, json, csv");
        }
        if (common.json && !fmt.equals("json") && out == null) {
            throw CosmodromeException.badValue("--format", format, "json with --json, unless --out FILE takes the " + fmt);
        }
        return fmt;
    }

    private static OutputStream open(Path file) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException | RuntimeException e) {
            throw CosmodromeException.badFile(file.toString(), "cannot be written: " + e.getMessage(),
                    Map.of("field", "--out"));
        }
    }

    /** Exit 2 before any output when SGP4 rejects every element set at the window start (all decayed, say). */
    private static void refuseWhenAllFail(List<TleElements> sets, AbsoluteDate t0) {
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        Sgp4States states = sgp4.newStates(1);
        sgp4.propagate(new AbsoluteDate[] {t0}, states);
        if (states.failedCount() < sets.size()) {
            return;
        }
        TleElements first = sets.get(0);
        int code = states.errorCode()[0];
        throw CosmodromeException.badValue("--tle", first.catalogNumber() + (first.name().isEmpty() ? "" : " " + first.name()),
                "element sets SGP4 can propagate over the window; SGP4 error " + code + " (" + Sgp4Errors.describe(code)
                        + ") at " + t0);
    }

    /**
     * Passes the results on, prints a progress line every few seconds, and stops the run on Ctrl-C: the JVM's
     * shutdown hook asks for the stop and waits (a few seconds at most) until the output is closed properly.
     */
    private static final class Progress implements PassListener {
        private static final long EVERY_NANOS = 5_000_000_000L;
        private final PassListener next;
        private final int total;
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean stop;
        private long lastReport = System.nanoTime();
        private long passes;

        Progress(PassListener next, int total, PrintWriter err) {
            this.next = next;
            this.total = total;
            this.err = err;
        }

        @Override
        public void objectDone(int index, TleElements set, List<Pass> found, ObjectFailure failure) {
            next.objectDone(index, set, found, failure);
            passes += found.size();
            long now = System.nanoTime();
            if (err != null && now - lastReport > EVERY_NANOS && index + 1 < total) {
                lastReport = now;
                err.printf(Locale.ROOT, "passes: %d of %d objects, %d passes, %.0f s%n", index + 1, total, passes,
                        (now - started) / 1e9);
                err.flush();
            }
        }

        @Override
        public boolean cancelled() {
            return stop;
        }

        void interrupt() {
            stop = true;
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finished() {
            done.countDown();
        }
    }

    /** The human-readable table, one line per pass. */
    private static final class TableWriter implements PassListener {
        private final PrintWriter out;
        private final boolean visibleOnly;
        long written;

        TableWriter(Writer target, boolean visibleOnly) {
            this.out = new PrintWriter(target);
            this.visibleOnly = visibleOnly;
            out.printf(Locale.ROOT, "%-8s %-20s %-12s %-20s %-20s %-20s %7s %7s %7s %s%n", "catalog", "name", "observer",
                    "AOS UTC", "TCA UTC", "LOS UTC", "max el", "AOS az", "LOS az", "visible");
        }

        @Override
        public void objectDone(int index, TleElements set, List<Pass> passes, ObjectFailure failure) {
            for (Pass p : passes) {
                if (visibleOnly && !p.visible()) {
                    continue;
                }
                written++;
                out.printf(Locale.ROOT, "%-8d %-20.20s %-12.12s %-20s %-20s %-20s %7.1f %7.1f %7.1f %s%s%n",
                        p.catalogNumber(), p.objectName(), p.observer(), second(p.aos()), second(p.tca()), second(p.los()),
                        Math.toDegrees(p.maxElevationRad()), Math.toDegrees(p.aosAzimuthRad()),
                        Math.toDegrees(p.losAzimuthRad()), p.visible() ? "yes" : "no",
                        p.alwaysAbove() ? " (always above)" : p.startsBeforeWindow() ? " (up at start)"
                                : p.endsAfterWindow() ? " (up at end)" : "");
            }
        }

        void finish() {
            out.flush();
        }
    }

    private static String second(AbsoluteDate date) {
        Instant i = date.toInstant(OrekitData.context().getTimeScales());
        return i.plusMillis(500).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    static Observer parseObserver(String text) {
        String expected = "LAT,LON,ALT_M: latitude -90 to 90 deg, longitude -180 to 360 deg, altitude -500 to 100000 m, like 55.75,37.62,150";
        String[] parts = text.split(",");
        if (parts.length < 2 || parts.length > 3) {
            throw CosmodromeException.badValue("--observer", text, expected);
        }
        double lat;
        double lon;
        double alt;
        try {
            lat = Double.parseDouble(parts[0].trim());
            lon = Double.parseDouble(parts[1].trim());
            alt = parts.length == 3 ? Double.parseDouble(parts[2].trim()) : 0.0;
        } catch (NumberFormatException e) {
            throw CosmodromeException.badValue("--observer", text, expected);
        }
        if (!(Math.abs(lat) <= 90) || !(lon >= -180 && lon <= 360) || !(alt >= -500 && alt <= 100000)) {
            throw CosmodromeException.badValue("--observer", text, expected);
        }
        return Observer.ofDegrees("observer", lat, lon, alt);
    }
}
