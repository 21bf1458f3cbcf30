package space.cosmodrome.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.junit.jupiter.api.BeforeAll;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Accesses;
import space.cosmodrome.access.Revisit;
import space.cosmodrome.access.Target;
import space.cosmodrome.coverage.Coverage;
import space.cosmodrome.coverage.Region;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.ConditionIntervals.Interval;

/**
 * Properties of a constellation's union of accesses on random satellites' intervals: the merged accesses are sorted
 * and disjoint and hold every member's; the longest stretch without access is never longer than any member's (so
 * neither is the longest gap between merged accesses); the region coverage of the union is never below any member's
 * and reached no later.
 *
 * <p>Note what does not hold: the gap between accesses as a single satellite's revisit counts it (edges of the span
 * left out) can exceed a member's, e.g. one member seeing the target twice a minute apart at the end of the span
 * while another sees it once at the start: its gap is a minute, the union's is the whole span. The comparable figure
 * is the longest stretch without access, span edges included.
 */
class UnionPropertiesTest {
    static final double SPAN_S = 86_400;
    static AbsoluteDate start;

    @BeforeAll
    static void data() {
        OrekitData.context();
        start = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
    }

    private static AbsoluteDate start() {
        if (start == null) {
            data();
        }
        return start;
    }

    /** @return a satellite's random sorted, disjoint intervals within the span */
    static List<Interval> intervals(Random random, int count) {
        List<Interval> out = new ArrayList<>();
        double t = random.nextDouble() * 3600;
        for (int i = 0; i < count && t < SPAN_S; i++) {
            double length = 30 + random.nextDouble() * 600;
            double end = Math.min(SPAN_S, t + length);
            out.add(new Interval(t, end, t == 0 || end == SPAN_S));
            t = end + 1 + random.nextDouble() * 20_000;
        }
        return out;
    }

    static List<Access> accesses(Target target, List<Interval> intervals) {
        return intervals.stream().map(i -> new Access(target, start().shiftedBy(i.startS()), start().shiftedBy(i.endS()), 0.1,
                i.truncated())).toList();
    }

    @Property(tries = 150, seed = "20261128")
    void mergedAccessesAreSortedDisjointAndNeverLeaveATargetUnseenLongerThanAnyMember(
            @ForAll @IntRange(min = 1, max = 6) int satellites, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        Target target = new Target("t", 0.8, 0.4);
        List<List<Access>> perSatellite = new ArrayList<>();
        for (int k = 0; k < satellites; k++) {
            perSatellite.add(accesses(target, intervals(random, random.nextInt(12))));
        }
        List<Access> merged = Unions.accesses(target, perSatellite);
        for (int i = 1; i < merged.size(); i++) {
            assertThat(merged.get(i).start().durationFrom(merged.get(i - 1).end())).isGreaterThan(0);
        }
        for (Access a : merged) {
            assertThat(a.end().durationFrom(a.start())).isGreaterThanOrEqualTo(0);
        }
        AbsoluteDate end = start().shiftedBy(SPAN_S);
        double union = Unions.longestWithoutAccessS(merged, start(), end);
        Revisit revisit = Accesses.revisit(target, merged, start());
        for (List<Access> member : perSatellite) {
            // every member access lies inside one merged access
            for (Access a : member) {
                boolean inside = merged.stream().anyMatch(m -> a.start().durationFrom(m.start()) >= 0 && m.end().durationFrom(a.end()) >= 0);
                assertThat(inside).as("access at %s inside a merged one", a.start()).isTrue();
            }
            double alone = Unions.longestWithoutAccessS(member, start(), end);
            assertThat(union).isLessThanOrEqualTo(alone + 1e-6);
            if (merged.size() >= 2) {
                assertThat(revisit.maxGapS()).isLessThanOrEqualTo(alone + 1e-6);
            }
            assertThat(revisit.count()).isLessThanOrEqualTo(perSatellite.stream().mapToInt(List::size).sum());
        }
        // total access time: at least any member's, at most the sum
        double total = merged.stream().mapToDouble(Access::durationS).sum();
        for (List<Access> member : perSatellite) {
            assertThat(total).isGreaterThanOrEqualTo(member.stream().mapToDouble(Access::durationS).sum() - 1e-6);
        }
    }

    @Property(tries = 40, seed = "20261128")
    void theUnionsCoverageIsNeverBelowAnyMembersNorLater(
            @ForAll @IntRange(min = 1, max = 5) int satellites, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Random random = new Random(seed);
        Region region = new Region("box", new double[] {Math.toRadians(40), Math.toRadians(40), Math.toRadians(45), Math.toRadians(45)},
                new double[] {Math.toRadians(10), Math.toRadians(15), Math.toRadians(15), Math.toRadians(10)}, Math.toRadians(1));
        int points = region.gridPoints().size();
        List<List<List<Interval>>> perSatellite = new ArrayList<>();
        for (int k = 0; k < satellites; k++) {
            List<List<Interval>> perPoint = new ArrayList<>();
            for (int j = 0; j < points; j++) {
                perPoint.add(random.nextInt(4) == 0 ? List.of() : intervals(random, random.nextInt(6)));
            }
            perSatellite.add(perPoint);
        }
        List<List<Interval>> union = new ArrayList<>();
        for (int j = 0; j < points; j++) {
            int point = j;
            union.add(Unions.intervals(perSatellite.stream().map(s -> s.get(point)).toList()));
        }
        RegionCoverage all = Coverage.fromIntervals(region, union);
        assertThat(all.coveredFraction()).isBetween(0.0, 1.0);
        for (List<List<Interval>> member : perSatellite) {
            RegionCoverage one = Coverage.fromIntervals(region, member);
            assertThat(all.coveredFraction()).isGreaterThanOrEqualTo(one.coveredFraction() - 1e-12);
            if (!Double.isNaN(one.timeToFirstS())) {
                assertThat(all.timeToFirstS()).isLessThanOrEqualTo(one.timeToFirstS());
            }
            if (!Double.isNaN(one.timeToFullS())) {
                assertThat(all.timeToFullS()).isLessThanOrEqualTo(one.timeToFullS());
            }
            for (double t = 0; t <= SPAN_S; t += 3600) {
                assertThat(all.fractionAt(t)).isGreaterThanOrEqualTo(one.fractionAt(t) - 1e-12);
            }
        }
        for (List<Interval> u : union) {
            for (int i = 1; i < u.size(); i++) {
                assertThat(u.get(i).startS()).isGreaterThan(u.get(i - 1).endS());
            }
        }
    }
}
