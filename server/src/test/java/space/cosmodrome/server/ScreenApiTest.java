package space.cosmodrome.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static space.cosmodrome.server.TrackingApiTest.STATIONS;
import static space.cosmodrome.server.TrackingApiTest.expect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.orekit.frames.Frame;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;

/**
 * The screening job in-process: submit (202), progress, the result checked against Orekit's TLEPropagator at the
 * time of closest approach, the files (JSON, CSV, CDM), bad input, limits, cancel, a full queue, and small requests
 * answered while a catalog-wide screening runs.
 */
class ScreenApiTest extends InProcessServer {
    static final String ACTIVE = "celestrak_active_2026-05-07";
    /** The element set of a catalog number in the bundled stations catalog, read by Orekit. */
    static TLE elementSet(int catalogNumber) throws IOException {
        Path file = Path.of(System.getProperty("user.dir")).getParent().resolve("data/tle/" + STATIONS + ".tle");
        List<String> lines = Files.readAllLines(file);
        String prefix = String.format("1 %05d", catalogNumber);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return new TLE(lines.get(i), lines.get(i + 1), OrekitData.utc());
            }
        }
        throw new AssertionError("no " + catalogNumber + " in " + file);
    }

    @Test
    @SuppressWarnings("unchecked")
    void screeningJobRunsToItsConjunctionsAndFiles() throws Exception {
        ApiClient.Answer submitted = api.post("/api/screen?catalog=" + STATIONS + "&from=2026-05-30T00:00:00Z&days=0.5&thresholdKm=5"
                + "&primary=48274", "", "text/plain");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        assertThat(submitted.json().get("kind")).isEqualTo("screen");
        String id = (String) submitted.json().get("id");
        Map<String, Object> status = PlanApiTest.await(api, id, 120);
        assertThat(status.get("state")).as(status.toString()).isEqualTo("done");
        assertThat((List<String>) status.get("log")).anyMatch(l -> l.contains("screened 100 %"));

        Map<String, Object> result = api.get("/api/jobs/" + id + "/result").json();
        assertThat(result.get("catalog")).isEqualTo(STATIONS);
        assertThat((List<Object>) result.get("primaries")).containsExactly(48274);
        List<Map<String, Object>> conjunctions = (List<Map<String, Object>>) result.get("conjunctions");
        assertThat(conjunctions).isNotEmpty();
        // each reported miss distance is the distance of the two objects at the TCA as Orekit's SGP4 has them
        Frame teme = OrekitData.context().getFrames().getTEME();
        for (Map<String, Object> c : conjunctions.subList(0, Math.min(5, conjunctions.size()))) {
            int n1 = (Integer) ((Map<String, Object>) c.get("object1")).get("catalogNumber");
            int n2 = (Integer) ((Map<String, Object>) c.get("object2")).get("catalogNumber");
            assertThat(List.of(n1, n2)).contains(48274);
            AbsoluteDate tca = new AbsoluteDate(Instant.parse((String) c.get("tcaUtc")), OrekitData.utc());
            double d = TLEPropagator.selectExtrapolator(elementSet(n1)).getPosition(tca, teme)
                    .distance(TLEPropagator.selectExtrapolator(elementSet(n2)).getPosition(tca, teme)) / 1000;
            assertThat(((Number) c.get("missDistanceKm")).doubleValue()).isCloseTo(d, within(1e-3)).isLessThan(5.0);
        }

        List<Map<String, Object>> files = (List<Map<String, Object>>) status.get("files");
        assertThat(files).extracting(f -> f.get("name")).contains("screen.json", "conjunctions.csv");
        ApiClient.Answer csv = api.get("/api/jobs/" + id + "/files/conjunctions.csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(conjunctions.size() + 1);
        String cdm = files.stream().map(f -> (String) f.get("name")).filter(n -> n.endsWith(".cdm")).findFirst().orElseThrow();
        ApiClient.Answer cdmFile = api.get("/api/jobs/" + id + "/files/" + cdm);
        assertThat(cdmFile.status()).isEqualTo(200);
        assertThat(cdmFile.body()).contains("CCSDS_CDM_VERS", "MISS_DISTANCE");
        assertThat(api.get("/api/jobs").json().toString()).contains(id);
    }

    @Test
    void badInputAndLimits() {
        String base = "/api/screen?catalog=" + STATIONS + "&from=2026-05-30T00:00:00Z";
        expect(api.post(base + "&days=1", "", "text/plain"), 400, "MISSING_VALUE", "thresholdKm");
        expect(api.post(base + "&thresholdKm=5", "", "text/plain"), 400, "MISSING_VALUE", "days");
        expect(api.post(base + "&days=1&thresholdKm=500", "", "text/plain"), 400, "BAD_VALUE", "thresholdKm");
        expect(api.post(base + "&days=31&thresholdKm=5", "", "text/plain"), 400, "BAD_VALUE", "days");
        expect(api.post(base + "&days=8&thresholdKm=5", "", "text/plain"), 413, "LIMIT_EXCEEDED", "days");
        expect(api.post(base + "&days=1&thresholdKm=5&primary=99999", "", "text/plain"), 404, "UNKNOWN_ID", "primary");
        expect(api.post(base + "&days=1&thresholdKm=5&primary=ISS", "", "text/plain"), 400, "BAD_VALUE", "primary");
        expect(api.post(base + "&days=1&thresholdKm=5&sigmaKm=1,2,3", "", "text/plain"), 400, "BAD_VALUE", "sigmaKm");
        expect(api.post("/api/screen?from=2026-05-30T00:00:00Z&days=1&thresholdKm=5", "", "text/plain"), 400, "MISSING_VALUE", "catalog");
        try (CosmodromeServer small = CosmodromeServer.create(ServerConfig.defaults(0)
                .withLimits(Limits.defaults().with("screenObjects", 10))).start()) {
            expect(new ApiClient(small.port()).post(base + "&days=1&thresholdKm=5", "", "text/plain"), 413,
                    "LIMIT_EXCEEDED", "objects");
        }
    }

    @Test
    void aCatalogScreeningLeavesRequestsAnsweredAndIsCancelled() throws InterruptedException {
        try (CosmodromeServer one = CosmodromeServer.create(ServerConfig.defaults(0).withScreens(1, 0)).start()) {
            ApiClient client = new ApiClient(one.port());
            // the whole active catalog over a week: minutes of work on one thread
            ApiClient.Answer big = client.post("/api/screen?catalog=" + ACTIVE + "&from=2026-05-07T00:00:00Z&days=7&thresholdKm=10", "",
                    "text/plain");
            assertThat(big.status()).as(big.body()).isEqualTo(202);
            String id = (String) big.json().get("id");
            // no queue: a second screening is refused at once
            ApiClient.Answer second = client.post("/api/screen?catalog=" + STATIONS + "&from=2026-05-30T00:00:00Z&days=1&thresholdKm=5", "",
                    "text/plain");
            expect429(second);
            // small requests are answered while it runs (they have their own pool)
            for (int i = 0; i < 3; i++) {
                ApiClient.Answer where = client.get("/api/where?catalog=" + STATIONS + "&at=2026-05-30T12:00:00Z");
                assertThat(where.status()).isEqualTo(200);
                assertThat(client.get("/api/launch?site=vostochny&vehicle=angara-1.2&altitudeKm=500&sso=true").status()).isEqualTo(200);
            }
            assertThat(client.get("/api/jobs/" + id).json().get("state")).isIn("queued", "running");
            expectCode(client.get("/api/jobs/" + id + "/result"), 409, "JOB_NOT_DONE");
            ApiClient.Answer cancel = client.delete("/api/jobs/" + id);
            assertThat(cancel.status()).isEqualTo(200);
            Map<String, Object> end = PlanApiTest.await(client, id, 120);
            assertThat(end.get("state")).isEqualTo("cancelled");
        }
    }

    private static void expect429(ApiClient.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(429);
        assertThat(a.json().get("code")).isEqualTo("TOO_MANY_JOBS");
    }

    private static void expectCode(ApiClient.Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json().get("code")).isEqualTo(code);
    }
}
