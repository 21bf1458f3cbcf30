package space.cosmodrome.tracking;

import java.util.ArrayList;
import java.util.List;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.tle.TleElements;

/**
 * Element sets asked about far from their epoch. SGP4's errors grow by roughly a kilometre a day for low orbits,
 * and an element set weeks old no longer says where the object is.
 */
public final class EpochCheck {
    /** Distance from epoch past which a warning is due (days). */
    public static final double DEFAULT_MAX_DAYS = 30.0;

    private EpochCheck() {
    }

    /**
     * @param sets element sets
     * @param from first date asked
     * @param to last date asked
     * @param maxDays largest distance from epoch accepted without warning (days)
     * @return the sets whose epoch is more than {@code maxDays} from {@code from} or {@code to}, in input order
     */
    public static List<TleElements> farFromEpoch(List<TleElements> sets, AbsoluteDate from, AbsoluteDate to,
            double maxDays) {
        List<TleElements> far = new ArrayList<>();
        for (TleElements set : sets) {
            if (daysFromEpoch(set, from, to) > maxDays) {
                far.add(set);
            }
        }
        return far;
    }

    /** @return the larger distance (days) of {@code from} and {@code to} from the set's epoch */
    public static double daysFromEpoch(TleElements set, AbsoluteDate from, AbsoluteDate to) {
        return Math.max(Math.abs(from.durationFrom(set.epoch())), Math.abs(to.durationFrom(set.epoch()))) / 86400.0;
    }

    /**
     * @param far the sets found by {@link #farFromEpoch}
     * @param from first date asked
     * @param to last date asked
     * @param maxDays the limit used
     * @return one line for standard error, or null when nothing is far
     */
    public static String warning(List<TleElements> far, AbsoluteDate from, AbsoluteDate to, double maxDays) {
        if (far.isEmpty()) {
            return null;
        }
        TleElements worst = far.get(0);
        for (TleElements set : far) {
            if (daysFromEpoch(set, from, to) > daysFromEpoch(worst, from, to)) {
                worst = set;
            }
        }
        return String.format(java.util.Locale.ROOT,
                "%d element set%s used more than %.0f days from %s epoch (worst: %d at %.1f days); SGP4 positions"
                        + " degrade quickly past a few weeks", far.size(), far.size() == 1 ? " is" : "s are", maxDays,
                far.size() == 1 ? "its" : "their", worst.catalogNumber(), daysFromEpoch(worst, from, to));
    }
}
