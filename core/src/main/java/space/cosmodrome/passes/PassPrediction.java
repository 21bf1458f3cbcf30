package space.cosmodrome.passes;

import java.util.List;

import org.orekit.time.AbsoluteDate;

/**
 * What a {@link PassPredictor} found.
 *
 * @param start window start
 * @param end window end
 * @param objectCount number of element sets
 * @param observers the observers
 * @param passes passes sorted by object (input order), observer (input order) and AOS
 * @param failures element sets that SGP4 could not propagate over the window
 */
public record PassPrediction(AbsoluteDate start, AbsoluteDate end, int objectCount, List<Observer> observers,
        List<Pass> passes, List<ObjectFailure> failures) {

    /** Makes the lists unmodifiable. */
    public PassPrediction {
        observers = List.copyOf(observers);
        passes = List.copyOf(passes);
        failures = List.copyOf(failures);
    }
}
