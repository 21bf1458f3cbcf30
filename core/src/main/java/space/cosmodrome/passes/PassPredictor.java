package space.cosmodrome.passes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.GeodeticPoint;
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
 * <p>How: every element set is propagated with {@link BatchSgp4} on a coarse regular grid whose step is bounded from
 * the orbit (60 s for low orbits, up to 600 s for geostationary ones, from the time the satellite takes to cover
 * one fifteenth of a radian at perigee); positions are turned into ITRF with one rotation per grid time shared by
 * all objects. For each observer the elevation above its horizon (minimum elevation and mask) is evaluated on the
 * grid; sign changes bracket rises and sets, which are refined on a per-object SGP4 evaluation (Illinois method, to
 * 10 ms); culmination is the root of the elevation rate. A pass shorter than the grid step is caught by refining
 * every local maximum of the grid within a margin of the horizon (0.05 in sine of elevation, about 3°, which bounds
 * the error of a grid maximum for the chosen steps).</p>
 *
 * <p>A satellite up at the window start or end gets a pass clipped to the window and flagged; one up all the time
 * (geostationary) gets a single pass spanning the window. Visibility: the satellite is sunlit ({@link ShadowModel})
 * while the Sun is below {@code maxSunElevation} for the observer (-6°, civil twilight), at some sampled point of
 * the pass. Instances are immutable; {@code withX} returns a new predictor.</p>
 */
public final class PassPredictor {
    /** Sine-of-elevation margin below the horizon within which grid maxima are refined. */
    private static final double MAXIMUM_MARGIN = 0.05;
    private static final int CHUNK = 32;
    private static final double[] STEP_CLASSES = {600.0, 300.0, 120.0, 60.0};
    private static final double SUN_RADIUS_KM = Constants.SUN_RADIUS / 1000.0;
    private static final double EARTH_RADIUS_KM = Constants.WGS84_EARTH_EQUATORIAL_RADIUS / 1000.0;

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
     * Predicts passes.
     * @param sets element sets
     * @param observers observers
     * @param start window start
     * @param durationSeconds window length (s)
     * @return passes and failures
     */
    public PassPrediction predict(List<TleElements> sets, List<Observer> observers, AbsoluteDate start,
            double durationSeconds) {
        if (!(durationSeconds > 0.0 && durationSeconds <= 366 * 86400.0)) {
            throw CosmodromeException.badValue("duration", durationSeconds / 86400.0 + " days", "more than 0, up to 366 days");
        }
        if (observers.isEmpty()) {
            throw CosmodromeException.missing("observers", "give at least one observer");
        }
        Frame teme = context.getFrames().getTEME();
        Frame itrf = context.getFrames().getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, itrf);
        CelestialBody sun = context.getCelestialBodies().getSun();
        double maxFactor = STEP_CLASSES[0] / 60.0;
        int baseCount = (int) Math.ceil(durationSeconds / baseStepSeconds) + (int) Math.ceil(maxFactor) + 2;
        EarthGrid grid = new EarthGrid(teme, itrf, sun, start, baseStepSeconds, baseCount);
        Site[] sites = new Site[observers.size()];
        for (int o = 0; o < sites.length; o++) {
            sites[o] = new Site(observers.get(o), earth, minElevationRad);
        }

        // group the objects by coarse step, then cut each group into chunks
        List<int[]> chunks = new ArrayList<>();
        List<Integer> chunkFactor = new ArrayList<>();
        for (double stepClass : STEP_CLASSES) {
            int factor = (int) Math.round(stepClass / 60.0);
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < sets.size(); i++) {
                if (stepFactor(sets.get(i)) == factor) {
                    members.add(i);
                }
            }
            for (int from = 0; from < members.size(); from += CHUNK) {
                chunks.add(members.subList(from, Math.min(members.size(), from + CHUNK)).stream()
                        .mapToInt(Integer::intValue).toArray());
                chunkFactor.add(factor);
            }
        }

        List<Found> found = new ArrayList<>();
        List<ObjectFailure> failures = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Runnable work = () -> {
            List<Found> myPasses = new ArrayList<>();
            List<ObjectFailure> myFailures = new ArrayList<>();
            try {
                for (int c = next.getAndIncrement(); c < chunks.size() && error.get() == null; c = next.getAndIncrement()) {
                    new ChunkJob(sets, chunks.get(c), chunkFactor.get(c), grid, sites, start, durationSeconds)
                            .run(myPasses, myFailures);
                }
            } catch (RuntimeException | Error e) {
                error.compareAndSet(null, e);
            }
            synchronized (found) {
                found.addAll(myPasses);
                failures.addAll(myFailures);
            }
        };
        Workers.run(work, Math.min(threads, Math.max(1, chunks.size())), "passes", "pass prediction");
        if (error.get() != null) {
            Throwable e = error.get();
            if (e instanceof CosmodromeException) {
                throw (CosmodromeException) e;
            }
            throw CosmodromeException.internal("pass prediction", e);
        }
        found.sort(Comparator.comparingInt(Found::object).thenComparingInt(Found::observer)
                .thenComparingDouble(Found::aosSeconds));
        List<Pass> passes = new ArrayList<>(found.size());
        for (Found f : found) {
            passes.add(f.pass());
        }
        failures.sort(Comparator.comparingInt(ObjectFailure::catalogNumber));
        return new PassPrediction(start, start.shiftedBy(durationSeconds), sets.size(), observers, passes, failures);
    }

    /** Coarse step of an element set, as a multiple of 60 s: from the time to cover 1/15 rad at perigee. */
    static int stepFactor(TleElements set) {
        double mu = 398600.4418;
        double n = set.meanMotionRadPerS();
        double a = Math.cbrt(mu / (n * n));
        double rp = Math.max(a * (1.0 - set.eccentricity()), 6378.0);
        double vp = Math.sqrt(mu * Math.max(2.0 / rp - 1.0 / a, 1e-12));
        double raw = rp / vp / 15.0;
        for (double stepClass : STEP_CLASSES) {
            if (raw >= stepClass) {
                return (int) Math.round(stepClass / 60.0);
            }
        }
        return 1;
    }

    private record Found(int object, int observer, double aosSeconds, Pass pass) {
    }

    /** An observer prepared for the hot loop: ITRF position (km) and local axes. */
    private static final class Site {
        final Observer observer;
        final double ox;
        final double oy;
        final double oz;
        final double ux;
        final double uy;
        final double uz;
        final double nx;
        final double ny;
        final double nz;
        final double ex;
        final double ey;
        final double minEl;
        final double sinMinEl;
        /** sin of the lowest threshold anywhere: no azimuth is needed below it. */
        final double sinFloor;
        final boolean masked;

        Site(Observer o, OneAxisEllipsoid earth, double defaultMinElevation) {
            observer = o;
            Vector3D p = earth.transform(new GeodeticPoint(o.latitudeRad(), o.longitudeRad(), o.altitudeM()));
            ox = p.getX() / 1000.0;
            oy = p.getY() / 1000.0;
            oz = p.getZ() / 1000.0;
            double sl = Math.sin(o.latitudeRad());
            double cl = Math.cos(o.latitudeRad());
            double so = Math.sin(o.longitudeRad());
            double co = Math.cos(o.longitudeRad());
            ux = cl * co;
            uy = cl * so;
            uz = sl;
            nx = -sl * co;
            ny = -sl * so;
            nz = cl;
            ex = -so;
            ey = co;
            minEl = Double.isNaN(o.minElevationRad()) ? defaultMinElevation : o.minElevationRad();
            sinMinEl = Math.sin(minEl);
            masked = !o.mask().isEmpty() && o.mask().maximumRad() > minEl;
            sinFloor = masked ? Math.sin(Math.max(minEl, o.mask().minimumRad())) : sinMinEl;
        }

        /** Sine of elevation above this site's horizon minus that of the threshold at the satellite's azimuth. */
        double g(double px, double py, double pz) {
            double rx = px - ox;
            double ry = py - oy;
            double rz = pz - oz;
            double rho = Math.sqrt(rx * rx + ry * ry + rz * rz);
            double sinEl = (rx * ux + ry * uy + rz * uz) / rho;
            if (!masked || sinEl < sinFloor) {
                return sinEl - (masked ? sinFloor : sinMinEl);
            }
            double az = azimuth(rx, ry, rz);
            return sinEl - Math.sin(Math.max(minEl, observer.mask().elevationAt(az)));
        }

        double azimuth(double rx, double ry, double rz) {
            double az = Math.atan2(rx * ex + ry * ey, rx * nx + ry * ny + rz * nz);
            return az < 0 ? az + 2 * Math.PI : az;
        }
    }

    /** One chunk of objects with the same coarse step, processed by one thread. */
    private final class ChunkJob {
        private final List<TleElements> sets;
        private final int[] objects;
        private final int factor;
        private final double step;
        private final EarthGrid grid;
        private final Site[] sites;
        private final AbsoluteDate start;
        private final double duration;
        private final int count;
        private BatchSgp4 sgp4;
        private BatchSgp4.Cursor cursor;
        private double[] itrf;
        private double[] g;
        private final double[] tmp = new double[6];
        private final double[] sunTmp = new double[3];
        private int current;
        private double epochOffset;

        ChunkJob(List<TleElements> sets, int[] objects, int factor, EarthGrid grid, Site[] sites, AbsoluteDate start,
                double duration) {
            this.sets = sets;
            this.objects = objects;
            this.factor = factor;
            this.step = factor * grid.stepSeconds();
            this.grid = grid;
            this.sites = sites;
            this.start = start;
            this.duration = duration;
            this.count = (int) Math.ceil(duration / step) + 1;
        }

        void run(List<Found> out, List<ObjectFailure> failures) {
            List<TleElements> members = new ArrayList<>(objects.length);
            for (int i : objects) {
                members.add(sets.get(i));
            }
            sgp4 = BatchSgp4.of(members);
            cursor = sgp4.cursor();
            Sgp4States states = sgp4.newStates(count);
            sgp4.propagate(start, step, count, states);
            itrf = new double[3 * count];
            g = new double[count];
            double[] x = states.xKm();
            double[] y = states.yKm();
            double[] z = states.zKm();
            int[] err = states.errorCode();
            for (int j = 0; j < objects.length; j++) {
                current = j;
                int object = objects[j];
                TleElements set = members.get(j);
                if (sgp4.initializationError(j) != Sgp4Errors.NONE) {
                    failures.add(new ObjectFailure(set.catalogNumber(), sgp4.initializationError(j), start));
                    continue;
                }
                epochOffset = sgp4.epoch(j).durationFrom(start);
                int row = states.index(j, 0);
                int firstFailure = -1;
                for (int k = 0; k < count; k++) {
                    if (err[row + k] == Sgp4Errors.NONE) {
                        grid.toItrfAt(k * factor, x[row + k], y[row + k], z[row + k], itrf, k);
                    } else {
                        if (firstFailure < 0) {
                            firstFailure = k;
                        }
                        itrf[3 * k] = Double.NaN;
                        itrf[3 * k + 1] = Double.NaN;
                        itrf[3 * k + 2] = Double.NaN;
                    }
                }
                if (firstFailure >= 0 && firstFailure * step <= duration) {
                    failures.add(new ObjectFailure(set.catalogNumber(), err[row + firstFailure],
                            start.shiftedBy(firstFailure * step)));
                }
                for (int o = 0; o < sites.length; o++) {
                    findPasses(object, o, set, sites[o], out);
                }
            }
        }

        private void findPasses(int object, int o, TleElements set, Site site, List<Found> out) {
            double ox = site.ox;
            double oy = site.oy;
            double oz = site.oz;
            double ux = site.ux;
            double uy = site.uy;
            double uz = site.uz;
            boolean anyNear = false;
            double sinFloor = site.sinFloor;
            // fast pass: sine of elevation above the lowest threshold, NaN for failed states
            for (int k = 0; k < count; k++) {
                double rx = itrf[3 * k] - ox;
                double ry = itrf[3 * k + 1] - oy;
                double rz = itrf[3 * k + 2] - oz;
                double s = (rx * ux + ry * uy + rz * uz) / Math.sqrt(rx * rx + ry * ry + rz * rz);
                double v = s - sinFloor;
                g[k] = v;
                anyNear |= v > -MAXIMUM_MARGIN;
            }
            if (!anyNear) {
                return;
            }
            if (site.masked) {
                for (int k = 0; k < count; k++) {
                    if (g[k] > 0) {
                        g[k] = site.g(itrf[3 * k], itrf[3 * k + 1], itrf[3 * k + 2]);
                    }
                }
            }
            boolean up = g[0] > 0;
            double aos = 0.0;
            boolean startsBefore = up;
            for (int k = 1; k < count; k++) {
                double gk = g[k];
                boolean now = gk > 0;
                if (!up && now) {
                    aos = g[k - 1] != g[k - 1] ? k * step : root(site, (k - 1) * step, g[k - 1], k * step, gk);
                    startsBefore = false;
                    up = true;
                } else if (up && !now) {
                    double los = gk != gk ? (k - 1) * step : root(site, (k - 1) * step, g[k - 1], k * step, gk);
                    emit(object, o, set, site, aos, los, startsBefore, false, out);
                    up = false;
                } else if (!up && k + 1 < count && gk > -MAXIMUM_MARGIN && gk >= g[k - 1] && gk >= g[k + 1]) {
                    hiddenPass(object, o, set, site, (k - 1) * step, (k + 1) * step, out);
                }
            }
            if (up) {
                emit(object, o, set, site, aos, duration, startsBefore, true, out);
            }
        }

        /** A pass between three grid points whose middle one is a maximum below the threshold. */
        private void hiddenPass(int object, int o, TleElements set, Site site, double a, double b, List<Found> out) {
            final double golden = 0.5 * (3.0 - Math.sqrt(5.0));
            double c = a + golden * (b - a);
            double d = b - golden * (b - a);
            double gc = gAt(site, c);
            double gd = gAt(site, d);
            while (b - a > 0.5) {
                if (gc > gd) {
                    b = d;
                    d = c;
                    gd = gc;
                    c = a + golden * (b - a);
                    gc = gAt(site, c);
                } else {
                    a = c;
                    c = d;
                    gc = gd;
                    d = b - golden * (b - a);
                    gd = gAt(site, d);
                }
            }
            double tMax = gc > gd ? c : d;
            double gMax = Math.max(gc, gd);
            if (gMax > 0) {
                double left = tMax - step;
                double right = tMax + step;
                double aos = root(site, Math.max(left, 0.0), gAt(site, Math.max(left, 0.0)), tMax, gMax);
                double los = root(site, tMax, gMax, right, gAt(site, right));
                emit(object, o, set, site, aos, los, false, false, out);
            }
        }

        private void emit(int object, int o, TleElements set, Site site, double aos, double los, boolean startsBefore,
                boolean endsAfter, List<Found> out) {
            if (aos >= duration || los <= aos) {
                return;
            }
            if (los > duration) {
                los = duration;
                endsAfter = true;
            }
            double tca = culmination(site, aos, los);
            double[] aosState = itrfAt(aos).clone();
            double[] losState = itrfAt(los).clone();
            double[] tcaState = itrfAt(tca).clone();
            double rx = tcaState[0] - site.ox;
            double ry = tcaState[1] - site.oy;
            double rz = tcaState[2] - site.oz;
            double rho = Math.sqrt(rx * rx + ry * ry + rz * rz);
            double maxEl = Math.asin(Math.max(-1, Math.min(1, (rx * site.ux + ry * site.uy + rz * site.uz) / rho)));
            boolean visible = visible(site, aos, aosState) || visible(site, tca, tcaState) || visible(site, los, losState);
            if (!visible) {
                int k0 = (int) Math.floor(aos / step) + 1;
                for (int k = k0; k * step < los && !visible; k++) {
                    tmp[0] = itrf[3 * k];
                    tmp[1] = itrf[3 * k + 1];
                    tmp[2] = itrf[3 * k + 2];
                    visible = visible(site, k * step, tmp);
                }
            }
            Pass pass = new Pass(set.catalogNumber(), set.name(), site.observer.name(), start.shiftedBy(aos),
                    start.shiftedBy(tca), start.shiftedBy(los), maxEl, azimuth(site, aosState),
                    site.azimuth(rx, ry, rz), azimuth(site, losState), rho * 1000.0, visible, startsBefore, endsAfter);
            out.add(new Found(object, o, aos, pass));
        }

        private double azimuth(Site site, double[] p) {
            return site.azimuth(p[0] - site.ox, p[1] - site.oy, p[2] - site.oz);
        }

        private boolean visible(Site site, double t, double[] p) {
            if (p[0] != p[0]) {
                return false;
            }
            grid.sun(t, sunTmp);
            double sx = sunTmp[0] - site.ox;
            double sy = sunTmp[1] - site.oy;
            double sz = sunTmp[2] - site.oz;
            double sinSun = (sx * site.ux + sy * site.uy + sz * site.uz) / Math.sqrt(sx * sx + sy * sy + sz * sz);
            if (sinSun >= Math.sin(maxSunElevationRad)) {
                return false;
            }
            return sunlit(p, sunTmp);
        }

        private boolean sunlit(double[] p, double[] s) {
            double sn = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
            double pn2 = p[0] * p[0] + p[1] * p[1] + p[2] * p[2];
            double along = (p[0] * s[0] + p[1] * s[1] + p[2] * s[2]) / sn;
            if (along >= 0) {
                return true;
            }
            if (shadow == ShadowModel.CYLINDRICAL) {
                return pn2 - along * along > EARTH_RADIUS_KM * EARTH_RADIUS_KM;
            }
            double pn = Math.sqrt(pn2);
            double dx = s[0] - p[0];
            double dy = s[1] - p[1];
            double dz = s[2] - p[2];
            double dn = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double cos = -(p[0] * dx + p[1] * dy + p[2] * dz) / (pn * dn);
            double separation = Math.acos(Math.max(-1, Math.min(1, cos)));
            double earthRadius = Math.asin(Math.min(1, EARTH_RADIUS_KM / pn));
            double sunRadius = Math.asin(Math.min(1, SUN_RADIUS_KM / dn));
            return separation >= earthRadius - sunRadius;
        }

        /** Culmination: root of the elevation rate near the highest grid point of the pass. */
        private double culmination(Site site, double aos, double los) {
            double best = -2;
            int kBest = -1;
            int k0 = (int) Math.floor(aos / step) + 1;
            for (int k = k0; k * step < los; k++) {
                double rx = itrf[3 * k] - site.ox;
                double ry = itrf[3 * k + 1] - site.oy;
                double rz = itrf[3 * k + 2] - site.oz;
                double s = (rx * site.ux + ry * site.uy + rz * site.uz) / Math.sqrt(rx * rx + ry * ry + rz * rz);
                if (s > best) {
                    best = s;
                    kBest = k;
                }
            }
            double a = aos;
            double b = los;
            if (kBest >= 0) {
                a = Math.max(aos, (kBest - 1) * step);
                b = Math.min(los, (kBest + 1) * step);
            }
            double ra = rateAt(site, a);
            double rb = rateAt(site, b);
            if (!(ra > 0)) {
                return a;
            }
            if (!(rb < 0)) {
                return b;
            }
            return illinois(site, a, ra, b, rb, true);
        }

        private double root(Site site, double a, double ga, double b, double gb) {
            return illinois(site, a, ga, b, gb, false);
        }

        /** Illinois regula falsi on g (or on the elevation rate) to 10 ms, well inside the 1 s asked of passes. */
        private double illinois(Site site, double a, double fa, double b, double fb, boolean rate) {
            if (fa != fa || fb != fb || (fa > 0) == (fb > 0)) {
                return fa > 0 == rate ? b : a;
            }
            int side = 0;
            for (int iteration = 0; iteration < 60 && b - a > 1.0e-2; iteration++) {
                double c = (a * fb - b * fa) / (fb - fa);
                if (!(c > a && c < b)) {
                    c = 0.5 * (a + b);
                }
                double fc = rate ? rateAt(site, c) : gAt(site, c);
                if (fc != fc) {
                    fc = -1;
                }
                if ((fc > 0) == (fb > 0)) {
                    b = c;
                    fb = fc;
                    if (side == -1) {
                        fa *= 0.5;
                    }
                    side = -1;
                } else {
                    a = c;
                    fa = fc;
                    if (side == 1) {
                        fb *= 0.5;
                    }
                    side = 1;
                }
                if (fc == 0) {
                    return c;
                }
            }
            return fb == fa ? 0.5 * (a + b) : (a * fb - b * fa) / (fb - fa);
        }

        /** ITRF state (km, km/s) at t seconds from the start; NaN when SGP4 fails there. */
        private double[] itrfAt(double t) {
            int code = cursor.propagate(current, (t - epochOffset) / 60.0);
            if (code != Sgp4Errors.NONE) {
                java.util.Arrays.fill(tmp, Double.NaN);
                return tmp;
            }
            grid.toItrf(t, cursor.state(), tmp, true);
            return tmp;
        }

        private double gAt(Site site, double t) {
            double[] p = itrfAt(t);
            return p[0] != p[0] ? -1.0 : site.g(p[0], p[1], p[2]);
        }

        /** Time derivative of the sine of elevation (1/s). */
        private double rateAt(Site site, double t) {
            double[] p = itrfAt(t);
            double rx = p[0] - site.ox;
            double ry = p[1] - site.oy;
            double rz = p[2] - site.oz;
            double rho2 = rx * rx + ry * ry + rz * rz;
            double rho = Math.sqrt(rho2);
            double up = rx * site.ux + ry * site.uy + rz * site.uz;
            double vUp = p[3] * site.ux + p[4] * site.uy + p[5] * site.uz;
            double rv = rx * p[3] + ry * p[4] + rz * p[5];
            return vUp / rho - up * rv / (rho2 * rho);
        }
    }
}
