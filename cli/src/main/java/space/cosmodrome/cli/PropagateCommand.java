package space.cosmodrome.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.orekit.time.AbsoluteDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.tracking.TrackingFiles;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tracking.Ephemerides;
import space.cosmodrome.tracking.EpochCheck;
import space.cosmodrome.tracking.GroundTrack;
import space.cosmodrome.tracking.OutputFrame;

@Command(name = "propagate", mixinStandardHelpOptions = true,
        description = "Ephemerides of element sets with SGP4/SDP4: JSON, CSV or CCSDS OEM, in TEME, GCRF or ITRF.")
final class PropagateCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Mixin
    TleInput input;
    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "T", description = "First time (ISO-8601 UTC).")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "Last time (ISO-8601 UTC).")
    String to;
    @Option(names = "--step-s", paramLabel = "S", description = "Step (s).")
    Double stepS;
    @Option(names = "--since-epoch-min", paramLabel = "START:STOP:STEP",
            description = "Times relative to each element set's epoch (min), instead of --from/--to/--step-s.")
    String sinceEpoch;
    @Option(names = "--frame", defaultValue = "TEME", paramLabel = "TEME|GCRF|ITRF", description = "Output frame (default TEME).")
    String frame;
    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv|oem", description = "Output format (default json).")
    String format;
    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default 1).")
    int threads;
    @Option(names = "--ground-track", description = "Sub-satellite points (geodetic latitude, longitude, altitude) "
            + "instead of states; a file with several element sets of one object (its history) uses at each time the "
            + "newest set not after it. Formats json, csv or geojson.")
    boolean groundTrack;
    @Option(names = "--out", paramLabel = "FILE", description = "Write the output there instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (out == null) {
            return run(spec.commandLine().getOut());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int code = run(new PrintWriter(w));
            spec.commandLine().getErr().println("propagate: written to " + out);
            return code;
        } catch (IOException e) {
            throw CosmodromeException.badFile(out.toString(), "cannot be written: " + e.getMessage(),
                    Map.of("field", "--out"));
        }
    }

    private int run(PrintWriter out) {
        String fmt = common.json ? "json" : format.toLowerCase(Locale.ROOT);
        if (groundTrack) {
            return groundTrack(fmt, out);
        }
        if (!List.of("json", "csv", "oem").contains(fmt)) {
            throw CosmodromeException.badValue("--format", format, "allowed: json, csv, oem");
        }
        OutputFrame outputFrame;
        try {
            outputFrame = OutputFrame.valueOf(frame.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CosmodromeException.badValue("--frame", frame, "allowed: TEME, GCRF, ITRF");
        }
        Common.range("--threads", threads, 1, 256, "threads");
        PrintWriter err = spec.commandLine().getErr();
        common.loadData();
        List<TleElements> sets = input.load(err);
        Ephemerides e;
        if (sinceEpoch != null) {
            if (from != null || to != null || stepS != null) {
                throw CosmodromeException.badValue("--since-epoch-min", sinceEpoch, "give it alone, without --from, --to and --step-s");
            }
            if (fmt.equals("oem")) {
                throw CosmodromeException.badValue("--format", "oem", "json or csv with --since-epoch-min (an OEM needs one time grid)");
            }
            e = Ephemerides.sinceEpoch(sets, Ephemerides.minutesSinceEpoch("--since-epoch-min", sinceEpoch), outputFrame);
        } else {
            if (from == null || to == null || stepS == null) {
                throw CosmodromeException.missing(from == null ? "--from" : to == null ? "--to" : "--step-s",
                        "give --from T --to T --step-s S, or --since-epoch-min START:STOP:STEP");
            }
            Instant f = Common.instant("--from", from);
            Instant t = Common.instant("--to", to);
            if (t.isBefore(f)) {
                throw CosmodromeException.badValue("--to", to, "a time at or after --from (" + from + ")");
            }
            Common.range("--step-s", stepS, 1e-3, 366 * 86400.0, "s");
            common.warnCoverage(f, t, false, err);
            AbsoluteDate start = new AbsoluteDate(f, OrekitData.utc());
            AbsoluteDate end = new AbsoluteDate(t, OrekitData.utc());
            List<TleElements> far = EpochCheck.farFromEpoch(sets, start, end, EpochCheck.DEFAULT_MAX_DAYS);
            String warning = EpochCheck.warning(far, start, end, EpochCheck.DEFAULT_MAX_DAYS);
            if (warning != null) {
                err.println("warning: " + warning);
            }
            e = Ephemerides.onGrid(sets, start, end, stepS, outputFrame, threads);
        }
        String failures = e.failureWarning("--tle");
        if (failures != null) {
            err.println("warning: " + failures);
        }
        switch (fmt) {
            case "csv":
                TrackingFiles.statesCsv(e, out);
                break;
            case "oem":
                List<Integer> dropped = TrackingFiles.statesOem(e, out);
                if (!dropped.isEmpty()) {
                    err.println("warning: " + dropped.size() + " object(s) left out of the OEM or cut short at their first SGP4 error: " + dropped);
                }
                break;
            default:
                TrackingFiles.statesJson(e, out);
                out.println();
        }
        out.flush();
        return 0;
    }

    private int groundTrack(String fmt, PrintWriter out) {
        if (!List.of("json", "csv", "geojson").contains(fmt)) {
            throw CosmodromeException.badValue("--format", format, "json, csv or geojson with --ground-track");
        }
        if (from == null || to == null || stepS == null || sinceEpoch != null) {
            throw CosmodromeException.missing(from == null ? "--from" : to == null ? "--to" : "--step-s",
                    "--ground-track needs --from T --to T --step-s S");
        }
        PrintWriter err = spec.commandLine().getErr();
        common.loadData();
        List<TleElements> sets = input.load(err);
        Instant f = Common.instant("--from", from);
        Instant t = Common.instant("--to", to);
        if (t.isBefore(f)) {
            throw CosmodromeException.badValue("--to", to, "a time at or after --from (" + from + ")");
        }
        Common.range("--step-s", stepS, 1e-3, 366 * 86400.0, "s");
        common.warnCoverage(f, t, false, err);
        AbsoluteDate start = new AbsoluteDate(f, OrekitData.utc());
        AbsoluteDate end = new AbsoluteDate(t, OrekitData.utc());
        List<GroundTrack.Point> points = GroundTrack.of(sets, start, end, stepS);
        double worst = 0;
        int failed = 0;
        for (GroundTrack.Point p : points) {
            worst = Math.max(worst, Math.abs(p.date().durationFrom(p.elementSetEpoch())) / 86400.0);
            failed += p.errorCode() == Sgp4Errors.NONE ? 0 : 1;
        }
        if (worst > EpochCheck.DEFAULT_MAX_DAYS) {
            err.printf(Locale.ROOT, "warning: points up to %.1f days from the epoch of the element set they use; SGP4 "
                    + "positions degrade quickly past a few weeks%n", worst);
        }
        if (failed == points.size()) {
            GroundTrack.Point p = points.get(0);
            throw CosmodromeException.badValue("--tle", Integer.toString(p.catalogNumber()),
                    "element sets SGP4 can propagate at the times asked; SGP4 error " + p.errorCode() + " ("
                            + Sgp4Errors.describe(p.errorCode()) + ")");
        }
        if (failed > 0) {
            err.println("warning: " + failed + " of " + points.size() + " points failed and carry their SGP4 error");
        }
        switch (fmt) {
            case "csv":
                TrackingFiles.groundTrackCsv(points, out);
                break;
            case "geojson":
                TrackingFiles.groundTrackGeoJson(points, out);
                out.println();
                break;
            default:
                TrackingFiles.groundTrackJson(points, out);
                out.println();
        }
        out.flush();
        return 0;
    }
}
