package space.cosmodrome.constellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Target;
import space.cosmodrome.orbit.ConditionIntervals.Interval;

/**
 * Unions of access intervals over several satellites: sorted, disjoint, and intervals that overlap or touch
 * merged into one (two satellites seeing a target one after the other without a break give one access).
 */
public final class Unions {
    private Unions() {
    }

    /**
     * @param perSatellite each satellite's intervals (seconds from a common start)
     * @return their union, sorted by start, disjoint; an interval is truncated if any part of it was
     */
    public static List<Interval> intervals(List<List<Interval>> perSatellite) {
        List<Interval> all = new ArrayList<>();
        perSatellite.forEach(all::addAll);
        all.sort(Comparator.comparingDouble(Interval::startS));
        List<Interval> out = new ArrayList<>();
        Interval current = null;
        for (Interval i : all) {
            if (current == null || i.startS() > current.endS()) {
                if (current != null) {
                    out.add(current);
                }
                current = i;
            } else {
                current = new Interval(current.startS(), Math.max(current.endS(), i.endS()), current.truncated() || i.truncated());
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /**
     * @param target the target
     * @param perSatellite each satellite's accesses to it
     * @return the constellation's accesses to it: sorted, disjoint; the smallest off-nadir angle of the parts
     */
    public static List<Access> accesses(Target target, List<List<Access>> perSatellite) {
        List<Access> all = new ArrayList<>();
        perSatellite.forEach(all::addAll);
        all.sort(Comparator.comparing(Access::start));
        List<Access> out = new ArrayList<>();
        Access current = null;
        for (Access a : all) {
            if (current == null || a.start().compareTo(current.end()) > 0) {
                if (current != null) {
                    out.add(current);
                }
                current = new Access(target, a.start(), a.end(), a.minOffNadirRad(), a.truncated());
            } else {
                current = new Access(target, current.start(), a.end().compareTo(current.end()) > 0 ? a.end() : current.end(),
                        Math.min(current.minOffNadirRad(), a.minOffNadirRad()), current.truncated() || a.truncated());
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /**
     * The longest stretch of the span without an access, the span's edges included (before the first access,
     * between accesses, after the last); the whole span without any access. Unlike the gap between accesses,
     * this never grows when satellites are added.
     *
     * @param accesses sorted, disjoint accesses
     * @param start the span's start
     * @param end the span's end
     * @return the longest stretch (s)
     */
    public static double longestWithoutAccessS(List<Access> accesses, AbsoluteDate start, AbsoluteDate end) {
        double longest = 0;
        AbsoluteDate free = start;
        for (Access a : accesses) {
            longest = Math.max(longest, a.start().durationFrom(free));
            if (a.end().compareTo(free) > 0) {
                free = a.end();
            }
        }
        return Math.max(longest, end.durationFrom(free));
    }

    /**
     * @param intervals [start, end] pairs, in any order, overlapping or not
     * @return the length of their union (s): overlaps counted once
     */
    public static double lengthS(List<AbsoluteDate[]> intervals) {
        List<AbsoluteDate[]> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> a[0].compareTo(b[0]));
        double total = 0;
        AbsoluteDate start = null;
        AbsoluteDate end = null;
        for (AbsoluteDate[] i : sorted) {
            if (end == null || i[0].compareTo(end) > 0) {
                if (end != null) {
                    total += end.durationFrom(start);
                }
                start = i[0];
                end = i[1];
            } else if (i[1].compareTo(end) > 0) {
                end = i[1];
            }
        }
        if (end != null) {
            total += end.durationFrom(start);
        }
        return total;
    }
}
