package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.time.Instant;
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
import space.cosmodrome.io.tracking.TrackingFiles;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tracking.EpochCheck;
import space.cosmodrome.tracking.SubSatellitePoint;
import space.cosmodrome.tracking.Where;

@Command(name = "where", mixinStandardHelpOptions = true,
        description = "Where satellites are at a time: sub-satellite point, altitude, speed, sunlit or in shadow.")
final class WhereCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Mixin
    TleInput input;
    @Spec
    CommandSpec spec;

    @Option(names = "--at", required = true, paramLabel = "T", description = "Time (ISO-8601 UTC).")
    String at;

    @Override
    public Integer call() {
        Instant when = Common.instant("--at", at);
        PrintWriter err = spec.commandLine().getErr();
        common.loadData();
        List<TleElements> sets = input.load(err);
        common.warnCoverage(when, when, false, err);
        AbsoluteDate date = new AbsoluteDate(when, OrekitData.utc());
        String warning = EpochCheck.warning(EpochCheck.farFromEpoch(sets, date, date, EpochCheck.DEFAULT_MAX_DAYS),
                date, date, EpochCheck.DEFAULT_MAX_DAYS);
        if (warning != null) {
            err.println("warning: " + warning);
        }
        List<SubSatellitePoint> points = Where.at(sets, date);
        long failed = points.stream().filter(p -> p.errorCode() != Sgp4Errors.NONE).count();
        if (failed > 0) {
            SubSatellitePoint first = points.stream().filter(p -> p.errorCode() != Sgp4Errors.NONE).findFirst().get();
            String what = "SGP4 error " + first.errorCode() + " (" + Sgp4Errors.describe(first.errorCode()) + ")";
            if (failed == points.size()) {
                throw CosmodromeException.badValue("--at", at, "a time at which " + first.catalogNumber()
                        + " can be propagated; SGP4 failed there with " + what);
            }
            err.println("warning: " + failed + " object(s) failed and carry their error (first: " + first.catalogNumber()
                    + ", " + what + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            TrackingFiles.whereJson(points, out);
            out.println();
        } else {
            out.printf(Locale.ROOT, "%-8s %-24s %9s %10s %10s %9s %s%n", "catalog", "name", "lat deg", "lon deg", "alt km",
                    "km/s", "sunlit");
            for (SubSatellitePoint p : points) {
                if (p.errorCode() != Sgp4Errors.NONE) {
                    out.printf(Locale.ROOT, "%-8d %-24s %s%n", p.catalogNumber(), p.name(), Sgp4Errors.describe(p.errorCode()));
                } else {
                    out.printf(Locale.ROOT, "%-8d %-24s %9.4f %10.4f %10.3f %9.4f %s%n", p.catalogNumber(), p.name(),
                            Math.toDegrees(p.latitudeRad()), Math.toDegrees(p.longitudeRad()), p.altitudeM() / 1000,
                            p.inertialSpeedMps() / 1000, p.sunlit() ? "yes" : "no");
                }
            }
        }
        out.flush();
        return 0;
    }
}
