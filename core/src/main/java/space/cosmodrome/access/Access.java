package space.cosmodrome.access;

import org.orekit.time.AbsoluteDate;

/**
 * An interval in which the sensor can image a target.
 *
 * @param target the target
 * @param start first moment
 * @param end last moment
 * @param minOffNadirRad smallest off-nadir angle during the interval (rad), sampled every 1 s
 * @param truncated whether an edge of the analysis span cut it
 */
public record Access(Target target, AbsoluteDate start, AbsoluteDate end, double minOffNadirRad, boolean truncated) {
    /** @return end - start (s) */
    public double durationS() {
        return end.durationFrom(start);
    }
}
