package space.cosmodrome.coverage;

import java.util.List;

/**
 * The coverage of one region over an analysis span. Fractions are of the region's area: each grid point
 * stands for cos(latitude) of it.
 *
 * @param region the region
 * @param points every grid point, in the region's grid order
 * @param coveredFraction share of the area seen at least once by the span's end, 0 to 1
 * @param timeToFirstS time from the span's start to the first access of any point (s), NaN if none is seen
 * @param timeToFullS time from the span's start until every point has been seen (s), NaN if some point never is
 * @param curve the cumulative covered fraction over time: one step per time it grows, in time order
 * @param meanRevisitS area-weighted mean of the points' mean gaps (s), over points seen at least twice; NaN if none
 * @param maxRevisitS longest gap of any point (s), NaN if no point is seen twice
 */
public record RegionCoverage(Region region, List<PointCoverage> points, double coveredFraction, double timeToFirstS,
                             double timeToFullS, List<Step> curve, double meanRevisitS, double maxRevisitS) {
    /**
     * One step of the cumulative coverage.
     *
     * @param timeS time from the span's start (s)
     * @param fraction share of the area seen at least once by then, 0 to 1
     */
    public record Step(double timeS, double fraction) {
    }

    /** @return the share of the area seen at least once by a time from the span's start (s) */
    public double fractionAt(double timeS) {
        double f = 0;
        for (Step s : curve) {
            if (s.timeS() > timeS) {
                break;
            }
            f = s.fraction();
        }
        return f;
    }
}
