package space.cosmodrome.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.conjunction.Conjunction;
import space.cosmodrome.conjunction.ConjunctionScreener;
import space.cosmodrome.conjunction.Screening;
import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.tle.TleElements;

/**
 * One task: the core screener on the objects of one radial shell over one time slice and its margins, one thread;
 * the approaches the task owns. Plain Java, so that it runs the same in a Spark executor and in a test.
 */
public final class SliceScreening {
    private SliceScreening() {
    }

    /** What one task found, with the core's counters. */
    public record Result(List<FoundConjunction> found, long gridPairs, long linearPairs, double propagationSeconds) {
    }

    /**
     * @param in the broadcast input
     * @param slice time slice
     * @param shell radial shell
     * @return the approaches of this (slice, shell), times relative to the start of the whole span
     */
    public static Result run(ScreeningInput in, int slice, int shell) {
        OrekitDataOnExecutors.ensureLoaded();
        List<TleElements> all = in.sets();
        ScreeningPlan plan = in.plan();
        int[] members = plan.members(shell);
        List<TleElements> sets = new ArrayList<>(members.length);
        Set<Integer> primaries = new HashSet<>();
        for (int i : members) {
            TleElements s = all.get(i);
            sets.add(s);
            if (in.primaries().contains(s.catalogNumber())) {
                primaries.add(s.catalogNumber());
            }
        }
        if (sets.size() < 2 || (!in.primaries().isEmpty() && primaries.isEmpty())) {
            return new Result(List.of(), 0, 0, 0.0);
        }
        AbsoluteDate start = in.startDate();
        double from = plan.runFrom(slice);
        double to = plan.runTo(slice);
        ScreeningOptions options = new ScreeningOptions(in.thresholdKm(), in.stepSeconds(), 1);
        Screening screening = ConjunctionScreener.of(sets).screen(start.shiftedBy(from), to - from, options,
                primaries, ConjunctionScreener.Progress.NONE);
        List<FoundConjunction> found = new ArrayList<>();
        for (Conjunction c : screening.conjunctions()) {
            FoundConjunction f = FoundConjunction.of(c, start);
            if (plan.owns(slice, shell, f.tcaSeconds(), f.midpointKm())) {
                found.add(f);
            }
        }
        return new Result(found, screening.statistics().gridPairs(), screening.statistics().linearPairs(),
                screening.statistics().propagationSeconds());
    }
}
