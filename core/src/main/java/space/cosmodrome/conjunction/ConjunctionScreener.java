package space.cosmodrome.conjunction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;

/**
 * Conjunction screening of element sets with SGP4: all objects against all, or primaries against the catalog.
 *
 * <p>How, in four stages:</p>
 * <ol>
 * <li><b>Perigee/apogee filter.</b> Each object gets a radial band: the perigee and apogee radii of its mean
 * elements and of its osculating orbits at the start and end of the span, widened by {@value #BAND_MARGIN_KM} km
 * (short-period terms). Objects whose band meets no other band within the threshold (no primary's band, when
 * primaries are given) are not propagated.</li>
 * <li><b>Spatial grid on coarse steps.</b> Every object is propagated with {@link BatchSgp4} to coarse steps
 * {@code t_k = start + k dt} (blocks of {@value #BLOCK} steps, copied into a time-major layout, {@link StepStates}).
 * Step {@code k} answers for the window {@code [t_k - dt/2, t_k + dt/2]}. Within it an object moves from its
 * position at {@code t_k} by at most {@code |v| dt/2 + a (dt/2)²/2}, with {@code a} = {@value #MAX_ACCELERATION_KMPS2}
 * km/s², more than gravity at the Earth's surface (μ/R² = 0.0098 km/s²). A pair can come within the threshold
 * {@code D} in the window only if its range at {@code t_k} is at most {@code (|v1| + |v2|) dt/2 + a (dt/2)² + D}.
 * Objects are hashed into cubic cells of twice the largest such per-object radius, so that only the 27 neighbouring
 * cells need to be looked at. Each object also gets a radial interval: the distances from the Earth's centre it can
 * take in the window, {@code r ± (|dr/dt| dt/2 + A (dt/2)²/2 + D/2)}, where {@code A} bounds the second derivative
 * of the distance ({@link #radialAcceleration}: in two-body motion at most {@code μ e / r²}, which nearly vanishes for
 * the near-circular orbits that crowd low Earth orbit). Within a cell objects are sorted by the lower ends of their
 * intervals, and the pairs of a cell and of neighbouring cells whose intervals overlap are enumerated exactly by
 * merging those orders (sort and sweep on the distance from the centre).</li>
 * <li><b>Linear-motion bound.</b> For a pair within the pad, the relative position over the window is
 * {@code r + u τ} plus at most {@code A_rel τ²/2}, {@code A_rel} bounded by the gravity gradient over the pair's
 * separation ({@link #relativeAcceleration}). The range can be under {@code D} only at times within
 * {@code (D + A_rel (dt/2)²/2) / |u|} of the linear closest approach, which bounds {@code τ}; the pair is kept when
 * the minimum of {@code |r + u τ|} over those times is at most {@code D + A_rel τ_max²/2}.</li>
 * <li><b>Closest approach.</b> For a kept pair the exact SGP4 range rate {@code r·v} (relative position and
 * velocity) is sampled every {@link ScreeningOptions#subStepSeconds()} across the window (only at its two ends when
 * the relative speed is high enough that the range rate cannot turn back within it); where it goes from
 * negative to non-negative, the range has a local minimum, found by Brent's minimisation of the exact SGP4 squared
 * range to 10 µs. Each minimum under the threshold is one {@link Conjunction}. The windows of successive steps
 * share only their end points, and a minimum is reported by the step whose window holds it, so none is reported
 * twice.</li>
 * </ol>
 * <p>Minima at the very start or end of the span are not local minima and are not reported. Steps are spread over
 * worker threads; batch SGP4 runs on the same threads, one block of {@value #BLOCK} steps at a time, so memory
 * stays at a few hundred bytes per object and step of a block. Instances are immutable and thread-safe.</p>
 */
public final class ConjunctionScreener {
    /** Bound on the acceleration of one object (km/s²): gravity at the Earth's surface with 7 % to spare. */
    public static final double MAX_ACCELERATION_KMPS2 = 0.0105;
    /** Widening of the perigee/apogee band for short-period terms and drag (km). */
    public static final double BAND_MARGIN_KM = 50.0;
    /**
     * Margin on the bounds of the second derivatives that two-body motion gives (km/s²): covers the J2 acceleration
     * (about 1.6e-5 km/s² at 300 km), its variation, drag and the other SGP4 terms several times over.
     */
    static final double PERTURBATION_MARGIN_KMPS2 = 1.0e-4;
    /** Allowance for SGP4's velocity not being exactly the derivative of its position (km/s). */
    static final double VELOCITY_MISMATCH_KMPS = 1.0e-4;
    /** Coarse steps per propagation block. */
    static final int BLOCK = 32;
    /** Earth gravitational parameter of WGS-72, SGP4's constants (km³/s²). */
    private static final double MU = 398600.8;
    /** Absolute tolerance of the time of closest approach (s). */
    private static final double TCA_TOLERANCE_S = 1.0e-5;
    /** Bracket width at which the range-rate root of a fast pair is taken as found (s). */
    private static final double ROOT_TOLERANCE_S = 1.0e-3;
    /** Distance from a search edge under which a minimum is taken to lie on it (s). */
    private static final double EDGE = 1.0e-3;
    /** Largest number of sub-step moves of the minimum search. */
    private static final int MAX_SHIFTS = 30;

    /** Reports progress of a long screening. */
    @FunctionalInterface
    public interface Progress {
        /** Does nothing. */
        Progress NONE = (fraction, found) -> { };

        /**
         * @param fraction fraction of the span done, 0 to 1
         * @param conjunctions close approaches found so far
         */
        void update(double fraction, int conjunctions);
    }

    private final List<TleElements> sets;

    private ConjunctionScreener(List<TleElements> sets) {
        this.sets = sets;
    }

    /**
     * @param catalog element sets, one per catalog number (see {@link ScreeningCatalog#deduplicate})
     * @return a screener of that catalog
     */
    public static ConjunctionScreener of(List<TleElements> catalog) {
        List<TleElements> copy = List.copyOf(catalog);
        if (copy.isEmpty()) {
            throw CosmodromeException.badValue("catalog", "no element sets", "at least one element set");
        }
        ScreeningCatalog unique = ScreeningCatalog.deduplicate(copy);
        if (!unique.duplicates().isEmpty()) {
            throw CosmodromeException.badValue("catalog", "duplicate catalog numbers " + unique.duplicates().subList(0,
                    Math.min(5, unique.duplicates().size())), "one element set per catalog number (deduplicate first)");
        }
        return new ConjunctionScreener(copy);
    }

    /** @return the element sets screened, in the order given */
    public List<TleElements> sets() {
        return sets;
    }

    /**
     * Screens every object against every other.
     * @param start first date
     * @param durationSeconds span (s)
     * @param options threshold, step and threads
     * @return the close approaches and statistics
     */
    public Screening screen(AbsoluteDate start, double durationSeconds, ScreeningOptions options) {
        return screen(start, durationSeconds, options, Set.of(), Progress.NONE);
    }

    /**
     * Screens primaries against the catalog, or all against all.
     * @param start first date
     * @param durationSeconds span (s), more than 0
     * @param options threshold, step and threads
     * @param primaries catalog numbers of the primaries (each must be in the catalog); empty for all against all
     * @param progress told after each block of steps
     * @return the close approaches and statistics
     */
    public Screening screen(AbsoluteDate start, double durationSeconds, ScreeningOptions options,
            Set<Integer> primaries, Progress progress) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(options, "options");
        if (!(durationSeconds > 0.0) || !Double.isFinite(durationSeconds)) {
            throw CosmodromeException.badValue("durationSeconds", durationSeconds, "more than 0 s");
        }
        for (int id : primaries) {
            if (sets.stream().noneMatch(s -> s.catalogNumber() == id)) {
                throw CosmodromeException.unknownId("primaries", Integer.toString(id), "not in the catalog");
            }
        }
        long wallStart = System.nanoTime();
        Run run = new Run(start, durationSeconds, options, primaries, progress);
        List<Conjunction> found = run.execute();
        found.sort(Comparator.comparing(Conjunction::tca).thenComparingInt(c -> c.object1().catalogNumber())
                .thenComparingInt(c -> c.object2().catalogNumber()));
        double seconds = (System.nanoTime() - wallStart) * 1e-9;
        ScreeningStatistics stats = new ScreeningStatistics(sets.size(), run.active.size(), run.failed,
                run.pairsTotal, run.pairsBand, run.steps, run.gridPairs.get(), run.linearPairs.get(), found.size(),
                seconds, run.propagationNanos * 1e-9);
        return new Screening(start, start.shiftedBy(durationSeconds), options, found, stats);
    }

    /** One screening: the filtered catalog, its propagator, the time layout and the counters. */
    private final class Run {
        final AbsoluteDate start;
        final double span;
        final ScreeningOptions options;
        final Progress progress;
        final double threshold;
        final double dt;
        final double half;
        final int subPerStep;
        final double sub;
        final int lastSample;
        final int steps;
        final boolean primaryMode;
        final List<TleElements> active = new ArrayList<>();
        final boolean[] primary;
        final ConjunctionObject[] ids;
        final double[] epochOffset;
        final int failed;
        final long pairsTotal;
        final long pairsBand;
        final BatchSgp4 batch;
        final AtomicLongCounter gridPairs = new AtomicLongCounter();
        final AtomicLongCounter linearPairs = new AtomicLongCounter();
        long propagationNanos;

        Run(AbsoluteDate start, double span, ScreeningOptions options, Set<Integer> primaries, Progress progress) {
            this.start = start;
            this.span = span;
            this.options = options;
            this.progress = progress;
            threshold = options.thresholdKm();
            dt = options.stepSeconds();
            half = dt / 2.0;
            subPerStep = options.subSamplesPerStep();
            sub = dt / subPerStep;
            lastSample = (int) Math.ceil(span / sub - 1e-9);
            steps = (int) Math.ceil(span / dt - 1e-9) + 1;
            primaryMode = !primaries.isEmpty();

            // bands from the full catalog
            BatchSgp4 all = BatchSgp4.of(sets);
            int n = sets.size();
            double[] lo = new double[n];
            double[] hi = new double[n];
            boolean[] ok = new boolean[n];
            boolean[] isPrimary = new boolean[n];
            BatchSgp4.Cursor cursor = all.cursor();
            int bad = 0;
            for (int i = 0; i < n; i++) {
                isPrimary[i] = primaries.contains(sets.get(i).catalogNumber());
                if (all.initializationError(i) != Sgp4Errors.NONE) {
                    bad++;
                    continue;
                }
                ok[i] = radialBand(sets.get(i), cursor, i, start, span, lo, hi);
            }
            failed = bad;
            long[] counts = countBandPairs(lo, hi, ok, isPrimary, primaryMode, threshold);
            pairsTotal = counts[0];
            pairsBand = counts[1];
            boolean[] keep = keepers(lo, hi, ok, isPrimary, primaryMode, threshold);
            List<Boolean> flags = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (keep[i]) {
                    active.add(sets.get(i));
                    flags.add(isPrimary[i]);
                }
            }
            int m = active.size();
            primary = new boolean[m];
            ids = new ConjunctionObject[m];
            epochOffset = new double[m];
            for (int i = 0; i < m; i++) {
                primary[i] = flags.get(i);
                ids[i] = ConjunctionObject.of(active.get(i));
                epochOffset[i] = active.get(i).epoch().durationFrom(start);
            }
            batch = BatchSgp4.of(active);
        }

        List<Conjunction> execute() {
            int threads = options.threads();
            List<Conjunction> found = new ArrayList<>();
            if (active.size() < 2) {
                progress.update(1.0, 0);
                return found;
            }
            Worker[] workers = new Worker[threads];
            for (int w = 0; w < threads; w++) {
                workers[w] = new Worker(this);
            }
            ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
                Thread t = new Thread(r, "screening");
                t.setDaemon(true);
                return t;
            }) : null;
            try {
                Sgp4States block = null;
                StepStates states = new StepStates(batch.size(), Math.min(BLOCK, steps));
                for (int k0 = 0; k0 < steps; k0 += BLOCK) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw CosmodromeException.internal("screening (interrupted)", null);
                    }
                    int count = Math.min(BLOCK, steps - k0);
                    if (block == null || block.timeCount() != count) {
                        block = batch.newStates(count);
                    }
                    long t0 = System.nanoTime();
                    batch.propagate(start.shiftedBy(k0 * dt), dt, count, block, threads);
                    propagationNanos += System.nanoTime() - t0;
                    copy(pool, threads, block, states);
                    runSteps(workers, pool, states, k0, count);
                    int sofar = 0;
                    for (Worker w : workers) {
                        sofar += w.found.size();
                    }
                    progress.update((double) (k0 + count) / steps, sofar);
                }
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
            for (Worker w : workers) {
                found.addAll(w.found);
            }
            return found;
        }

        private void await(List<Future<?>> futures) {
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw CosmodromeException.internal("screening (interrupted)", e);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException) {
                        throw (RuntimeException) cause;
                    }
                    throw CosmodromeException.internal("screening", cause);
                }
            }
        }

        /** Copies the object-major block into the time-major layout, objects split across the threads. */
        private void copy(ExecutorService pool, int threads, Sgp4States block, StepStates states) {
            int n = block.objectCount();
            int per = (n + threads - 1) / threads;
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 1; w < threads; w++) {
                int from = Math.min(n, w * per);
                int to = Math.min(n, from + per);
                futures.add(pool.submit(() -> states.copy(block, from, to)));
            }
            states.copy(block, 0, Math.min(n, per));
            await(futures);
        }

        private void runSteps(Worker[] workers, ExecutorService pool, StepStates states, int k0, int count) {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 1; w < workers.length; w++) {
                Worker worker = workers[w];
                futures.add(pool.submit(() -> worker.steps(states, k0, count, next)));
            }
            workers[0].steps(states, k0, count, next);
            await(futures);
        }

        /** @return time of range-rate sample q from the start (s) */
        double sampleTime(int q) {
            return q >= lastSample ? span : q * sub;
        }
    }

    /**
     * Fills the radial band of one object: the perigee-apogee range of its mean elements and of its osculating
     * orbits at the span's ends, widened by {@link #BAND_MARGIN_KM}; false (and {@code lo[i]}, {@code hi[i]} left
     * alone) when SGP4 cannot propagate it at the start. Also what the Spark job puts objects into shells with.
     *
     * @param set the object's element set
     * @param cursor a cursor of the batch propagator that holds the set at index {@code i}
     * @param i index of the object
     * @param start first date
     * @param span span (s)
     * @param lo lowest distance per object (km), written at {@code i}
     * @param hi highest distance per object (km), written at {@code i}; +infinity for an unbound osculating orbit
     * @return whether the band was filled
     */
    public static boolean radialBand(TleElements set, BatchSgp4.Cursor cursor, int i, AbsoluteDate start,
            double span, double[] lo, double[] hi) {
        double a = Math.cbrt(MU / (set.meanMotionRadPerS() * set.meanMotionRadPerS()));
        double qMin = a * (1.0 - set.eccentricity());
        double qMax = a * (1.0 + set.eccentricity());
        for (double t : new double[] {0.0, span}) {
            double minutes = (t - set.epoch().durationFrom(start)) / 60.0;
            int code = cursor.propagate(i, minutes);
            if (code != Sgp4Errors.NONE) {
                if (t == 0.0 && code != Sgp4Errors.DECAYED) {
                    return false;
                }
                continue;
            }
            double[] s = cursor.state();
            double r = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
            double v2 = s[3] * s[3] + s[4] * s[4] + s[5] * s[5];
            double energy = v2 / 2.0 - MU / r;
            qMin = Math.min(qMin, r);
            qMax = Math.max(qMax, r);
            if (energy >= 0.0) {
                qMax = Double.POSITIVE_INFINITY;
                continue;
            }
            double sma = -MU / (2.0 * energy);
            double hx = s[1] * s[5] - s[2] * s[4];
            double hy = s[2] * s[3] - s[0] * s[5];
            double hz = s[0] * s[4] - s[1] * s[3];
            double h2 = hx * hx + hy * hy + hz * hz;
            double e = Math.sqrt(Math.max(0.0, 1.0 - h2 / (MU * sma)));
            qMin = Math.min(qMin, sma * (1.0 - e));
            qMax = Math.max(qMax, sma * (1.0 + e));
        }
        lo[i] = qMin - BAND_MARGIN_KM;
        hi[i] = qMax + BAND_MARGIN_KM;
        return true;
    }

    /**
     * Bound on the second derivative of an object's distance from the Earth's centre over a window. In two-body
     * motion {@code d²r/dt² = μ (p/r - 1) / r²} with the semi-latus rectum {@code p = |r × v|² / μ}, and
     * {@code |p/r - 1| <= e} on any conic, so {@code |d²r/dt²| <= μ e / r²}; a near-circular orbit's distance
     * hardly curves at all, which is what makes the radial sweep tight. The osculating eccentricity moves by far
     * less than {@value #PERTURBATION_MARGIN_KMPS2} km/s² worth within a window; the margin is added.
     * @param lowest lowest distance the object can reach in the window (km)
     * @return the bound (km/s²), never more than {@link #MAX_ACCELERATION_KMPS2}
     */
    static double radialAcceleration(double x, double y, double z, double vx, double vy, double vz, double r,
            double lowest) {
        double hx = y * vz - z * vy;
        double hy = z * vx - x * vz;
        double hz = x * vy - y * vx;
        double h2 = hx * hx + hy * hy + hz * hz;
        double energy = (vx * vx + vy * vy + vz * vz) / 2.0 - MU / r;
        double e = Math.sqrt(Math.max(0.0, 1.0 + 2.0 * energy * h2 / (MU * MU)));
        if (!(lowest > 1000.0)) {
            return MAX_ACCELERATION_KMPS2;
        }
        return Math.min(MAX_ACCELERATION_KMPS2, MU * e / (lowest * lowest) + PERTURBATION_MARGIN_KMPS2);
    }

    /**
     * Bound on the relative acceleration of two objects over a window. Their accelerations differ by the change of
     * gravity between them: the gradient of μ r/|r|³ has norm 2μ/r³, so two-body accelerations differ by at most
     * 2μ/ρ³ times their separation, ρ being the lowest distance from the centre along the line between them (their
     * lowest distances less the sag of a chord of that length). J2 changes the gradient by a few parts in a
     * thousand (5 % allowed); the other terms are in the margin.
     * @param separation largest separation in the window (km)
     * @param lowest lowest distance of either object from the Earth's centre in the window (km)
     * @return the bound (km/s²), never more than twice {@link #MAX_ACCELERATION_KMPS2}
     */
    static double relativeAcceleration(double separation, double lowest) {
        double rho = lowest - separation * separation / (4.0 * Math.max(lowest, 1.0));
        if (!(rho > 1000.0)) {
            return 2.0 * MAX_ACCELERATION_KMPS2;
        }
        return Math.min(2.0 * MAX_ACCELERATION_KMPS2,
                2.1 * MU * separation / (rho * rho * rho) + 2.0 * PERTURBATION_MARGIN_KMPS2);
    }

    /** @return {pairs before the filter, pairs whose bands meet within the threshold} */
    static long[] countBandPairs(double[] lo, double[] hi, boolean[] ok, boolean[] isPrimary, boolean primaryMode,
            double threshold) {
        double[] los = select(lo, ok, null);
        double[] his = select(hi, ok, null);
        Arrays.sort(los);
        Arrays.sort(his);
        long n = los.length;
        if (!primaryMode) {
            long disjoint = 0;
            for (int i = 0; i < lo.length; i++) {
                if (ok[i]) {
                    disjoint += n - upper(los, hi[i] + threshold);
                }
            }
            long total = n * (n - 1) / 2;
            return new long[] {total, total - disjoint};
        }
        double[] plo = select(lo, ok, isPrimary);
        double[] phi = select(hi, ok, isPrimary);
        Arrays.sort(plo);
        Arrays.sort(phi);
        long p = plo.length;
        long withAll = 0;
        long withPrimaries = 0;
        for (int i = 0; i < lo.length; i++) {
            if (ok[i] && isPrimary[i]) {
                withAll += n - (n - upper(los, hi[i] + threshold)) - lower(his, lo[i] - threshold) - 1;
                withPrimaries += p - (p - upper(plo, hi[i] + threshold)) - lower(phi, lo[i] - threshold) - 1;
            }
        }
        long total = p * (n - p) + p * (p - 1) / 2;
        return new long[] {total, withAll - withPrimaries / 2};
    }

    /** @return the objects to propagate: every valid one, or those whose band meets a primary's band */
    static boolean[] keepers(double[] lo, double[] hi, boolean[] ok, boolean[] isPrimary, boolean primaryMode,
            double threshold) {
        int n = lo.length;
        boolean[] keep = new boolean[n];
        if (!primaryMode) {
            System.arraycopy(ok, 0, keep, 0, n);
            return keep;
        }
        // primaries sorted by lower bound, with the running maximum of their upper bounds
        List<double[]> bands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (ok[i] && isPrimary[i]) {
                bands.add(new double[] {lo[i], hi[i]});
            }
        }
        bands.sort(Comparator.comparingDouble(b -> b[0]));
        double[] starts = new double[bands.size()];
        double[] maxEnd = new double[bands.size()];
        double running = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < bands.size(); k++) {
            starts[k] = bands.get(k)[0];
            running = Math.max(running, bands.get(k)[1]);
            maxEnd[k] = running;
        }
        for (int i = 0; i < n; i++) {
            if (!ok[i]) {
                continue;
            }
            int last = upper(starts, hi[i] + threshold) - 1;
            keep[i] = isPrimary[i] || (last >= 0 && maxEnd[last] >= lo[i] - threshold);
        }
        return keep;
    }

    private static double[] select(double[] values, boolean[] ok, boolean[] also) {
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (ok[i] && (also == null || also[i])) {
                count++;
            }
        }
        double[] out = new double[count];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (ok[i] && (also == null || also[i])) {
                out[k++] = values[i];
            }
        }
        return out;
    }

    /** @return number of sorted values at most x */
    private static int upper(double[] sorted, double x) {
        int a = 0;
        int b = sorted.length;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (sorted[m] <= x) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        return a;
    }

    /** @return number of sorted values strictly below x */
    private static int lower(double[] sorted, double x) {
        int a = 0;
        int b = sorted.length;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (sorted[m] < x) {
                a = m + 1;
            } else {
                b = m;
            }
        }
        return a;
    }

    /** A counter several workers add to. */
    static final class AtomicLongCounter {
        private final java.util.concurrent.atomic.AtomicLong value = new java.util.concurrent.atomic.AtomicLong();

        void add(long delta) {
            value.addAndGet(delta);
        }

        long get() {
            return value.get();
        }
    }

    /** The work of one thread: grid, pair tests and refinement, with its own scratch arrays. */
    private static final class Worker {
        private static final int OFFSET = 1 << 20;
        private static final int MAX_CELL = (1 << 21) - 1;
        /** Neighbour offsets (dx, dy, dz) after (0, 0, 0) in lexicographic order: each neighbouring pair once. */
        private static final long[] HALF = new long[13];
        /** All 27 neighbour offsets, (0, 0, 0) included. */
        private static final long[] ALL = new long[27];

        static {
            int h = 0;
            int a = 0;
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dz = -1; dz <= 1; dz++) {
                        long off = ((long) dx << 42) + ((long) dy << 21) + dz;
                        ALL[a++] = off;
                        if (dx > 0 || (dx == 0 && (dy > 0 || (dy == 0 && dz > 0)))) {
                            HALF[h++] = off;
                        }
                    }
                }
            }
        }

        private final Run run;
        private final BatchSgp4.Cursor cursor;
        final List<Conjunction> found = new ArrayList<>();
        // objects of the step in input order
        private final int[] tmpIndex;
        private final double[] tmpRadius;
        private final double[] tmpLo;
        private final double[] tmpHi;
        private final double[] tmpLowest;
        private final int[] tmpCell;
        private final int[] order;
        private final long[] sortKey;
        // the same, sorted by cell and, within a cell, by the lower end of the radial interval
        private final int[] index;
        private final double[] px;
        private final double[] py;
        private final double[] pz;
        private final double[] qx;
        private final double[] qy;
        private final double[] qz;
        private final double[] radius;
        private final double[] lo;
        private final double[] hi;
        private final double[] lowestRadius;
        // cells
        private final long[] cellKey;
        private final int[] cellStart;
        private final int[] cellCount;
        // hash table from cell key to cell number
        /** Open addressing, two longs a slot: the cell key, then the step stamp (high half) and cell number. */
        private final long[] table;
        private final int hashBits;
        private int stamp;
        private final double[] rate;
        private final double[] s1 = new double[6];
        private final double[] s2 = new double[6];
        private long gridPairs;
        private long linearPairs;

        Worker(Run run) {
            this.run = run;
            this.cursor = run.batch.cursor();
            int n = run.batch.size();
            tmpIndex = new int[n];
            tmpRadius = new double[n];
            tmpLo = new double[n];
            tmpHi = new double[n];
            tmpLowest = new double[n];
            tmpCell = new int[n];
            order = new int[n];
            sortKey = new long[n];
            index = new int[n];
            px = new double[n];
            py = new double[n];
            pz = new double[n];
            qx = new double[n];
            qy = new double[n];
            qz = new double[n];
            radius = new double[n];
            lo = new double[n];
            hi = new double[n];
            lowestRadius = new double[n];
            cellKey = new long[n];
            cellStart = new int[n + 1];
            cellCount = new int[n];
            int bits = 4;
            while ((1 << bits) < 2 * n) {
                bits++;
            }
            hashBits = bits;
            table = new long[2 << bits];
            rate = new double[run.subPerStep + 1];
        }

        void steps(StepStates states, int k0, int count, AtomicInteger next) {
            for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
                step(states, c, k0 + c);
            }
            run.gridPairs.add(gridPairs);
            run.linearPairs.add(linearPairs);
            gridPairs = 0;
            linearPairs = 0;
        }

        private void step(StepStates states, int column, int k) {
            double tk = k * run.dt;
            double tauLo = Math.max(-run.half, -tk);
            double tauHi = Math.min(run.half, run.span - tk);
            if (tauHi <= tauLo) {
                return;
            }
            int m = gather(states, column);
            if (m < 2) {
                return;
            }
            int cells = buildCells(states, column, m);
            if (!run.primaryMode) {
                for (int c = 0; c < cells; c++) {
                    int s0 = cellStart[c];
                    int e0 = cellStart[c + 1];
                    // within the cell: b after a in the order of lower ends, while the intervals overlap
                    for (int a = s0; a < e0; a++) {
                        double top = hi[a];
                        for (int b = a + 1; b < e0 && lo[b] <= top; b++) {
                            test(a, b, k, tauLo, tauHi);
                        }
                    }
                    for (long off : HALF) {
                        int nc = find(cellKey[c] + off, (1 << hashBits) - 1);
                        if (nc >= 0) {
                            sweep(s0, e0, cellStart[nc], cellStart[nc + 1], k, tauLo, tauHi);
                        }
                    }
                }
            } else {
                boolean[] primary = run.primary;
                for (int c = 0; c < cells; c++) {
                    for (int a = cellStart[c], e0 = cellStart[c + 1]; a < e0; a++) {
                        if (!primary[index[a]]) {
                            continue;
                        }
                        for (long off : ALL) {
                            int nc = off == 0 ? c : find(cellKey[c] + off, (1 << hashBits) - 1);
                            if (nc < 0) {
                                continue;
                            }
                            for (int b = cellStart[nc], e1 = cellStart[nc + 1]; b < e1 && lo[b] <= hi[a]; b++) {
                                if (b == a || hi[b] < lo[a] || (primary[index[b]] && index[b] < index[a])) {
                                    continue;
                                }
                                test(a, b, k, tauLo, tauHi);
                            }
                        }
                    }
                }
            }
        }

        /**
         * Reads the valid states of one step: each object's reach (sphere radius) and its radial interval, the
         * distances from the Earth's centre it can take in the window widened by half the threshold.
         * @return number of objects kept
         */
        private int gather(StepStates states, int column) {
            double h = run.half;
            double pad = MAX_ACCELERATION_KMPS2 * h * h / 2.0 + run.threshold / 2.0;
            double radialPad = run.threshold / 2.0 + VELOCITY_MISMATCH_KMPS * h;
            int n = run.batch.size();
            double[] x = states.x[column];
            double[] y = states.y[column];
            double[] z = states.z[column];
            double[] vx = states.vx[column];
            double[] vy = states.vy[column];
            double[] vz = states.vz[column];
            int m = 0;
            for (int i = 0; i < n; i++) {
                double speed = Math.sqrt(vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
                double r = speed * h + pad;
                if (!(r < Double.POSITIVE_INFINITY) || Double.isNaN(x[i] + y[i] + z[i])) {
                    continue;
                }
                double rr = Math.sqrt(x[i] * x[i] + y[i] * y[i] + z[i] * z[i]);
                double radialSpeed = Math.abs(x[i] * vx[i] + y[i] * vy[i] + z[i] * vz[i]) / rr;
                double lowest = rr - speed * h - MAX_ACCELERATION_KMPS2 * h * h / 2.0;
                double reach = radialSpeed * h + radialAcceleration(x[i], y[i], z[i], vx[i], vy[i], vz[i], rr, lowest)
                        * h * h / 2.0 + radialPad;
                tmpIndex[m] = i;
                tmpRadius[m] = r;
                // the ends rounded outwards to float, so that the sort key can carry them exactly
                tmpLo[m] = Math.nextDown((float) (rr - reach));
                tmpHi[m] = Math.nextUp((float) (rr + reach));
                tmpLowest[m] = lowest;
                m++;
            }
            return m;
        }

        /**
         * Hashes the objects into cubic cells of twice the largest reach, so that every pair that can come within
         * the threshold lies in the same or neighbouring cells, and lays them out by cell, each cell sorted by the
         * lower end of the radial intervals.
         * @return number of cells
         */
        private int buildCells(StepStates states, int column, int m) {
            double maxRadius = 0.0;
            for (int a = 0; a < m; a++) {
                maxRadius = Math.max(maxRadius, tmpRadius[a]);
            }
            double[] x = states.x[column];
            double[] y = states.y[column];
            double[] z = states.z[column];
            double inv = 1.0 / (2.0 * maxRadius);
            int mask = (1 << hashBits) - 1;
            int cells = 0;
            stamp++;
            for (int a = 0; a < m; a++) {
                int j = tmpIndex[a];
                long key = key(x[j] * inv, y[j] * inv, z[j] * inv);
                int slot = slot(key, mask);
                while ((int) (table[2 * slot + 1] >>> 32) == stamp && table[2 * slot] != key) {
                    slot = (slot + 1) & mask;
                }
                int cell;
                if ((int) (table[2 * slot + 1] >>> 32) != stamp) {
                    table[2 * slot] = key;
                    table[2 * slot + 1] = ((long) stamp << 32) | cells;
                    cellKey[cells] = key;
                    cellCount[cells] = 0;
                    cell = cells++;
                } else {
                    cell = (int) table[2 * slot + 1];
                }
                tmpCell[a] = cell;
                cellCount[cell]++;
            }
            cellStart[0] = 0;
            for (int c = 0; c < cells; c++) {
                cellStart[c + 1] = cellStart[c] + cellCount[c];
                cellCount[c] = cellStart[c];
            }
            for (int a = 0; a < m; a++) {
                order[cellCount[tmpCell[a]]++] = a;
            }
            double[] vx = states.vx[column];
            double[] vy = states.vy[column];
            double[] vz = states.vz[column];
            for (int c = 0; c < cells; c++) {
                int s0 = cellStart[c];
                int e0 = cellStart[c + 1];
                sortByLowerEnd(s0, e0);
                for (int pos = s0; pos < e0; pos++) {
                    int a = order[pos];
                    int i = tmpIndex[a];
                    index[pos] = i;
                    px[pos] = x[i];
                    py[pos] = y[i];
                    pz[pos] = z[i];
                    qx[pos] = vx[i];
                    qy[pos] = vy[i];
                    qz[pos] = vz[i];
                    radius[pos] = tmpRadius[a];
                    lo[pos] = tmpLo[a];
                    hi[pos] = tmpHi[a];
                    lowestRadius[pos] = tmpLowest[a];
                }
            }
            return cells;
        }

        /** Sorts order[s0, e0) by tmpLo: insertion sort for the usual small cells, a packed-key sort for big ones. */
        private void sortByLowerEnd(int s0, int e0) {
            if (e0 - s0 <= 24) {
                for (int p = s0 + 1; p < e0; p++) {
                    int v = order[p];
                    double key = tmpLo[v];
                    int q = p - 1;
                    while (q >= s0 && tmpLo[order[q]] > key) {
                        order[q + 1] = order[q];
                        q--;
                    }
                    order[q + 1] = v;
                }
                return;
            }
            for (int p = s0; p < e0; p++) {
                // tmpLo holds floats; their bits, made to sort as signed integers, then the object
                int bits = Float.floatToIntBits((float) tmpLo[order[p]]);
                bits ^= (bits >> 31) & 0x7fffffff;
                sortKey[p] = ((long) bits << 32) | (order[p] & 0xffffffffL);
            }
            Arrays.sort(sortKey, s0, e0);
            for (int p = s0; p < e0; p++) {
                order[p] = (int) sortKey[p];
            }
        }

        /**
         * Every pair of an object of cell A with one of cell B whose radial intervals overlap: both are in the order of
         * their lower ends; merging them, the object with the lower lower end meets exactly the objects of the other
         * cell whose lower ends lie within its interval.
         */
        private void sweep(int a, int ea, int b, int eb, int k, double tauLo, double tauHi) {
            while (a < ea && b < eb) {
                if (lo[a] <= lo[b]) {
                    double top = hi[a];
                    for (int q = b; q < eb && lo[q] <= top; q++) {
                        test(a, q, k, tauLo, tauHi);
                    }
                    a++;
                } else {
                    double top = hi[b];
                    for (int q = a; q < ea && lo[q] <= top; q++) {
                        test(q, b, k, tauLo, tauHi);
                    }
                    b++;
                }
            }
        }

        private static long key(double fx, double fy, double fz) {
            long ix = clamp((long) Math.floor(fx) + OFFSET);
            long iy = clamp((long) Math.floor(fy) + OFFSET);
            long iz = clamp((long) Math.floor(fz) + OFFSET);
            return (ix << 42) | (iy << 21) | iz;
        }

        private static long clamp(long v) {
            return v < 1 ? 1 : Math.min(v, MAX_CELL - 1);
        }

        private int slot(long key, int mask) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - hashBits)) & mask;
        }

        private int find(long key, int mask) {
            int slot = slot(key, mask);
            while ((int) (table[2 * slot + 1] >>> 32) == stamp) {
                if (table[2 * slot] == key) {
                    return (int) table[2 * slot + 1];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        /** Grid pad, then the linear-motion bound, then the refinement of a pair at step k. */
        private void test(int a, int b, int k, double tauLo, double tauHi) {
            double dx = px[b] - px[a];
            double dy = py[b] - py[a];
            double dz = pz[b] - pz[a];
            double d2 = dx * dx + dy * dy + dz * dz;
            double reach = radius[a] + radius[b];
            if (d2 > reach * reach) {
                return;
            }
            gridPairs++;
            double ux = qx[b] - qx[a];
            double uy = qy[b] - qy[a];
            double uz = qz[b] - qz[a];
            double uu = ux * ux + uy * uy + uz * uz;
            double h = run.half;
            double speed = Math.sqrt(uu);
            // relative acceleration: first the plain bound (cheap), then the gravity-gradient one for the survivors
            double farthest = Math.sqrt(d2) + speed * h + MAX_ACCELERATION_KMPS2 * h * h;
            double rel = 2.0 * MAX_ACCELERATION_KMPS2;
            if (!withinLinearBound(dx, dy, dz, ux, uy, uz, uu, speed, rel, tauLo, tauHi)) {
                return;
            }
            rel = relativeAcceleration(farthest, Math.min(lowestRadius[a], lowestRadius[b]));
            if (!withinLinearBound(dx, dy, dz, ux, uy, uz, uu, speed, rel, tauLo, tauHi)) {
                return;
            }
            linearPairs++;
            // Over the window the range rate r.v has derivative |v|^2 + r.a >= |v|^2 - |r| a_rel: when that is positive
            // everywhere the range rate changes sign at most once and the window ends tell whether it does.
            double slowest = speed - rel * h;
            refine(index[a], index[b], k, slowest > 0.0 && slowest * slowest > farthest * rel);
        }

        /**
         * The relative position is r + u τ plus at most rel τ²/2. Bounding the deviation over the whole window, the
         * range can only be under the threshold at times within (D + rel h²/2) / |u| of the linear closest approach;
         * that bounds |τ| and so the deviation again, much more tightly for fast pairs.
         * @return whether the range can come under the threshold within [tauLo, tauHi]
         */
        private boolean withinLinearBound(double dx, double dy, double dz, double ux, double uy, double uz, double uu,
                double speed, double rel, double tauLo, double tauHi) {
            double h = run.half;
            double limit = run.threshold + rel * h * h / 2.0;
            double tau = 0.0;
            if (uu > 0.0) {
                double free = -(dx * ux + dy * uy + dz * uz) / uu;
                double reachTime = limit / speed;
                double lo1 = Math.max(tauLo, free - reachTime);
                double hi1 = Math.min(tauHi, free + reachTime);
                if (lo1 > hi1) {
                    return false;
                }
                double far = Math.max(Math.abs(lo1), Math.abs(hi1));
                limit = run.threshold + rel * far * far / 2.0;
                tau = Math.max(lo1, Math.min(hi1, free));
            }
            double mx = dx + ux * tau;
            double my = dy + uy * tau;
            double mz = dz + uz * tau;
            return mx * mx + my * my + mz * mz <= limit * limit;
        }

        /** Finds the local minima of the exact range of objects i and j in the window of step k. */
        private void refine(int i, int j, int k, boolean monotone) {
            int first;
            int second;
            boolean pi = run.primary[i];
            boolean pj = run.primary[j];
            if (run.primaryMode && pi != pj) {
                first = pi ? i : j;
            } else {
                first = run.ids[i].catalogNumber() <= run.ids[j].catalogNumber() ? i : j;
            }
            second = first == i ? j : i;
            int s = run.subPerStep;
            int qLo = Math.max(0, k * s - s / 2);
            int qHi = Math.min(run.lastSample, k * s + s / 2);
            if (monotone) {
                double tLo = run.sampleTime(qLo);
                double tHi = run.sampleTime(qHi);
                double gLo = rangeRate(first, second, tLo);
                double gHi = gLo < 0.0 ? rangeRate(first, second, tHi) : Double.NaN;
                if (gLo < 0.0 && gHi >= 0.0 && !fartherThanThreshold(first, second, tLo, gLo, tHi, gHi)) {
                    Conjunction c = conjunction(first, second, minimumNear(first, second, tLo, tHi));
                    if (c != null && c.missDistanceKm() <= run.threshold) {
                        found.add(c);
                    }
                }
                return;
            }
            for (int q = qLo; q <= qHi; q++) {
                rate[q - qLo] = rangeRate(first, second, run.sampleTime(q));
            }
            for (int q = qLo; q < qHi; q++) {
                double ga = rate[q - qLo];
                double gb = rate[q + 1 - qLo];
                if (ga < 0.0 && gb >= 0.0) {
                    double t = minimumNear(first, second, run.sampleTime(q), run.sampleTime(q + 1));
                    Conjunction c = conjunction(first, second, t);
                    if (c != null && c.missDistanceKm() <= run.threshold) {
                        found.add(c);
                    }
                }
            }
        }

        /**
         * For a fast pair: the root of the range rate by the Illinois method to {@value #ROOT_TOLERANCE_S} s, and
         * whether the range there exceeds the threshold by more than the relative speed times that tolerance (plus
         * 10 m), in which case the minimum cannot be under the threshold and the full search is skipped.
         */
        private boolean fartherThanThreshold(int first, int second, double a, double ga, double b, double gb) {
            int side = 0;
            for (int iter = 0; iter < 60 && b - a > ROOT_TOLERANCE_S; iter++) {
                double t = (a * gb - b * ga) / (gb - ga);
                if (!(t > a && t < b)) {
                    t = 0.5 * (a + b);
                }
                double g = rangeRate(first, second, t);
                if (Double.isNaN(g)) {
                    return false;
                }
                if (g < 0.0) {
                    a = t;
                    ga = g;
                    if (side == -1) {
                        gb *= 0.5;
                    }
                    side = -1;
                } else {
                    b = t;
                    gb = g;
                    if (side == 1) {
                        ga *= 0.5;
                    }
                    side = 1;
                }
            }
            double t = 0.5 * (a + b);
            if (!states(first, second, t)) {
                return false;
            }
            double dx = s2[0] - s1[0];
            double dy = s2[1] - s1[1];
            double dz = s2[2] - s1[2];
            double ux = s2[3] - s1[3];
            double uy = s2[4] - s1[4];
            double uz = s2[5] - s1[5];
            double range = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double speed = Math.sqrt(ux * ux + uy * uy + uz * uz);
            return range > run.threshold + speed * ROOT_TOLERANCE_S + 0.01;
        }

        /** @return false when either object fails at time t (s from start); else s1 and s2 hold the states */
        private boolean states(int first, int second, double t) {
            if (!state(first, t, s1)) {
                return false;
            }
            return state(second, t, s2);
        }

        private boolean state(int i, double t, double[] into) {
            int code = cursor.propagate(i, (t - run.epochOffset[i]) / 60.0);
            if (code != Sgp4Errors.NONE) {
                return false;
            }
            System.arraycopy(cursor.state(), 0, into, 0, 6);
            return true;
        }

        /** @return relative position dot relative velocity (km²/s), NaN when a state fails */
        private double rangeRate(int first, int second, double t) {
            if (!states(first, second, t)) {
                return Double.NaN;
            }
            return (s2[0] - s1[0]) * (s2[3] - s1[3]) + (s2[1] - s1[1]) * (s2[4] - s1[4])
                    + (s2[2] - s1[2]) * (s2[5] - s1[5]);
        }

        /** @return squared range (km²), +infinity when a state fails */
        private double range2(int first, int second, double t) {
            if (!states(first, second, t)) {
                return Double.POSITIVE_INFINITY;
            }
            double dx = s2[0] - s1[0];
            double dy = s2[1] - s1[1];
            double dz = s2[2] - s1[2];
            return dx * dx + dy * dy + dz * dz;
        }

        /**
         * The minimum of the exact range near the sub-step [a, b] where the range rate changes sign. SGP4's velocity
         * is not exactly the derivative of its position, so for slow encounters the minimum of the range can lie a
         * little outside [a, b]: the search starts on [a - sub, b + sub] and moves by one sub-step while the minimum
         * sits on an edge (at most {@value #MAX_SHIFTS} times).
         */
        private double minimumNear(int first, int second, double a, double b) {
            double lo = Math.max(0.0, a - run.sub);
            double hi = Math.min(run.span, b + run.sub);
            double t = minimumOfRange(first, second, lo, hi);
            for (int shift = 0; shift < MAX_SHIFTS; shift++) {
                if (t - lo < EDGE && lo > 0.0) {
                    hi = lo + run.sub;
                    lo = Math.max(0.0, lo - run.sub);
                } else if (hi - t < EDGE && hi < run.span) {
                    lo = hi - run.sub;
                    hi = Math.min(run.span, hi + run.sub);
                } else {
                    break;
                }
                t = minimumOfRange(first, second, lo, hi);
            }
            return t;
        }

        /**
         * Brent's minimisation (golden section with parabolic steps, R. P. Brent, "Algorithms for minimization
         * without derivatives", 1973, procedure localmin) of the squared range on [a, b] (s from start).
         */
        private double minimumOfRange(int first, int second, double a, double b) {
            final double golden = 0.3819660112501051;
            double x = a + golden * (b - a);
            double w = x;
            double v = x;
            double fx = range2(first, second, x);
            double fw = fx;
            double fv = fx;
            double d = 0.0;
            double e = 0.0;
            for (int iter = 0; iter < 200; iter++) {
                double m = 0.5 * (a + b);
                double tol = 1e-10 * Math.abs(x) + TCA_TOLERANCE_S / 3.0;
                double t2 = 2.0 * tol;
                if (Math.abs(x - m) <= t2 - 0.5 * (b - a)) {
                    break;
                }
                double p = 0.0;
                double q = 0.0;
                double r = 0.0;
                if (Math.abs(e) > tol) {
                    r = (x - w) * (fx - fv);
                    q = (x - v) * (fx - fw);
                    p = (x - v) * q - (x - w) * r;
                    q = 2.0 * (q - r);
                    if (q > 0.0) {
                        p = -p;
                    } else {
                        q = -q;
                    }
                    r = e;
                    e = d;
                }
                double u;
                if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
                    d = p / q;
                    u = x + d;
                    if (u - a < t2 || b - u < t2) {
                        d = x < m ? tol : -tol;
                    }
                } else {
                    e = (x < m ? b : a) - x;
                    d = golden * e;
                }
                u = x + (Math.abs(d) >= tol ? d : (d > 0.0 ? tol : -tol));
                double fu = range2(first, second, u);
                if (fu <= fx) {
                    if (u < x) {
                        b = x;
                    } else {
                        a = x;
                    }
                    v = w;
                    fv = fw;
                    w = x;
                    fw = fx;
                    x = u;
                    fx = fu;
                } else {
                    if (u < x) {
                        a = u;
                    } else {
                        b = u;
                    }
                    if (fu <= fw || w == x) {
                        v = w;
                        fv = fw;
                        w = u;
                        fw = fu;
                    } else if (fu <= fv || v == x || v == w) {
                        v = u;
                        fv = fu;
                    }
                }
            }
            return x;
        }

        private Conjunction conjunction(int first, int second, double t) {
            if (!states(first, second, t)) {
                return null;
            }
            double dx = s2[0] - s1[0];
            double dy = s2[1] - s1[1];
            double dz = s2[2] - s1[2];
            double ux = s2[3] - s1[3];
            double uy = s2[4] - s1[4];
            double uz = s2[5] - s1[5];
            double[] rtn = rtn(s1, dx, dy, dz);
            return new Conjunction(run.ids[first], run.ids[second], run.start.shiftedBy(t),
                    Math.sqrt(dx * dx + dy * dy + dz * dz), Math.sqrt(ux * ux + uy * uy + uz * uz), rtn[0], rtn[1],
                    rtn[2], s1, s2);
        }
    }

    /**
     * @param state {x, y, z, vx, vy, vz} of the reference object
     * @return the vector (dx, dy, dz) in the object's radial / in-track / cross-track frame
     */
    static double[] rtn(double[] state, double dx, double dy, double dz) {
        double r = Math.sqrt(state[0] * state[0] + state[1] * state[1] + state[2] * state[2]);
        double rx = state[0] / r;
        double ry = state[1] / r;
        double rz = state[2] / r;
        double nx = state[1] * state[5] - state[2] * state[4];
        double ny = state[2] * state[3] - state[0] * state[5];
        double nz = state[0] * state[4] - state[1] * state[3];
        double nn = Math.sqrt(nx * nx + ny * ny + nz * nz);
        nx /= nn;
        ny /= nn;
        nz /= nn;
        double tx = ny * rz - nz * ry;
        double ty = nz * rx - nx * rz;
        double tz = nx * ry - ny * rx;
        return new double[] {dx * rx + dy * ry + dz * rz, dx * tx + dy * ty + dz * tz, dx * nx + dy * ny + dz * nz};
    }
}
