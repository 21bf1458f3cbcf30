package space.cosmodrome.access;

import java.util.List;

/**
 * Accesses over an analysis span.
 *
 * @param accesses all accesses of all targets, sorted by start
 * @param revisits one per target, in the order the targets were given
 */
public record AccessReport(List<Access> accesses, List<Revisit> revisits) {
    /** @return the summed access time of all targets (s) */
    public double totalDurationS() {
        return accesses.stream().mapToDouble(Access::durationS).sum();
    }
}
