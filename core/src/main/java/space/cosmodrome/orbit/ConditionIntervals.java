package space.cosmodrome.orbit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;

/**
 * The intervals in which a condition g is positive over an {@link EarthFixedTrack}: g is read at every sample,
 * and where its sign changes between two samples the time is refined, either by a bracketing root solver on the
 * exact g (to {@link #ACCURACY_S}) or, without one, by linear interpolation between the two samples.
 */
public final class ConditionIntervals {
    /** Accuracy of refined times (s). */
    public static final double ACCURACY_S = 1e-3;

    private ConditionIntervals() {
    }

    /**
     * One interval, in seconds from the track's start.
     *
     * @param startS start (s)
     * @param endS end (s)
     * @param truncated whether the track's start or end cut it
     */
    public record Interval(double startS, double endS, boolean truncated) {
    }

    /**
     * @param track the samples
     * @param sampled g at sample i; only its sign matters where exact is given
     * @param exact g at a time from the start (s), or null to interpolate the samples linearly
     * @return the intervals where g &gt; 0, in time order
     */
    public static List<Interval> find(EarthFixedTrack track, IntToDoubleFunction sampled, DoubleUnaryOperator exact) {
        List<Interval> out = new ArrayList<>();
        int n = track.size();
        double previous = sampled.applyAsDouble(0);
        double start = previous > 0 ? 0 : Double.NaN;
        boolean truncated = previous > 0;
        for (int i = 1; i < n; i++) {
            double g = sampled.applyAsDouble(i);
            if ((g > 0) != (previous > 0)) {
                double t = edge(track.timeS(i - 1), previous, track.timeS(i), g, exact);
                if (g > 0) {
                    start = t;
                    truncated = false;
                } else {
                    out.add(new Interval(start, t, truncated));
                    start = Double.NaN;
                }
            }
            previous = g;
        }
        if (!Double.isNaN(start)) {
            out.add(new Interval(start, track.durationS(), true));
        }
        return out;
    }

    private static double edge(double t0, double g0, double t1, double g1, DoubleUnaryOperator exact) {
        double linear = t0 + (t1 - t0) * g0 / (g0 - g1);
        if (!Double.isFinite(linear)) {
            linear = (t0 + t1) / 2;
        }
        if (exact == null) {
            return Math.max(t0, Math.min(t1, linear));
        }
        double e0 = exact.applyAsDouble(t0);
        double e1 = exact.applyAsDouble(t1);
        if ((e0 > 0) == (e1 > 0)) {
            // the exact condition does not change sign here (a grazing touch between samples): keep the estimate
            return Math.max(t0, Math.min(t1, linear));
        }
        try {
            return new BracketingNthOrderBrentSolver(ACCURACY_S, 5).solve(100, exact::applyAsDouble, t0, t1, linear);
        } catch (MathRuntimeException ex) {
            return linear;
        }
    }
}
