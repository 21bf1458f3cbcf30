package space.cosmodrome.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.orekit.bodies.OneAxisEllipsoid;

import space.cosmodrome.access.GroundPoint;
import space.cosmodrome.access.SensorLimits;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.ConditionIntervals;
import space.cosmodrome.orbit.EarthFixedTrack;

/**
 * Region coverage: every grid point of a {@link Region} is tested with the same access condition as a target
 * ({@link GroundPoint}: off-nadir limit, satellite elevation, Sun elevation) at every sample of an
 * {@link EarthFixedTrack}; access edges are interpolated linearly between samples (a few hundredths of the step
 * off, not refined on the ephemeris as target accesses are, since a region has hundreds of points).
 */
public final class Coverage {
    private Coverage() {
    }

    /**
     * @param track the sampled trajectory
     * @param regions the regions
     * @param limits the sensor limits
     * @return one coverage per region, in order
     */
    public static List<RegionCoverage> find(EarthFixedTrack track, List<Region> regions, SensorLimits limits) {
        OneAxisEllipsoid earth = Bodies.earth();
        List<RegionCoverage> out = new ArrayList<>();
        for (Region region : regions) {
            out.add(region(track, earth, region, limits));
        }
        return List.copyOf(out);
    }

    /**
     * The access intervals of every grid point, for callers that combine several satellites' (a constellation
     * covers a point whenever any of its satellites does).
     *
     * @param track the sampled trajectory
     * @param region the region
     * @param limits the sensor limits
     * @return per grid point (in the region's grid order), its access intervals in time order
     */
    public static List<List<ConditionIntervals.Interval>> intervals(EarthFixedTrack track, Region region, SensorLimits limits) {
        OneAxisEllipsoid earth = Bodies.earth();
        List<List<ConditionIntervals.Interval>> out = new ArrayList<>();
        for (Region.GridPoint p : region.gridPoints()) {
            GroundPoint ground = new GroundPoint(earth, p.latitudeRad(), p.longitudeRad(), limits);
            out.add(ConditionIntervals.find(track, i -> ground.sampled(track, i), null));
        }
        return out;
    }

    private static RegionCoverage region(EarthFixedTrack track, OneAxisEllipsoid earth, Region region, SensorLimits limits) {
        return fromIntervals(region, intervals(track, region, limits));
    }

    /**
     * @param region the region
     * @param perPoint per grid point (in the region's grid order), its access intervals: sorted and disjoint
     * @return the region's coverage
     */
    public static RegionCoverage fromIntervals(Region region, List<List<ConditionIntervals.Interval>> perPoint) {
        List<PointCoverage> points = new ArrayList<>();
        for (int j = 0; j < perPoint.size(); j++) {
            Region.GridPoint p = region.gridPoints().get(j);
            List<ConditionIntervals.Interval> intervals = perPoint.get(j);
            double total = 0;
            double gapSum = 0;
            double gapMax = Double.NaN;
            for (int k = 0; k < intervals.size(); k++) {
                total += intervals.get(k).endS() - intervals.get(k).startS();
                if (k > 0) {
                    double gap = intervals.get(k).startS() - intervals.get(k - 1).endS();
                    gapSum += gap;
                    gapMax = Double.isNaN(gapMax) ? gap : Math.max(gapMax, gap);
                }
            }
            int n = intervals.size();
            points.add(new PointCoverage(p, n, n == 0 ? Double.NaN : intervals.get(0).startS(), total,
                    n < 2 ? Double.NaN : gapSum / (n - 1), gapMax));
        }
        return summarise(region, points);
    }

    /** Builds the region's figures from its points' (package-private for tests). */
    static RegionCoverage summarise(Region region, List<PointCoverage> points) {
        List<PointCoverage> seen = new ArrayList<>(points.stream().filter(PointCoverage::covered).toList());
        seen.sort(Comparator.comparingDouble(PointCoverage::firstAccessS));
        List<RegionCoverage.Step> curve = new ArrayList<>();
        double fraction = 0;
        for (PointCoverage p : seen) {
            fraction += p.point().weight();
            double f = Math.min(1, fraction);
            if (!curve.isEmpty() && curve.get(curve.size() - 1).timeS() == p.firstAccessS()) {
                curve.set(curve.size() - 1, new RegionCoverage.Step(p.firstAccessS(), f));
            } else {
                curve.add(new RegionCoverage.Step(p.firstAccessS(), f));
            }
        }
        double first = seen.isEmpty() ? Double.NaN : seen.get(0).firstAccessS();
        double full = seen.size() == points.size() && !seen.isEmpty() ? seen.get(seen.size() - 1).firstAccessS() : Double.NaN;
        double weighted = 0;
        double weights = 0;
        double max = Double.NaN;
        for (PointCoverage p : points) {
            if (p.accessCount() >= 2) {
                weighted += p.point().weight() * p.meanGapS();
                weights += p.point().weight();
                max = Double.isNaN(max) ? p.maxGapS() : Math.max(max, p.maxGapS());
            }
        }
        return new RegionCoverage(region, List.copyOf(points), seen.size() == points.size() ? 1.0 : Math.min(1, fraction),
                first, full, List.copyOf(curve), weights > 0 ? weighted / weights : Double.NaN, max);
    }
}
