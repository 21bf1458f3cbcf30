package space.cosmodrome.spark;

import java.util.Arrays;
import java.util.List;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.conjunction.ConjunctionScreener;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.tle.TleElements;

/**
 * The distance from the Earth's centre that each object can have over the whole span, computed by the core
 * screener's own perigee/apogee filter ({@link ConjunctionScreener#radialBand}). Used to put objects into radial
 * shells: an object whose band misses a shell (by more than the threshold) cannot meet anybody there.
 */
public final class RadialBands {
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
        BatchSgp4.Cursor cursor = sgp4.cursor();
        int n = sets.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(lo, Double.NaN);
        Arrays.fill(hi, Double.NaN);
        int rejected = 0;
        for (int i = 0; i < n; i++) {
            if (sgp4.initializationError(i) != Sgp4Errors.NONE) {
                rejected++;
                continue;
            }
            ConjunctionScreener.radialBand(sets.get(i), cursor, i, start, spanSeconds, lo, hi);
        }
        return new Bands(lo, hi, rejected);
    }
}
