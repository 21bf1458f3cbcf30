package space.cosmodrome.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.passes.ObjectFailure;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.Pass;
import space.cosmodrome.passes.PassPrediction;
import space.cosmodrome.passes.PassPredictor;
import space.cosmodrome.passes.ShadowModel;
import space.cosmodrome.tle.TleElements;

/**
 * Pass prediction for many observers as a Spark job: the element sets and observers are broadcast, one task per
 * (block of observers, block of objects) runs the core {@link PassPredictor} on one thread, and the driver gathers
 * the passes in the order the core gives them (object, observer, AOS). The core predicts every (object, observer)
 * on its own, on a time grid that depends only on the window, so the blocks give the passes of one whole run.
 */
public final class SparkPasses {
    /** Default number of objects per task. */
    public static final int DEFAULT_OBJECT_BLOCK = 500;
    /** Default number of observers per task. */
    public static final int DEFAULT_OBSERVER_BLOCK = 16;

    private SparkPasses() {
    }

    /**
     * The predictor's settings as plain values.
     *
     * @param minElevationRad minimum elevation for observers that set none (rad)
     * @param maxSunElevationRad highest Sun elevation for a visible pass (rad)
     * @param shadow Earth shadow model
     * @param coarseStepSeconds coarse step for low orbits (s)
     */
    public record Settings(double minElevationRad, double maxSunElevationRad, ShadowModel shadow,
            double coarseStepSeconds) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** @return the core's defaults: 0°, Sun below -6°, cylindrical shadow, 60 s */
        public static Settings defaults() {
            return new Settings(0.0, Math.toRadians(-6.0), ShadowModel.CYLINDRICAL, 60.0);
        }

        PassPredictor predictor() {
            return PassPredictor.create().withMinElevation(minElevationRad).withMaxSunElevation(maxSunElevationRad)
                    .withShadowModel(shadow).withCoarseStep(coarseStepSeconds).withThreads(1);
        }
    }

    /** The broadcast value: element sets as text, observers, window and settings. */
    private record Input(List<ElementLines> elements, List<ObserverSpec> observers, Instant start,
            double durationSeconds, Settings settings) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One pass as plain values, times in seconds from the window start. */
    private record FoundPass(int object, int observer, int catalogNumber, String objectName, String observerName,
            double aos, double tca, double los, double maxElevationRad, double aosAzimuthRad, double tcaAzimuthRad,
            double losAzimuthRad, double tcaRangeM, boolean visible, boolean startsBeforeWindow,
            boolean endsAfterWindow) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One failure as plain values. */
    private record FoundFailure(int catalogNumber, int errorCode, double firstFailure) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What one task found. */
    private record Block(List<FoundPass> passes, List<FoundFailure> failures) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * @param spark the session
     * @param sets element sets
     * @param observers observers
     * @param start window start
     * @param durationSeconds window length (s)
     * @param settings predictor settings
     * @param objectBlock objects per task
     * @param observerBlock observers per task
     * @return the passes, as {@link PassPredictor#predict} gives them
     */
    public static PassPrediction predict(SparkSession spark, List<TleElements> sets, List<Observer> observers,
            Instant start, double durationSeconds, Settings settings, int objectBlock, int observerBlock) {
        AbsoluteDate startDate = new AbsoluteDate(start, OrekitData.utc());
        // the core's checks of the window and the observers, on the driver, before any task runs
        settings.predictor().predict(List.of(), observers, startDate, durationSeconds);
        Input input = new Input(ElementLines.of(sets), ObserverSpec.of(observers), start, durationSeconds, settings);
        List<int[]> tasks = new ArrayList<>();
        for (int o = 0; o < observers.size(); o += observerBlock) {
            for (int s = 0; s < sets.size(); s += objectBlock) {
                tasks.add(new int[] {o, Math.min(observers.size(), o + observerBlock), s,
                    Math.min(sets.size(), s + objectBlock)});
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Input> shared = jsc.broadcast(input);
        List<Block> blocks = tasks.isEmpty() ? List.of()
                : jsc.parallelize(tasks, tasks.size()).map(t -> run(shared.value(), t)).collect();
        shared.destroy();

        List<FoundPass> found = new ArrayList<>();
        Map<Integer, FoundFailure> failures = new HashMap<>();
        for (Block b : blocks) {
            found.addAll(b.passes());
            for (FoundFailure f : b.failures()) {
                failures.putIfAbsent(f.catalogNumber(), f);
            }
        }
        found.sort(Comparator.comparingInt(FoundPass::object).thenComparingInt(FoundPass::observer)
                .thenComparingDouble(FoundPass::aos));
        List<Pass> passes = new ArrayList<>(found.size());
        for (FoundPass p : found) {
            passes.add(new Pass(p.catalogNumber(), p.objectName(), p.observerName(), startDate.shiftedBy(p.aos()),
                    startDate.shiftedBy(p.tca()), startDate.shiftedBy(p.los()), p.maxElevationRad(), p.aosAzimuthRad(),
                    p.tcaAzimuthRad(), p.losAzimuthRad(), p.tcaRangeM(), p.visible(), p.startsBeforeWindow(),
                    p.endsAfterWindow()));
        }
        List<ObjectFailure> failed = new ArrayList<>();
        failures.values().stream().sorted(Comparator.comparingInt(FoundFailure::catalogNumber)).forEach(f -> failed.add(
                new ObjectFailure(f.catalogNumber(), f.errorCode(), startDate.shiftedBy(f.firstFailure()))));
        return new PassPrediction(startDate, startDate.shiftedBy(durationSeconds), sets.size(), observers, passes,
                failed);
    }

    /** One task: observers [t0, t1) against objects [t2, t3). */
    private static Block run(Input in, int[] t) {
        OrekitDataOnExecutors.ensureLoaded();
        List<TleElements> sets = ElementLines.parse(in.elements().subList(t[2], t[3]));
        List<Observer> observers = new ArrayList<>();
        for (ObserverSpec o : in.observers().subList(t[0], t[1])) {
            observers.add(o.toObserver());
        }
        AbsoluteDate start = new AbsoluteDate(in.start(), OrekitData.utc());
        PassPrediction prediction = in.settings().predictor().predict(sets, observers, start, in.durationSeconds());
        // the core keeps input order; map names back to indices (names may repeat: take them in order)
        Map<Integer, Integer> objectIndex = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            objectIndex.putIfAbsent(sets.get(i).catalogNumber(), t[2] + i);
        }
        Map<String, Integer> observerIndex = new HashMap<>();
        for (int i = 0; i < observers.size(); i++) {
            observerIndex.putIfAbsent(observers.get(i).name(), t[0] + i);
        }
        List<FoundPass> passes = new ArrayList<>();
        for (Pass p : prediction.passes()) {
            passes.add(new FoundPass(objectIndex.get(p.catalogNumber()), observerIndex.get(p.observer()),
                    p.catalogNumber(), p.objectName(), p.observer(), p.aos().durationFrom(start),
                    p.tca().durationFrom(start), p.los().durationFrom(start), p.maxElevationRad(), p.aosAzimuthRad(),
                    p.tcaAzimuthRad(), p.losAzimuthRad(), p.tcaRangeM(), p.visible(), p.startsBeforeWindow(),
                    p.endsAfterWindow()));
        }
        List<FoundFailure> failures = new ArrayList<>();
        for (ObjectFailure f : prediction.failures()) {
            failures.add(new FoundFailure(f.catalogNumber(), f.errorCode(), f.firstFailure().durationFrom(start)));
        }
        return new Block(passes, failures);
    }
}
