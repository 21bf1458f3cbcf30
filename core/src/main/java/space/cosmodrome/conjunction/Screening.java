package space.cosmodrome.conjunction;

import java.util.List;

import org.orekit.time.AbsoluteDate;

/**
 * The result of a screening.
 *
 * @param start first date screened
 * @param end last date screened
 * @param options the options used
 * @param conjunctions close approaches, sorted by time of closest approach then catalog numbers
 * @param statistics pair counts after each filter and timings
 */
public record Screening(AbsoluteDate start, AbsoluteDate end, ScreeningOptions options, List<Conjunction> conjunctions,
        ScreeningStatistics statistics) {

    /** Makes the list unmodifiable. */
    public Screening {
        conjunctions = List.copyOf(conjunctions);
    }
}
