package space.cosmodrome.server.http;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.io.json.Json;

/**
 * The one place where answers and errors become HTTP: JSON written with io's {@link Json} (the same text the
 * commands print), errors as {@code {code, message, details}} with the status of their code. A fault that is
 * not the user's gets a 500 with an id that is also in the log beside the stack trace.
 */
public final class Responses {
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);
    public static final String JSON = "application/json";
    /** Set on a request once it has its answer, so that the 404 page does not replace a 404 answer. */
    public static final String ANSWERED = "cosmodrome.answered";

    private Responses() {
    }

    /** Writes a value as JSON with status 200. */
    public static void json(Context ctx, Object value) {
        json(ctx, 200, value);
    }

    /** Writes a value as JSON with a status. */
    public static void json(Context ctx, int status, Object value) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType(JSON).result(Json.write(value));
    }

    /** Writes JSON text that is already rendered. */
    public static void jsonText(Context ctx, String text) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(200).contentType(JSON).result(text);
    }

    /** Writes the error answer for any throwable. */
    public static void error(Context ctx, Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof CosmodromeException) {
            CosmodromeException ce = (CosmodromeException) e;
            if (ce.code() == ErrorCode.INTERNAL) {
                internal(ctx, ce);
                return;
            }
            json(ctx, ce.code().httpStatus(), body(ce.code().name(), ce.getMessage(), ce.details()));
        } else if (e instanceof ApiException) {
            ApiException ae = (ApiException) e;
            if (ae.status() == 429 || ae.status() == 503) {
                ctx.header("Retry-After", "5");
            }
            json(ctx, ae.status(), body(ae.code(), ae.getMessage(), ae.details()));
        } else if (e instanceof HttpResponseException) {
            HttpResponseException he = (HttpResponseException) e;
            int status = he.getStatus();
            String code = status == 413 ? "LIMIT_EXCEEDED" : status == 404 ? "NOT_FOUND" : "HTTP_" + status;
            json(ctx, status, body(code, he.getMessage(), Map.of()));
        } else if (e instanceof CancellationException) {
            json(ctx, 503, body("CANCELLED", "the request was cancelled", Map.of()));
        } else {
            internal(ctx, e);
        }
    }

    /** @return an error body */
    public static Map<String, Object> body(String code, String message, Map<String, Object> details) {
        Map<String, Object> plain = new java.util.LinkedHashMap<>();
        // values JSON has no type for (times, paths ...) go as their text, so that an error answer never fails
        details.forEach((k, v) -> plain.put(k, v == null || v instanceof Number || v instanceof Boolean || v instanceof String
                || v instanceof Map || v instanceof java.util.Collection ? v : String.valueOf(v)));
        return Json.object("code", code, "message", message, "details", plain);
    }

    private static void internal(Context ctx, Throwable e) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        LOG.error("error {} on {} {}: {}\n{}", id, ctx.method(), ctx.path(), e, trace);
        json(ctx, 500, body("INTERNAL", "internal error (id " + id + "; the server log has the details)",
                Map.of("errorId", id)));
    }

    static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
