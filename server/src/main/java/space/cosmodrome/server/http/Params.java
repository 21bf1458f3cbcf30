package space.cosmodrome.server.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.javalin.http.Context;

import space.cosmodrome.error.CosmodromeException;

/**
 * Query parameters read at the edge: each failure names the parameter, the value and what is allowed, the
 * way the command line names its flags. Parameter names carry their unit ({@code altitudeKm}, {@code days}).
 */
public final class Params {
    private final Context ctx;

    public Params(Context ctx) {
        this.ctx = ctx;
    }

    /** @return the request */
    public Context context() {
        return ctx;
    }

    /** @return the text of a parameter, or null when absent or blank */
    public String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** @return the text of a required parameter */
    public String required(String name, String expected) {
        String v = text(name);
        if (v == null) {
            throw CosmodromeException.missing(name, expected);
        }
        return v;
    }

    /** @return a number in [min, max], or null when absent */
    public Double number(String name, double min, double max, String unit) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw CosmodromeException.badValue(name, v, "a number from " + min + " to " + max + " " + unit);
        }
        return range(name, d, min, max, unit);
    }

    /** @return a number in [min, max], or the default when absent */
    public double number(String name, double min, double max, String unit, double defaultValue) {
        Double d = number(name, min, max, unit);
        return d == null ? defaultValue : d;
    }

    /** @return a comma-separated list of numbers, each in [min, max], or null when absent */
    public List<Double> numbers(String name, double min, double max, String unit) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        List<Double> list = new ArrayList<>();
        for (String part : v.split(",")) {
            try {
                list.add(range(name, Double.parseDouble(part.strip()), min, max, unit));
            } catch (NumberFormatException e) {
                throw CosmodromeException.badValue(name, v, "comma-separated numbers from " + min + " to " + max + " " + unit);
            }
        }
        return list;
    }

    /** @return true for {@code true}, {@code 1} or {@code yes}; false when absent */
    public boolean flag(String name) {
        String v = text(name);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
            case "yes":
                return true;
            case "false":
            case "0":
            case "no":
                return false;
            default:
                throw CosmodromeException.badValue(name, v, "true or false");
        }
    }

    /** @return an ISO-8601 UTC instant, or null when absent */
    public Instant instant(String name) {
        String v = text(name);
        return v == null ? null : instant(name, v);
    }

    /** Parses an ISO-8601 UTC instant ({@code 2026-12-01T00:00:00Z}, without zone, or a date), naming the field. */
    public static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw CosmodromeException.badValue(name, text, "expected an ISO-8601 UTC time such as 2026-12-01T00:00:00Z");
                }
            }
        }
    }

    /** Checks a number lies in a range, naming the field. */
    public static double range(String name, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) {
            throw CosmodromeException.badValue(name, value, "allowed: " + min + " to " + max + " " + unit);
        }
        return value;
    }
}
