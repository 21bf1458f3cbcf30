package space.cosmodrome.conjunction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import space.cosmodrome.tle.TleElements;

/**
 * A catalog ready to screen: one element set per catalog number.
 *
 * @param sets the element sets kept, in first-seen order of their catalog numbers
 * @param duplicates catalog numbers that appeared more than once (the newest epoch was kept), in order
 */
public record ScreeningCatalog(List<TleElements> sets, List<Integer> duplicates) {

    /** Makes the lists unmodifiable. */
    public ScreeningCatalog {
        sets = List.copyOf(sets);
        duplicates = List.copyOf(duplicates);
    }

    /**
     * @param sets element sets, possibly several per catalog number
     * @return one set per catalog number, the one with the newest epoch (the first one on a tie)
     */
    public static ScreeningCatalog deduplicate(List<TleElements> sets) {
        Map<Integer, TleElements> kept = new LinkedHashMap<>();
        Map<Integer, Boolean> duplicate = new LinkedHashMap<>();
        for (TleElements set : sets) {
            TleElements old = kept.get(set.catalogNumber());
            if (old == null) {
                kept.put(set.catalogNumber(), set);
            } else {
                duplicate.put(set.catalogNumber(), Boolean.TRUE);
                if (set.epoch().isAfter(old.epoch())) {
                    kept.put(set.catalogNumber(), set);
                }
            }
        }
        return new ScreeningCatalog(new ArrayList<>(kept.values()), new ArrayList<>(duplicate.keySet()));
    }
}
