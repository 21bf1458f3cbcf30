package space.cosmodrome.passes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.sgp4.Workers;
import space.cosmodrome.tle.TleElements;

/**
 * Pass prediction for many satellites over many observers.
 *
 * <p>How: the element sets are taken in chunks of consecutive objects; each is propagated with {@link BatchSgp4}
 * on a coarse regular grid whose step is the time the orbit takes to sweep {@link #MAX_STEP_ANGLE_RAD} at perigee
 * (2 minutes for low orbits, 30 minutes for geostationary ones), positions and velocities turned into ITRF with one
 * rotation per grid time shared by all objects. {@link PassSearch} then finds, for every observer, rises, sets and
 * culminations on that grid: a cheap geometric test dismisses the steps where the satellite cannot be above the
 * observer's horizon, and the others are refined on the Hermite interpolant of the grid ({@link Trajectory}), with
 * no further SGP4 calls.</p>
 *
 * <p>A satellite up at the window start or end gets a pass clipped to the window and flagged; one up all the time
 * (geostationary) gets a single pass spanning the window, one never up gets none. Visibility: the satellite is
 * sunlit ({@link ShadowModel}) while the Sun is below {@code maxSunElevation} for the observer (-6°, civil
 * twilight), at some sampled point of the pass. Results come object by object to a {@link PassListener}, in the order
 * of the element sets, or all at once as a {@link PassPrediction}. Instances are immutable; {@code withX} returns a
 * new predictor.</p>
 */
public final class PassPredictor {
    /**
     * Largest angle (rad) an orbit sweeps at perigee in one coarse step: it bounds the error of the Hermite
     * interpolation between grid points ({@link Trajectory}) and keeps one extremum of elevation per step at most.
     */
    static final double MAX_STEP_ANGLE_RAD = 0.2;
    /** Longest coarse step, in base steps (30 min at the default 60 s). */
    static final int MAX_FACTOR = 30;
    /** Objects per chunk: the unit of work of a thread and of delivery to the listener. */
    private static final int CHUNK = 32;
    /** Cap on the states of one batch SGP4 call (bounds memory for long windows). */
    private static final int STATES_PER_BATCH = 1_000_000;
    private static final double MU_KM3_S2 = 398600.4418;

    private final DataContext context;
    private final double minElevationRad;
    private final double maxSunElevationRad;
    private final ShadowModel shadow;
    private final double baseStepSeconds;
    private final int threads;

    private PassPredictor(DataContext context, double minElevationRad, double maxSunElevationRad, ShadowModel shadow,
            double baseStepSeconds, int threads) {
        this.context = context;
        this.minElevationRad = minElevationRad;
        this.maxSunElevationRad = maxSunElevationRad;
        this.shadow = shadow;
        this.baseStepSeconds = baseStepSeconds;
        this.threads = threads;
    }

    /**
     * @return a predictor with the bundled data set, minimum elevation 0°, Sun below -6° for visibility, cylindrical
     *         shadow, 60 s coarse step for low orbits, as many threads as processors
     */
    public static PassPredictor create() {
        return new PassPredictor(OrekitData.context(), 0.0, Math.toRadians(-6.0), ShadowModel.CYLINDRICAL, 60.0,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param elevationRad minimum elevation (rad) for observers that do not set their own
     * @return a new predictor (this one is not changed)
     */
    public PassPredictor withMinElevation(double elevationRad) {
        if (!(Math.abs(elevationRad) < Math.PI / 2)) {
            throw CosmodromeException.badValue("minElevationDeg", Math.toDegrees(elevationRad), "-90 to 90 deg");
        }
        return new PassPredictor(context, elevationRad, maxSunElevationRad, shadow, baseStepSeconds, threads);
    }

    /**
     * @param elevationRad highest Sun elevation (rad) at the observer for a pass to count as visible
     * @return a new predictor (this one is not changed)
     */
    public PassPredictor withMaxSunElevation(double elevationRad) {
        return new PassPredictor(context, minElevationRad, elevationRad, shadow, baseStepSeconds, threads);
    }

    /**
     * @param model Earth shadow model for visibility
     * @return a new predictor (this one is not changed)
     */
    public PassPredictor withShadowModel(ShadowModel model) {
        return new PassPredictor(context, minElevationRad, maxSunElevationRad, model, baseStepSeconds, threads);
    }

    /**
     * @param count worker threads (1 runs on the calling thread)
     * @return a new predictor (this one is not changed)
     */
    public PassPredictor withThreads(int count) {
        if (count < 1) {
            throw CosmodromeException.badValue("threads", count, "1 or more");
        }
        return new PassPredictor(context, minElevationRad, maxSunElevationRad, shadow, baseStepSeconds, count);
    }

    /**
     * @param seconds coarse grid step for low orbits (s, 10 to 60); higher orbits use multiples of it
     * @return a new predictor (this one is not changed)
     */
    public PassPredictor withCoarseStep(double seconds) {
        if (!(seconds >= 10.0 && seconds <= 60.0)) {
            throw CosmodromeException.badValue("coarse step", seconds, "10 to 60 s");
        }
        return new PassPredictor(context, minElevationRad, maxSunElevationRad, shadow, seconds, threads);
    }

    /**
     * Predicts passes and keeps them all in memory.
     * @param sets element sets
     * @param observers observers
     * @param start window start
     * @param durationSeconds window length (s)
     * @return passes (by object in the order given, observer, AOS) and failures
     */
    public PassPrediction predict(List<TleElements> sets, List<Observer> observers, AbsoluteDate start,
            double durationSeconds) {
        List<Pass> passes = new ArrayList<>();
        List<ObjectFailure> failures = new ArrayList<>();
        predict(sets, observers, start, durationSeconds, (index, set, found, failure) -> {
            passes.addAll(found);
            if (failure != null) {
                failures.add(failure);
            }
        });
        failures.sort(Comparator.comparingInt(ObjectFailure::catalogNumber));
        return new PassPrediction(start, start.shiftedBy(durationSeconds), sets.size(), observers, passes, failures);
    }

    /**
     * Predicts passes and hands them to a listener object by object, in the order of the element sets, so that
     * nothing but the objects under way is held in memory.
     * @param sets element sets
     * @param observers observers
     * @param start window start
     * @param durationSeconds window length (s)
     * @param listener receives each object's passes; may cancel the run
     * @return counts of what was delivered
     */
    public PassRun predict(List<TleElements> sets, List<Observer> observers, AbsoluteDate start, double durationSeconds,
            PassListener listener) {
        if (!(durationSeconds > 0.0 && durationSeconds <= 366 * 86400.0)) {
            throw CosmodromeException.badValue("duration", durationSeconds / 86400.0 + " days", "more than 0, up to 366 days");
        }
        if (observers.isEmpty()) {
            throw CosmodromeException.missing("observers", "give at least one observer");
        }
        long clock = System.nanoTime();
        Frame teme = context.getFrames().getTEME();
        Frame itrf = context.getFrames().getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, itrf);
        CelestialBody sun = context.getCelestialBodies().getSun();
        int baseCount = (int) Math.ceil(durationSeconds / baseStepSeconds) + MAX_FACTOR + 2;
        EarthGrid grid = new EarthGrid(teme, itrf, sun, start, baseStepSeconds, baseCount);
        Site[] sites = new Site[observers.size()];
        for (int o = 0; o < sites.length; o++) {
            sites[o] = new Site(observers.get(o), earth, minElevationRad);
        }
        Delivery delivery = new Delivery(sets, listener, (sets.size() + CHUNK - 1) / CHUNK);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Runnable work = () -> {
            ChunkJob job = new ChunkJob(sets, grid, new PassSearch(sites, grid, start, durationSeconds,
                    maxSunElevationRad, shadow), start, durationSeconds);
            try {
                for (int c = next.getAndIncrement(); c < delivery.chunkCount && error.get() == null
                        && !delivery.stopped(); c = next.getAndIncrement()) {
                    int from = c * CHUNK;
                    int to = Math.min(sets.size(), from + CHUNK);
                    delivery.done(c, job.run(from, to));
                }
            } catch (RuntimeException | Error e) {
                error.compareAndSet(null, e);
            }
        };
        int workers = Math.min(threads, Math.max(1, delivery.chunkCount));
        Workers.run(work, workers, "passes", "pass prediction");
        if (error.get() != null) {
            Throwable e = error.get();
            if (e instanceof CosmodromeException) {
                throw (CosmodromeException) e;
            }
            throw CosmodromeException.internal("pass prediction", e);
        }
        return new PassRun(sets.size(), delivery.objectsDone, delivery.passCount, delivery.failureCount,
                delivery.objectsDone < sets.size(), (System.nanoTime() - clock) / 1e9);
    }

    /**
     * @param set an element set
     * @return the coarse grid step this predictor uses for it (s)
     */
    public double coarseStepSeconds(TleElements set) {
        return OrbitBounds.of(set, baseStepSeconds).stepFactor() * baseStepSeconds;
    }

    /** Bounds of an element set's orbit that the search needs. */
    record OrbitBounds(int stepFactor, double maxRadiusKm, double rateBound) {
        static OrbitBounds of(TleElements set, double baseStepSeconds) {
            double n = set.meanMotionRadPerS();
            double e = set.eccentricity();
            double a = Math.cbrt(MU_KM3_S2 / (n * n));
            if (!(a > 0 && e >= 0 && e < 1)) {
                return new OrbitBounds(1, Double.POSITIVE_INFINITY, Math.PI);
            }
            double rp = Math.max(a * (1.0 - e), 6378.0);
            double vp = Math.sqrt(MU_KM3_S2 * Math.max(2.0 / rp - 1.0 / a, 1e-12));
            // the interpolation runs in ITRF, where the Earth's rotation adds to the orbit's own angular rate
            double rate = vp / rp + EarthGrid.OMEGA;
            int factor = (int) Math.floor(MAX_STEP_ANGLE_RAD / rate / baseStepSeconds);
            factor = Math.max(1, Math.min(MAX_FACTOR, factor));
            // margins: osculating against mean elements, Kozai against Brouwer mean motion
            return new OrbitBounds(factor, 1.01 * a * (1.0 + e) + 50.0, 1.1 * rate);
        }
    }

    /** Hands chunk results to the listener in chunk order, whichever thread finishes them. */
    private static final class Delivery {
        final List<TleElements> sets;
        final PassListener listener;
        final int chunkCount;
        final ChunkResult[] pending;
        int nextChunk;
        int objectsDone;
        long passCount;
        int failureCount;
        volatile boolean stop;

        Delivery(List<TleElements> sets, PassListener listener, int chunkCount) {
            this.sets = sets;
            this.listener = listener;
            this.chunkCount = chunkCount;
            this.pending = new ChunkResult[chunkCount];
        }

        boolean stopped() {
            if (!stop && listener.cancelled()) {
                stop = true;
            }
            return stop;
        }

        synchronized void done(int chunk, ChunkResult result) {
            pending[chunk] = result;
            // once cancelled, chunks other threads finished ahead are dropped, not delivered
            while (nextChunk < chunkCount && pending[nextChunk] != null && !stopped()) {
                ChunkResult r = pending[nextChunk];
                pending[nextChunk] = null;
                for (int j = 0; j < r.passes.length; j++) {
                    int index = r.from + j;
                    listener.objectDone(index, sets.get(index), r.passes[j], r.failures[j]);
                    objectsDone++;
                    passCount += r.passes[j].size();
                    if (r.failures[j] != null) {
                        failureCount++;
                    }
                }
                nextChunk++;
            }
        }
    }

    private record ChunkResult(int from, List<Pass>[] passes, ObjectFailure[] failures) {
    }

    /** Runs chunks of consecutive objects for one thread: batch SGP4 per step class, then the search. */
    private final class ChunkJob {
        private final List<TleElements> sets;
        private final EarthGrid grid;
        private final PassSearch search;
        private final AbsoluteDate start;
        private final double duration;
        private Trajectory trajectory;

        ChunkJob(List<TleElements> sets, EarthGrid grid, PassSearch search, AbsoluteDate start, double duration) {
            this.sets = sets;
            this.grid = grid;
            this.search = search;
            this.start = start;
            this.duration = duration;
        }

        @SuppressWarnings("unchecked")
        ChunkResult run(int from, int to) {
            int size = to - from;
            List<Pass>[] passes = new List[size];
            ObjectFailure[] failures = new ObjectFailure[size];
            OrbitBounds[] bounds = new OrbitBounds[size];
            for (int j = 0; j < size; j++) {
                bounds[j] = OrbitBounds.of(sets.get(from + j), baseStepSeconds);
                passes[j] = new ArrayList<>();
            }
            boolean[] done = new boolean[size];
            for (int j0 = 0; j0 < size; j0++) {
                if (done[j0]) {
                    continue;
                }
                int factor = bounds[j0].stepFactor();
                double step = factor * baseStepSeconds;
                int count = (int) Math.ceil(duration / step) + 1;
                int batch = Math.max(1, Math.min(CHUNK, STATES_PER_BATCH / count));
                List<Integer> members = new ArrayList<>();
                for (int j = j0; j < size && members.size() < batch; j++) {
                    if (!done[j] && bounds[j].stepFactor() == factor) {
                        members.add(j);
                        done[j] = true;
                    }
                }
                List<TleElements> group = new ArrayList<>(members.size());
                for (int j : members) {
                    group.add(sets.get(from + j));
                }
                BatchSgp4 sgp4 = BatchSgp4.of(group);
                Sgp4States states = sgp4.newStates(count);
                sgp4.propagate(start, step, count, states);
                if (trajectory == null || trajectory.capacity() < count) {
                    trajectory = new Trajectory(Math.max(count, trajectory == null ? 0 : trajectory.capacity()));
                }
                for (int m = 0; m < members.size(); m++) {
                    int j = members.get(m);
                    TleElements set = group.get(m);
                    if (sgp4.initializationError(m) != Sgp4Errors.NONE) {
                        failures[j] = new ObjectFailure(set.catalogNumber(), sgp4.initializationError(m), start);
                        continue;
                    }
                    trajectory.load(states, m, grid, factor, step);
                    if (trajectory.firstFailure >= 0 && trajectory.firstFailure * step <= duration) {
                        failures[j] = new ObjectFailure(set.catalogNumber(), trajectory.failureCode,
                                start.shiftedBy(trajectory.firstFailure * step));
                    }
                    search.search(set, trajectory, bounds[j].maxRadiusKm(), bounds[j].rateBound(), passes[j]);
                }
            }
            return new ChunkResult(from, passes, failures);
        }
    }
}
