package space.cosmodrome.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one exception Cosmodrome throws on purpose. It carries an {@link ErrorCode} and a details map
 * (field, value, allowed, ...) that the edges turn into an {@code error: ...} line or a JSON error body.
 * Tests assert the code and the details, not the message text.
 */
public final class CosmodromeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final Map<String, Object> details;

    private CosmodromeException(ErrorCode code, Map<String, Object> details, Throwable cause, Object... values) {
        super(code.format(values), cause);
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A user value out of range: {@code field: value is not allowed; allowed}. */
    public static CosmodromeException badValue(String field, Object value, String allowed) {
        return new CosmodromeException(ErrorCode.BAD_VALUE,
                details("field", field, "value", value, "allowed", allowed), null, field, value, allowed);
    }

    /** A required value that was not given. */
    public static CosmodromeException missing(String field, String expected) {
        return new CosmodromeException(ErrorCode.MISSING_VALUE,
                details("field", field, "allowed", expected), null, field, expected);
    }

    /** An id not found in a catalog, with the nearest known ids as a suggestion. */
    public static CosmodromeException unknownId(String field, String value, String suggestion) {
        return new CosmodromeException(ErrorCode.UNKNOWN_ID,
                details("field", field, "value", value, "allowed", suggestion), null, field, value, suggestion);
    }

    /** A file that cannot be read, with where in it (line, column) and what is wrong. */
    public static CosmodromeException badFile(String file, String problem, Map<String, Object> where) {
        Map<String, Object> d = details("file", file, "problem", problem);
        d.putAll(where);
        return new CosmodromeException(ErrorCode.BAD_FILE, d, null, file, problem);
    }

    /** An orbit or condition out of reach, naming what is reachable. */
    public static CosmodromeException unreachable(String what, String why, Map<String, Object> reachable) {
        Map<String, Object> d = details("field", what, "allowed", why);
        d.putAll(reachable);
        return new CosmodromeException(ErrorCode.UNREACHABLE, d, null, what, why);
    }

    /** Reference data missing or too short. */
    public static CosmodromeException missingData(String what, Throwable cause) {
        return new CosmodromeException(ErrorCode.MISSING_DATA, details("data", what), cause, what);
    }

    /** A failure that is not the user's fault; the context says what was being done. */
    public static CosmodromeException internal(String context, Throwable cause) {
        String reason = cause == null ? "unknown" : String.valueOf(cause.getMessage());
        return new CosmodromeException(ErrorCode.INTERNAL, details("context", context), cause, context, reason);
    }

    public ErrorCode code() {
        return code;
    }

    /** @return the values that filled the message: field, value, allowed, file, line, column, ... */
    public Map<String, Object> details() {
        return details;
    }

    private static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
