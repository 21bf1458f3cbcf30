package space.cosmodrome.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: 20 plans of a short mission and one screening (the 25 objects of the bundled
 * stations catalog over a day) submitted at once, and while they run 200 concurrent capacity requests (8 distinct
 * cases, shuffled; seed printed), 200 catalog requests and 100 pass predictions (that catalog over a day, each
 * for an observer at a random place). Three rounds:
 * no request may fail, and the heap after a full collection may not grow from round 2 to round 3. The figures go to
 * standard error and to target/load/server-load.md (docs/performance/server.md records a run).
 */
class LoadTest {
    static final int CAPACITY_REQUESTS = 200;
    static final int PLANS = 20;
    static final int ROUNDS = 3;
    static final int PASS_REQUESTS = 100;
    static final String[] CASES = {
        "site=vostochny&vehicle=angara-1.2&sso=true&altitudeKm=400",
        "site=vostochny&vehicle=angara-1.2&sso=true&altitudeKm=500",
        "site=vostochny&vehicle=angara-1.2&sso=true&altitudeKm=600",
        "site=vostochny&vehicle=angara-1.2&sso=true&altitudeKm=800",
        "site=baikonur&vehicle=soyuz-2.1b&inclinationDeg=51.6&altitudeKm=400",
        "site=baikonur&vehicle=soyuz-2.1b&inclinationDeg=51.6&altitudeKm=500",
        "site=plesetsk&vehicle=soyuz-2.1b&inclinationDeg=67&altitudeKm=600",
        "site=vostochny&vehicle=angara-1.2&inclinationDeg=51.7&altitudeKm=450",
    };

    record Timed(int status, double seconds) {
    }

    @Test
    void capacityAndPlansUnderConcurrentLoad() throws Exception {
        long seed = System.nanoTime();
        System.err.println("LoadTest seed " + seed);
        Random random = new Random(seed);
        StringBuilder report = new StringBuilder("| round | requests | wall s | p50 s | p95 s | max s | errors |\n|---|---|---|---|---|---|---|\n");
        List<Double> heapsMb = new ArrayList<>();
        try (CosmodromeServer server = CosmodromeServer.create(ServerConfig.defaults(0)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            String mission = PlanApiTest.shortMission();
            for (int round = 1; round <= ROUNDS; round++) {
                long t0 = System.nanoTime();
                List<String> jobs = new ArrayList<>();
                List<CompletableFuture<Timed>> planSubmits = new ArrayList<>();
                for (int i = 0; i < PLANS; i++) {
                    planSubmits.add(timed(http, HttpRequest.newBuilder(URI.create(base + "/api/plan"))
                            .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(mission)), jobs));
                }
                List<String> screens = new ArrayList<>();
                List<Timed> screenSubmit = join(List.of(timed(http, HttpRequest.newBuilder(URI.create(base
                        + "/api/screen?catalog=celestrak_stations_2026-05-30&from=2026-05-30T00:00:00Z&days=1&thresholdKm=5"))
                        .POST(HttpRequest.BodyPublishers.noBody()), screens)));
                List<CompletableFuture<Timed>> passes = new ArrayList<>();
                for (int i = 0; i < PASS_REQUESTS; i++) {
                    String observer = String.format(Locale.ROOT, "%.3f,%.3f,0", -60 + 120 * random.nextDouble(), -180 + 360 * random.nextDouble());
                    passes.add(timed(http, HttpRequest.newBuilder(URI.create(base + "/api/passes?catalog=celestrak_stations_2026-05-30"
                            + "&from=2026-05-30T00:00:00Z&days=1&observer=" + observer)).GET(), null));
                }
                List<String> order = new ArrayList<>();
                for (int i = 0; i < CAPACITY_REQUESTS; i++) {
                    order.add(CASES[i % CASES.length]);
                }
                Collections.shuffle(order, random);
                List<CompletableFuture<Timed>> capacity = new ArrayList<>();
                List<CompletableFuture<Timed>> sites = new ArrayList<>();
                for (String q : order) {
                    capacity.add(timed(http, HttpRequest.newBuilder(URI.create(base + "/api/launch?" + q)).GET(), null));
                    sites.add(timed(http, HttpRequest.newBuilder(URI.create(base + "/api/sites")).GET(), null));
                }
                List<Timed> siteTimes = join(sites);
                double sitesWall = (System.nanoTime() - t0) / 1e9;
                List<Timed> capacityTimes = join(capacity);
                double capacityWall = (System.nanoTime() - t0) / 1e9;
                List<Timed> passTimes = join(passes);
                double passWall = (System.nanoTime() - t0) / 1e9;
                List<Timed> submitTimes = join(planSubmits);
                List<Timed> planTimes = new ArrayList<>();
                for (String id : jobs) {
                    planTimes.add(awaitJob(http, base, id, t0));
                }
                double planWall = (System.nanoTime() - t0) / 1e9;
                List<Timed> screenTimes = new ArrayList<>();
                for (String id : screens) {
                    screenTimes.add(awaitJob(http, base, id, t0));
                }
                double screenWall = (System.nanoTime() - t0) / 1e9;
                row(report, round, "catalog GET /api/sites", siteTimes, sitesWall);
                row(report, round, "capacity GET /api/launch (8 cases)", capacityTimes, capacityWall);
                row(report, round, "plan POST /api/plan (submit)", submitTimes, Double.NaN);
                row(report, round, "plan jobs done (since the round began)", planTimes, planWall);
                row(report, round, "passes GET /api/passes (25 objects, 1 day)", passTimes, passWall);
                row(report, round, "screen job done (25 objects, 1 day)", screenTimes, screenWall);
                for (List<Timed> all : List.of(siteTimes, capacityTimes, planTimes, passTimes, screenTimes)) {
                    assertThat(all).allMatch(t -> t.status() == 200, "every request succeeds");
                }
                assertThat(submitTimes).allMatch(t -> t.status() == 202);
                assertThat(screenSubmit).allMatch(t -> t.status() == 202);
                jobs.addAll(screens);
                for (String id : jobs) {
                    http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
                }
                heapsMb.add(heapAfterGcMb());
            }
        }
        report.append("\nheap after a full GC at the end of each round (MB): ").append(heapsMb).append('\n');
        System.err.println(report);
        Path out = Path.of("target", "load");
        Files.createDirectories(out);
        Files.writeString(out.resolve("server-load.md"), report.toString(), StandardCharsets.UTF_8);
        assertThat(heapsMb.get(ROUNDS - 1)).as("heap does not grow across repeats").isLessThan(heapsMb.get(1) + 32);
    }

    private static CompletableFuture<Timed> timed(HttpClient http, HttpRequest.Builder request, List<String> jobIds) {
        long t0 = System.nanoTime();
        return http.sendAsync(request.timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            if (jobIds != null && r.statusCode() == 202) {
                String body = r.body();
                int i = body.indexOf("\"id\" : \"") + 8;
                synchronized (jobIds) {
                    jobIds.add(body.substring(i, body.indexOf('"', i)));
                }
            }
            if (r.statusCode() >= 300) {
                System.err.println("LoadTest: " + r.statusCode() + " " + r.body());
            }
            return new Timed(r.statusCode(), (System.nanoTime() - t0) / 1e9);
        });
    }

    private static Timed awaitJob(HttpClient http, String base, String id, long t0) throws IOException, InterruptedException {
        while (true) {
            String body;
            try {
                body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                // the JDK client may reuse a keep-alive connection the server has just closed: ask again once
                body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + id)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
            if (body.contains("\"state\" : \"done\"")) {
                return new Timed(200, (System.nanoTime() - t0) / 1e9);
            }
            if (body.contains("\"state\" : \"failed\"") || body.contains("\"state\" : \"cancelled\"")) {
                System.err.println("LoadTest: job " + id + " " + body);
                return new Timed(500, (System.nanoTime() - t0) / 1e9);
            }
            if ((System.nanoTime() - t0) / 1e9 > 900) {
                return new Timed(504, 900);
            }
            Thread.sleep(200);
        }
    }

    private static List<Timed> join(List<CompletableFuture<Timed>> futures) {
        List<Timed> all = new ArrayList<>();
        futures.forEach(f -> all.add(f.join()));
        return all;
    }

    private static void row(StringBuilder sb, int round, String what, List<Timed> times, double wall) {
        double[] s = times.stream().mapToDouble(Timed::seconds).sorted().toArray();
        long errors = times.stream().filter(t -> t.status() >= 300).count();
        sb.append(String.format(Locale.ROOT, "| %d | %d %s | %s | %.2f | %.2f | %.2f | %d |%n", round, s.length, what,
                Double.isNaN(wall) ? "" : String.format(Locale.ROOT, "%.1f", wall), s[s.length / 2],
                s[(int) Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)], s[s.length - 1], errors));
    }

    private static double heapAfterGcMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return Math.round(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e5) / 10.0;
    }

}
