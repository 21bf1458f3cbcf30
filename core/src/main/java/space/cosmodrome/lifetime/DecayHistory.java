package space.cosmodrome.lifetime;

import java.util.List;

/**
 * How an orbit decays.
 *
 * @param durationS time to re-entry (s), or the horizon when the orbit outlives it
 * @param reentered whether the perigee reached the re-entry altitude within the horizon
 * @param points the history, at most {@link Decay#MAX_POINTS}, the first at time 0 and the last at {@code durationS}
 */
public record DecayHistory(double durationS, boolean reentered, List<DecayPoint> points) {
    public DecayHistory {
        points = List.copyOf(points);
    }

    /** @return the duration in Julian years (365.25 days) */
    public double durationYears() {
        return durationS / Decay.JULIAN_YEAR_S;
    }
}
