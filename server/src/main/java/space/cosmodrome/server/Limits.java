package space.cosmodrome.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import space.cosmodrome.error.CosmodromeException;

/**
 * How much work one request may ask for; a request over a limit gets 413 and the limit in its details.
 * @param windowDays span of a launch-window search (days)
 * @param altitudes altitudes in one payload curve
 * @param planDays span of a mission plan (days)
 * @param passDays span of a pass prediction (days)
 * @param objects element sets in one tracking request
 * @param observers observers in one pass request
 * @param states states (objects times epochs) in one propagate request
 * @param bodyBytes size of a request body (bytes)
 * @param screenObjects element sets in one screening job
 * @param screenDays span of one screening job (days)
 */
public record Limits(double windowDays, int altitudes, double planDays, double passDays, int objects, int observers,
        long states, long bodyBytes, int screenObjects, double screenDays) {

    /** The defaults: a few seconds to a minute of work per request on a 2-core machine. */
    public static Limits defaults() {
        return new Limits(31, 24, 14, 7, 500, 10, 200_000, 4L << 20, 20_000, 7);
    }

    public Limits {
        if (!(windowDays > 0 && altitudes > 0 && planDays > 0 && passDays > 0 && objects > 0 && observers > 0 && states > 0
                && bodyBytes > 0 && screenObjects > 0 && screenDays > 0)) {
            throw CosmodromeException.badValue("limits", toString(), "every limit above zero");
        }
    }

    /** @return the limits by name, as {@code --limit NAME=VALUE} takes them */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windowDays", windowDays);
        m.put("altitudes", altitudes);
        m.put("planDays", planDays);
        m.put("passDays", passDays);
        m.put("objects", objects);
        m.put("observers", observers);
        m.put("states", states);
        m.put("bodyBytes", bodyBytes);
        m.put("screenObjects", screenObjects);
        m.put("screenDays", screenDays);
        return m;
    }

    /** @return these limits with one of them changed, by name */
    public Limits with(String name, double value) {
        Map<String, Object> m = asMap();
        if (!m.containsKey(name)) {
            throw CosmodromeException.badValue("--limit", name, "one of " + String.join(", ", m.keySet()));
        }
        m.put(name, value);
        return new Limits(num(m, "windowDays"), (int) num(m, "altitudes"), num(m, "planDays"), num(m, "passDays"),
                (int) num(m, "objects"), (int) num(m, "observers"), (long) num(m, "states"), (long) num(m, "bodyBytes"),
                (int) num(m, "screenObjects"), num(m, "screenDays"));
    }

    private static double num(Map<String, Object> m, String name) {
        return ((Number) m.get(name)).doubleValue();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "windowDays=%s altitudes=%d planDays=%s passDays=%s objects=%d observers=%d states=%d bodyBytes=%d "
                + "screenObjects=%d screenDays=%s", windowDays, altitudes, planDays, passDays, objects, observers, states, bodyBytes,
                screenObjects, screenDays);
    }
}
