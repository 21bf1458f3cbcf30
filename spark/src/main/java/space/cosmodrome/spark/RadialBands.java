package space.cosmodrome.spark;

import java.util.List;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.conjunction.ConjunctionScreener;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.tle.TleElements;

/**
 * The distance from the Earth's centre that each object can have over the whole span, as in the core screener's
 * perigee/apogee filter: the perigee-apogee range of the mean elements and of the osculating orbits at the start
 * and end of the span, widened by {@link ConjunctionScreener#BAND_MARGIN_KM} km. Used to put objects into radial
 * shells: an object whose band misses a shell (by more than the threshold) cannot meet anybody there.
 */
public final class RadialBands {
    /** Earth gravitational parameter of WGS-72, SGP4's constants (km³/s²). */
    private static final double MU = 398600.8;

    private RadialBands() {
    }

    /**
     * The bands of a catalog.
     *
     * @param lo lowest distance per object (km); NaN for an object SGP4 rejects at epoch or at the start (left out,
     *        as the single-machine screener does)
     * @param hi highest distance per object (km); +infinity for an unbound osculating orbit
     * @param rejected number of element sets SGP4 rejects at epoch
     */
    public record Bands(double[] lo, double[] hi, int rejected) {
    }

    /**
     * @param sets element sets
     * @param start first date
     * @param spanSeconds span (s)
     * @return the band of each object
     */
    public static Bands of(List<TleElements> sets, AbsoluteDate start, double spanSeconds) {
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        int n = sets.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] s = new double[6];
        int rejected = 0;
        for (int i = 0; i < n; i++) {
            TleElements set = sets.get(i);
            lo[i] = Double.NaN;
            hi[i] = Double.NaN;
            if (sgp4.initializationError(i) != Sgp4Errors.NONE) {
                rejected++;
                continue;
            }
            double a = Math.cbrt(MU / (set.meanMotionRadPerS() * set.meanMotionRadPerS()));
            double qMin = a * (1.0 - set.eccentricity());
            double qMax = a * (1.0 + set.eccentricity());
            boolean ok = true;
            for (double t : new double[] {0.0, spanSeconds}) {
                int code = sgp4.propagateOne(i, (t - set.epoch().durationFrom(start)) / 60.0, s);
                if (code != Sgp4Errors.NONE) {
                    ok &= !(t == 0.0 && code != Sgp4Errors.DECAYED);
                    continue;
                }
                double r = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
                double v2 = s[3] * s[3] + s[4] * s[4] + s[5] * s[5];
                double energy = v2 / 2.0 - MU / r;
                qMin = Math.min(qMin, r);
                qMax = Math.max(qMax, r);
                if (energy >= 0.0) {
                    qMax = Double.POSITIVE_INFINITY;
                    continue;
                }
                double sma = -MU / (2.0 * energy);
                double hx = s[1] * s[5] - s[2] * s[4];
                double hy = s[2] * s[3] - s[0] * s[5];
                double hz = s[0] * s[4] - s[1] * s[3];
                double e = Math.sqrt(Math.max(0.0, 1.0 - (hx * hx + hy * hy + hz * hz) / (MU * sma)));
                qMin = Math.min(qMin, sma * (1.0 - e));
                qMax = Math.max(qMax, sma * (1.0 + e));
            }
            if (ok) {
                lo[i] = qMin - ConjunctionScreener.BAND_MARGIN_KM;
                hi[i] = qMax + ConjunctionScreener.BAND_MARGIN_KM;
            }
        }
        return new Bands(lo, hi, rejected);
    }
}
