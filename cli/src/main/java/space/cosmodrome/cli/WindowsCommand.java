package space.cosmodrome.cli;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.Earth;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.launch.LaunchJson;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.windows.LaunchWindow;
import space.cosmodrome.windows.LaunchWindows;
import space.cosmodrome.windows.TargetPlane;

@Command(name = "windows", mixinStandardHelpOptions = true,
        description = "Launch windows: when the site passes under a target orbit plane.")
final class WindowsCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, description = "Launch site id.")
    String site;
    @Option(names = "--vehicle", description = "Vehicle id: each window then carries the payload it can fly (kg).")
    String vehicle;
    @Option(names = "--sso", description = "Sun-synchronous plane (with --altitude-km and --ltan).")
    boolean sso;
    @Option(names = "--altitude-km", description = "Orbit altitude (km): the SSO inclination and the node drift follow from it.")
    Double altitudeKm;
    @Option(names = "--inclination-deg", description = "Inclination (deg), with --raan-deg and --epoch.")
    Double inclinationDeg;
    @Option(names = "--ltan", paramLabel = "HH:MM", description = "Local time of the ascending node, mean solar time.")
    String ltan;
    @Option(names = "--raan-deg", description = "Right ascension of the ascending node at --epoch (deg, GCRF).")
    Double raanDeg;
    @Option(names = "--epoch", description = "Epoch of --raan-deg (ISO-8601 UTC).")
    String epoch;
    @Option(names = "--plane-of-tle", paramLabel = "FILE", description = "Use the plane of the first element set in a TLE file.")
    Path planeOfTle;
    @Option(names = "--from", required = true, description = "Start of the search (ISO-8601 UTC).")
    String from;
    @Option(names = "--days", defaultValue = "1", description = "Length of the search (days, default ${DEFAULT-VALUE}).")
    double days;
    @Option(names = "--yaw-deg", defaultValue = "0", description = "Yaw allowance (deg): plane change the ascent may make; 0 = instantaneous windows.")
    double yawDeg;

    @Override
    public Integer call() {
        Instant start = Common.instant("--from", from);
        Common.range("--days", days, 1e-3, LaunchWindows.MAX_DAYS, "days");
        Common.range("--yaw-deg", yawDeg, 0, Math.toDegrees(LaunchWindows.MAX_YAW_RAD), "deg");
        LaunchCatalog catalog = common.launchCatalog();
        LaunchSite s = catalog.site(site);
        if (vehicle != null) {
            catalog.vehicle(vehicle);
        }
        common.loadData();
        PrintWriter err = spec.commandLine().getErr();
        common.warnCoverage(start, start.plusSeconds(Math.round(days * 86_400)), false, err);
        TimeScale utc = OrekitData.utc();
        TargetPlane plane = plane(utc);
        AbsoluteDate t0 = new AbsoluteDate(start, utc);
        List<LaunchWindow> all = LaunchWindows.find(s, plane, t0, days, Math.toRadians(yawDeg));
        Map<Boolean, AscentResult> capacity = new java.util.HashMap<>();
        TargetOrbit orbit = vehicle == null ? null : targetOrbit(plane);
        List<Object> windows = new ArrayList<>();
        List<Object> excluded = new ArrayList<>();
        for (LaunchWindow w : all) {
            if (orbit != null && w.allowed() && !capacity.containsKey(w.ascending())) {
                capacity.put(w.ascending(), capacity(catalog.vehicle(vehicle), s, orbit, w.ascending()));
            }
            Map<String, Object> json = LaunchJson.window(w, w.allowed() ? capacity.get(w.ascending()) : null, plane);
            (w.allowed() ? windows : excluded).add(json);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            out.println(Json.write(object("site", s.id(), "vehicle", vehicle,
                    "plane", object("inclinationDeg", round(Math.toDegrees(plane.inclinationRad()), 4), "kind", kind()),
                    "fromUtc", start.toString(), "days", days, "yawDeg", yawDeg,
                    "windows", windows, "outsideCorridors", excluded)));
        } else {
            out.printf(Locale.ROOT, "%d windows from %s (%s plane, inclination %.2f deg, yaw allowance %.1f deg)%n",
                    windows.size(), s.id(), kind(), Math.toDegrees(plane.inclinationRad()), yawDeg);
            for (Object o : windows) {
                Map<?, ?> w = (Map<?, ?>) o;
                out.printf(Locale.ROOT, "  %s  open %s close %s  azimuth %6.2f deg  %s%s%n", w.get("optimalUtc"),
                        w.get("openUtc"), w.get("closeUtc"), (Double) w.get("azimuthDeg"), w.get("node"),
                        w.get("liftoffUtc") == null ? "" : "  liftoff " + w.get("liftoffUtc")
                                + " (the ascent's node drift: " + w.get("ascentNodeShiftS") + " s)");
            }
            if (!excluded.isEmpty()) {
                out.printf(Locale.ROOT, "  (%d more crossings whose azimuth no corridor of %s allows)%n", excluded.size(), s.id());
            }
        }
        return 0;
    }

    /** The orbit the windows lead to, for the capacity: circular at the plane's altitude. */
    private TargetOrbit targetOrbit(TargetPlane plane) {
        if (plane instanceof TargetPlane.OfTle) {
            TLE tle = ((TargetPlane.OfTle) plane).tle();
            double a = Math.cbrt(Earth.MU / (tle.getMeanMotion() * tle.getMeanMotion()));
            double hp = a * (1 - tle.getE()) - Earth.EQUATORIAL_RADIUS;
            double ha = a * (1 + tle.getE()) - Earth.EQUATORIAL_RADIUS;
            return hp < TargetOrbit.MIN_PERIGEE_M ? null : new TargetOrbit(hp, ha, tle.getI());
        }
        double alt = altitudeKm == null ? Double.NaN : altitudeKm * 1000;
        return Double.isNaN(alt) ? null : TargetOrbit.circular(alt, plane.inclinationRad());
    }

    /** Payload (kg, rounded) for a launch heading north or south, or the reason it cannot fly. */
    private static AscentResult capacity(space.cosmodrome.launch.LaunchVehicle v, LaunchSite s, TargetOrbit orbit, boolean north) {
        try {
            return space.cosmodrome.ascent.PayloadCapacity.maximize(v, s, orbit, north);
        } catch (CosmodromeException e) {
            return null;
        }
    }

    private String kind() {
        return sso ? "sun-synchronous" : planeOfTle != null ? "plane of a catalog object" : "node at epoch";
    }

    private TargetPlane plane(TimeScale utc) {
        int ways = (sso ? 1 : 0) + (raanDeg != null ? 1 : 0) + (planeOfTle != null ? 1 : 0);
        if (ways != 1) {
            throw CosmodromeException.missing("--sso / --raan-deg / --plane-of-tle",
                    "give exactly one target plane: --sso with --altitude-km and --ltan; --raan-deg with --epoch, --inclination-deg and --altitude-km; or --plane-of-tle FILE");
        }
        if (sso) {
            if (altitudeKm == null || ltan == null) {
                throw CosmodromeException.missing(altitudeKm == null ? "--altitude-km" : "--ltan", "--sso needs --altitude-km and --ltan HH:MM");
            }
            Common.range("--altitude-km", altitudeKm, 120, 5_900, "km");
            double incl = TargetOrbit.sunSynchronousInclination(altitudeKm * 1000, altitudeKm * 1000);
            return new TargetPlane.SunSynchronous(incl, ltanHours(ltan), utc);
        }
        if (raanDeg != null) {
            if (epoch == null || inclinationDeg == null) {
                throw CosmodromeException.missing(epoch == null ? "--epoch" : "--inclination-deg", "--raan-deg needs --epoch and --inclination-deg");
            }
            Common.range("--raan-deg", raanDeg, -360, 360, "deg");
            Common.range("--inclination-deg", inclinationDeg, 0, 180, "deg");
            double alt = altitudeKm == null ? 500 : Common.range("--altitude-km", altitudeKm, 120, 400_000, "km");
            Instant e = Common.instant("--epoch", epoch);
            return new TargetPlane.NodeAtEpoch(Math.toRadians(inclinationDeg), Math.toRadians(raanDeg),
                    new AbsoluteDate(e, utc), Earth.EQUATORIAL_RADIUS + alt * 1000);
        }
        return new TargetPlane.OfTle(firstTle(planeOfTle));
    }

    static double ltanHours(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(text.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            throw CosmodromeException.badValue("--ltan", text, "expected HH:MM from 00:00 to 23:59");
        }
        return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0;
    }

    private static TLE firstTle(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw CosmodromeException.badValue("--plane-of-tle", file.toString(), "a readable TLE file");
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            String l1 = lines.get(i).strip();
            String l2 = lines.get(i + 1).strip();
            if (l1.startsWith("1 ") && l2.startsWith("2 ")) {
                try {
                    return new TLE(l1, l2);
                } catch (OrekitException e) {
                    throw CosmodromeException.badFile(file.toString(), "line " + (i + 1) + ": " + e.getMessage(),
                            Map.of("line", i + 1));
                }
            }
        }
        throw CosmodromeException.badFile(file.toString(), "no element set (a line 1 followed by a line 2) found", Map.of());
    }
}
