package space.cosmodrome.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The launch endpoints in-process: the same JSON as the commands, and errors with their status and details. */
class LaunchApiTest extends InProcessServer {
    @Test
    @SuppressWarnings("unchecked")
    void sitesListsVostochny() {
        ApiClient.Answer a = api.get("/api/sites");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        List<Map<String, Object>> sites = (List<Map<String, Object>>) a.json().get("sites");
        assertThat(sites).extracting(s -> s.get("id")).contains("vostochny", "baikonur", "kourou");
    }

    @Test
    @SuppressWarnings("unchecked")
    void vehiclesListsAngara() {
        ApiClient.Answer a = api.get("/api/vehicles");
        assertThat(a.status()).isEqualTo(200);
        List<Map<String, Object>> vehicles = (List<Map<String, Object>>) a.json().get("vehicles");
        assertThat(vehicles).extracting(v -> v.get("id")).contains("angara-1.2");
    }

    @Test
    void launchCapacityToSunSynchronousOrbit() {
        ApiClient.Answer a = api.get("/api/launch?site=vostochny&vehicle=angara-1.2&altitudeKm=500&sso=true");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        Map<String, Object> json = a.json();
        assertThat(json.get("vehicle")).isEqualTo("angara-1.2");
        assertThat(((Number) json.get("capacityKg")).doubleValue()).isBetween(2000.0, 5000.0);
        assertThat(json).containsKeys("events", "deltaV", "insertion");
    }

    @Test
    @SuppressWarnings("unchecked")
    void launchCzmlHasTheAscentPath() {
        ApiClient.Answer a = api.get("/api/launch?site=vostochny&vehicle=angara-1.2&altitudeKm=500&sso=true&format=czml"
                + "&launchUtc=2026-12-01T01:18:49Z");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.body()).startsWith("[");
        assertThat(a.body()).contains("\"id\" : \"ascent\"", "2026-12-01T01:18:49Z");
    }

    @Test
    void unknownSiteIs404NamingTheField() {
        ApiClient.Answer a = api.get("/api/launch?site=atlantis&vehicle=angara-1.2&altitudeKm=500&sso=true");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("code")).isEqualTo("UNKNOWN_ID");
        assertThat(a.details()).containsEntry("value", "atlantis");
    }

    @Test
    void badNumberIs400() {
        ApiClient.Answer a = api.get("/api/launch?site=vostochny&vehicle=angara-1.2&altitudeKm=abc&sso=true");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("code")).isEqualTo("BAD_VALUE");
        assertThat(a.details()).containsEntry("field", "altitudeKm").containsEntry("value", "abc");
    }

    @Test
    void missingInclinationIs400() {
        ApiClient.Answer a = api.get("/api/launch?site=vostochny&vehicle=angara-1.2&altitudeKm=500");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("code")).isEqualTo("MISSING_VALUE");
        assertThat(a.details()).containsEntry("field", "inclinationDeg");
    }

    @Test
    void orbitOutOfReachIs422() {
        ApiClient.Answer a = api.get("/api/launch?site=vostochny&vehicle=angara-1.2&altitudeKm=500&inclinationDeg=10");
        assertThat(a.status()).as(a.body()).isEqualTo(422);
        assertThat(a.json().get("code")).isEqualTo("UNREACHABLE");
    }

    @Test
    void tooManyAltitudesIs413() {
        StringBuilder many = new StringBuilder("300");
        for (int i = 1; i < 40; i++) {
            many.append(',').append(300 + 10 * i);
        }
        ApiClient.Answer a = api.get("/api/launch?site=vostochny&vehicle=angara-1.2&sso=true&altitudesKm=" + many);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("code")).isEqualTo("LIMIT_EXCEEDED");
        assertThat(a.details()).containsEntry("field", "altitudesKm").containsEntry("limit", 24);
    }

    @Test
    @SuppressWarnings("unchecked")
    void payloadCurve() {
        ApiClient.Answer a = api.get("/api/launch?site=vostochny&vehicle=angara-1.2&sso=true&altitudesKm=400,800");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Map<String, Object>> curve = (List<Map<String, Object>>) a.json().get("curve");
        assertThat(curve).hasSize(2);
        assertThat(((Number) curve.get(0).get("payloadKg")).doubleValue()).isGreaterThan(((Number) curve.get(1).get("payloadKg")).doubleValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void windowsForSunSynchronousPlane() {
        ApiClient.Answer a = api.get("/api/windows?site=vostochny&vehicle=angara-1.2&sso=true&altitudeKm=500&ltan=10:30"
                + "&from=2026-12-01T00:00:00Z&days=2");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Map<String, Object>> windows = (List<Map<String, Object>>) a.json().get("windows");
        assertThat(windows).isNotEmpty();
        assertThat(windows.get(0)).containsKeys("openUtc", "closeUtc", "azimuthDeg", "payloadKg", "liftoffUtc", "ascentNodeShiftS");
    }

    @Test
    void windowsOverTheDayLimitIs413() {
        ApiClient.Answer a = api.get("/api/windows?site=vostochny&sso=true&altitudeKm=500&ltan=10:30&from=2026-12-01&days=200");
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.details()).containsEntry("field", "days");
    }

    @Test
    void badLtanIs400() {
        ApiClient.Answer a = api.get("/api/windows?site=vostochny&sso=true&altitudeKm=500&ltan=25:00&from=2026-12-01");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.details()).containsEntry("field", "ltan");
    }

    @Test
    void unknownEndpointIs404Json() {
        ApiClient.Answer a = api.get("/api/nothing-here");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void openApiDocumentIsServed() {
        ApiClient.Answer a = api.get("/api/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("openapi").toString()).startsWith("3.");
    }
}
