package space.cosmodrome.server.tracking;

import static space.cosmodrome.io.json.Json.object;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.orekit.time.AbsoluteDate;

import io.javalin.http.Context;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.tracking.TrackingFiles;
import space.cosmodrome.passes.ObjectFailure;
import space.cosmodrome.passes.HorizonMask;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.PassPrediction;
import space.cosmodrome.passes.PassPredictor;
import space.cosmodrome.passes.ShadowModel;
import space.cosmodrome.server.Limits;
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Params;
import space.cosmodrome.server.http.Responses;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tracking.Ephemerides;
import space.cosmodrome.tracking.EpochCheck;
import space.cosmodrome.tracking.OutputFrame;
import space.cosmodrome.tracking.SubSatellitePoint;
import space.cosmodrome.tracking.Where;

/**
 * The tracking endpoints: {@code /api/catalogs} (the bundled element sets), {@code /api/propagate},
 * {@code /api/passes} and {@code /api/where}, answering the JSON of {@code cosmodrome propagate|passes|where --json}.
 * Each takes its element sets as {@code catalog=ID} (GET) or as the request body (POST: TLE, 3LE or CCSDS OMM),
 * with {@code catalogNumbers} and {@code name} to choose objects. Warnings the commands print on standard error
 * (element sets far from their epoch, some objects failing) come in the {@value #WARNING} header.
 */
public final class Tracking {
    /** Response header carrying the warnings of a request, joined with {@code "; "}. */
    public static final String WARNING = "Cosmodrome-Warning";

    private final ElementSets catalogs;
    private final Limits limits;

    public Tracking(ElementSets catalogs, Limits limits) {
        this.catalogs = catalogs;
        this.limits = limits;
    }

    /** GET /api/catalogs */
    public void catalogs(Context ctx) {
        Responses.json(ctx, object("catalogs", catalogs.list(), "source", "data/tle (see its README for the sources)"));
    }

    /** GET /api/catalogs/{id}: the catalog's epochs and its objects */
    public void catalog(Context ctx) {
        Responses.json(ctx, catalogs.describe(ctx.pathParam("id")));
    }

    /** POST /api/catalogs: reads element sets sent as the body and describes them (nothing is kept) */
    public void check(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw CosmodromeException.missing("body", "element sets (TLE, 3LE or CCSDS OMM) as the request body");
        }
        Params p = new Params(ctx);
        Responses.json(ctx, ElementSets.describe(ElementSets.parse(body, p.text("format"), p.flag("lenient"))));
    }

    /** GET|POST /api/where?at=T: as {@code cosmodrome where --json} */
    public void where(Context ctx) {
        Params p = new Params(ctx);
        Instant at = Params.instant("at", p.required("at", "an ISO-8601 UTC time such as 2026-05-30T12:00:00Z"));
        List<TleElements> sets = catalogs.select(p, ctx.body(), limits.objects(), "objects");
        AbsoluteDate date = new AbsoluteDate(at, OrekitData.utc());
        List<String> warnings = new ArrayList<>();
        epochWarning(sets, date, date, warnings);
        List<SubSatellitePoint> points = Where.at(sets, date);
        SubSatellitePoint first = points.stream().filter(x -> x.errorCode() != Sgp4Errors.NONE).findFirst().orElse(null);
        if (first != null) {
            long failed = points.stream().filter(x -> x.errorCode() != Sgp4Errors.NONE).count();
            String what = "SGP4 error " + first.errorCode() + " (" + Sgp4Errors.describe(first.errorCode()) + ")";
            if (failed == points.size()) {
                throw CosmodromeException.badValue("at", at.toString(), "a time at which " + first.catalogNumber()
                        + " can be propagated; SGP4 failed there with " + what);
            }
            warnings.add(failed + " object(s) failed and carry their error (first: " + first.catalogNumber() + ", " + what + ")");
        }
        StringWriter out = new StringWriter();
        TrackingFiles.whereJson(points, out);
        answer(ctx, out.toString(), "application/json", warnings);
    }

    /**
     * GET|POST /api/propagate: as {@code cosmodrome propagate}: {@code from}, {@code to}, {@code stepS} (or
     * {@code sinceEpochMin=START:STOP:STEP}), {@code frame} (TEME, GCRF, ITRF), {@code format} (json, csv, oem, or
     * czml: the objects moving on the globe).
     */
    public void propagate(Context ctx) {
        Params p = new Params(ctx);
        String fmt = p.text("format") == null ? "json" : p.text("format").toLowerCase(Locale.ROOT);
        if (!List.of("json", "csv", "oem", "czml").contains(fmt)) {
            throw CosmodromeException.badValue("format", p.text("format"), "allowed: json, csv, oem, czml");
        }
        OutputFrame frame;
        String frameText = p.text("frame");
        try {
            frame = frameText == null ? (fmt.equals("czml") ? OutputFrame.ITRF : OutputFrame.TEME)
                    : OutputFrame.valueOf(frameText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CosmodromeException.badValue("frame", frameText, "allowed: TEME, GCRF, ITRF");
        }
        if (fmt.equals("czml") && frame != OutputFrame.ITRF) {
            throw CosmodromeException.badValue("frame", frameText, "ITRF (or leave it out) with format=czml: Cesium draws "
                    + "Earth-fixed positions");
        }
        String since = p.text("sinceEpochMin");
        double[] minutes = null;
        Instant from = null;
        Instant to = null;
        double stepS = 0;
        long times;
        if (since != null) {
            if (p.text("from") != null || p.text("to") != null || p.text("stepS") != null) {
                throw CosmodromeException.badValue("sinceEpochMin", since, "give it alone, without from, to and stepS");
            }
            if (fmt.equals("oem") || fmt.equals("czml")) {
                throw CosmodromeException.badValue("format", fmt, "json or csv with sinceEpochMin (an OEM or CZML needs one time grid)");
            }
            minutes = Ephemerides.minutesSinceEpoch("sinceEpochMin", since);
            times = minutes.length;
        } else {
            from = Params.instant("from", p.required("from", "an ISO-8601 UTC time (or sinceEpochMin=START:STOP:STEP)"));
            to = Params.instant("to", p.required("to", "an ISO-8601 UTC time at or after from"));
            stepS = p.number("stepS", 1e-3, 366 * 86400.0, "s", Double.NaN);
            if (Double.isNaN(stepS)) {
                throw CosmodromeException.missing("stepS", "the step between states (s)");
            }
            if (to.isBefore(from)) {
                throw CosmodromeException.badValue("to", to.toString(), "a time at or after from (" + from + ")");
            }
            times = (long) Math.floor((to.toEpochMilli() - from.toEpochMilli()) / 1000.0 / stepS + 1e-9) + 1;
        }
        List<TleElements> sets = catalogs.select(p, ctx.body(), limits.objects(), "objects");
        long states = sets.size() * times;
        if (states > limits.states()) {
            throw ApiException.overLimit("states", sets.size() + " objects x " + times + " times", limits.states(),
                    "states (objects x times; widen stepS, shorten the span or choose fewer objects)");
        }
        List<String> warnings = new ArrayList<>();
        Ephemerides e;
        if (minutes != null) {
            e = Ephemerides.sinceEpoch(sets, minutes, frame);
        } else {
            AbsoluteDate start = new AbsoluteDate(from, OrekitData.utc());
            AbsoluteDate end = new AbsoluteDate(to, OrekitData.utc());
            epochWarning(sets, start, end, warnings);
            e = Ephemerides.onGrid(sets, start, end, stepS, frame, 1);
        }
        String failures = e.failureWarning("catalog");
        if (failures != null) {
            warnings.add(failures);
        }
        StringWriter out = new StringWriter();
        String type = "application/json";
        switch (fmt) {
            case "csv":
                TrackingFiles.statesCsv(e, out);
                type = "text/csv; charset=utf-8";
                break;
            case "oem":
                List<Integer> dropped = TrackingFiles.statesOem(e, out);
                if (!dropped.isEmpty()) {
                    warnings.add(dropped.size() + " object(s) left out of the OEM or cut short at their first SGP4 error: " + dropped);
                }
                type = "text/plain; charset=utf-8";
                break;
            case "czml":
                TrackingCzml.write(e, p.text("catalog") != null ? p.text("catalog") : "element sets", out);
                break;
            default:
                TrackingFiles.statesJson(e, out);
        }
        answer(ctx, out.toString(), type, warnings);
    }

    /**
     * GET|POST /api/passes: as {@code cosmodrome passes --json}: {@code observer=LAT,LON[,ALT_M[,NAME]]} (repeat for
     * more), {@code mask=AZ:EL;AZ:EL...} (one per observer, in order), {@code from}, {@code days}, {@code minElevationDeg}, {@code visibleOnly}, {@code shadow}.
     */
    public void passes(Context ctx) {
        Params p = new Params(ctx);
        Instant from = Params.instant("from", p.required("from", "an ISO-8601 UTC time such as 2026-05-30T00:00:00Z"));
        double days = p.number("days", 1e-3, 366, "days", 1);
        if (days > limits.passDays()) {
            throw ApiException.overLimit("days", days, limits.passDays(), "days");
        }
        double minElevationDeg = p.number("minElevationDeg", -5, 89, "deg", 10);
        boolean visibleOnly = p.flag("visibleOnly");
        String shadow = p.text("shadow") == null ? "cylindrical" : p.text("shadow");
        ShadowModel model;
        try {
            model = ShadowModel.valueOf(shadow.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CosmodromeException.badValue("shadow", shadow, "allowed: cylindrical, conical");
        }
        List<String> texts = ctx.queryParams("observer");
        if (texts.isEmpty()) {
            throw CosmodromeException.missing("observer", "give observer=LAT,LON,ALT_M (deg, deg, m), repeated for more observers");
        }
        if (texts.size() > limits.observers()) {
            throw ApiException.overLimit("observer", texts.size(), limits.observers(), "observers");
        }
        List<Observer> observers = new ArrayList<>();
        for (String t : texts) {
            observers.add(observer(t, texts.size() == 1 ? "observer" : "observer" + (observers.size() + 1)));
        }
        List<String> masks = ctx.queryParams("mask");
        if (masks.size() > observers.size()) {
            throw CosmodromeException.badValue("mask", masks.size() + " masks",
                    "at most one per observer (" + observers.size() + "), in the order of the observer parameters");
        }
        for (int k = 0; k < masks.size(); k++) {
            if (!masks.get(k).isBlank()) {
                observers.set(k, observers.get(k).withMask(
                        HorizonMask.parseDegrees(masks.size() == 1 ? "mask" : "mask" + (k + 1), masks.get(k))));
            }
        }
        List<TleElements> sets = catalogs.select(p, ctx.body(), limits.objects(), "objects");
        AbsoluteDate t0 = new AbsoluteDate(from, OrekitData.utc());
        AbsoluteDate t1 = t0.shiftedBy(days * 86400.0);
        List<String> warnings = new ArrayList<>();
        epochWarning(sets, t0, t1, warnings);
        // one thread: the request pool already runs one request per core
        PassPrediction prediction = PassPredictor.create().withMinElevation(Math.toRadians(minElevationDeg))
                .withShadowModel(model).withThreads(1).predict(sets, observers, t0, days * 86400.0);
        if (!prediction.failures().isEmpty()) {
            ObjectFailure f = prediction.failures().get(0);
            if (prediction.failures().size() == sets.size() && prediction.passes().isEmpty()) {
                throw CosmodromeException.badValue("catalog", Integer.toString(f.catalogNumber()),
                        "element sets SGP4 can propagate over the window; SGP4 error " + f.errorCode() + " (" + f.message() + ")");
            }
            warnings.add(prediction.failures().size() + " element set(s) failed during the window (first: " + f.catalogNumber()
                    + ", SGP4 error " + f.errorCode() + ": " + f.message() + "); see 'failures'");
        }
        StringWriter out = new StringWriter();
        TrackingFiles.passesJson(prediction, visibleOnly, out);
        answer(ctx, out.toString(), "application/json", warnings);
    }

    /** Parses {@code LAT,LON[,ALT_M[,NAME]]}, naming the parameter in errors. */
    static Observer observer(String text, String defaultName) {
        String expected = "LAT,LON[,ALT_M[,NAME]]: latitude -90 to 90 deg, longitude -180 to 360 deg, altitude -500 to "
                + "100000 m, like 55.75,37.62,150,Moscow";
        String[] parts = text.split(",", 4);
        if (parts.length < 2) {
            throw CosmodromeException.badValue("observer", text, expected);
        }
        double lat;
        double lon;
        double alt;
        try {
            lat = Double.parseDouble(parts[0].strip());
            lon = Double.parseDouble(parts[1].strip());
            alt = parts.length >= 3 && !parts[2].isBlank() ? Double.parseDouble(parts[2].strip()) : 0.0;
        } catch (NumberFormatException e) {
            throw CosmodromeException.badValue("observer", text, expected);
        }
        if (!(Math.abs(lat) <= 90) || !(lon >= -180 && lon <= 360) || !(alt >= -500 && alt <= 100_000)) {
            throw CosmodromeException.badValue("observer", text, expected);
        }
        String name = parts.length == 4 && !parts[3].isBlank() ? parts[3].strip() : defaultName;
        return Observer.ofDegrees(name, lat, lon, alt);
    }

    private static void epochWarning(List<TleElements> sets, AbsoluteDate from, AbsoluteDate to, List<String> warnings) {
        String w = EpochCheck.warning(EpochCheck.farFromEpoch(sets, from, to, EpochCheck.DEFAULT_MAX_DAYS), from, to,
                EpochCheck.DEFAULT_MAX_DAYS);
        if (w != null) {
            warnings.add(w);
        }
    }

    private static void answer(Context ctx, String text, String type, List<String> warnings) {
        if (!warnings.isEmpty()) {
            // header values are one line of visible ASCII
            ctx.header(WARNING, String.join("; ", warnings).replaceAll("[^\\x20-\\x7e]", "?"));
        }
        ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        ctx.status(200).contentType(type).result(text);
    }

    /** @return a date as ISO-8601 UTC to the millisecond */
    static String utc(AbsoluteDate date) {
        Instant i = date.toInstant(OrekitData.context().getTimeScales());
        long nanos = i.getNano();
        return i.minusNanos(nanos).plusMillis(Math.round(nanos / 1.0e6)).toString();
    }
}
