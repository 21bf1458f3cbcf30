package space.cosmodrome.passes;

import java.util.List;

import space.cosmodrome.tle.TleElements;

/**
 * Receives the passes of a {@link PassPredictor} run object by object, in the order of the element sets given, as
 * soon as they are known: a caller can write them out while the rest is computed, report progress and stop the run.
 * Calls come from the worker threads, one at a time.
 */
public interface PassListener {
    /**
     * The passes of one object.
     * @param index index of the element set in the list given
     * @param set the element set
     * @param passes its passes, by observer (in the order given) then AOS
     * @param failure how SGP4 failed for it within the window, or null
     */
    void objectDone(int index, TleElements set, List<Pass> passes, ObjectFailure failure);

    /** @return true to stop the run: no more objects are started, the ones done have been delivered */
    default boolean cancelled() {
        return false;
    }
}
