package space.cosmodrome.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;

/**
 * What every task needs, broadcast once to each executor: the element sets as text, the start and span, the
 * screening settings, the primaries and the plan (with the objects of each shell).
 */
public final class ScreeningInput implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<ElementLines> elements;
    private final Instant start;
    private final double spanSeconds;
    private final double thresholdKm;
    private final double stepSeconds;
    private final Set<Integer> primaries;
    private final ScreeningPlan plan;
    /** The element sets read back, once per deserialised copy (that is, once per executor). */
    private transient volatile List<TleElements> parsed;

    /**
     * @param elements element sets, one per catalog number
     * @param start first instant (UTC)
     * @param spanSeconds span (s)
     * @param thresholdKm threshold (km)
     * @param stepSeconds coarse step (s)
     * @param primaries catalog numbers of the primaries, empty for all against all
     * @param plan slices and shells
     */
    public ScreeningInput(List<ElementLines> elements, Instant start, double spanSeconds, double thresholdKm,
            double stepSeconds, Set<Integer> primaries, ScreeningPlan plan) {
        this.elements = List.copyOf(elements);
        this.start = start;
        this.spanSeconds = spanSeconds;
        this.thresholdKm = thresholdKm;
        this.stepSeconds = stepSeconds;
        this.primaries = Set.copyOf(primaries);
        this.plan = plan;
    }

    /** @return the element sets (read from their lines once per executor; Orekit's data must be loaded) */
    public List<TleElements> sets() {
        List<TleElements> p = parsed;
        if (p == null) {
            synchronized (this) {
                if (parsed == null) {
                    parsed = ElementLines.parse(elements);
                }
                p = parsed;
            }
        }
        return p;
    }

    /** @return the start as an Orekit date (Orekit's data must be loaded) */
    public AbsoluteDate startDate() {
        return new AbsoluteDate(start, OrekitData.utc());
    }

    /** @return first instant (UTC) */
    public Instant start() {
        return start;
    }

    /** @return span (s) */
    public double spanSeconds() {
        return spanSeconds;
    }

    /** @return threshold (km) */
    public double thresholdKm() {
        return thresholdKm;
    }

    /** @return coarse step (s) */
    public double stepSeconds() {
        return stepSeconds;
    }

    /** @return catalog numbers of the primaries, empty for all against all */
    public Set<Integer> primaries() {
        return primaries;
    }

    /** @return slices and shells */
    public ScreeningPlan plan() {
        return plan;
    }

    /** @return number of element sets */
    public int size() {
        return elements.size();
    }
}
