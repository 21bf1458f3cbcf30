package space.cosmodrome.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The OpenAPI document and the routes agree: every operation it lists is served (none answers "no such endpoint"). */
class OpenApiTest extends InProcessServer {
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationOfTheDocumentIsRouted() {
        Map<String, Object> paths = (Map<String, Object>) api.get("/api/openapi.json").json().get("paths");
        assertThat(paths).containsKeys("/api/propagate", "/api/passes", "/api/where", "/api/screen", "/api/catalogs");
        int checked = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            String url = path.getKey().replace("{id}", "no-such-id").replace("{name}", "no-such-file");
            for (String method : ((Map<String, Object>) path.getValue()).keySet()) {
                ApiClient.Answer a;
                switch (method) {
                    case "get":
                        a = api.get(url);
                        break;
                    case "post":
                        // an empty body: a 400 (missing values) or 202, never "no such endpoint"
                        a = api.post(url, "", "text/plain");
                        break;
                    case "delete":
                        a = api.delete(url);
                        break;
                    default:
                        throw new AssertionError("unexpected method " + method + " " + url);
                }
                // an unknown route answers 404 with details.path; an unknown job answers 404 naming the field id
                boolean unrouted = a.status() == 404 && a.body().contains("no such endpoint");
                assertThat(unrouted).as(method + " " + url + ": " + a.body()).isFalse();
                assertThat(a.status()).as(method + " " + url).isNotEqualTo(500);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }
}
