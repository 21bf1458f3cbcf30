package space.cosmodrome.conjunction;

/**
 * What each stage of a screening kept, for performance reports and sanity checks.
 *
 * @param objects element sets given
 * @param objectsScreened objects left after the perigee/apogee filter and without an SGP4 error at epoch
 * @param objectsFailed objects whose element set SGP4 rejects at epoch (left out)
 * @param pairsTotal pairs to screen before any filter (all against all, or primaries against the rest)
 * @param pairsAfterPerigeeApogee pairs whose radial bands overlap within the threshold
 * @param steps coarse time steps
 * @param gridPairs pairs within the grid pad, summed over steps
 * @param linearPairs pairs left after the linear-motion bound, summed over steps (refined on exact SGP4)
 * @param conjunctions close approaches found
 * @param seconds wall-clock time of the screening (s)
 * @param propagationSeconds wall-clock time spent in batch SGP4 (s)
 */
public record ScreeningStatistics(int objects, int objectsScreened, int objectsFailed, long pairsTotal,
        long pairsAfterPerigeeApogee, int steps, long gridPairs, long linearPairs, int conjunctions, double seconds,
        double propagationSeconds) {
}
