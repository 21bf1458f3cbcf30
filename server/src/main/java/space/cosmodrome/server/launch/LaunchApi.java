package space.cosmodrome.server.launch;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

import io.javalin.http.Context;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.Earth;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.ascent.AscentFiles;
import space.cosmodrome.io.ascent.AscentJson;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.launch.LaunchJson;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.server.Limits;
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Params;
import space.cosmodrome.server.http.Responses;
import space.cosmodrome.windows.LaunchWindow;
import space.cosmodrome.windows.LaunchWindows;
import space.cosmodrome.windows.TargetPlane;

/**
 * The launch endpoints: {@code /api/sites}, {@code /api/vehicles}, {@code /api/launch} (as {@code cosmodrome
 * launch --json}, or its CZML with {@code format=czml}) and {@code /api/windows} (as {@code cosmodrome windows
 * --json}). Parameters are the command's flags in camel case. Ascents are deterministic, so the last ones are
 * kept in a small bounded cache, and a request for one already being flown waits for it instead of flying it again.
 */
public final class LaunchApi {
    /** Ascents kept (a few kilobytes each plus the trajectory). */
    static final int CACHED_ASCENTS = 64;
    private static final Instant DEFAULT_CZML_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final LaunchCatalog catalog;
    private final Limits limits;
    private final String sitesJson;
    private final String vehiclesJson;
    private final Map<String, CompletableFuture<AscentResult>> ascents = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<AscentResult>> eldest) {
            return size() > CACHED_ASCENTS;
        }
    };

    public LaunchApi(LaunchCatalog catalog, Limits limits) {
        this.catalog = catalog;
        this.limits = limits;
        List<Object> sites = new ArrayList<>();
        catalog.sites().forEach(s -> sites.add(LaunchJson.site(s)));
        this.sitesJson = Json.write(object("sites", sites));
        List<Object> vehicles = new ArrayList<>();
        catalog.vehicles().forEach(v -> vehicles.add(LaunchJson.vehicle(v)));
        this.vehiclesJson = Json.write(object("vehicles", vehicles));
    }

    /** GET /api/sites */
    public void sites(Context ctx) {
        Responses.jsonText(ctx, sitesJson);
    }

    /** GET /api/vehicles */
    public void vehicles(Context ctx) {
        Responses.jsonText(ctx, vehiclesJson);
    }

    /** GET /api/launch: capacity (or a given payload's margin), a payload curve with altitudesKm, or the CZML. */
    public void launch(Context ctx) {
        Params p = new Params(ctx);
        LaunchSite site = catalog.site(p.required("site", "a launch site id (see /api/sites)"));
        LaunchVehicle vehicle = catalog.vehicle(p.required("vehicle", "a vehicle id (see /api/vehicles)"));
        String format = p.text("format") == null ? "json" : p.text("format").toLowerCase(Locale.ROOT);
        if (!format.equals("json") && !format.equals("czml")) {
            throw CosmodromeException.badValue("format", format, "allowed: json, czml");
        }
        List<Double> curve = p.numbers("altitudesKm", TargetOrbit.MIN_PERIGEE_M / 1000, TargetOrbit.MAX_APOGEE_M / 1000, "km");
        if (curve != null) {
            curve(p, site, vehicle, curve);
            return;
        }
        TargetOrbit target = target(p);
        Double payloadKg = p.number("payloadKg", 0, 1e6, "kg");
        Instant launch = p.instant("launchUtc");
        AscentResult r = ascent(vehicle, site, target, payloadKg, null);
        if (format.equals("czml")) {
            Responses.jsonText(ctx, czml(r, launch == null ? DEFAULT_CZML_EPOCH : launch));
        } else {
            Responses.json(ctx, AscentJson.of(r, launch, payloadKg == null));
        }
    }

    private void curve(Params p, LaunchSite site, LaunchVehicle vehicle, List<Double> altitudesKm) {
        if (p.text("altitudeKm") != null || p.text("perigeeKm") != null || p.text("apogeeKm") != null || p.text("payloadKg") != null) {
            throw CosmodromeException.badValue("altitudesKm", p.text("altitudesKm"),
                    "give it alone: not with altitudeKm, perigeeKm, apogeeKm or payloadKg");
        }
        if (altitudesKm.size() > limits.altitudes()) {
            throw ApiException.overLimit("altitudesKm", altitudesKm.size(), limits.altitudes(), "altitudes");
        }
        List<Object> points = new ArrayList<>();
        for (double h : altitudesKm) {
            double incl = inclination(p, h, h);
            Object payload;
            String reason = null;
            try {
                payload = round(ascent(vehicle, site, TargetOrbit.circular(h * 1000, incl), null, null).capacityKg(), 0);
            } catch (CosmodromeException e) {
                payload = null;
                reason = e.getMessage();
            }
            points.add(object("altitudeKm", h, "inclinationDeg", round(Math.toDegrees(incl), 3), "payloadKg", payload, "reason", reason));
        }
        Responses.json(p.context(), object("vehicle", vehicle.id(), "site", site.id(), "curve", points));
    }

    /** GET /api/windows: as {@code cosmodrome windows --json}, for a sun-synchronous plane or a node at an epoch. */
    public void windows(Context ctx) {
        Params p = new Params(ctx);
        LaunchSite site = catalog.site(p.required("site", "a launch site id (see /api/sites)"));
        String vehicleId = p.text("vehicle");
        LaunchVehicle vehicle = vehicleId == null ? null : catalog.vehicle(vehicleId);
        Instant start = Params.instant("from", p.required("from", "an ISO-8601 UTC time such as 2026-12-01T00:00:00Z"));
        double days = p.number("days", 1e-3, LaunchWindows.MAX_DAYS, "days", 1);
        if (days > limits.windowDays()) {
            throw ApiException.overLimit("days", days, limits.windowDays(), "days");
        }
        double yawDeg = p.number("yawDeg", 0, Math.toDegrees(LaunchWindows.MAX_YAW_RAD), "deg", 0);
        boolean sso = p.flag("sso");
        Double altitudeKm = p.number("altitudeKm", 120, 400_000, "km");
        OrekitData.context();
        TimeScale utc = OrekitData.utc();
        TargetPlane plane = plane(p, sso, altitudeKm, utc);
        List<LaunchWindow> all = LaunchWindows.find(site, plane, new AbsoluteDate(start, utc), days, Math.toRadians(yawDeg));
        TargetOrbit orbit = vehicle == null || altitudeKm == null ? null : TargetOrbit.circular(altitudeKm * 1000, plane.inclinationRad());
        Map<Boolean, AscentResult> capacity = new HashMap<>();
        List<Object> windows = new ArrayList<>();
        List<Object> excluded = new ArrayList<>();
        for (LaunchWindow w : all) {
            if (orbit != null && w.allowed() && !capacity.containsKey(w.ascending())) {
                AscentResult flown;
                try {
                    flown = ascent(vehicle, site, orbit, null, w.ascending());
                } catch (CosmodromeException e) {
                    flown = null;
                }
                capacity.put(w.ascending(), flown);
            }
            Map<String, Object> json = LaunchJson.window(w, w.allowed() ? capacity.get(w.ascending()) : null, plane);
            (w.allowed() ? windows : excluded).add(json);
        }
        Responses.json(ctx, object("site", site.id(), "vehicle", vehicleId,
                "plane", object("inclinationDeg", round(Math.toDegrees(plane.inclinationRad()), 4),
                        "kind", sso ? "sun-synchronous" : "node at epoch"),
                "fromUtc", start.toString(), "days", days, "yawDeg", yawDeg, "windows", windows, "outsideCorridors", excluded));
    }

    private static TargetPlane plane(Params p, boolean sso, Double altitudeKm, TimeScale utc) {
        Double raanDeg = p.number("raanDeg", -360, 360, "deg");
        if (sso == (raanDeg != null)) {
            throw CosmodromeException.missing("sso / raanDeg", "give exactly one target plane: sso=true with altitudeKm and ltan; "
                    + "or raanDeg with epoch, inclinationDeg and altitudeKm");
        }
        if (sso) {
            String ltan = p.text("ltan");
            if (altitudeKm == null || ltan == null) {
                throw CosmodromeException.missing(altitudeKm == null ? "altitudeKm" : "ltan", "sso=true needs altitudeKm and ltan (HH:MM)");
            }
            Params.range("altitudeKm", altitudeKm, 120, 5_900, "km");
            double incl = TargetOrbit.sunSynchronousInclination(altitudeKm * 1000, altitudeKm * 1000);
            return new TargetPlane.SunSynchronous(incl, ltanHours(ltan), utc);
        }
        Double inclinationDeg = p.number("inclinationDeg", 0, 180, "deg");
        String epoch = p.text("epoch");
        if (epoch == null || inclinationDeg == null) {
            throw CosmodromeException.missing(epoch == null ? "epoch" : "inclinationDeg", "raanDeg needs epoch and inclinationDeg");
        }
        double alt = altitudeKm == null ? 500 : altitudeKm;
        return new TargetPlane.NodeAtEpoch(Math.toRadians(inclinationDeg), Math.toRadians(raanDeg),
                new AbsoluteDate(Params.instant("epoch", epoch), utc), Earth.EQUATORIAL_RADIUS + alt * 1000);
    }

    static double ltanHours(String text) {
        Matcher m = Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(text.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            throw CosmodromeException.badValue("ltan", text, "expected HH:MM from 00:00 to 23:59");
        }
        return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0;
    }

    private static TargetOrbit target(Params p) {
        double min = TargetOrbit.MIN_PERIGEE_M / 1000;
        double max = TargetOrbit.MAX_APOGEE_M / 1000;
        Double altitudeKm = p.number("altitudeKm", min, max, "km");
        Double perigeeKm = p.number("perigeeKm", min, max, "km");
        Double apogeeKm = p.number("apogeeKm", min, max, "km");
        double perigee;
        double apogee;
        if (altitudeKm != null) {
            if (perigeeKm != null || apogeeKm != null) {
                throw CosmodromeException.badValue("altitudeKm", altitudeKm, "give either altitudeKm or perigeeKm with apogeeKm, not both");
            }
            perigee = altitudeKm;
            apogee = altitudeKm;
        } else if (perigeeKm != null && apogeeKm != null) {
            if (apogeeKm < perigeeKm) {
                throw CosmodromeException.badValue("apogeeKm", apogeeKm, "allowed: at least the perigee (" + perigeeKm + " km)");
            }
            perigee = perigeeKm;
            apogee = apogeeKm;
        } else {
            throw CosmodromeException.missing("altitudeKm", "give altitudeKm, or perigeeKm with apogeeKm");
        }
        return new TargetOrbit(perigee * 1000, apogee * 1000, inclination(p, perigee, apogee));
    }

    private static double inclination(Params p, double perigeeKm, double apogeeKm) {
        Double inclinationDeg = p.number("inclinationDeg", 0, 180, "deg");
        if (p.flag("sso")) {
            if (inclinationDeg != null) {
                throw CosmodromeException.badValue("inclinationDeg", inclinationDeg, "leave it out with sso=true: the altitude fixes it");
            }
            return TargetOrbit.sunSynchronousInclination(perigeeKm * 1000, apogeeKm * 1000);
        } else if (inclinationDeg != null) {
            return Math.toRadians(inclinationDeg);
        }
        throw CosmodromeException.missing("inclinationDeg", "give inclinationDeg (0 to 180) or sso=true");
    }

    /**
     * The ascent for a case, from the cache or flown once however many requests ask for it at the same time.
     * @param northbound direction for a window's capacity, or null for the best one
     */
    AscentResult ascent(LaunchVehicle v, LaunchSite s, TargetOrbit t, Double payloadKg, Boolean northbound) {
        String key = String.join("|", v.id(), s.id(), Double.toString(t.perigeeAltitudeM()), Double.toString(t.apogeeAltitudeM()),
                Double.toString(t.inclinationRad()), String.valueOf(payloadKg), String.valueOf(northbound));
        CompletableFuture<AscentResult> mine = new CompletableFuture<>();
        CompletableFuture<AscentResult> existing;
        synchronized (ascents) {
            existing = ascents.putIfAbsent(key, mine);
        }
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
            }
        }
        Supplier<AscentResult> fly = () -> payloadKg != null ? PayloadCapacity.fly(v, s, t, payloadKg)
                : northbound == null ? PayloadCapacity.maximize(v, s, t) : PayloadCapacity.maximize(v, s, t, northbound);
        try {
            AscentResult r = fly.get();
            mine.complete(r);
            return r;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            synchronized (ascents) {
                ascents.remove(key, mine);
            }
            throw e;
        }
    }

    /** @return the CZML of an ascent, as {@code cosmodrome launch --czml} writes it */
    static String czml(AscentResult r, Instant epoch) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("cosmodrome-ascent-", ".czml");
            AscentFiles.writeCzml(r, epoch, tmp);
            return Files.readString(tmp, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
