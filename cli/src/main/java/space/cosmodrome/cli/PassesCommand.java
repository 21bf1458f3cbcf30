package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.orekit.time.AbsoluteDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.tracking.ObserverReader;
import space.cosmodrome.io.tracking.TrackingFiles;
import space.cosmodrome.passes.ObjectFailure;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.Pass;
import space.cosmodrome.passes.PassPrediction;
import space.cosmodrome.passes.PassPredictor;
import space.cosmodrome.passes.ShadowModel;
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

    @Override
    public Integer call() {
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
        PassPredictor predictor = PassPredictor.create().withMinElevation(Math.toRadians(minElevationDeg))
                .withShadowModel(model);
        if (threads != null) {
            predictor = predictor.withThreads(threads);
        }
        long clock = System.nanoTime();
        PassPrediction prediction = predictor.predict(sets, observers, t0, days * 86400.0);
        double seconds = (System.nanoTime() - clock) / 1e9;
        err.printf(Locale.ROOT, "passes: %d objects x %d observers over %.3g days: %d passes in %.2f s%n", sets.size(),
                observers.size(), days, prediction.passes().size(), seconds);
        if (!prediction.failures().isEmpty()) {
            ObjectFailure f = prediction.failures().get(0);
            if (prediction.failures().size() == sets.size() && prediction.passes().isEmpty()) {
                throw CosmodromeException.badValue("--tle", Integer.toString(f.catalogNumber()),
                        "element sets SGP4 can propagate over the window; SGP4 error " + f.errorCode() + " (" + f.message() + ")");
            }
            err.println("warning: " + prediction.failures().size() + " element set(s) failed during the window (first: "
                    + f.catalogNumber() + ", SGP4 error " + f.errorCode() + ": " + f.message() + "); see 'failures'");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            TrackingFiles.passesJson(prediction, visibleOnly, out);
            out.println();
        } else {
            out.printf(Locale.ROOT, "%-8s %-20s %-12s %-20s %-20s %-20s %7s %7s %7s %s%n", "catalog", "name", "observer",
                    "AOS UTC", "TCA UTC", "LOS UTC", "max el", "AOS az", "LOS az", "visible");
            for (Pass p : prediction.passes()) {
                if (visibleOnly && !p.visible()) {
                    continue;
                }
                out.printf(Locale.ROOT, "%-8d %-20.20s %-12.12s %-20s %-20s %-20s %7.1f %7.1f %7.1f %s%s%n",
                        p.catalogNumber(), p.objectName(), p.observer(), second(p.aos()), second(p.tca()), second(p.los()),
                        Math.toDegrees(p.maxElevationRad()), Math.toDegrees(p.aosAzimuthRad()),
                        Math.toDegrees(p.losAzimuthRad()), p.visible() ? "yes" : "no",
                        p.alwaysAbove() ? " (always above)" : p.startsBeforeWindow() ? " (up at start)"
                                : p.endsAfterWindow() ? " (up at end)" : "");
            }
        }
        out.flush();
        return 0;
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
