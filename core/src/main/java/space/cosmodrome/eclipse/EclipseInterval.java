package space.cosmodrome.eclipse;

import org.orekit.time.AbsoluteDate;

/**
 * A time in the Earth's shadow. A penumbra interval spans the whole partial-or-total shadow, so it contains
 * the umbra interval of the same pass.
 *
 * @param start entry
 * @param end exit
 * @param umbra true for total shadow, false for penumbra (partial or total)
 * @param truncated whether an edge of the analysis span cut it
 */
public record EclipseInterval(AbsoluteDate start, AbsoluteDate end, boolean umbra, boolean truncated) {
    /** @return end - start (s) */
    public double durationS() {
        return end.durationFrom(start);
    }

    /** @return "umbra" or "penumbra" */
    public String kind() {
        return umbra ? "umbra" : "penumbra";
    }
}
