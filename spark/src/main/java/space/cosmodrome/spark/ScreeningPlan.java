package space.cosmodrome.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.error.CosmodromeException;

/**
 * How one screening is cut into Spark tasks: time slices times radial shells.
 *
 * <p><b>Time slices.</b> Slice {@code i} owns the times {@code [i L, (i + 1) L]} from the start, {@code L} a whole
 * number of coarse steps. Its task screens the longer window {@code [i L - M, (i + 1) L + M]} (clipped to the span),
 * starting on a coarse step of the whole span, so that its steps, range-rate samples and minimum searches fall where
 * those of a single-machine run fall; {@code M} covers the owner tolerance, two step windows and the farthest the
 * core's minimum search moves (30 sub-steps of at most 10 s). The task keeps the approaches whose time of closest
 * approach lies in what it owns, widened by one coarse step.</p>
 *
 * <p><b>Radial shells.</b> Shell {@code j} owns the distances {@code [b_j, b_(j+1))} from the Earth's centre;
 * an approach belongs to the shell holding the midpoint of the two objects at closest approach. Both objects are
 * then within D/2 of that point, so both have radial bands ({@link RadialBands}) that reach the shell widened by
 * D: those are the shell's objects. Shells, unlike cubic cells, do not change during the span, so the split is
 * made once. The borders {@code b_j} are quantiles of the objects' band centres (so that the shells hold similar
 * numbers of objects), kept at least a minimum thickness apart; the last shell reaches to infinity. An object enters
 * every shell its band reaches: thin shells repeat the work on the objects near their borders, and fixed-width shells
 * would repeat every eccentric orbit in dozens of shells, hence quantiles and one open-ended outer shell. The task
 * keeps the approaches whose midpoint lies in its shell widened by {@value #SHELL_TOLERANCE_KM} km.</p>
 *
 * <p>The widenings make an approach on or near a border come out of two tasks; {@link Duplicates} merges them, so
 * it is reported once.</p>
 */
public final class ScreeningPlan implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Default length of a time slice (h). */
    public static final double DEFAULT_SLICE_HOURS = 6.0;
    /** Largest number of radial shells chosen automatically (fewer when the minimum thickness merges some). */
    public static final int MAX_AUTO_SHELLS = 8;
    /** Default smallest thickness of a radial shell (km). */
    public static final double DEFAULT_MIN_SHELL_KM = 200.0;
    /** Widening of a shell for ownership (km). */
    static final double SHELL_TOLERANCE_KM = 1.0;
    /** How far the core's minimum search can move from the sample where the range rate changes sign (s). */
    static final double SEARCH_REACH_S = 30 * ScreeningOptions.MAX_SUB_STEP_SECONDS;

    private final double spanSeconds;
    private final double stepSeconds;
    private final double sliceSeconds;
    private final double marginSeconds;
    private final int slices;
    private final double[] borders;
    private final int[][] shellMembers;

    private ScreeningPlan(double spanSeconds, double stepSeconds, double sliceSeconds, double marginSeconds,
            double[] borders, int[][] shellMembers) {
        this.spanSeconds = spanSeconds;
        this.stepSeconds = stepSeconds;
        this.sliceSeconds = sliceSeconds;
        this.marginSeconds = marginSeconds;
        this.slices = (int) Math.ceil(spanSeconds / sliceSeconds - 1e-9);
        this.borders = borders;
        this.shellMembers = shellMembers;
    }

    /**
     * @param spanSeconds span (s)
     * @param options threshold and coarse step
     * @param sliceHours length of a time slice (h), rounded to whole coarse steps (at least one)
     * @param shells number of radial shells wanted
     * @param minShellKm smallest thickness of a shell (km); borders closer than that are dropped
     * @param bands the radial band of each object
     * @return the plan
     */
    public static ScreeningPlan of(double spanSeconds, ScreeningOptions options, double sliceHours, int shells,
            double minShellKm, RadialBands.Bands bands) {
        if (!(sliceHours > 0.0 && sliceHours <= 24.0 * 366)) {
            throw CosmodromeException.badValue("sliceHours", sliceHours, "more than 0 h");
        }
        if (shells < 1 || shells > 10_000) {
            throw CosmodromeException.badValue("shells", shells, "1 to 10000");
        }
        if (!(minShellKm >= 10.0 && minShellKm <= 1.0e6)) {
            throw CosmodromeException.badValue("minShellKm", minShellKm, "10 km or more");
        }
        double step = options.stepSeconds();
        double slice = Math.max(1, Math.round(sliceHours * 3600.0 / step)) * step;
        double reach = step + 2.0 * step + SEARCH_REACH_S + step;
        double margin = Math.ceil(reach / step) * step;

        double[] lo = bands.lo();
        double[] hi = bands.hi();
        double[] centres = IntStream.range(0, lo.length).filter(i -> !Double.isNaN(lo[i]))
                .mapToDouble(i -> Double.isFinite(hi[i]) ? 0.5 * (lo[i] + hi[i]) : lo[i]).sorted().toArray();
        List<Double> cuts = new ArrayList<>();
        cuts.add(0.0);
        for (int k = 1; k < shells && centres.length > 0; k++) {
            double q = centres[(int) ((long) k * centres.length / shells)];
            if (q - cuts.get(cuts.size() - 1) >= minShellKm) {
                cuts.add(q);
            }
        }
        double[] borders = cuts.stream().mapToDouble(Double::doubleValue).toArray();
        double pad = options.thresholdKm() + SHELL_TOLERANCE_KM;
        int[][] members = new int[borders.length][];
        for (int j = 0; j < borders.length; j++) {
            double from = borders[j] - pad;
            double to = j + 1 < borders.length ? borders[j + 1] + pad : Double.POSITIVE_INFINITY;
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < lo.length; i++) {
                if (!Double.isNaN(lo[i]) && lo[i] < to && hi[i] >= from) {
                    in.add(i);
                }
            }
            members[j] = in.stream().mapToInt(Integer::intValue).toArray();
        }
        return new ScreeningPlan(spanSeconds, step, slice, margin, borders, members);
    }

    /**
     * @param catalogNumbers catalog number of each object
     * @param primaries catalog numbers of the primaries, empty for all against all
     * @return the (slice, shell) pairs worth a task: two objects or more, one of them a primary when there are
     *         primaries
     */
    public List<int[]> tasks(int[] catalogNumbers, Set<Integer> primaries) {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < shellMembers.length; s++) {
            int[] members = shellMembers[s];
            if (members.length < 2) {
                continue;
            }
            if (!primaries.isEmpty()) {
                boolean any = false;
                for (int i : members) {
                    any |= primaries.contains(catalogNumbers[i]);
                }
                if (!any) {
                    continue;
                }
            }
            for (int t = 0; t < slices; t++) {
                out.add(new int[] {t, s});
            }
        }
        return out;
    }

    /** @return indices of the objects of shell j */
    public int[] members(int shell) {
        return shellMembers[shell].clone();
    }

    /** @return first time of the window screened for slice t (s from the start, on a coarse step) */
    public double runFrom(int slice) {
        return Math.max(0.0, slice * sliceSeconds - marginSeconds);
    }

    /** @return last time of the window screened for slice t (s from the start) */
    public double runTo(int slice) {
        return Math.min(spanSeconds, (slice + 1) * sliceSeconds + marginSeconds);
    }

    /**
     * @param slice time slice
     * @param shell radial shell
     * @param tcaSeconds time of closest approach (s from the start)
     * @param midpointKm distance of the midpoint of the two objects from the Earth's centre (km)
     * @return whether the task of (slice, shell) reports the approach
     */
    public boolean owns(int slice, int shell, double tcaSeconds, double midpointKm) {
        double from = slice * sliceSeconds - stepSeconds;
        double to = Math.min(spanSeconds, (slice + 1) * sliceSeconds) + stepSeconds;
        boolean outer = shell == borders.length - 1;
        return tcaSeconds >= from && tcaSeconds <= to
                && midpointKm >= borders[shell] - SHELL_TOLERANCE_KM
                && (outer || midpointKm < borders[shell + 1] + SHELL_TOLERANCE_KM);
    }

    /** @return inner borders of the shells (km from the Earth's centre), the first one 0 */
    public double[] borders() {
        return borders.clone();
    }

    /** @return number of time slices */
    public int slices() {
        return slices;
    }

    /** @return length of a time slice (s) */
    public double sliceSeconds() {
        return sliceSeconds;
    }

    /** @return margin screened on each side of a slice (s) */
    public double marginSeconds() {
        return marginSeconds;
    }

    /** @return number of radial shells (some may be empty) */
    public int shells() {
        return shellMembers.length;
    }

    /** @return sum over the shells of their objects (each object counts once per shell it enters) */
    public long memberships() {
        long n = 0;
        for (int[] m : shellMembers) {
            n += m.length;
        }
        return n;
    }
}
