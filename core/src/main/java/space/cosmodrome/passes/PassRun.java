package space.cosmodrome.passes;

/**
 * What a streamed {@link PassPredictor} run did.
 *
 * @param objectCount number of element sets given
 * @param objectsDone number delivered to the listener (all of them unless cancelled)
 * @param passCount passes delivered
 * @param failureCount objects delivered with an SGP4 failure
 * @param cancelled true when the listener stopped the run
 * @param seconds wall-clock time of the run (s)
 */
public record PassRun(int objectCount, int objectsDone, long passCount, int failureCount, boolean cancelled,
        double seconds) {
}
