package space.cosmodrome.passes;

import java.util.List;

import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

import space.cosmodrome.tle.TleElements;

/**
 * Finds the passes of one object over every site from its coarse {@link Trajectory}; one instance per thread.
 *
 * <p>For each site, an interval of the grid is skipped outright when, at either of its ends, the satellite is so
 * far from the site (angle at the Earth's centre) that even moving at its fastest it cannot come within the
 * site's visibility cone before the other end: {@code θ_k > λ_max + ω_max Δ}. This is a dot product per grid point
 * and site and dismisses most of them. In the other intervals the sine of elevation above the lowest threshold and
 * its rate (exact, from SGP4's velocity) are taken at both ends: a sign change of the sine is a rise or set, and a
 * rate going from positive to negative while both ends are below is a maximum inside, checked against the threshold.
 * The grid steps keep at most one extremum of elevation per interval (a tenth of a revolution at perigee against
 * one maximum and one minimum per revolution), so nothing is missed. Times are refined on the Hermite interpolant
 * (Illinois method, to 1 ms). A horizon mask is applied inside each pass above the lowest threshold, sampled every
 * {@link #MASK_SAMPLE_S} seconds and refined the same way.</p>
 */
final class PassSearch {
    /** Sample spacing (s) of the horizon mask inside a pass. */
    static final double MASK_SAMPLE_S = 10.0;
    /** Sample spacing (s) of the mask when within {@link #MASK_NEAR} of it (sine of elevation, about 3°). */
    static final double MASK_FINE_SAMPLE_S = 2.0;
    private static final double MASK_NEAR = 0.05;
    private static final double SUN_RADIUS_KM = Constants.SUN_RADIUS / 1000.0;
    private static final double EARTH_RADIUS_KM = Constants.WGS84_EARTH_EQUATORIAL_RADIUS / 1000.0;
    private static final double TOLERANCE_S = 1.0e-3;
    private static final int FLOOR = 0;
    private static final int RATE = 1;
    private static final int MASKED = 2;
    private static final int TOP = 3;

    private final Site[] sites;
    private final EarthGrid grid;
    private final AbsoluteDate start;
    private final double duration;
    private final double sinMaxSun;
    private final ShadowModel shadow;
    private final double[] state = new double[6];
    private final double[] sun = new double[3];
    private final double[] aosState = new double[6];
    private final double[] tcaState = new double[6];
    private final double[] losState = new double[6];

    private double[] invRadius = new double[0];
    private double[] gCache = new double[0];
    private double[] rCache = new double[0];
    private int[] stamp = new int[0];
    private int currentStamp;

    private Trajectory tr;
    private TleElements set;
    private Site site;
    private List<Pass> out;
    /** Culmination so far of the pass under way: time (s) and sine of elevation. */
    private double bestT;
    private double bestS;
    /** State of the mask sampling within one pass. */
    private double passStart;
    private boolean passStartsBefore;
    private double subStart;
    private double lastT;
    private double lastG;

    PassSearch(Site[] sites, EarthGrid grid, AbsoluteDate start, double duration, double maxSunElevationRad,
            ShadowModel shadow) {
        this.sites = sites;
        this.grid = grid;
        this.start = start;
        this.duration = duration;
        this.sinMaxSun = Math.sin(maxSunElevationRad);
        this.shadow = shadow;
    }

    /**
     * Appends the passes of one object over every site, site by site, each in time order.
     * @param elements its element set
     * @param trajectory its grid, loaded
     * @param maxRadiusKm an upper bound of its distance from the Earth's centre over the window (km)
     * @param rateBound an upper bound of the angular rate of its direction seen from the Earth's centre, in ITRF
     *        (rad/s)
     * @param passes where to add the passes
     */
    void search(TleElements elements, Trajectory trajectory, double maxRadiusKm, double rateBound, List<Pass> passes) {
        tr = trajectory;
        set = elements;
        out = passes;
        int n = tr.firstFailure >= 0 ? tr.firstFailure : tr.count;
        if (invRadius.length < tr.count) {
            invRadius = new double[tr.count];
            gCache = new double[tr.count];
            rCache = new double[tr.count];
            stamp = new int[tr.count];
        }
        double[] p = tr.p;
        for (int k = 0; k < n; k++) {
            double x = p[3 * k];
            double y = p[3 * k + 1];
            double z = p[3 * k + 2];
            invRadius[k] = 1.0 / Math.sqrt(x * x + y * y + z * z);
        }
        for (Site s : sites) {
            site = s;
            currentStamp++;
            if (currentStamp == Integer.MAX_VALUE) {
                java.util.Arrays.fill(stamp, 0);
                currentStamp = 1;
            }
            double reach = s.visibilityHalfAngle(maxRadiusKm) + rateBound * tr.step;
            double cosReach = reach >= Math.PI ? -2.0 : Math.cos(reach);
            scan(n, cosReach);
        }
    }

    private boolean near(int k, double cosReach) {
        double[] p = tr.p;
        double c = (p[3 * k] * site.cx + p[3 * k + 1] * site.cy + p[3 * k + 2] * site.cz) * invRadius[k];
        return c >= cosReach;
    }

    /** Floor function (sine of elevation minus that of the lowest threshold) at grid point k, cached. */
    private void load(int k) {
        if (stamp[k] == currentStamp) {
            return;
        }
        double[] p = tr.p;
        double[] v = tr.v;
        int i = 3 * k;
        gCache[k] = site.sinElevation(p[i], p[i + 1], p[i + 2]) - site.sinFloor;
        rCache[k] = site.sinElevationRate(p[i], p[i + 1], p[i + 2], v[i], v[i + 1], v[i + 2]);
        stamp[k] = currentStamp;
    }

    private void scan(int n, double cosReach) {
        if (n < 2) {
            return;
        }
        double step = tr.step;
        boolean nearK = near(0, cosReach);
        boolean up = false;
        boolean startsBefore = false;
        double aos = 0.0;
        if (nearK) {
            load(0);
            if (gCache[0] > 0) {
                up = true;
                startsBefore = true;
                bestT = 0.0;
                bestS = gCache[0] + site.sinFloor;
            }
        }
        for (int k = 0; k < n - 1; k++) {
            double tk = k * step;
            if (tk >= duration) {
                break;
            }
            boolean nearK1 = near(k + 1, cosReach);
            if (!up && !(nearK && nearK1)) {
                nearK = nearK1;
                continue;
            }
            nearK = nearK1;
            double tk1 = tk + step;
            load(k);
            load(k + 1);
            double gk = gCache[k];
            double gk1 = gCache[k + 1];
            double rk = rCache[k];
            double rk1 = rCache[k + 1];
            if (!up) {
                if (gk1 > 0) {
                    aos = refine(FLOOR, tk, gk, tk1, gk1);
                    if (aos >= duration) {
                        break;
                    }
                    up = true;
                    startsBefore = false;
                    bestT = aos;
                    bestS = site.sinFloor;
                    if (rk1 < 0) {
                        culminationIn(aos, rateAt(aos), tk1, rk1);
                    }
                } else if (rk > 0 && rk1 < 0) {
                    double tm = refine(RATE, tk, rk, tk1, rk1);
                    double gm = floorAt(tm);
                    if (gm > 0 && tm < duration) {
                        double a = refine(FLOOR, tk, gk, tm, gm);
                        double b = refine(FLOOR, tm, gm, tk1, gk1);
                        bestT = tm;
                        bestS = gm + site.sinFloor;
                        emit(a, b, false, false);
                    }
                }
            } else {
                if (rk > 0 && rk1 < 0) {
                    culminationIn(tk, rk, tk1, rk1);
                }
                if (gk1 <= 0) {
                    double los = refine(FLOOR, tk, gk, tk1, gk1);
                    emit(aos, los, startsBefore, false);
                    up = false;
                } else if (rk < 0 && rk1 > 0) {
                    double tm = refine(RATE, tk, rk, tk1, rk1);
                    double gm = floorAt(tm);
                    if (gm <= 0) {
                        double los = refine(FLOOR, tk, gk, tm, gm);
                        emit(aos, los, startsBefore, false);
                        aos = refine(FLOOR, tm, gm, tk1, gk1);
                        if (aos >= duration) {
                            up = false;
                            break;
                        }
                        startsBefore = false;
                        bestT = aos;
                        bestS = site.sinFloor;
                    }
                }
            }
        }
        if (up) {
            double end = Math.min(duration, (n - 1) * step);
            emit(aos, end, startsBefore, end >= duration);
        }
    }

    /** Updates the culmination with the maximum of elevation between a and b (rate ra at a, rb at b). */
    private void culminationIn(double a, double ra, double b, double rb) {
        double tm = ra > 0 && rb < 0 ? refine(RATE, a, ra, b, rb) : (ra > 0 ? b : a);
        if (tm > duration) {
            return;
        }
        double s = floorAt(tm) + site.sinFloor;
        if (s > bestS) {
            bestS = s;
            bestT = tm;
        }
    }

    private double floorAt(double t) {
        tr.positionAt(t, state);
        return site.sinElevation(state[0], state[1], state[2]) - site.sinFloor;
    }

    private double rateAt(double t) {
        tr.at(t, state);
        return site.sinElevationRate(state[0], state[1], state[2], state[3], state[4], state[5]);
    }

    private double maskedAt(double t) {
        tr.positionAt(t, state);
        return site.g(state[0], state[1], state[2]);
    }

    private double f(int mode, double t) {
        double v = mode == FLOOR ? floorAt(t) : mode == RATE ? rateAt(t) : mode == MASKED ? maskedAt(t)
                : floorAt(t) + site.sinFloor - site.sinMaskTop;
        return v != v ? -1.0 : v;
    }

    /** Illinois regula falsi for the sign change of f between a and b, to {@link #TOLERANCE_S} for rises and sets. */
    private double refine(int mode, double a, double fa, double b, double fb) {
        if (fa != fa || fb != fb || (fa > 0) == (fb > 0)) {
            return fa > 0 == (mode == RATE) ? b : a;
        }
        int side = 0;
        // culminations are flat: 10 ms there moves the elevation by nothing that shows
        double tolerance = mode == FLOOR || mode == MASKED ? TOLERANCE_S : 10 * TOLERANCE_S;
        for (int iteration = 0; iteration < 60 && b - a > tolerance; iteration++) {
            double c = (a * fb - b * fa) / (fb - fa);
            if (!(c > a && c < b)) {
                c = 0.5 * (a + b);
            }
            double fc = f(mode, c);
            if (fc == 0) {
                return c;
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
        }
        return fb == fa ? 0.5 * (a + b) : (a * fb - b * fa) / (fb - fa);
    }

    /** A pass above the lowest threshold from a to b; the mask, if any, cuts it into the passes it lets through. */
    private void emit(double a, double b, boolean startsBefore, boolean endsAfter) {
        if (a >= duration || b <= a) {
            return;
        }
        if (b > duration) {
            b = duration;
            endsAfter = true;
        }
        double sb = floorAt(b) + site.sinFloor;
        if (sb > bestS || bestT > b) {
            bestS = sb;
            bestT = b;
        }
        if (!site.masked) {
            record(a, bestT, b, startsBefore, endsAfter);
            return;
        }
        // the mask matters only below its highest point: sample it in the low parts of the pass
        passStart = a;
        passStartsBefore = startsBefore;
        double top = site.sinMaskTop;
        double t1 = Double.NaN;
        double t2 = Double.NaN;
        if (bestS > top && bestT > a && bestT < b) {
            double fa = floorAt(a) + site.sinFloor - top;
            double fb = floorAt(b) + site.sinFloor - top;
            double fm = bestS - top;
            t1 = fa >= 0 ? a : refine(TOP, a, fa, bestT, fm);
            t2 = fb >= 0 ? b : refine(TOP, bestT, fm, b, fb);
            for (int k = (int) Math.floor(t1 / tr.step) + 1; k * tr.step < t2; k++) {
                if (site.sinElevation(tr.p[3 * k], tr.p[3 * k + 1], tr.p[3 * k + 2]) < top) {
                    t1 = Double.NaN; // more than one hump (a slow, high object): sample it all
                    break;
                }
            }
        }
        subStart = Double.NaN;
        lastT = a;
        lastG = f(MASKED, a);
        if (lastG > 0) {
            subStart = a;
        }
        if (t1 == t1) {
            sampleMask(a, t1);
            if (!(subStart == subStart)) {
                subStart = t1;
            }
            lastT = t2;
            lastG = Double.MIN_VALUE;
            sampleMask(t2, b);
        } else {
            sampleMask(a, b);
        }
        if (lastG > 0) {
            maskedPass(subStart, b, startsBefore && subStart == a, endsAfter);
        }
    }

    /**
     * Follows the masked function from {@code lastT} to {@code to}, recording the sub-passes that end. Besides the
     * regular samples, the times the satellite's azimuth crosses a point of the mask are sampled: that is where a
     * short dip behind a peak of the mask, or a short pass through a notch, hides.
     */
    private void sampleMask(double from, double to) {
        double azPrev = azimuthAt(lastT);
        double t = from;
        while (t < to) {
            // finer steps near the threshold, where a short sliver above or below the mask fits between samples
            double h = Math.abs(lastG) > MASK_NEAR ? MASK_SAMPLE_S : MASK_FINE_SAMPLE_S;
            t = to - t < 1.5 * h ? to : t + h;
            double az = azimuthAt(t);
            for (double peak : site.maskVertices) {
                double tp = peakCrossing(lastT, azPrev, t, az, peak);
                if (tp == tp) {
                    maskSample(tp, f(MASKED, tp));
                    azPrev = azimuthAt(tp);
                }
            }
            maskSample(t, f(MASKED, t));
            azPrev = az;
        }
    }

    private void maskSample(double t, double g) {
        if (lastG <= 0 && g > 0) {
            subStart = refine(MASKED, lastT, lastG, t, g);
        } else if (lastG > 0 && g <= 0) {
            double end = refine(MASKED, lastT, lastG, t, g);
            maskedPass(subStart, end, passStartsBefore && subStart == passStart, false);
            subStart = Double.NaN;
        }
        lastT = t;
        lastG = g;
    }

    private double azimuthAt(double t) {
        tr.positionAt(t, state);
        return site.azimuth(state[0] - site.ox, state[1] - site.oy, state[2] - site.oz);
    }

    /** Signed azimuth difference a - b wrapped to (-π, π]. */
    private static double azimuthDifference(double a, double b) {
        double d = a - b;
        return d > Math.PI ? d - 2 * Math.PI : d <= -Math.PI ? d + 2 * Math.PI : d;
    }

    /** Time within (a, b) when the azimuth passes {@code peak}, by bisection; NaN when it does not. */
    private double peakCrossing(double a, double azA, double b, double azB, double peak) {
        double da = azimuthDifference(azA, peak);
        double db = azimuthDifference(azB, peak);
        if (da == 0 || db == 0 || (da > 0) == (db > 0) || Math.abs(da - db) > Math.PI) {
            return Double.NaN;
        }
        for (int i = 0; i < 30 && b - a > TOLERANCE_S; i++) {
            double m = 0.5 * (a + b);
            double dm = azimuthDifference(azimuthAt(m), peak);
            if ((dm > 0) == (da > 0)) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }

    private void maskedPass(double a, double b, boolean startsBefore, boolean endsAfter) {
        if (!(b > a)) {
            return;
        }
        double tca;
        if (bestT >= a && bestT <= b) {
            tca = bestT;
        } else {
            // the highest point of this piece is the end nearer the culmination of the whole pass
            tca = bestT < a ? a : b;
        }
        record(a, tca, b, startsBefore, endsAfter);
    }

    private void record(double aos, double tca, double los, boolean startsBefore, boolean endsAfter) {
        tr.at(aos, aosState);
        tr.at(tca, tcaState);
        tr.at(los, losState);
        double rx = tcaState[0] - site.ox;
        double ry = tcaState[1] - site.oy;
        double rz = tcaState[2] - site.oz;
        double rho = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double maxEl = Math.asin(Math.max(-1, Math.min(1, (rx * site.ux + ry * site.uy + rz * site.uz) / rho)));
        boolean visible = visible(aos, aosState) || visible(tca, tcaState) || visible(los, losState);
        double step = tr.step;
        for (int k = (int) Math.floor(aos / step) + 1; k * step < los && !visible; k++) {
            state[0] = tr.p[3 * k];
            state[1] = tr.p[3 * k + 1];
            state[2] = tr.p[3 * k + 2];
            visible = visible(k * step, state);
        }
        out.add(new Pass(set.catalogNumber(), set.name(), site.observer.name(), start.shiftedBy(aos),
                start.shiftedBy(tca), start.shiftedBy(los), maxEl, azimuth(aosState), site.azimuth(rx, ry, rz),
                azimuth(losState), rho * 1000.0, visible, startsBefore, endsAfter));
    }

    private double azimuth(double[] p) {
        return site.azimuth(p[0] - site.ox, p[1] - site.oy, p[2] - site.oz);
    }

    /** Sunlit satellite while the observer's Sun is low enough. */
    private boolean visible(double t, double[] p) {
        if (p[0] != p[0]) {
            return false;
        }
        grid.sun(t, sun);
        if (site.sinElevation(sun[0], sun[1], sun[2]) >= sinMaxSun) {
            return false;
        }
        return sunlit(p, sun);
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
}
