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
 */
public record Revisit(Target target, int count, double totalAccessS, double meanGapS, double maxGapS, AbsoluteDate firstAccess) {
}
