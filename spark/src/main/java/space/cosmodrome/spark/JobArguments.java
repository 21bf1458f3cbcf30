package space.cosmodrome.spark;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import space.cosmodrome.error.CosmodromeException;

/**
 * The {@code --flag value} arguments of a spark-submit job, checked with the command line's error messages and
 * exit codes. Spark jobs take plain arguments (no picocli on the executors' class path).
 */
final class JobArguments {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> present = new HashSet<>();

    private JobArguments() {
    }

    /**
     * @param args the job's arguments
     * @param flags flags that take a value
     * @param switches flags without a value
     * @param required flags that must be given
     */
    static JobArguments parse(String[] args, Set<String> flags, Set<String> switches, List<String> required) {
        JobArguments parsed = new JobArguments();
        for (int i = 0; i < args.length; i++) {
            if (switches.contains(args[i])) {
                parsed.present.add(args[i]);
            } else if (flags.contains(args[i]) && i + 1 < args.length) {
                parsed.values.put(args[i], args[++i]);
            } else {
                throw CosmodromeException.badValue("argument", args[i], "one of " + flags + " with a value"
                        + (switches.isEmpty() ? "" : ", or one of " + switches));
            }
        }
        for (String flag : required) {
            if (!parsed.values.containsKey(flag)) {
                throw CosmodromeException.missing(flag, "required");
            }
        }
        return parsed;
    }

    /** Runs a job's body and turns its error into the documented exit code (0 returns normally). */
    static void exitWith(String[] args, ToIntFunction<String[]> job) {
        int code;
        try {
            code = job.applyAsInt(args);
        } catch (CosmodromeException e) {
            System.err.println("error: " + e.getMessage());
            code = e.code().exitCode();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    String text(String flag) {
        return values.get(flag);
    }

    boolean has(String flag) {
        return values.containsKey(flag) || present.contains(flag);
    }

    double number(String flag, double fallback) {
        String text = values.get(flag);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw CosmodromeException.badValue(flag, text, "a number");
        }
    }

    /** {@code --days}: more than 0 and at most 30. */
    double days() {
        double days = number("--days", 1.0);
        if (!(days > 0.0 && days <= 30.0)) {
            throw CosmodromeException.badValue("--days", days, "more than 0 and at most 30 days");
        }
        return days;
    }

    /** {@code --from} as an ISO-8601 UTC instant. */
    Instant from() {
        try {
            return Instant.parse(values.get("--from"));
        } catch (DateTimeParseException e) {
            throw CosmodromeException.badValue("--from", values.get("--from"),
                    "ISO-8601 UTC, e.g. 2026-05-30T00:00:00Z");
        }
    }
}
