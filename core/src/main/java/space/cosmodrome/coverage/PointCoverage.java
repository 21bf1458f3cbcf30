package space.cosmodrome.coverage;

/**
 * How one grid point of a region is seen.
 *
 * @param point the grid point
 * @param accessCount number of accesses
 * @param firstAccessS start of the first access from the span's start (s), NaN without one
 * @param totalAccessS summed access time (s)
 * @param meanGapS mean time from the end of one access to the start of the next (s), NaN with fewer than two
 * @param maxGapS longest such gap (s), NaN with fewer than two
 */
public record PointCoverage(Region.GridPoint point, int accessCount, double firstAccessS, double totalAccessS,
                            double meanGapS, double maxGapS) {
    /** @return whether the point was seen at least once */
    public boolean covered() {
        return accessCount > 0;
    }
}
