package space.cosmodrome.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import space.cosmodrome.ascent.LaunchGeometry;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.launch.CatalogReader;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

/**
 * The long sweep of the {@code launch} command over the queries a user will ask: every catalog vehicle from its
 * usual sites into circular orbits (200-1,000 km, an inclination scan), sun-synchronous orbits (400-1,000 km),
 * transfer orbits (GTO, Molniya-like), given payloads and launch times. Each case runs the command line
 * in-process, as a user would ({@link Cosmodrome#execute}), and is checked for crashes, unclear refusals, a zero or
 * nonsense payload, an orbit not delivered, payload not falling with altitude or away from the site's latitude,
 * jumps, slow cases and text/JSON disagreement.
 *
 * <p><b>Not run by CI</b>: the class name does not match Surefire's test patterns (it takes 30-60 minutes). Run it
 * with {@code mvn -q -B -pl cli -am test -Dtest=LaunchSweep -Dsurefire.failIfNoSpecifiedTests=false}; options
 * {@code -Dsweep.vehicles=electron,vega-c} (a subset), {@code -Dsweep.threads=1} (pairs swept in parallel; more
 * than one disturbs the timings), {@code -Dsweep.only=edges} (only the cases at the corridors' edges). It writes {@code cli/target/launch-sweep/cases.csv} (one row per run) and
 * {@code anomalies.md}, and never fails: it is a report, read by a person (see docs/validation/launch.md, "Sweep").
 */
class LaunchSweep {
    /** Usual sites of each vehicle (flight history); the first is its main site. */
    static final Map<String, List<String>> SITES = new LinkedHashMap<>();
    static {
        SITES.put("angara-1.2", List.of("plesetsk", "vostochny"));
        SITES.put("angara-a5", List.of("plesetsk", "vostochny"));
        SITES.put("soyuz-2.1a", List.of("baikonur", "plesetsk", "vostochny"));
        SITES.put("soyuz-2.1b", List.of("baikonur", "plesetsk", "vostochny"));
        SITES.put("soyuz-2.1v", List.of("plesetsk"));
        SITES.put("falcon9-b5", List.of("ccsfs_ksc", "vandenberg"));
        SITES.put("electron", List.of("mahia_lc1"));
        SITES.put("vega-c", List.of("kourou"));
        SITES.put("pslv-xl", List.of("sriharikota"));
        SITES.put("h-iia-202", List.of("tanegashima"));
        SITES.put("cz-2d", List.of("jiuquan", "taiyuan"));
        SITES.put("kuaizhou-1a", List.of("jiuquan", "taiyuan"));
        SITES.put("chollima-1", List.of("sohae"));
        SITES.put("unha-3", List.of("sohae"));
        SITES.put("ariane-62", List.of("kourou"));
    }

    /** The inclination each site usually flies to low orbit (deg): the altitude scan and GTO use it. */
    static final Map<String, Double> USUAL_INCLINATION = Map.ofEntries(Map.entry("vostochny", 51.8),
            Map.entry("plesetsk", 63.0), Map.entry("baikonur", 51.6), Map.entry("ccsfs_ksc", 28.5),
            Map.entry("vandenberg", 90.0), Map.entry("kourou", 6.0), Map.entry("mahia_lc1", 45.0),
            Map.entry("sriharikota", 20.0), Map.entry("tanegashima", 30.5), Map.entry("jiuquan", 42.0),
            Map.entry("taiyuan", 90.0), Map.entry("sohae", 97.0));

    /**
     * Tolerance on "payload falls": the capacity searches (golden sections on the guidance, a secant on the
     * payload) carry a few kilograms of noise (docs/ascent.md: the dog-leg cost is clamped for it; Ariane 62
     * 5,248 and 5,250 kg for the same orbit by two azimuths), while 100 km of altitude costs 2-8 % of payload and
     * 10 deg of inclination 1-5 %. A rise above 0.5 % + 3 kg is a fault, not noise.
     */
    static double tolerance(double kg) {
        return 0.005 * kg + 3;
    }

    static final double SLOW_S = 2.0;
    static final String LAUNCH_UTC = "2026-12-01T03:00:00Z";

    record Case(String vehicle, String site, String kind, String[] args) {
        String command() {
            return "./cosmodrome launch " + String.join(" ", args);
        }
    }

    record Outcome(Case c, int exit, double seconds, Double payloadKg, JsonNode json, String err, String textPayload) {
        String firstErrorLine() {
            return err.lines().filter(l -> l.startsWith("error")).findFirst().orElse("");
        }
    }

    private final List<String> anomalies = Collections.synchronizedList(new ArrayList<>());
    private PrintWriter csv;
    private PrintWriter anomaliesFile;
    private final LaunchCatalog catalog = CatalogReader.bundled();

    @Test
    void sweep() throws Exception {
        Path dir = Path.of(System.getProperty("cosmodrome.root", ".."), "cli", "target", "launch-sweep");
        Files.createDirectories(dir);
        List<String> only = System.getProperty("sweep.vehicles", "").isBlank() ? null
                : Arrays.asList(System.getProperty("sweep.vehicles").split(","));
        int threads = Integer.getInteger("sweep.threads", 1);
        long start = System.nanoTime();
        try (PrintWriter c = new PrintWriter(Files.newBufferedWriter(dir.resolve("cases.csv")), true);
             PrintWriter a = new PrintWriter(Files.newBufferedWriter(dir.resolve("anomalies.md")), true)) {
            csv = c;
            anomaliesFile = a;
            csv.println("vehicle,site,kind,exit,seconds,payloadKg,textPayloadKg,plan,error,command");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : SITES.entrySet()) {
                if (only != null && !only.contains(e.getKey())) {
                    continue;
                }
                for (String site : e.getValue()) {
                    futures.add(pool.submit(() -> sweepPair(e.getKey(), site)));
                }
            }
            List<Outcome> all = new ArrayList<>();
            for (Future<List<Outcome>> f : futures) {
                all.addAll(f.get());
            }
            pool.shutdown();
            summary(all, (System.nanoTime() - start) / 1e9, dir);
        }
    }

    /** All cases of one vehicle from one site, then the checks that compare cases. */
    private List<Outcome> sweepPair(String vehicle, String siteId) {
        LaunchSite site = catalog.site(siteId);
        LaunchVehicle v = catalog.vehicle(vehicle);
        double usual = USUAL_INCLINATION.get(siteId);
        double lat = Math.abs(Math.toDegrees(LaunchGeometry.geocentricLatitudeRad(site)));
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.addAll(corridorEdges(v, site, lat));
        if ("edges".equals(System.getProperty("sweep.only"))) {
            return outcomes;
        }

        // altitude scan at the usual inclination
        List<Outcome> byAltitude = new ArrayList<>();
        for (int h = 200; h <= 1000; h += 100) {
            byAltitude.add(run(v, site, "circular", "--altitude-km", num(h), "--inclination-deg", num(usual)));
        }
        outcomes.addAll(byAltitude);
        checkFalls(byAltitude, "altitude", false);

        // inclination scan at 500 km: a dog-leg below the latitude, just above it, then every 10 deg to 110
        List<Double> inclinations = new ArrayList<>();
        if (lat > 5) {
            inclinations.add(Math.floor(lat) - 5);
        }
        inclinations.add(Math.ceil((lat + 0.2) * 10) / 10);
        for (double i = Math.ceil((lat + 1) / 10) * 10; i <= 110; i += 10) {
            inclinations.add(i);
        }
        List<Outcome> byInclination = new ArrayList<>();
        for (double i : inclinations) {
            byInclination.add(run(v, site, "inclination", "--altitude-km", "500", "--inclination-deg", num(i)));
        }
        outcomes.addAll(byInclination);
        checkFalls(byInclination.subList(lat > 5 ? 1 : 0, byInclination.size()), "inclination", true);
        if (lat > 5) {
            Outcome below = byInclination.get(0);
            Outcome at = byInclination.get(1);
            if (below.payloadKg() != null && at.payloadKg() != null && below.payloadKg() > at.payloadKg() + tolerance(at.payloadKg())) {
                flag("dog-leg below the latitude carries more", below, String.format(Locale.ROOT, "%.0f kg at %s deg > %.0f kg at %s deg",
                        below.payloadKg(), arg(below, "--inclination-deg"), at.payloadKg(), arg(at, "--inclination-deg")));
            }
        }

        // sun-synchronous
        List<Outcome> sso = new ArrayList<>();
        for (int h = 400; h <= 1000; h += 100) {
            sso.add(run(v, site, "sso", "--altitude-km", num(h), "--sso"));
        }
        outcomes.addAll(sso);
        checkFalls(sso, "SSO altitude", false);

        // elliptical: two GTOs, a Molniya-like orbit, a low ellipse
        double gtoInclination = Math.max(usual, Math.ceil((lat + 0.2) * 10) / 10);
        if (gtoInclination > 60) {
            gtoInclination = Math.ceil((lat + 0.2) * 10) / 10;
        }
        Outcome gto185 = run(v, site, "gto", "--perigee-km", "185", "--apogee-km", "35786", "--inclination-deg", num(gtoInclination));
        Outcome gto250 = run(v, site, "gto", "--perigee-km", "250", "--apogee-km", "35786", "--inclination-deg", num(gtoInclination));
        outcomes.add(gto185);
        outcomes.add(gto250);
        outcomes.add(run(v, site, "molniya", "--perigee-km", "600", "--apogee-km", "39700", "--inclination-deg", "63.4"));
        Outcome ellipse = run(v, site, "ellipse", "--perigee-km", "300", "--apogee-km", "1500", "--inclination-deg", num(usual));
        outcomes.add(ellipse);
        Outcome circ300 = byAltitude.get(1);
        if (ellipse.payloadKg() != null && circ300.payloadKg() != null && ellipse.payloadKg() > circ300.payloadKg() + tolerance(circ300.payloadKg())) {
            flag("300 x 1,500 km carries more than 300 km circular", ellipse, ellipse.payloadKg() + " > " + circ300.payloadKg());
        }

        // a given payload: below and above the capacity, and the capacity to 400 km flown to 600 km
        Outcome at500 = byAltitude.get(3);
        if (at500.payloadKg() != null) {
            double cap = at500.payloadKg();
            Outcome light = run(v, site, "payload", "--altitude-km", "500", "--inclination-deg", num(usual), "--payload-kg", num(Math.round(0.9 * cap)));
            Outcome heavy = run(v, site, "payload", "--altitude-km", "500", "--inclination-deg", num(usual), "--payload-kg", num(Math.round(1.1 * cap)));
            outcomes.add(light);
            outcomes.add(heavy);
            checkMargin(light, true, cap);
            checkMargin(heavy, false, cap);
            outcomes.add(run(v, site, "payload", "--altitude-km", "500", "--inclination-deg", num(usual), "--payload-kg", "0"));
        }
        Outcome at400 = byAltitude.get(2);
        if (at400.payloadKg() != null) {
            Outcome higher = run(v, site, "payload", "--altitude-km", "600", "--inclination-deg", num(usual), "--payload-kg", num(Math.round(at400.payloadKg())));
            outcomes.add(higher);
            // equal capacities (a kick stage with propellant to spare) may reach it: only a clear margin is a fault
            if (higher.json() != null && higher.json().path("reachesOrbit").asBoolean(false)
                    && higher.json().path("marginKg").asDouble() > tolerance(at400.payloadKg())) {
                flag("heavier payload reaches a higher orbit", higher, "the capacity to 400 km reaches 600 km with margin "
                        + higher.json().path("marginKg").asDouble() + " kg");
            }
        }
        // a launch time must not change the capacity
        Outcome timed = run(v, site, "launch-utc", "--altitude-km", "500", "--inclination-deg", num(usual), "--launch-utc", LAUNCH_UTC);
        outcomes.add(timed);
        if (timed.payloadKg() != null && at500.payloadKg() != null && Math.abs(timed.payloadKg() - at500.payloadKg()) > 1) {
            flag("--launch-utc changes the capacity", timed, timed.payloadKg() + " vs " + at500.payloadKg());
        }
        if (timed.json() != null && !timed.json().path("insertion").has("epochUtc")) {
            flag("no insertion epochUtc with --launch-utc", timed, "");
        }
        return outcomes;
    }

    /**
     * Just outside each corridor's reachable inclinations (not at the pad's latitude), a dog-leg of 1.9 and of
     * 2.1 deg at 500 km: the larger one must not carry more. Small dog-legs are flown differently from large ones
     * (an impulsive plane change at cut-off, or yaw steering), so this is where a jump would be.
     */
    private List<Outcome> corridorEdges(LaunchVehicle v, LaunchSite site, double lat) {
        List<Outcome> out = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d+\\.\\d+)-(\\d+\\.\\d+) deg").matcher(LaunchGeometry.reachableInclinations(site));
        while (m.find()) {
            double lo = Double.parseDouble(m.group(1));
            double hi = Double.parseDouble(m.group(2));
            for (double[] edge : new double[][] {{lo, -1}, {hi, 1}}) {
                double near = edge[0] + edge[1] * 1.9;
                double far = edge[0] + edge[1] * 2.1;
                if (Math.abs(edge[0] - lat) < 0.5 || far < 0 || far > 180 || (lo < lat && edge[1] < 0)) {
                    continue;
                }
                Outcome n = run(v, site, "edge", "--altitude-km", "500", "--inclination-deg", String.format(Locale.ROOT, "%.2f", near));
                Outcome f = run(v, site, "edge", "--altitude-km", "500", "--inclination-deg", String.format(Locale.ROOT, "%.2f", far));
                out.add(n);
                out.add(f);
                if (n.payloadKg() != null && f.payloadKg() != null && f.payloadKg() > n.payloadKg() + tolerance(n.payloadKg())) {
                    flag("a larger dog-leg carries more (corridor edge " + edge[0] + " deg)", f, String.format(Locale.ROOT,
                            "%.0f kg with 2.1 deg > %.0f kg with 1.9 deg (%s)", f.payloadKg(), n.payloadKg(), n.c().command()));
                }
            }
        }
        return out;
    }

    /** Runs one case with --json (and, for one case in four, in text too) and checks it on its own. */
    private Outcome run(LaunchVehicle v, LaunchSite site, String kind, String... orbit) {
        List<String> args = new ArrayList<>(List.of("--site", site.id(), "--vehicle", v.id()));
        args.addAll(Arrays.asList(orbit));
        Case c = new Case(v.id(), site.id(), kind, args.toArray(new String[0]));
        List<String> withJson = new ArrayList<>(List.of("launch"));
        withJson.addAll(args);
        withJson.add("--json");
        long t0 = System.nanoTime();
        CliRunner r;
        try {
            r = CliRunner.run(withJson.toArray(new String[0]));
        } catch (RuntimeException | Error e) {
            r = new CliRunner(-1, "", "uncaught: " + e);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        JsonNode json = null;
        Double payload = null;
        if (r.exitCode() == 0) {
            try {
                json = Json.mapper().readTree(r.out());
                payload = json.path("payloadKg").isNumber() ? json.get("payloadKg").asDouble() : null;
            } catch (IOException e) {
                json = null;
            }
        }
        String textPayload = "";
        boolean text = r.exitCode() == 0 && Math.floorMod(c.command().hashCode(), 4) == 0;
        if (text) {
            List<String> plain = new ArrayList<>(List.of("launch"));
            plain.addAll(args);
            CliRunner t = CliRunner.run(plain.toArray(new String[0]));
            Matcher m = Pattern.compile("payload\\s+(-?\\d+) kg \\(capacity (-?\\d+) kg").matcher(t.out());
            textPayload = m.find() ? m.group(1) : "missing(exit " + t.exitCode() + ")";
        }
        Outcome o = new Outcome(c, r.exitCode(), seconds, payload, json, r.err(), textPayload);
        checkAlone(o, v);
        synchronized (this) {
            csv.printf(Locale.ROOT, "%s,%s,%s,%d,%.2f,%s,%s,\"%s\",\"%s\",\"%s\"%n", c.vehicle(), c.site(), kind, o.exit(), seconds,
                    payload == null ? "" : String.format(Locale.ROOT, "%.0f", payload), textPayload,
                    json == null ? "" : json.path("plan").asText().replace('"', '\''),
                    o.firstErrorLine().replace('"', '\''), c.command());
        }
        return o;
    }

    private void checkAlone(Outcome o, LaunchVehicle v) {
        String err = o.err();
        if (o.exit() == 1 || o.exit() == -1 || err.contains("Exception") || err.contains("\tat ")) {
            flag("crash or internal error (exit " + o.exit() + ")", o, o.firstErrorLine());
            return;
        }
        if (o.exit() == 2) {
            String line = o.firstErrorLine();
            long lines = err.lines().filter(l -> l.startsWith("error")).count();
            boolean clear = lines == 1 && (line.contains("reachable") || line.contains("beyond the vehicle")
                    || line.contains("allowed"));
            if (!clear) {
                flag("unclear refusal", o, line);
            }
            return;
        }
        if (o.exit() != 0) {
            flag("unexpected exit " + o.exit(), o, o.firstErrorLine());
            return;
        }
        if (o.json() == null || o.payloadKg() == null) {
            flag("no JSON or no payloadKg", o, "");
            return;
        }
        JsonNode j = o.json();
        boolean flying = arg(o, "--payload-kg") != null;
        if (!flying && !(o.payloadKg() > 0)) {
            flag("zero or negative payload", o, String.valueOf(o.payloadKg()));
        }
        double liftoff = v.liftoffMassWithoutPayloadKg();
        if (o.payloadKg() > 0.1 * liftoff) {
            flag("payload above 10 % of the liftoff mass", o, String.format(Locale.ROOT, "%.0f kg of %.0f kg", o.payloadKg(), liftoff));
        }
        if (!flying || j.path("reachesOrbit").asBoolean(false)) {
            JsonNode t = j.path("target");
            JsonNode d = j.path("delivered");
            double dp = Math.abs(d.path("perigeeKm").asDouble() - t.path("perigeeKm").asDouble());
            double da = Math.abs(d.path("apogeeKm").asDouble() - t.path("apogeeKm").asDouble());
            double di = Math.abs(d.path("inclinationDeg").asDouble() - t.path("inclinationDeg").asDouble());
            if (dp > 5 || da > Math.max(5, 1e-3 * t.path("apogeeKm").asDouble()) || di > 0.05) {
                flag("delivered orbit misses the target", o, String.format(Locale.ROOT,
                        "delivered %.1f x %.1f km %.3f deg, target %.1f x %.1f km %.3f deg", d.path("perigeeKm").asDouble(),
                        d.path("apogeeKm").asDouble(), d.path("inclinationDeg").asDouble(), t.path("perigeeKm").asDouble(),
                        t.path("apogeeKm").asDouble(), t.path("inclinationDeg").asDouble()));
            }
        }
        if (o.seconds() > SLOW_S) {
            flag("slower than 2 s", o, String.format(Locale.ROOT, "%.1f s", o.seconds()));
        }
        if (!o.textPayload().isEmpty() && !o.textPayload().equals(String.format(Locale.ROOT, "%.0f", o.payloadKg()))) {
            flag("text and --json differ", o, "text " + o.textPayload() + " kg, json " + o.payloadKg());
        }
    }

    /** Payload must fall along the list (altitude rising, or inclination moving away from the latitude). */
    private void checkFalls(List<Outcome> list, String along, boolean directOnly) {
        Outcome previous = null;
        List<Double> drops = new ArrayList<>();
        List<Outcome> dropAt = new ArrayList<>();
        List<Double> steps = new ArrayList<>();
        for (Outcome o : list) {
            if (o.payloadKg() == null || (directOnly && o.json() != null && o.json().hasNonNull("dogLeg"))) {
                continue;
            }
            if (previous != null) {
                double rise = o.payloadKg() - previous.payloadKg();
                if (rise > tolerance(previous.payloadKg())) {
                    flag("payload rises with " + along, o, String.format(Locale.ROOT, "%.0f kg, previous case %.0f kg (%s)",
                            o.payloadKg(), previous.payloadKg(), previous.c().command()));
                }
                // per unit of the scanned variable: the direct ascents either side of a corridor gap are further apart
                String variable = along.contains("inclination") ? "--inclination-deg" : "--altitude-km";
                double step = Math.abs(Double.parseDouble(arg(o, variable)) - Double.parseDouble(arg(previous, variable)));
                drops.add(-rise / previous.payloadKg());
                steps.add(step);
                dropAt.add(o);
            }
            previous = o;
        }
        // a jump: one step losing more than 4 % and, per unit of the scanned variable, more than 2.5 times its
        // neighbours' mean loss
        for (int k = 0; k < drops.size(); k++) {
            double left = k > 0 ? drops.get(k - 1) / steps.get(k - 1) : Double.NaN;
            double right = k + 1 < drops.size() ? drops.get(k + 1) / steps.get(k + 1) : Double.NaN;
            double neighbours = Double.isNaN(left) ? right : Double.isNaN(right) ? left : (left + right) / 2;
            double here = drops.get(k) / steps.get(k);
            neighbours *= steps.get(k);
            if (!Double.isNaN(neighbours) && Math.abs(drops.get(k)) > 0.04
                    && Math.abs(here * steps.get(k)) > 2.5 * Math.max(Math.abs(neighbours), 0.005)) {
                flag("jump along " + along, dropAt.get(k), String.format(Locale.ROOT, "step changes payload by %.1f %%; at the neighbours' rate, %.1f %%",
                        -100 * drops.get(k), -100 * neighbours));
            }
        }
    }

    private void checkMargin(Outcome o, boolean shouldReach, double capacity) {
        if (o.json() == null) {
            return;
        }
        boolean reaches = o.json().path("reachesOrbit").asBoolean();
        double margin = o.json().path("marginKg").asDouble(Double.NaN);
        if (reaches != shouldReach || !(shouldReach ? margin > 0 : margin < 0)) {
            flag("margin of a given payload inconsistent", o, "reachesOrbit " + reaches + ", margin " + margin + ", capacity " + capacity);
        }
    }

    private static String arg(Outcome o, String flag) {
        String[] a = o.c().args();
        for (int k = 0; k + 1 < a.length; k++) {
            if (a[k].equals(flag)) {
                return a[k + 1];
            }
        }
        return null;
    }

    private void flag(String what, Outcome o, String detail) {
        String line = String.format(Locale.ROOT, "- **%s** (%s, %s): `%s` -- %s", what, o.c().vehicle(), o.c().site(),
                o.c().command(), detail.replace('\n', ' '));
        anomalies.add(line);
        synchronized (this) {
            anomaliesFile.println(line);
        }
        System.out.println(line);
    }

    private void summary(List<Outcome> all, double wallS, Path dir) throws IOException {
        long ok = all.stream().filter(o -> o.exit() == 0).count();
        long refused = all.stream().filter(o -> o.exit() == 2).count();
        long other = all.size() - ok - refused;
        List<Outcome> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> Double.compare(b.seconds(), a.seconds()));
        double[] times = all.stream().mapToDouble(Outcome::seconds).sorted().toArray();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "cases %d: ok %d, refused (exit 2) %d, other %d; anomalies %d; wall %.0f s%n",
                all.size(), ok, refused, other, anomalies.size(), wallS));
        if (times.length > 0) {
            s.append(String.format(Locale.ROOT, "time per case: median %.2f s, 90th percentile %.2f s, max %.2f s; over 2 s: %d%n",
                    times[times.length / 2], times[(int) (times.length * 0.9)], times[times.length - 1],
                    all.stream().filter(o -> o.seconds() > SLOW_S).count()));
        }
        s.append("slowest:\n");
        sorted.stream().limit(8).forEach(o -> s.append(String.format(Locale.ROOT, "  %.1f s  %s%n", o.seconds(), o.c().command())));
        Map<String, Integer> byKind = new LinkedHashMap<>();
        anomalies.forEach(a -> byKind.merge(a.substring(4, a.indexOf("**", 4)), 1, Integer::sum));
        s.append("anomalies by kind: ").append(byKind).append('\n');
        Files.writeString(dir.resolve("summary.txt"), s.toString());
        System.out.print(s);
    }

    private static String num(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
