package space.cosmodrome.sgp4;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.tle.TleElements;

/**
 * SGP4/SDP4 for whole catalogs: build it once from a list of element sets, then ask for many objects at many
 * times in one call.
 *
 * <p>The theory is the one published in "Revisiting Spacetrack Report #3" (Vallado, Crawford, Hujsak, Kelso,
 * AIAA 2006-6753), including the deep-space terms for periods of 225 minutes or more; with {@link GravityModel#WGS72}
 * and {@link OperationMode#IMPROVED} (the defaults) it reproduces the paper's verification output.</p>
 *
 * <p>Layout: the elements and every coefficient computed at initialisation are kept in flat primitive arrays, one
 * array per quantity and one slot per object (structure of arrays); the deep-space coefficients of the objects
 * that need them are kept in blocks of one flat array. Propagation takes one object at a time and runs over all
 * requested times, writing into the arrays of a {@link Sgp4States}; nothing is allocated per object or per time.
 * On a regular time grid, near-Earth objects are computed in vectorisable passes over the grid
 * ({@code NearEarthGrid}); deep-space objects advance their solar and lunar angles by rotations, take their secular
 * and lunar-solar terms time by time ({@code perturbedElements}) and, below an eccentricity of 0.08, the rest of the
 * theory in the same passes ({@code DeepSpaceGrid}); sines and cosines outside the passes come from
 * {@code FastTrig}. Otherwise each state is evaluated on its own ({@code propagateOne}, the reference path, also
 * behind {@link Cursor}). States made
 * by {@link #newPositionStates} get positions only, which skips the velocity terms. The parallel variants split the
 * catalog into chunks that worker threads take in turn.</p>
 *
 * <p>Results are positions (km) and velocities (km/s) in TEME, the frame of the theory, and the paper's error
 * code per object and time ({@link Sgp4Errors}). Instances are immutable and can be shared between threads.</p>
 */
public final class BatchSgp4 {
    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double X2O3 = 2.0 / 3.0;
    /** Objects per work unit in the parallel paths. */
    private static final int CHUNK = 32;

    private final GravityModel gravity;
    private final OperationMode mode;
    private final int n;
    private final int[] catalogNumber;
    private final AbsoluteDate[] epoch;
    private final AbsoluteDate reference;
    /** Epoch minus {@link #reference} (s). */
    private final double[] epochOffsetSeconds;

    // mean elements at epoch (rad, rad/min, 1/earth radii)
    private final double[] no;
    private final double[] ecco;
    private final double[] inclo;
    private final double[] nodeo;
    private final double[] argpo;
    private final double[] mo;
    private final double[] bstar;

    // near-Earth coefficients
    private final boolean[] isimp;
    private final int[] initError;
    private final double[] aycof;
    private final double[] con41;
    private final double[] cc1;
    private final double[] cc4;
    private final double[] cc5;
    private final double[] d2;
    private final double[] d3;
    private final double[] d4;
    private final double[] delmo;
    private final double[] eta;
    private final double[] argpdot;
    private final double[] omgcof;
    private final double[] sinmao;
    private final double[] t2cof;
    private final double[] t3cof;
    private final double[] t4cof;
    private final double[] t5cof;
    private final double[] x1mth2;
    private final double[] x7thm1;
    private final double[] mdot;
    private final double[] nodedot;
    private final double[] xlcof;
    private final double[] xmcof;
    private final double[] nodecf;
    private final double[] sinio;
    private final double[] cosio;
    /** (xke / no)^(2/3), the semi-major axis before drag (earth radii), and its reciprocal, for the grid passes. */
    private final double[] am0;
    private final double[] invAm0;

    /** Block index in {@link #deep} for deep-space objects, -1 for near-Earth ones. */
    private final int[] deepIndex;
    private final double[] deep;

    private BatchSgp4(List<TleElements> sets, GravityModel gravity, OperationMode mode) {
        this.gravity = gravity;
        this.mode = mode;
        n = sets.size();
        catalogNumber = new int[n];
        epoch = new AbsoluteDate[n];
        reference = n == 0 ? AbsoluteDate.J2000_EPOCH : sets.get(0).epoch();
        epochOffsetSeconds = new double[n];
        no = new double[n];
        ecco = new double[n];
        inclo = new double[n];
        nodeo = new double[n];
        argpo = new double[n];
        mo = new double[n];
        bstar = new double[n];
        isimp = new boolean[n];
        initError = new int[n];
        aycof = new double[n];
        con41 = new double[n];
        cc1 = new double[n];
        cc4 = new double[n];
        cc5 = new double[n];
        d2 = new double[n];
        d3 = new double[n];
        d4 = new double[n];
        delmo = new double[n];
        eta = new double[n];
        argpdot = new double[n];
        omgcof = new double[n];
        sinmao = new double[n];
        t2cof = new double[n];
        t3cof = new double[n];
        t4cof = new double[n];
        t5cof = new double[n];
        x1mth2 = new double[n];
        x7thm1 = new double[n];
        mdot = new double[n];
        nodedot = new double[n];
        xlcof = new double[n];
        xmcof = new double[n];
        nodecf = new double[n];
        sinio = new double[n];
        cosio = new double[n];
        am0 = new double[n];
        invAm0 = new double[n];
        deepIndex = new int[n];

        int deepCount = 0;
        for (int i = 0; i < n; i++) {
            TleElements set = sets.get(i);
            catalogNumber[i] = set.catalogNumber();
            epoch[i] = set.epoch();
            epochOffsetSeconds[i] = set.epoch().durationFrom(reference);
            deepIndex[i] = isDeepSpace(set, gravity) ? deepCount++ : -1;
        }
        deep = new double[deepCount * DeepSpace.STRIDE];
        double[] scratch = new double[DeepSpace.SCRATCH];
        double[] state = new double[6];
        for (int i = 0; i < n; i++) {
            TleElements set = sets.get(i);
            initialize(i, set.meanMotionRadPerS() * 60.0, set.eccentricity(), set.inclinationRad(), set.raanRad(),
                    set.argumentOfPerigeeRad(), set.meanAnomalyRad(), set.bStarPerEarthRadius(),
                    epoch1950(set.epochYear(), set.epochDayOfYear()));
            // the reference implementation propagates to epoch once and reports what fails there
            if (deepIndex[i] >= 0) {
                DeepSpace.resetIntegrator(deep, deepIndex[i] * DeepSpace.STRIDE, scratch);
            }
            initError[i] = propagateOne(i, 0.0, scratch, state);
        }
    }

    /**
     * Builds the propagator with WGS-72 and the improved operation mode, the setting that reproduces the
     * verification output of the paper and agrees with Orekit.
     * @param sets element sets; their order is the object order of every result
     * @return the propagator
     */
    public static BatchSgp4 of(List<TleElements> sets) {
        return of(sets, GravityModel.WGS72, OperationMode.IMPROVED);
    }

    /**
     * @param sets element sets; their order is the object order of every result
     * @param gravity Earth constants
     * @param mode operation mode
     * @return the propagator
     */
    public static BatchSgp4 of(List<TleElements> sets, GravityModel gravity, OperationMode mode) {
        return new BatchSgp4(List.copyOf(sets), gravity, mode);
    }

    /** @return number of objects */
    public int size() {
        return n;
    }

    /**
     * @param object object index
     * @return its catalog number
     */
    public int catalogNumber(int object) {
        return catalogNumber[object];
    }

    /**
     * @param object object index
     * @return epoch of its element set
     */
    public AbsoluteDate epoch(int object) {
        return epoch[object];
    }

    /**
     * @param object object index
     * @return true if it uses the deep-space terms (period of 225 minutes or more)
     */
    public boolean deepSpace(int object) {
        return deepIndex[object] >= 0;
    }

    /**
     * @param object object index
     * @return the error code of the propagation to epoch ({@link Sgp4Errors}); an element set that fails there
     *         fails at every time
     */
    public int initializationError(int object) {
        return initError[object];
    }

    /** @return the Earth constants in use */
    public GravityModel gravity() {
        return gravity;
    }

    /** @return the operation mode in use */
    public OperationMode mode() {
        return mode;
    }

    /**
     * @param timeCount number of times per object
     * @return result arrays sized for all objects of this propagator
     */
    public Sgp4States newStates(int timeCount) {
        return new Sgp4States(n, timeCount);
    }

    /**
     * Result arrays for callers that need positions only (visibility, coarse screening): every propagation method
     * given such states writes positions and error codes and skips the velocity terms.
     * @param timeCount number of times per object
     * @return position-only result arrays sized for all objects of this propagator
     */
    public Sgp4States newPositionStates(int timeCount) {
        return Sgp4States.positionsOnly(n, timeCount);
    }

    /**
     * Propagates every object to the same offsets from its own epoch, on the calling thread.
     * @param minutesSinceEpoch times since each object's epoch (min)
     * @param out results, sized {@code size() x minutesSinceEpoch.length}
     */
    public void propagateSinceEpoch(double[] minutesSinceEpoch, Sgp4States out) {
        check(minutesSinceEpoch.length, out);
        propagateRange(0, n, 0, minutesSinceEpoch, false, out);
    }

    /**
     * Propagates every object to the same dates, on the calling thread.
     * @param times dates
     * @param out results, sized {@code size() x times.length}
     */
    public void propagate(AbsoluteDate[] times, Sgp4States out) {
        check(times.length, out);
        propagateRange(0, n, 0, offsets(times), true, out);
    }

    /**
     * Propagates every object to a regular time grid, on the calling thread.
     * @param start first date
     * @param stepSeconds step (s)
     * @param count number of dates
     * @param out results, sized {@code size() x count}
     */
    public void propagate(AbsoluteDate start, double stepSeconds, int count, Sgp4States out) {
        check(count, out);
        propagateRange(0, n, 0, gridOffsets(start, stepSeconds, count), true, out);
    }

    /**
     * Propagates the objects {@code firstObject} to {@code firstObject + out.objectCount() - 1} to a regular time
     * grid, on the calling thread: object {@code firstObject + o} goes to row {@code o} of {@code out}. For catalogs
     * taken in chunks of objects over long time grids, which is faster per state than the whole catalog over few
     * times (the passes run over all the times of a call) and keeps the result arrays small.
     * @param firstObject index of the first object
     * @param start first date
     * @param stepSeconds step (s)
     * @param count number of dates
     * @param out results, sized {@code objects x count}, objects at most {@code size() - firstObject}
     */
    public void propagate(int firstObject, AbsoluteDate start, double stepSeconds, int count, Sgp4States out) {
        propagate(firstObject, start, stepSeconds, count, out, 1);
    }

    /**
     * {@link #propagate(int, AbsoluteDate, double, int, Sgp4States)} splitting the chunk across threads.
     * @param firstObject index of the first object
     * @param start first date
     * @param stepSeconds step (s)
     * @param count number of dates
     * @param out results, sized {@code objects x count}, objects at most {@code size() - firstObject}
     * @param threads number of threads (1 runs on the calling thread)
     */
    public void propagate(int firstObject, AbsoluteDate start, double stepSeconds, int count, Sgp4States out,
            int threads) {
        if (firstObject < 0 || firstObject > n) {
            throw CosmodromeException.badValue("firstObject", firstObject, "0 to " + n);
        }
        int objects = out.objectCount();
        if (objects > n - firstObject || out.timeCount() != count) {
            throw CosmodromeException.badValue("states", objects + " x " + out.timeCount(),
                    "arrays for at most " + (n - firstObject) + " objects x " + count + " times");
        }
        propagateParallel(firstObject, firstObject + objects, gridOffsets(start, stepSeconds, count), true, out,
                threads);
    }

    /**
     * Propagates every object to the same dates, splitting the catalog across threads.
     * @param times dates
     * @param out results, sized {@code size() x times.length}
     * @param threads number of threads (1 runs on the calling thread)
     */
    public void propagate(AbsoluteDate[] times, Sgp4States out, int threads) {
        check(times.length, out);
        propagateParallel(0, n, offsets(times), true, out, threads);
    }

    /**
     * Propagates every object to a regular time grid, splitting the catalog across threads.
     * @param start first date
     * @param stepSeconds step (s)
     * @param count number of dates
     * @param out results, sized {@code size() x count}
     * @param threads number of threads (1 runs on the calling thread)
     */
    public void propagate(AbsoluteDate start, double stepSeconds, int count, Sgp4States out, int threads) {
        check(count, out);
        propagateParallel(0, n, gridOffsets(start, stepSeconds, count), true, out, threads);
    }

    /**
     * Propagates every object to the same offsets from its own epoch, splitting the catalog across threads.
     * @param minutesSinceEpoch times since each object's epoch (min)
     * @param out results
     * @param threads number of threads (1 runs on the calling thread)
     */
    public void propagateSinceEpoch(double[] minutesSinceEpoch, Sgp4States out, int threads) {
        check(minutesSinceEpoch.length, out);
        propagateParallel(0, n, minutesSinceEpoch, false, out, threads);
    }

    /**
     * Propagates one object to one time; for tests and single look-ups, not for loops.
     * @param object object index
     * @param minutesSinceEpoch time since its epoch (min)
     * @param stateKmKmps receives {x, y, z, vx, vy, vz} (km, km/s) in TEME
     * @return error code ({@link Sgp4Errors})
     */
    public int propagateOne(int object, double minutesSinceEpoch, double[] stateKmKmps) {
        double[] scratch = new double[DeepSpace.SCRATCH];
        if (deepIndex[object] >= 0) {
            DeepSpace.resetIntegrator(deep, deepIndex[object] * DeepSpace.STRIDE, scratch);
        }
        return propagateOne(object, minutesSinceEpoch, scratch, stateKmKmps);
    }

    /** @return a new evaluator of single states, for root finding and look-ups (one per thread) */
    public Cursor cursor() {
        return new Cursor();
    }

    /**
     * Evaluates one object at one time without allocating, for callers that need many scattered single states
     * (root finding in pass prediction). Each instance holds its own work arrays: use one per thread.
     */
    public final class Cursor {
        private final double[] scratch = new double[DeepSpace.SCRATCH];
        private final double[] state = new double[6];

        private Cursor() {
        }

        /**
         * @param object object index
         * @param minutesSinceEpoch time since its epoch (min)
         * @return error code ({@link Sgp4Errors}); the state is valid for {@link Sgp4Errors#NONE} and
         *         {@link Sgp4Errors#DECAYED}
         */
        public int propagate(int object, double minutesSinceEpoch) {
            if (initError[object] != Sgp4Errors.NONE) {
                return initError[object];
            }
            if (deepIndex[object] >= 0) {
                DeepSpace.resetIntegrator(deep, deepIndex[object] * DeepSpace.STRIDE, scratch);
            }
            return propagateOne(object, minutesSinceEpoch, scratch, state);
        }

        /** @return the last state {x, y, z, vx, vy, vz} (km, km/s) in TEME, live array */
        public double[] state() {
            return state;
        }
    }

    private void check(int timeCount, Sgp4States out) {
        if (out.objectCount() != n || out.timeCount() != timeCount) {
            throw CosmodromeException.badValue("states", out.objectCount() + " x " + out.timeCount(),
                    "arrays for " + n + " objects x " + timeCount + " times");
        }
    }

    /** @return seconds from {@link #reference} to each date */
    private double[] offsets(AbsoluteDate[] times) {
        double[] offsets = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            offsets[k] = times[k].durationFrom(reference);
        }
        return offsets;
    }

    private double[] gridOffsets(AbsoluteDate start, double stepSeconds, int count) {
        double first = start.durationFrom(reference);
        double[] offsets = new double[count];
        for (int k = 0; k < count; k++) {
            offsets[k] = first + k * stepSeconds;
        }
        return offsets;
    }

    /** Objects {@code [from, to)} into rows {@code [0, to - from)} of out, split across threads. */
    private void propagateParallel(int from, int to, double[] times, boolean absolute, Sgp4States out,
            int threads) {
        if (threads < 1) {
            throw CosmodromeException.badValue("threads", threads, "1 or more");
        }
        int workers = Math.min(threads, (to - from + CHUNK - 1) / CHUNK);
        if (workers <= 1) {
            propagateRange(from, to, from, times, absolute, out);
            return;
        }
        AtomicInteger next = new AtomicInteger(from);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int start = next.getAndAdd(CHUNK); start < to; start = next.getAndAdd(CHUNK)) {
                    propagateRange(start, Math.min(to, start + CHUNK), from, times, absolute, out);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        Workers.run(work, workers, "sgp4", "batch SGP4 propagation");
        if (failure.get() != null) {
            throw CosmodromeException.internal("batch SGP4 propagation", failure.get());
        }
    }

    /**
     * The hot loop: objects {@code [from, to)} at every time, object i in row {@code i - firstRowObject} of out.
     * @param times minutes since epoch, or seconds from {@link #reference} when {@code absolute}
     */
    private void propagateRange(int from, int to, int firstRowObject, double[] times, boolean absolute,
            Sgp4States out) {
        double[] scratch = new double[DeepSpace.SCRATCH];
        double[] state = new double[6];
        int count = times.length;
        boolean velocities = out.hasVelocities();
        double[] x = out.xKm();
        double[] y = out.yKm();
        double[] z = out.zKm();
        double[] vx = out.vxKmPerS();
        double[] vy = out.vyKmPerS();
        double[] vz = out.vzKmPerS();
        int[] err = out.errorCode();
        boolean regular = isRegular(times);
        DeepSpaceGrid deepGrid = regular ? GRIDS.get() : null;
        NearEarthGrid grid = regular ? deepGrid.w : null;
        double[] sunMoon = new double[0];
        for (int i = from; i < to; i++) {
            int row = (i - firstRowObject) * count;
            if (initError[i] != Sgp4Errors.NONE) {
                for (int k = 0; k < count; k++) {
                    fail(row + k, initError[i], x, y, z, vx, vy, vz, err, velocities);
                }
                continue;
            }
            double shift = absolute ? epochOffsetSeconds[i] : 0.0;
            double t0 = count == 0 ? 0.0 : absolute ? (times[0] - shift) / 60.0 : times[0];
            double dt = regular ? (absolute ? (times[1] - times[0]) / 60.0 : times[1] - times[0]) : 0.0;
            if (deepIndex[i] < 0 && regular) {
                // long grids in tiles, so that the passes' work arrays stay in the core's cache
                for (int k0 = 0; k0 < count; k0 += TILE) {
                    propagateNearGrid(i, t0 + k0 * dt, dt, Math.min(TILE, count - k0), row + k0, x, y, z, vx, vy, vz,
                            err, velocities, grid, scratch, state);
                }
                continue;
            }
            if (deepIndex[i] >= 0) {
                DeepSpace.resetIntegrator(deep, deepIndex[i] * DeepSpace.STRIDE, scratch);
            }
            if (deepIndex[i] >= 0 && regular) {
                // deep space on a grid: the solar and lunar angles advance by rotations instead of four sines and
                // cosines per state; the resonance integrator keeps its derivatives from one call to the next
                if (sunMoon.length < 4 * TILE) {
                    sunMoon = new double[4 * TILE];
                }
                boolean onGrid = ecco[i] < DEEP_GRID_MAX_ECCENTRICITY;
                for (int k0 = 0; k0 < count; k0 += TILE) {
                    int tile = Math.min(TILE, count - k0);
                    double tileStart = t0 + k0 * dt;
                    DeepSpace.sunMoonGrid(deep, deepIndex[i] * DeepSpace.STRIDE, tileStart, dt, tile, sunMoon);
                    if (onGrid) {
                        propagateDeepGrid(i, tileStart, dt, tile, row + k0, x, y, z, vx, vy, vz, err, velocities,
                                deepGrid, sunMoon, scratch, state);
                        continue;
                    }
                    for (int k = 0; k < tile; k++) {
                        scratch[DeepSpace.S_ZF_GIVEN] = 1.0;
                        scratch[DeepSpace.S_SIN_ZF_SUN] = sunMoon[4 * k];
                        scratch[DeepSpace.S_COS_ZF_SUN] = sunMoon[4 * k + 1];
                        scratch[DeepSpace.S_SIN_ZF_MOON] = sunMoon[4 * k + 2];
                        scratch[DeepSpace.S_COS_ZF_MOON] = sunMoon[4 * k + 3];
                        write(row + k0 + k, propagateOne(i, tileStart + k * dt, scratch, state), state, x, y, z, vx,
                                vy, vz, err, velocities);
                    }
                    scratch[DeepSpace.S_ZF_GIVEN] = 0.0;
                }
                continue;
            }
            for (int k = 0; k < count; k++) {
                double t = absolute ? (times[k] - shift) / 60.0 : times[k];
                write(row + k, propagateOne(i, t, scratch, state), state, x, y, z, vx, vy, vz, err, velocities);
            }
        }
    }

    /** @return true when the times are evenly spaced (at least two of them), to the last few bits */
    private static boolean isRegular(double[] times) {
        int count = times.length;
        if (count < 2) {
            return false;
        }
        double step = (times[count - 1] - times[0]) / (count - 1);
        if (!(step > 0)) {
            return false;
        }
        double tolerance = 1e-9 * Math.max(1.0, Math.abs(times[0]) + Math.abs(times[count - 1]));
        for (int k = 1; k < count; k++) {
            if (Math.abs(times[k] - times[k - 1] - step) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * The near-Earth theory of {@link #propagateOne} on a regular time grid, for one object, computed in passes over
     * the grid by {@link NearEarthGrid}, then checked time by time: failing states get the error code of the
     * general path, and the rare states outside the passes' assumptions are computed by the general path.
     * Results agree with {@link #propagateOne} to rounding (checked by the tests at 1e-8 km).
     * @param velocities false to write positions and error codes only
     */
    private void propagateNearGrid(int i, double t0, double dt, int count, int row, double[] ox, double[] oy,
            double[] oz, double[] ovx, double[] ovy, double[] ovz, int[] err, boolean velocities, NearEarthGrid w,
            double[] scratch, double[] state) {
        final double xke = gravity.xke();
        final double re = gravity.radiusKm();
        final double n0 = no[i];
        final double e0 = ecco[i];
        final double bs = bstar[i];
        final double am0 = this.am0[i];
        final double invAm0 = this.invAm0[i];
        final boolean full = !isimp[i];
        // the passes run over a multiple of 32 times (the extra ones are discarded): the JIT's vector loops take 32
        // at a time and leave the remainder to a scalar loop, which for 60 times costs more than 4 extra times
        int m = (count + 31) & ~31;
        w.ensure(m);
        w.secularAngles(m, t0, dt, mo[i], mdot[i], argpo[i], argpdot[i], nodeo[i], nodedot[i]);
        // drag terms that grow with the time from epoch (of the mean anomaly, argument of perigee and node) can leave
        // the range of the passes' series days from epoch: their values at mid-grid are applied first by exact
        // rotations, so that the series see only their change across the grid
        double tm = t0 + 0.5 * (count - 1) * dt;
        double tm2 = tm * tm;
        double dMRef = full && Math.abs(omgcof[i] * tm) > DRAG_REF_THRESHOLD ? omgcof[i] * tm : 0.0;
        double dnodeRef = nodecf[i] * tm2;
        if (Math.abs(dnodeRef) > NODE_REF_THRESHOLD) {
            w.turnNode(m, FastTrig.sin(dnodeRef), FastTrig.cos(dnodeRef));
        } else {
            dnodeRef = 0.0;
        }
        if (full) {
            w.secularFull(m, cc1[i], bs * cc4[i], bs * cc5[i], t2cof[i], omgcof[i], eta[i], xmcof[i], delmo[i],
                    d2[i], d3[i], d4[i], t3cof[i], t4cof[i], t5cof[i], sinmao[i], dMRef);
        } else {
            w.secularSimple(m, cc1[i], bs * cc4[i], t2cof[i]);
        }
        double templMid = full ? t2cof[i] * tm2 + t3cof[i] * tm2 * tm + tm2 * tm2 * (t4cof[i] + tm * t5cof[i])
                : t2cof[i] * tm2;
        double duRef = n0 * templMid;
        if (Math.abs(duRef) > DRAG_REF_THRESHOLD) {
            w.turnMeanAnomaly(m, FastTrig.sin(duRef), FastTrig.cos(duRef));
        } else {
            duRef = 0.0;
        }
        w.longPeriodic(m, e0, n0, invAm0, aycof[i], xlcof[i], duRef);
        // orbits of higher eccentricity take two Newton steps (e up to 0.1; beyond, the single-state path)
        boolean wide = e0 >= WIDE_KEPLER_ECCENTRICITY;
        if (wide) {
            w.keplerWide(m);
        } else {
            w.kepler(m);
        }
        w.shortPeriodic(m, am0, invAm0, gravity.j2(), con41[i], x1mth2[i], x7thm1[i], cosio[i], sinio[i],
                nodecf[i], dnodeRef);
        w.orient(m, sinio[i], cosio[i]);
        w.positions(count, row, re, ox, oy, oz);
        if (velocities) {
            w.rates(m, Math.sqrt(invAm0), n0, 1.0 / xke, con41[i], x1mth2[i]);
            w.velocities(count, row, re * xke / 60.0, ovx, ovy, ovz);
        }

        // states the screen passes need no more; the others are checked in the order of the general path
        w.screen(m, e0, full, wide);
        double[] q = w.q;
        double[] mrt = w.mrt;
        // nearly always every state stands and none is below the surface: one check over the grid (reductions the
        // JIT vectorises; a NaN fails it), then the codes filled at once
        double worst = 0.0;
        double lowest = 2.0;
        for (int k = 0; k < count; k++) {
            worst = Math.max(worst, q[k]);
            lowest = Math.min(lowest, mrt[k]);
        }
        if (worst < 1.0 && lowest >= 1.0) {
            java.util.Arrays.fill(err, row, row + count, Sgp4Errors.NONE);
            return;
        }
        for (int k = 0; k < count; k++) {
            int j = row + k;
            if (q[k] < 1.0) {
                err[j] = mrt[k] < 1.0 ? Sgp4Errors.DECAYED : Sgp4Errors.NONE;
                continue;
            }
            if (w.tempa[k] <= 0.0) {
                fail(j, Sgp4Errors.DECAYED, ox, oy, oz, ovx, ovy, ovz, err, velocities);
                continue;
            }
            double em = e0 - w.tempe[k];
            if (em >= 1.0 || em < -0.001) {
                fail(j, Sgp4Errors.MEAN_ECCENTRICITY, ox, oy, oz, ovx, ovy, ovz, err, velocities);
                continue;
            }
            if (w.el2[k] > 1.0) {
                // the semi-latus rectum am (1 - el2) is negative
                fail(j, Sgp4Errors.SEMI_LATUS_RECTUM, ox, oy, oz, ovx, ovy, ovz, err, velocities);
                continue;
            }
            // outside the range of the passes: the general path
            write(j, propagateOne(i, w.t[k], scratch, state), state, ox, oy, oz, ovx, ovy, ovz, err, velocities);
        }
    }

    /**
     * Longest run of times the grid passes take at once: longer grids go in tiles of this many times, which keeps
     * the passes' work arrays (some sixty arrays of this length) within the core's second-level cache.
     */
    private static final int TILE = 512;

    /**
     * The grid passes' work arrays, one set per thread, kept from call to call: a call over a chunk of objects
     * would otherwise allocate and fill some seventy arrays of a tile's length.
     */
    private static final ThreadLocal<DeepSpaceGrid> GRIDS =
            ThreadLocal.withInitial(() -> new DeepSpaceGrid(new NearEarthGrid()));

    /** Deep-space objects below this eccentricity take {@link #propagateDeepGrid} on a regular grid. */
    private static final double DEEP_GRID_MAX_ECCENTRICITY = 0.08;

    /**
     * The deep-space theory of {@link #propagateOne} on a regular time grid, for one object of low eccentricity
     * (geostationary and navigation satellites, most of the deep-space catalog): the secular and lunar-solar part
     * time after time by {@link #perturbedElements}, the rest in passes over the grid by {@link DeepSpaceGrid}; states
     * outside the passes' assumptions and failing states are computed by the general path. Results agree with
     * {@link #propagateOne} to rounding (checked by the tests at 1e-8 km on every deep-space object of the active
     * catalog).
     * @param sunMoon sines and cosines of the solar and lunar angles at the grid times ({@link DeepSpace#sunMoonGrid})
     */
    private void propagateDeepGrid(int i, double t0, double dt, int count, int row, double[] ox, double[] oy,
            double[] oz, double[] ovx, double[] ovy, double[] ovz, int[] err, boolean velocities, DeepSpaceGrid g,
            double[] sunMoon, double[] scratch, double[] state) {
        final double xke = gravity.xke();
        final double re = gravity.radiusKm();
        final double j3oj2 = gravity.j3() / gravity.j2();
        int m = (count + 31) & ~31;
        g.ensure(m);
        NearEarthGrid w = g.w;
        for (int k = 0; k < count; k++) {
            double t = t0 + k * dt;
            w.t[k] = t;
            scratch[DeepSpace.S_ZF_GIVEN] = 1.0;
            scratch[DeepSpace.S_SIN_ZF_SUN] = sunMoon[4 * k];
            scratch[DeepSpace.S_COS_ZF_SUN] = sunMoon[4 * k + 1];
            scratch[DeepSpace.S_SIN_ZF_MOON] = sunMoon[4 * k + 2];
            scratch[DeepSpace.S_COS_ZF_MOON] = sunMoon[4 * k + 3];
            if (perturbedElements(i, t, scratch) != Sgp4Errors.NONE) {
                benign(g, k);
                continue;
            }
            g.flag[k] = 0.0;
            w.em[k] = scratch[DeepSpace.S_EM];
            double a = scratch[DeepSpace.S_AM];
            double ia = 1.0 / a;
            g.am[k] = a;
            g.invAm[k] = ia;
            g.invSqrtAm[k] = Math.sqrt(ia);
            g.nm[k] = scratch[DeepSpace.S_NM];
            double argpp = scratch[DeepSpace.S_ARGPM];
            double nodep = scratch[DeepSpace.S_NODEM];
            double u0 = scratch[DeepSpace.S_MM] + argpp;
            if (!(Math.abs(argpp) + Math.abs(u0) + Math.abs(nodep) <= FastTrig.LIMIT)) {
                benign(g, k);
                continue;
            }
            // their sines and cosines in vector passes below
            g.argp[k] = argpp;
            g.lat[k] = u0;
            g.node[k] = nodep;
            double si = scratch[DeepSpace.S_SINIP];
            double ci = scratch[DeepSpace.S_COSIP];
            g.sinip[k] = si;
            g.cosip[k] = ci;
            g.aycof[k] = -0.5 * j3oj2 * si;
            g.xlcof[k] = -0.25 * j3oj2 * si * (3.0 + 5.0 * ci) / (Math.abs(ci + 1.0) > 1.5e-12 ? 1.0 + ci : 1.5e-12);
            double cosisq = ci * ci;
            g.con41[k] = 3.0 * cosisq - 1.0;
            g.x1mth2[k] = 1.0 - cosisq;
            g.x7thm1[k] = 7.0 * cosisq - 1.0;
        }
        scratch[DeepSpace.S_ZF_GIVEN] = 0.0;
        for (int k = count; k < m; k++) {
            benign(g, k);
        }
        FastTrig.sinCos(m, g.argp, w.sArg, w.cArg);
        FastTrig.sinCos(m, g.lat, w.sE, w.cE);
        FastTrig.sinCos(m, g.node, w.sn, w.cn);
        g.longPeriodic(m);
        boolean wide = ecco[i] >= WIDE_KEPLER_ECCENTRICITY;
        if (wide) {
            w.keplerWide(m);
        } else {
            w.kepler(m);
        }
        g.shortPeriodic(gravity.j2(), m);
        g.orient(m);
        w.positions(count, row, re, ox, oy, oz);
        if (velocities) {
            g.rates(m, 1.0 / xke);
            w.velocities(count, row, re * xke / 60.0, ovx, ovy, ovz);
        }
        g.screen(m, wide);
        double[] q = w.q;
        double[] mrt = w.mrt;
        for (int k = 0; k < count; k++) {
            int j = row + k;
            if (q[k] < 1.0) {
                err[j] = mrt[k] < 1.0 ? Sgp4Errors.DECAYED : Sgp4Errors.NONE;
            } else {
                write(j, propagateOne(i, w.t[k], scratch, state), state, ox, oy, oz, ovx, ovy, ovz, err, velocities);
            }
        }
    }

    /**
     * Harmless inputs (a circular equatorial orbit at 6.6 earth radii) for a time of the deep-space grid whose
     * state the passes must not give: padding past the last time, or a time where the first half failed.
     */
    private static void benign(DeepSpaceGrid g, int k) {
        NearEarthGrid w = g.w;
        g.flag[k] = 1.0e6;
        w.em[k] = 1.0e-3;
        g.am[k] = 6.6;
        g.invAm[k] = 1.0 / 6.6;
        g.invSqrtAm[k] = Math.sqrt(1.0 / 6.6);
        g.nm[k] = 4.4e-3;
        g.argp[k] = 0.0;
        g.lat[k] = 0.0;
        g.node[k] = 0.0;
        g.sinip[k] = 0.0;
        g.cosip[k] = 1.0;
        g.aycof[k] = 0.0;
        g.xlcof[k] = 0.0;
        g.con41[k] = 2.0;
        g.x1mth2[k] = 0.0;
        g.x7thm1[k] = 6.0;
    }

    /** Near-Earth orbits from this eccentricity on take {@link NearEarthGrid#keplerWide}. */
    private static final double WIDE_KEPLER_ECCENTRICITY = 0.008;
    /** Drag terms of the mean anomaly above this (rad) are applied at mid-grid by an exact rotation. */
    private static final double DRAG_REF_THRESHOLD = 0.05;
    /** The drag term of the node above this (rad) is applied at mid-grid by an exact rotation. */
    private static final double NODE_REF_THRESHOLD = 5.0e-4;

    private static void write(int j, int code, double[] state, double[] x, double[] y, double[] z, double[] vx,
            double[] vy, double[] vz, int[] err, boolean velocities) {
        if (code != Sgp4Errors.NONE && code != Sgp4Errors.DECAYED) {
            fail(j, code, x, y, z, vx, vy, vz, err, velocities);
            return;
        }
        x[j] = state[0];
        y[j] = state[1];
        z[j] = state[2];
        if (velocities) {
            vx[j] = state[3];
            vy[j] = state[4];
            vz[j] = state[5];
        }
        err[j] = code;
    }

    private static void fail(int j, int code, double[] x, double[] y, double[] z, double[] vx, double[] vy,
            double[] vz, int[] err, boolean velocities) {
        x[j] = Double.NaN;
        y[j] = Double.NaN;
        z[j] = Double.NaN;
        if (velocities) {
            vx[j] = Double.NaN;
            vy[j] = Double.NaN;
            vz[j] = Double.NaN;
        }
        err[j] = code;
    }

    /** Largest |x| (rad) whose sine and cosine are taken from {@link #seriesSin} and {@link #seriesCos}. */
    private static final double SERIES_LIMIT = 0.2;

    // Taylor coefficients as products, not divisions: the JIT does not turn x / 6.0 into a multiplication
    private static final double S3 = 1.0 / 6.0;
    private static final double S5 = 1.0 / 20.0;
    private static final double S7 = 1.0 / 42.0;
    private static final double S9 = 1.0 / 72.0;
    private static final double S11 = 1.0 / 110.0;
    private static final double C4 = 1.0 / 12.0;
    private static final double C6 = 1.0 / 30.0;
    private static final double C8 = 1.0 / 56.0;
    private static final double C10 = 1.0 / 90.0;
    /**
     * Below this x² (|x| &lt; 0.01, which holds for nearly all the small corrections of the theory), four terms of
     * each series are exact to well under an ulp. One threshold, not several, keeps the branch predictable: the
     * corrections swing over orders of magnitude within an orbit.
     */
    private static final double SMALL_SQUARE = 1.0e-4;

    /**
     * Sine of |x| &lt;= {@link #SERIES_LIMIT} by its Taylor series, with as many terms as |x| needs (the first term
     * left out is below 2e-19 of the result).
     */
    private static double seriesSin(double x) {
        double x2 = x * x;
        if (x2 < SMALL_SQUARE) {
            return x * (1.0 - x2 * S3 * (1.0 - x2 * S5 * (1.0 - x2 * S7)));
        }
        return x * (1.0 - x2 * S3 * (1.0 - x2 * S5 * (1.0 - x2 * S7 * (1.0 - x2 * S9 * (1.0 - x2 * S11)))));
    }

    /** Cosine of |x| &lt;= {@link #SERIES_LIMIT} by its Taylor series (the first term left out is below 1e-17). */
    private static double seriesCos(double x) {
        double x2 = x * x;
        if (x2 < SMALL_SQUARE) {
            return 1.0 - x2 * 0.5 * (1.0 - x2 * C4 * (1.0 - x2 * C6 * (1.0 - x2 * C8)));
        }
        return 1.0 - x2 * 0.5 * (1.0 - x2 * C4 * (1.0 - x2 * C6 * (1.0 - x2 * C8 * (1.0 - x2 * C10))));
    }

    /** Sine, by series when |x| is small enough. */
    private static double sin(double x) {
        return Math.abs(x) <= SERIES_LIMIT ? seriesSin(x) : FastTrig.sin(x);
    }

    /** Cosine, by series when |x| is small enough. */
    private static double cos(double x) {
        return Math.abs(x) <= SERIES_LIMIT ? seriesCos(x) : FastTrig.cos(x);
    }

    /**
     * x modulo 2π with the sign of x, like C's fmod but without its exact division: the result can differ from
     * fmod by an ulp of x, far below the theory's precision, and costs a fraction of Java's {@code %}.
     */
    private static double reduce(double x) {
        return x - TWO_PI * (double) (long) (x / TWO_PI);
    }

    /**
     * Days from 1950 January 0.0 to the epoch, the time argument of the theory's initialisation. It is computed
     * the way the reference implementation does (calendar date and time of day, then a Julian date), so that the
     * lunar-solar terms see the same epoch to the last bit.
     */
    static double epoch1950(int year, double dayOfYear) {
        int dayOfYr = (int) Math.floor(dayOfYear);
        LocalDate date = LocalDate.ofYearDay(year, dayOfYr);
        int mon = date.getMonthValue();
        int day = date.getDayOfMonth();
        double temp = (dayOfYear - dayOfYr) * 24.0;
        int hr = (int) Math.floor(temp);
        temp = (temp - hr) * 60.0;
        int minute = (int) Math.floor(temp);
        double sec = (temp - minute) * 60.0;
        double jd = 367.0 * year - Math.floor((7 * (year + Math.floor((mon + 9) / 12.0))) * 0.25)
                + Math.floor(275 * mon / 9.0) + day + 1721013.5 + ((sec / 60.0 + minute) / 60.0 + hr) / 24.0;
        return jd - 2433281.5;
    }

    private static boolean isDeepSpace(TleElements set, GravityModel gravity) {
        return TWO_PI / unKozai(set.meanMotionRadPerS() * 60.0, set.eccentricity(), set.inclinationRad(), gravity)
                >= 225.0;
    }

    /** Brouwer mean motion from the Kozai one (rad/min). */
    private static double unKozai(double noKozai, double ecc, double incl, GravityModel g) {
        double cosio = Math.cos(incl);
        double omeosq = 1.0 - ecc * ecc;
        double rteosq = Math.sqrt(omeosq);
        double ak = Math.pow(g.xke() / noKozai, X2O3);
        double d1 = 0.75 * g.j2() * (3.0 * cosio * cosio - 1.0) / (rteosq * omeosq);
        double del = d1 / (ak * ak);
        double adel = ak * (1.0 - del * del - del * (1.0 / 3.0 + 134.0 * del * del / 81.0));
        del = d1 / (adel * adel);
        return noKozai / (1.0 + del);
    }

    /** Greenwich sidereal angle at epoch as the AFSPC code computes it (rad). */
    static double gstoAfspc(double epoch1950) {
        double ts70 = epoch1950 - 7305.0;
        double ds70 = Math.floor(ts70 + 1.0e-8);
        double tfrac = ts70 - ds70;
        double c1 = 1.72027916940703639e-2;
        double thgr70 = 1.7321343856509374;
        double fk5r = 5.07551419432269442e-15;
        double c1p2p = c1 + TWO_PI;
        double gsto = (thgr70 + c1 * ds70 + c1p2p * tfrac + ts70 * ts70 * fk5r) % TWO_PI;
        return gsto < 0.0 ? gsto + TWO_PI : gsto;
    }

    /** Greenwich mean sidereal angle, IAU-82 (rad). */
    static double gstoIau82(double julianDateUt1) {
        double tut1 = (julianDateUt1 - 2451545.0) / 36525.0;
        double temp = -6.2e-6 * tut1 * tut1 * tut1 + 0.093104 * tut1 * tut1
                + (876600.0 * 3600 + 8640184.812866) * tut1 + 67310.54841;
        temp = (temp * Math.toRadians(1.0) / 240.0) % TWO_PI;
        return temp < 0.0 ? temp + TWO_PI : temp;
    }

    /** The paper's initl and sgp4init for object i: fills its coefficients. */
    private void initialize(int i, double noKozai, double e0, double i0, double node0, double argp0, double m0,
            double bStar, double epoch1950) {
        final double re = gravity.radiusKm();
        final double xke = gravity.xke();
        final double j2 = gravity.j2();
        final double j3oj2 = gravity.j3() / gravity.j2();
        final double j4 = gravity.j4();
        final double ss = 78.0 / re + 1.0;
        final double qzms2t = Math.pow((120.0 - 78.0) / re, 4);
        final double temp4 = 1.5e-12;

        ecco[i] = e0;
        inclo[i] = i0;
        nodeo[i] = node0;
        argpo[i] = argp0;
        mo[i] = m0;
        bstar[i] = bStar;

        // ---- initl: recover the Brouwer mean motion and semi-major axis ----
        double eccsq = e0 * e0;
        double omeosq = 1.0 - eccsq;
        double rteosq = Math.sqrt(omeosq);
        double cosio = Math.cos(i0);
        double cosio2 = cosio * cosio;
        double ak = Math.pow(xke / noKozai, X2O3);
        double d1 = 0.75 * j2 * (3.0 * cosio2 - 1.0) / (rteosq * omeosq);
        double del = d1 / (ak * ak);
        double adel = ak * (1.0 - del * del - del * (1.0 / 3.0 + 134.0 * del * del / 81.0));
        del = d1 / (adel * adel);
        double n0 = noKozai / (1.0 + del);
        double ao = Math.pow(xke / n0, X2O3);
        double sinio = Math.sin(i0);
        double po = ao * omeosq;
        double con42 = 1.0 - 5.0 * cosio2;
        double c41 = -con42 - cosio2 - cosio2;
        double posq = po * po;
        double rp = ao * (1.0 - e0);
        double gsto = mode == OperationMode.AFSPC ? gstoAfspc(epoch1950) : gstoIau82(epoch1950 + 2433281.5);
        no[i] = n0;
        con41[i] = c41;

        // ---- sgp4init ----
        boolean simple = rp < 220.0 / re + 1.0;
        double sfour = ss;
        double qzms24 = qzms2t;
        double perige = (rp - 1.0) * re;
        if (perige < 156.0) {
            sfour = perige - 78.0;
            if (perige < 98.0) {
                sfour = 20.0;
            }
            qzms24 = Math.pow((120.0 - sfour) / re, 4);
            sfour = sfour / re + 1.0;
        }
        double pinvsq = 1.0 / posq;
        double tsi = 1.0 / (ao - sfour);
        double et = ao * e0 * tsi;
        double etasq = et * et;
        double eeta = e0 * et;
        double psisq = Math.abs(1.0 - etasq);
        double coef = qzms24 * Math.pow(tsi, 4);
        double coef1 = coef / Math.pow(psisq, 3.5);
        double c2 = coef1 * n0 * (ao * (1.0 + 1.5 * etasq + eeta * (4.0 + etasq))
                + 0.375 * j2 * tsi / psisq * c41 * (8.0 + 3.0 * etasq * (8.0 + etasq)));
        double c1 = bStar * c2;
        double c3 = 0.0;
        if (e0 > 1.0e-4) {
            c3 = -2.0 * coef * tsi * j3oj2 * n0 * sinio / e0;
        }
        double x1m = 1.0 - cosio2;
        double c4 = 2.0 * n0 * coef1 * ao * omeosq * (et * (2.0 + 0.5 * etasq) + e0 * (0.5 + 2.0 * etasq)
                - j2 * tsi / (ao * psisq) * (-3.0 * c41 * (1.0 - 2.0 * eeta + etasq * (1.5 - 0.5 * eeta))
                + 0.75 * x1m * (2.0 * etasq - eeta * (1.0 + etasq)) * Math.cos(2.0 * argp0)));
        double c5 = 2.0 * coef1 * ao * omeosq * (1.0 + 2.75 * (etasq + eeta) + eeta * etasq);
        double cosio4 = cosio2 * cosio2;
        double temp1 = 1.5 * j2 * pinvsq * n0;
        double temp2 = 0.5 * temp1 * j2 * pinvsq;
        double temp3 = -0.46875 * j4 * pinvsq * pinvsq * n0;
        double md = n0 + 0.5 * temp1 * rteosq * c41 + 0.0625 * temp2 * rteosq * (13.0 - 78.0 * cosio2 + 137.0 * cosio4);
        double ad = -0.5 * temp1 * con42 + 0.0625 * temp2 * (7.0 - 114.0 * cosio2 + 395.0 * cosio4)
                + temp3 * (3.0 - 36.0 * cosio2 + 49.0 * cosio4);
        double xhdot1 = -temp1 * cosio;
        double nd = xhdot1 + (0.5 * temp2 * (4.0 - 19.0 * cosio2) + 2.0 * temp3 * (3.0 - 7.0 * cosio2)) * cosio;

        cc1[i] = c1;
        cc4[i] = c4;
        cc5[i] = c5;
        eta[i] = et;
        mdot[i] = md;
        argpdot[i] = ad;
        nodedot[i] = nd;
        omgcof[i] = bStar * c3 * Math.cos(argp0);
        xmcof[i] = e0 > 1.0e-4 ? -X2O3 * coef * bStar / eeta : 0.0;
        nodecf[i] = 3.5 * omeosq * xhdot1 * c1;
        t2cof[i] = 1.5 * c1;
        if (Math.abs(cosio + 1.0) > 1.5e-12) {
            xlcof[i] = -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / (1.0 + cosio);
        } else {
            xlcof[i] = -0.25 * j3oj2 * sinio * (3.0 + 5.0 * cosio) / temp4;
        }
        aycof[i] = -0.5 * j3oj2 * sinio;
        this.sinio[i] = sinio;
        this.cosio[i] = cosio;
        double q0 = xke / n0;
        am0[i] = Math.cbrt(q0 * q0);
        invAm0[i] = 1.0 / am0[i];
        double dm = 1.0 + et * Math.cos(m0);
        delmo[i] = dm * dm * dm;
        sinmao[i] = Math.sin(m0);
        x1mth2[i] = x1m;
        x7thm1[i] = 7.0 * cosio2 - 1.0;

        if (deepIndex[i] >= 0) {
            simple = true;
            DeepSpace.initialize(deep, deepIndex[i] * DeepSpace.STRIDE, epoch1950, e0, i0, node0, argp0, m0, n0, md,
                    ad, nd, gsto, xke);
        }
        isimp[i] = simple;
        if (!simple) {
            double cc1sq = c1 * c1;
            double dd2 = 4.0 * ao * tsi * cc1sq;
            double temp = dd2 * tsi * c1 / 3.0;
            double dd3 = (17.0 * ao + sfour) * temp;
            double dd4 = 0.5 * temp * ao * tsi * (221.0 * ao + 31.0 * sfour) * c1;
            d2[i] = dd2;
            d3[i] = dd3;
            d4[i] = dd4;
            t3cof[i] = dd2 + 2.0 * cc1sq;
            t4cof[i] = 0.25 * (3.0 * dd3 + c1 * (12.0 * dd2 + 10.0 * cc1sq));
            t5cof[i] = 0.2 * (3.0 * dd4 + 12.0 * c1 * dd3 + 6.0 * dd2 * dd2 + 15.0 * cc1sq * (2.0 * dd2 + cc1sq));
        }
    }

    /**
     * The secular and lunar-solar part of the paper's sgp4 for object i at t minutes since epoch: leaves the
     * perturbed elements in the scratch array (e, i, node, argument of perigee, mean anomaly at {@link DeepSpace#S_EM}
     * and the next slots, mean motion at {@link DeepSpace#S_NM}, semi-major axis at {@link DeepSpace#S_AM}, sine and
     * cosine of the inclination at {@link DeepSpace#S_SINIP}, {@link DeepSpace#S_COSIP}).
     * @return error code; {@link Sgp4Errors#DECAYED} here means no state at all (drag has taken the semi-major axis
     *         through zero)
     */
    private int perturbedElements(int i, double t, double[] scratch) {
        final double xke = gravity.xke();
        final double n0 = no[i];
        final double bs = bstar[i];
        final double c1 = cc1[i];

        // ---- secular gravity and atmospheric drag ----
        double xmdf = mo[i] + mdot[i] * t;
        double argpdf = argpo[i] + argpdot[i] * t;
        double nodedf = nodeo[i] + nodedot[i] * t;
        double argpm = argpdf;
        double mm = xmdf;
        double t2 = t * t;
        double nodem = nodedf + nodecf[i] * t2;
        double tempa = 1.0 - c1 * t;
        double tempe = bs * cc4[i] * t;
        double templ = t2cof[i] * t2;
        if (!isimp[i]) {
            double delomg = omgcof[i] * t;
            double qe = 1.0 + eta[i] * FastTrig.cos(xmdf);
            double delm = xmcof[i] * (qe * qe * qe - delmo[i]);
            double temp = delomg + delm;
            mm = xmdf + temp;
            argpm = argpdf - temp;
            double t3 = t2 * t;
            double t4 = t3 * t;
            tempa = tempa - d2[i] * t2 - d3[i] * t3 - d4[i] * t4;
            tempe = tempe + bs * cc5[i] * (FastTrig.sin(mm) - sinmao[i]);
            templ = templ + t3cof[i] * t3 + t4 * (t4cof[i] + t * t5cof[i]);
        }
        double nm = n0;
        double em = ecco[i];
        double inclm = inclo[i];
        int d = deepIndex[i];
        int base = d * DeepSpace.STRIDE;
        if (d >= 0) {
            scratch[DeepSpace.S_EM] = em;
            scratch[DeepSpace.S_ARGPM] = argpm;
            scratch[DeepSpace.S_INCLM] = inclm;
            scratch[DeepSpace.S_MM] = mm;
            scratch[DeepSpace.S_NODEM] = nodem;
            scratch[DeepSpace.S_NM] = nm;
            DeepSpace.secular(deep, base, t, scratch);
            em = scratch[DeepSpace.S_EM];
            argpm = scratch[DeepSpace.S_ARGPM];
            inclm = scratch[DeepSpace.S_INCLM];
            mm = scratch[DeepSpace.S_MM];
            nodem = scratch[DeepSpace.S_NODEM];
            nm = scratch[DeepSpace.S_NM];
        }
        if (nm <= 0.0) {
            return Sgp4Errors.MEAN_MOTION;
        }
        if (tempa <= 0.0) {
            // drag has taken the semi-major axis through zero: long past re-entry; the theory's tempa squared
            // would otherwise turn positive again and give a finite but meaningless state
            return Sgp4Errors.DECAYED;
        }
        // the mean motion moves only under a resonance: otherwise (xke / nm)^(2/3) is the one kept from initialisation
        double q = xke / nm;
        double am = (nm == n0 ? am0[i] : cbrtNear(q * q, am0[i])) * tempa * tempa;
        nm = xke / (am * Math.sqrt(am));
        em = em - tempe;
        if (em >= 1.0 || em < -0.001) {
            return Sgp4Errors.MEAN_ECCENTRICITY;
        }
        if (em < 1.0e-6) {
            em = 1.0e-6;
        }
        mm = mm + n0 * templ;
        double xlm = mm + argpm + nodem;
        nodem = reduce(nodem);
        argpm = reduce(argpm);
        xlm = reduce(xlm);
        mm = reduce(xlm - argpm - nodem);

        // ---- lunar-solar periodics ----
        double ep = em;
        double xincp = inclm;
        double argpp = argpm;
        double nodep = nodem;
        double mp = mm;
        double sinip;
        double cosip;
        if (d >= 0) {
            scratch[DeepSpace.S_EM] = ep;
            scratch[DeepSpace.S_INCLM] = xincp;
            scratch[DeepSpace.S_NODEM] = nodep;
            scratch[DeepSpace.S_ARGPM] = argpp;
            scratch[DeepSpace.S_MM] = mp;
            DeepSpace.periodic(deep, base, t, scratch, mode == OperationMode.AFSPC);
            ep = scratch[DeepSpace.S_EM];
            xincp = scratch[DeepSpace.S_INCLM];
            nodep = scratch[DeepSpace.S_NODEM];
            argpp = scratch[DeepSpace.S_ARGPM];
            mp = scratch[DeepSpace.S_MM];
            boolean flipped = xincp < 0.0;
            if (flipped) {
                xincp = -xincp;
                nodep = nodep + Math.PI;
                argpp = argpp - Math.PI;
            }
            if (ep < 0.0 || ep > 1.0) {
                return Sgp4Errors.PERTURBED_ECCENTRICITY;
            }
            // sin and cos of the inclination as periodic computed them (the sine changes sign with it)
            sinip = flipped ? -scratch[DeepSpace.S_SINIP] : scratch[DeepSpace.S_SINIP];
            cosip = scratch[DeepSpace.S_COSIP];
        } else {
            sinip = sinio[i];
            cosip = cosio[i];
        }
        scratch[DeepSpace.S_EM] = ep;
        scratch[DeepSpace.S_INCLM] = xincp;
        scratch[DeepSpace.S_NODEM] = nodep;
        scratch[DeepSpace.S_ARGPM] = argpp;
        scratch[DeepSpace.S_MM] = mp;
        scratch[DeepSpace.S_NM] = nm;
        scratch[DeepSpace.S_AM] = am;
        scratch[DeepSpace.S_SINIP] = sinip;
        scratch[DeepSpace.S_COSIP] = cosip;
        return Sgp4Errors.NONE;
    }

    /**
     * Cube root of v from a guess within a percent of it, by two steps of Halley's method (each cubes the relative
     * error: 1e-2, 1e-6, below 1e-17), a fraction of the cost of {@code Math.cbrt}; {@code Math.cbrt} when the
     * guess is further. For resonant deep-space orbits, whose mean motion moves a little from its value at epoch.
     */
    static double cbrtNear(double v, double guess) {
        double y = guess;
        double y3 = y * y * y;
        if (!(Math.abs(y3 - v) <= 1.0e-2 * v)) {
            return Math.cbrt(v);
        }
        // y (y³ + 2v) / (2y³ + v) written as a correction to y, so that its rounding stays below an ulp of y
        y = y + y * (v - y3) / (2.0 * y3 + v);
        y3 = y * y * y;
        return y + y * (v - y3) / (2.0 * y3 + v);
    }

    /**
     * The paper's sgp4 for object i at t minutes since epoch.
     * @param scratch deep-space scratch (integrator state carried from the previous call for the same object)
     * @param state receives {x, y, z, vx, vy, vz} (km, km/s)
     * @return error code
     */
    private int propagateOne(int i, double t, double[] scratch, double[] state) {
        int code = perturbedElements(i, t, scratch);
        if (code != Sgp4Errors.NONE) {
            if (code == Sgp4Errors.DECAYED) {
                java.util.Arrays.fill(state, Double.NaN);
            }
            return code;
        }
        final double xke = gravity.xke();
        final double j2 = gravity.j2();
        final double j3oj2 = gravity.j3() / gravity.j2();
        final double re = gravity.radiusKm();
        final double vkmpersec = re * xke / 60.0;
        double ep = scratch[DeepSpace.S_EM];
        double xincp = scratch[DeepSpace.S_INCLM];
        double nodep = scratch[DeepSpace.S_NODEM];
        double argpp = scratch[DeepSpace.S_ARGPM];
        double mp = scratch[DeepSpace.S_MM];
        double nm = scratch[DeepSpace.S_NM];
        double am = scratch[DeepSpace.S_AM];
        double sinip = scratch[DeepSpace.S_SINIP];
        double cosip = scratch[DeepSpace.S_COSIP];
        double ayc = aycof[i];
        double xlc = xlcof[i];
        double c41 = con41[i];
        double x1m = x1mth2[i];
        double x7 = x7thm1[i];
        if (deepIndex[i] >= 0) {
            ayc = -0.5 * j3oj2 * sinip;
            if (Math.abs(cosip + 1.0) > 1.5e-12) {
                xlc = -0.25 * j3oj2 * sinip * (3.0 + 5.0 * cosip) / (1.0 + cosip);
            } else {
                xlc = -0.25 * j3oj2 * sinip * (3.0 + 5.0 * cosip) / 1.5e-12;
            }
            double cosisq = cosip * cosip;
            c41 = 3.0 * cosisq - 1.0;
            x1m = 1.0 - cosisq;
            x7 = 7.0 * cosisq - 1.0;
        }

        // ---- long-period periodics ----
        double axnl = ep * FastTrig.cos(argpp);
        double temp = 1.0 / (am * (1.0 - ep * ep));
        double aynl = ep * FastTrig.sin(argpp) + temp * ayc;
        double xl = mp + argpp + nodep + temp * xlc * axnl;

        // ---- Kepler's equation ----
        double u = reduce(xl - nodep);
        double eo1 = u;
        double tem5 = 9999.9;
        double sineo1 = 0.0;
        double coseo1 = 0.0;
        for (int ktr = 1; Math.abs(tem5) >= 1.0e-12 && ktr <= 10; ktr++) {
            if (ktr > 1 && Math.abs(tem5) <= SERIES_LIMIT) {
                // sine and cosine of eo1 by turning the previous ones through the (small) last correction
                double sd = seriesSin(tem5);
                double cd = seriesCos(tem5);
                double s0 = sineo1;
                sineo1 = s0 * cd + coseo1 * sd;
                coseo1 = coseo1 * cd - s0 * sd;
            } else {
                sineo1 = FastTrig.sin(eo1);
                coseo1 = FastTrig.cos(eo1);
            }
            tem5 = 1.0 - coseo1 * axnl - sineo1 * aynl;
            tem5 = (u - aynl * coseo1 + axnl * sineo1 - eo1) / tem5;
            if (Math.abs(tem5) >= 0.95) {
                tem5 = tem5 > 0.0 ? 0.95 : -0.95;
            }
            eo1 = eo1 + tem5;
        }

        // ---- short-period periodics ----
        double ecose = axnl * coseo1 + aynl * sineo1;
        double esine = axnl * sineo1 - aynl * coseo1;
        double el2 = axnl * axnl + aynl * aynl;
        double pl = am * (1.0 - el2);
        if (pl < 0.0) {
            return Sgp4Errors.SEMI_LATUS_RECTUM;
        }
        double rl = am * (1.0 - ecose);
        double rdotl = Math.sqrt(am) * esine / rl;
        double rvdotl = Math.sqrt(pl) / rl;
        double betal = Math.sqrt(1.0 - el2);
        temp = esine / (1.0 + betal);
        double sinu = am / rl * (sineo1 - aynl - axnl * temp);
        double cosu = am / rl * (coseo1 - axnl + aynl * temp);
        double sin2u = (cosu + cosu) * sinu;
        double cos2u = 1.0 - 2.0 * sinu * sinu;
        temp = 1.0 / pl;
        double temp1 = 0.5 * j2 * temp;
        double temp2 = temp1 * temp;

        double mrt = rl * (1.0 - 1.5 * temp2 * betal * c41) + 0.5 * temp1 * x1m * cos2u;
        double dsu = -0.25 * temp2 * x7 * sin2u;
        double xnode = nodep + 1.5 * temp2 * cosip * sin2u;
        double dinc = 1.5 * temp2 * cosip * sinip * cos2u;
        double mvt = rdotl - nm * temp1 * x1m * sin2u / xke;
        double rvdot = rvdotl + nm * temp1 * (x1m * cos2u + 1.5 * c41) / xke;

        // ---- orientation vectors ----
        // u + dsu and xincp + dinc: the short-period corrections are small angles, so their sines and cosines
        // come from rotating the ones at hand instead of new calls to atan2, sin and cos
        double sinsu;
        double cossu;
        double norm = 1.0 / Math.sqrt(sinu * sinu + cosu * cosu);
        double su0 = sinu * norm;
        double cu0 = cosu * norm;
        if (Math.abs(dsu) <= SERIES_LIMIT) {
            double sd = seriesSin(dsu);
            double cd = seriesCos(dsu);
            sinsu = su0 * cd + cu0 * sd;
            cossu = cu0 * cd - su0 * sd;
        } else {
            double su = Math.atan2(sinu, cosu) + dsu;
            sinsu = FastTrig.sin(su);
            cossu = FastTrig.cos(su);
        }
        double sini;
        double cosi;
        if (Math.abs(dinc) <= SERIES_LIMIT) {
            double sd = seriesSin(dinc);
            double cd = seriesCos(dinc);
            sini = sinip * cd + cosip * sd;
            cosi = cosip * cd - sinip * sd;
        } else {
            sini = FastTrig.sin(xincp + dinc);
            cosi = FastTrig.cos(xincp + dinc);
        }
        double snod = FastTrig.sin(xnode);
        double cnod = FastTrig.cos(xnode);
        double xmx = -snod * cosi;
        double xmy = cnod * cosi;
        double ux = xmx * sinsu + cnod * cossu;
        double uy = xmy * sinsu + snod * cossu;
        double uz = sini * sinsu;
        double vx = xmx * cossu - cnod * sinsu;
        double vy = xmy * cossu - snod * sinsu;
        double vz = sini * cossu;

        state[0] = mrt * ux * re;
        state[1] = mrt * uy * re;
        state[2] = mrt * uz * re;
        state[3] = (mvt * ux + rvdot * vx) * vkmpersec;
        state[4] = (mvt * uy + rvdot * vy) * vkmpersec;
        state[5] = (mvt * uz + rvdot * vz) * vkmpersec;
        return mrt < 1.0 ? Sgp4Errors.DECAYED : Sgp4Errors.NONE;
    }
}
