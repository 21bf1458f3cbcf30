package space.cosmodrome.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The plan job's life in-process: submit (202), progress, result, files, errors, limits, cancel, a full queue. */
class PlanApiTest extends InProcessServer {
    static final String YAML = "application/yaml";
    static String shortMission() {
        try (InputStream in = PlanApiTest.class.getResourceAsStream("/short-mission.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Polls a job until it is finished and returns its last status. */
    static Map<String, Object> await(ApiClient client, String id, double seconds) throws InterruptedException {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            Map<String, Object> s = client.get("/api/jobs/" + id).json();
            String state = (String) s.get("state");
            if (state.equals("done") || state.equals("failed") || state.equals("cancelled")) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " not finished in " + seconds + " s");
    }

    @Test
    @SuppressWarnings("unchecked")
    void planJobRunsToItsResultAndFiles() throws InterruptedException {
        ApiClient.Answer submitted = api.post("/api/plan", shortMission(), YAML);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = (String) submitted.json().get("id");
        assertThat(submitted.json().get("state")).isIn("queued", "running");

        Map<String, Object> status = await(api, id, 120);
        assertThat(status.get("state")).as(status.toString()).isEqualTo("done");
        assertThat(((Number) status.get("progress")).doubleValue()).isEqualTo(1.0);
        assertThat((List<String>) status.get("log")).anyMatch(l -> l.contains("propagating"));

        ApiClient.Answer result = api.get("/api/jobs/" + id + "/result");
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json()).containsKeys("orbit", "contacts", "eclipses");
        assertThat(result.json().get("mission")).isEqualTo("Server test mission");

        ApiClient.Answer track = api.get("/api/jobs/" + id + "/files/ground-track.geojson");
        assertThat(track.status()).isEqualTo(200);
        assertThat(track.contentType()).startsWith("application/geo+json");
        assertThat(track.body()).contains("FeatureCollection");
        assertThat(api.get("/api/jobs/" + id + "/files/report.html").body()).contains("<html");

        ApiClient.Answer missing = api.get("/api/jobs/" + id + "/files/secret.txt");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.details()).containsEntry("field", "name");
        assertThat(api.get("/api/jobs/" + id + "/files/..%2F..%2Fetc%2Fpasswd").status()).isEqualTo(404);

        assertThat(api.delete("/api/jobs/" + id).status()).isEqualTo(200);
        assertThat(api.get("/api/jobs/" + id).status()).isEqualTo(404);
    }

    @Test
    void unknownJobIs404() {
        ApiClient.Answer a = api.get("/api/jobs/nosuchjob");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("code")).isEqualTo("NOT_FOUND");
        assertThat(a.details()).containsEntry("field", "id").containsEntry("value", "nosuchjob");
    }

    @Test
    void malformedYamlIs400WithTheLine() {
        ApiClient.Answer a = api.post("/api/plan", "name: x\nsatellite: [unclosed\n", YAML);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.json().get("code")).isEqualTo("BAD_FILE");
    }

    @Test
    void emptyBodyIs400() {
        ApiClient.Answer a = api.post("/api/plan", "", YAML);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.details()).containsEntry("field", "body");
    }

    @Test
    void unknownVehicleInTheMissionIs404() {
        String yaml = shortMission().replace("  sunSynchronous:\n    altitudeKm: 500\n    ltan: \"10:30\"\n    epochUtc: 2026-12-01T00:00:00Z\n",
                "  launch:\n    site: vostochny\n    vehicle: saturn-v-mk2\n    launchUtc: 2026-12-01T01:18:49Z\n    target:\n      altitudeKm: 500\n      sso: true\n");
        ApiClient.Answer a = api.post("/api/plan", yaml, YAML);
        assertThat(a.status()).as(a.body()).isIn(400, 404);
        assertThat(a.body()).contains("saturn-v-mk2");
    }

    @Test
    void aPlanLongerThanTheLimitIs413() {
        ApiClient.Answer a = api.post("/api/plan", shortMission().replace("durationDays: 0.5", "durationDays: 30"), YAML);
        assertThat(a.status()).as(a.body()).isEqualTo(413);
        assertThat(a.details()).containsEntry("field", "analysis.durationDays");
    }

    @Test
    void aConstellationOverTheSatelliteDaysLimitIs413() {
        String walker = shortMission().replace("  sunSynchronous:\n    altitudeKm: 500\n    ltan: \"10:30\"",
                "  walker:\n    totalSatellites: 100\n    planes: 10\n    phasing: 1\n    altitudeKm: 500\n    inclinationDeg: 53");
        assertThat(walker).contains("walker:");
        ApiClient.Answer a = api.post("/api/plan", walker.replace("durationDays: 0.5", "durationDays: 1"), YAML);
        assertThat(a.status()).as(a.body()).isEqualTo(413);
        assertThat(a.details()).containsEntry("field", "orbit.walker.totalSatellites");
    }

    @Test
    void resultBeforeTheEndIs409AndCancelStopsTheJob() throws InterruptedException {
        try (CosmodromeServer one = CosmodromeServer.create(ServerConfig.defaults(0).withJobs(1, 4, 10)).start()) {
            ApiClient client = new ApiClient(one.port());
            String slow = shortMission().replace("propagation: j2", "propagation: numerical").replace("durationDays: 0.5", "durationDays: 10")
                    .replace("stepS: 60", "stepS: 10");
            String running = (String) client.post("/api/plan", slow, YAML).json().get("id");
            String queued = (String) client.post("/api/plan", slow, YAML).json().get("id");
            assertThat(client.get("/api/jobs/" + queued).json().get("state")).isEqualTo("queued");
            ApiClient.Answer early = client.get("/api/jobs/" + queued + "/result");
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.json().get("code")).isEqualTo("JOB_NOT_DONE");

            assertThat(client.delete("/api/jobs/" + queued).json().get("state")).isEqualTo("cancelled");
            assertThat(client.delete("/api/jobs/" + running).status()).isEqualTo(200);
            assertThat(await(client, running, 60).get("state")).isEqualTo("cancelled");
        }
    }

    @Test
    void aFullQueueIs429() throws InterruptedException {
        try (CosmodromeServer one = CosmodromeServer.create(ServerConfig.defaults(0).withJobs(1, 0, 10)).start()) {
            ApiClient client = new ApiClient(one.port());
            String slow = shortMission().replace("propagation: j2", "propagation: numerical").replace("durationDays: 0.5", "durationDays: 10");
            String first = (String) client.post("/api/plan", slow, YAML).json().get("id");
            ApiClient.Answer second = client.post("/api/plan", slow, YAML);
            assertThat(second.status()).isEqualTo(429);
            assertThat(second.json().get("code")).isEqualTo("TOO_MANY_JOBS");
            client.delete("/api/jobs/" + first);
            await(client, first, 60);
        }
    }
}
