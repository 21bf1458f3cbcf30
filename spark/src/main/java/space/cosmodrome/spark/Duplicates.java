package space.cosmodrome.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges the approaches that two tasks found because they lie near the border of a time slice or a radial shell.
 * Two approaches of the same pair are one when their times of closest approach differ by at most
 * {@value #SAME_APPROACH_S} s: two tasks screen the same pair on the same time grid, so they find the same
 * minimum to within the search tolerance (10 µs), or to some 0.2 s for the slowest encounters whose range is flat
 * at the minimum; two distinct minima of one pair are separated by a maximum of the range, which takes far
 * longer (a fraction of the relative orbit). The one with the smaller miss distance is kept.
 */
public final class Duplicates {
    /** Largest difference of times of closest approach of one approach found twice (s). */
    public static final double SAME_APPROACH_S = 2.0;

    private Duplicates() {
    }

    /**
     * @param found approaches of one pair, or of several
     * @return each approach once, sorted by pair then time
     */
    public static List<FoundConjunction> merge(Iterable<FoundConjunction> found) {
        List<FoundConjunction> all = new ArrayList<>();
        found.forEach(all::add);
        all.sort(Comparator.comparingLong(FoundConjunction::pairKey).thenComparingDouble(FoundConjunction::tcaSeconds));
        List<FoundConjunction> out = new ArrayList<>();
        for (FoundConjunction c : all) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).pairKey() == c.pairKey()
                    && c.tcaSeconds() - out.get(last).tcaSeconds() <= SAME_APPROACH_S) {
                if (c.missDistanceKm() < out.get(last).missDistanceKm()) {
                    out.set(last, c);
                }
                continue;
            }
            out.add(c);
        }
        return out;
    }
}
