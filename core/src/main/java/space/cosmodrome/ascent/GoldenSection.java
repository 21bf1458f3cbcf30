package space.cosmodrome.ascent;

import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Golden-section search for the largest value of a function on an interval, as the ascent's one-dimensional
 * searches use it (coast, insertion anomaly, transfer perigee, kick, kick-stage pitch): a fixed number of
 * narrowings, each costing one evaluation (one or more flights), then the better of the last two interior points.
 */
final class GoldenSection {
    private static final double RATIO = (Math.sqrt(5) - 1) / 2;

    private GoldenSection() {
    }

    /**
     * @param x the better of the last two interior points (the lower one on a tie)
     * @param value the larger of their two scores ({@link Math#max}, so NaN when either is)
     * @param result what the evaluation returned at {@code x}
     */
    record Best<T>(double x, double value, T result) {
    }

    /**
     * @param lo lower end of the interval
     * @param hi upper end
     * @param iterations narrowings after the first two evaluations
     * @param evaluate what a point gives (e.g. a flight's outcome)
     * @param score how good that is: the search keeps the larger
     * @return the best point found
     */
    static <T> Best<T> maximize(double lo, double hi, int iterations, DoubleFunction<T> evaluate, ToDoubleFunction<T> score) {
        double c = hi - RATIO * (hi - lo);
        double d = lo + RATIO * (hi - lo);
        T rc = evaluate.apply(c);
        T rd = evaluate.apply(d);
        double fc = score.applyAsDouble(rc);
        double fd = score.applyAsDouble(rd);
        for (int i = 0; i < iterations; i++) {
            if (fc >= fd) {
                hi = d;
                d = c;
                rd = rc;
                fd = fc;
                c = hi - RATIO * (hi - lo);
                rc = evaluate.apply(c);
                fc = score.applyAsDouble(rc);
            } else {
                lo = c;
                c = d;
                rc = rd;
                fc = fd;
                d = lo + RATIO * (hi - lo);
                rd = evaluate.apply(d);
                fd = score.applyAsDouble(rd);
            }
        }
        return fc >= fd ? new Best<>(c, Math.max(fc, fd), rc) : new Best<>(d, Math.max(fc, fd), rd);
    }

    /** The same for a function whose value is its score. */
    static Best<Double> maximize(double lo, double hi, int iterations, DoubleUnaryOperator f) {
        return maximize(lo, hi, iterations, x -> f.applyAsDouble(x), Double::doubleValue);
    }
}
