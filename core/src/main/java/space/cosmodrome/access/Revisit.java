package space.cosmodrome.access;

import org.orekit.time.AbsoluteDate;

/**
 * How often a target is seen. A gap runs from the end of one access to the start of the next; the span
 * before the first access and after the last one do not count as gaps.
 *
 * @param target the target
 * @param count number of accesses
 * @param totalAccessS summed access time (s)
 * @param meanGapS mean gap (s), NaN with fewer than two accesses
 * @param maxGapS longest gap (s), NaN with fewer than two accesses
 * @param firstAccess start of the first access, null without one
 * @param meanResponseS mean time from a request to the start of the next access (s), for requests made uniformly
 *        between the span's start and the start of the last access, 0 for a request made during an access; NaN
 *        without an access: Σ g²/2 / T over the waits g (the gaps, and the wait from the span's start to the first
 *        access) and T the time from the span's start to the start of the last access
 * @param maxResponseS the longest of those waits (s), NaN without an access
 */
public record Revisit(Target target, int count, double totalAccessS, double meanGapS, double maxGapS, AbsoluteDate firstAccess,
                      double meanResponseS, double maxResponseS) {
}
