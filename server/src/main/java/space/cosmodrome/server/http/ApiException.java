package space.cosmodrome.server.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer that no {@link space.cosmodrome.error.ErrorCode} covers: a request over the server's limits
 * (413), a full queue (429, 503), a job in the wrong state (409), an unknown route or job (404).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A request that asks for more work than the server allows: {@code field: value exceeds the limit}. */
    public static ApiException overLimit(String field, Object value, Object limit, String unit) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("field", field);
        d.put("value", value);
        d.put("limit", limit);
        d.put("allowed", "at most " + limit + (unit.isEmpty() ? "" : " " + unit) + " on this server");
        return new ApiException(413, "LIMIT_EXCEEDED", field + ": " + value + " is more than this server allows (at most "
                + limit + (unit.isEmpty() ? "" : " " + unit) + ")", d);
    }

    /** An unknown job id or file name. */
    public static ApiException notFound(String field, String value, String allowed) {
        return new ApiException(404, "NOT_FOUND", field + ": '" + value + "' not found; " + allowed,
                Map.of("field", field, "value", value, "allowed", allowed));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
