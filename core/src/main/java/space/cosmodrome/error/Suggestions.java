package space.cosmodrome.error;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Nearest known names for a misspelled one, for the "did you mean" part of an error. */
public final class Suggestions {
    private Suggestions() {
    }

    /** @return the known names sorted by closeness to the one given (case-insensitive), at most {@code limit} */
    public static List<String> nearest(String given, Collection<String> known, int limit) {
        String wanted = given == null ? "" : given.toLowerCase(Locale.ROOT);
        return known.stream()
                .sorted(Comparator.comparingInt((String k) -> distance(wanted, k.toLowerCase(Locale.ROOT))).thenComparing(k -> k))
                .limit(limit).collect(Collectors.toList());
    }

    /** Levenshtein distance, shortened when one name contains the other. */
    public static int distance(String a, String b) {
        if (b.contains(a) || a.contains(b)) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
