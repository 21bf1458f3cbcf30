package space.cosmodrome.tle;

import java.util.List;

import space.cosmodrome.error.CosmodromeException;

/**
 * What a {@link TleReader} got from one file: the element sets in file order and, in lenient mode, the entries it
 * skipped with the reason for each.
 *
 * @param fileName name of the file as given to the reader (used in error messages)
 * @param elementSets element sets read, in file order
 * @param skipped one error per entry skipped (empty in strict mode, which throws the first one instead)
 */
public record TleFile(String fileName, List<TleElements> elementSets, List<CosmodromeException> skipped) {

    /** Makes the lists unmodifiable. */
    public TleFile {
        elementSets = List.copyOf(elementSets);
        skipped = List.copyOf(skipped);
    }

    /** @return number of entries skipped in lenient mode */
    public int skippedCount() {
        return skipped.size();
    }
}
