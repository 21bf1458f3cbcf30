package space.cosmodrome.sgp4;

/**
 * The near-Earth theory (SGP4) for one object on a regular time grid, computed in passes over the grid instead of
 * one time after the other.
 *
 * <p>Why: evaluating one state is a long chain of dependent operations (secular terms, a division, the long-period
 * terms, Kepler's equation, another division, the short-period terms, three small rotations), some 300 cycles of
 * latency, too long for the processor to overlap the next state with it; written as one loop over the times, the
 * propagator ran at that latency (about 100 ns a state). Cut into short passes, each a loop without branches over
 * all the times of the grid, the times are independent within a pass, and HotSpot's C2 compiler turns such loops
 * into vector instructions (SuperWord), several times at once. It does so only for small loop bodies (a few dozen
 * operations, a few arrays written; a degree-11 series with a rotation is already too big), hence the many
 * passes, each reading and writing the work arrays of this class (a few kilobytes, in cache).</p>
 *
 * <p>The passes assume what holds for nearly every state: the angles of the small corrections within the range of
 * their series and an eccentricity below 0.01. A last scalar pass checks that for every time and hands the rare
 * state for which it does not hold, and every failing state, to the general single-state path, so the results are
 * those of that path up to rounding whatever the object.</p>
 *
 * <p>One instance per thread; the arrays grow to the largest grid seen.</p>
 */
final class NearEarthGrid {
    /** Steps after which the rotation recurrences restart from exact sines and cosines: a tile of the propagator. */
    static final int RESYNC = 512;
    /** Largest |x| for {@link #sin5} and {@link #cos4}: the first term they leave out is below 1e-19. */
    static final double TINY_SERIES_LIMIT = 2.0e-3;
    /** Largest |x| for {@link #sin7} and {@link #cos8}: the first term they leave out is below 3e-21. */
    static final double SHORT_SERIES_LIMIT = 0.01;
    /** Largest |x| for {@link #sin11} and {@link #cos10}: the first term they leave out is below 1e-17. */
    static final double LONG_SERIES_LIMIT = 0.2;
    /**
     * Largest e² for the fixed Kepler scheme: the Lagrange series to third order leaves an error of order e^4, the
     * Newton step after it about e^9, below 1e-17 rad for e &lt; 0.01.
     */
    static final double FIXED_KEPLER_EL2 = 1.0e-4;
    /**
     * Largest e² for the wide Kepler scheme ({@link #keplerWide}), e &lt; 0.1: the third-order series leaves about
     * e^4 = 1e-4 rad, a first Newton step about e/2 (1e-4)² = 5e-10, a second one below 1e-19.
     */
    static final double WIDE_KEPLER_EL2 = 1.0e-2;

    private static final double S3 = 1.0 / 6.0;
    private static final double S5 = 1.0 / 20.0;
    private static final double S7 = 1.0 / 42.0;
    private static final double S9 = 1.0 / 72.0;
    private static final double S11 = 1.0 / 110.0;
    private static final double C4 = 1.0 / 12.0;
    private static final double C6 = 1.0 / 30.0;
    private static final double C8 = 1.0 / 56.0;
    private static final double C10 = 1.0 / 90.0;
    private static final double MIN_ECCENTRICITY = 1.0e-6;

    private int capacity;
    // times and the sines and cosines of the secular angles (mean anomaly X, argument of perigee A, node N)
    double[] t;
    double[] sx;
    double[] cx;
    double[] sa;
    double[] ca;
    double[] sn;
    double[] cn;
    // secular terms
    double[] tempa;
    double[] tempe;
    double[] templ;
    double[] sArg;
    double[] cArg;
    double[] dM;
    // long-period terms and Kepler's equation
    double[] invTempa;
    double[] lpTemp;
    double[] em;
    double[] axnl;
    double[] aynl;
    double[] el2;
    double[] du;
    double[] sE;
    /** The first Newton step of {@link #keplerWide}. */
    double[] firstStep;
    double[] cE;
    double[] d;
    // short-period terms
    double[] ome;
    double[] esine;
    double[] betal;
    double[] invOme;
    double[] spTemp;
    double[] invOmEl2;
    double[] sinu;
    double[] cosu;
    double[] temp1;
    double[] temp2;
    double[] sin2u;
    double[] cos2u;
    double[] mrt;
    double[] mvt;
    double[] rvdot;
    double[] dsu;
    double[] dinc;
    double[] dnode;
    // orientation
    double[] sinsu;
    double[] cossu;
    double[] sini;
    double[] cosi;
    double[] snod;
    double[] cnod;
    double[] xmx;
    double[] xmy;
    /** Below 1 where the passes' results stand as they are, see {@link #screen}. */
    double[] q;
    // sines and cosines of small angles
    double[] sd;
    double[] cd;

    NearEarthGrid() {
        ensure(64);
    }

    void ensure(int n) {
        if (n <= capacity) {
            return;
        }
        int c = Math.max(n, 2 * capacity);
        capacity = c;
        t = new double[c];
        sx = new double[c];
        cx = new double[c];
        sa = new double[c];
        ca = new double[c];
        sn = new double[c];
        cn = new double[c];
        tempa = new double[c];
        tempe = new double[c];
        templ = new double[c];
        sArg = new double[c];
        cArg = new double[c];
        dM = new double[c];
        invTempa = new double[c];
        lpTemp = new double[c];
        em = new double[c];
        axnl = new double[c];
        aynl = new double[c];
        el2 = new double[c];
        du = new double[c];
        sE = new double[c];
        firstStep = new double[c];
        cE = new double[c];
        d = new double[c];
        ome = new double[c];
        esine = new double[c];
        betal = new double[c];
        invOme = new double[c];
        spTemp = new double[c];
        invOmEl2 = new double[c];
        sinu = new double[c];
        cosu = new double[c];
        temp1 = new double[c];
        temp2 = new double[c];
        sin2u = new double[c];
        cos2u = new double[c];
        mrt = new double[c];
        mvt = new double[c];
        rvdot = new double[c];
        dsu = new double[c];
        dinc = new double[c];
        dnode = new double[c];
        sinsu = new double[c];
        cossu = new double[c];
        sini = new double[c];
        cosi = new double[c];
        snod = new double[c];
        cnod = new double[c];
        xmx = new double[c];
        xmy = new double[c];
        sd = new double[c];
        cd = new double[c];
        q = new double[c];
    }

    /**
     * Times and sines and cosines of the three secular angles, which grow linearly with time: restarted from exact
     * values every {@value #RESYNC} steps and turned in between by the angles of a table of 0 to {@value #RESYNC} - 1
     * steps (one long loop without a carried dependence, which the JIT vectorises). The tables depend on the step
     * only: they are kept for the next tile of the same object. Within a table, the first {@value #LANES} entries come
     * one from the other, the rest from the entry {@value #LANES} back, turned by {@value #LANES} steps at once: no
     * entry is more than {@value #LANES} + {@value #RESYNC} / {@value #LANES} rotations from an exact value (1e-14
     * rad at most).
     */
    void secularAngles(int n, double t0, double dt, double mo, double mdot, double argpo, double argpdot,
            double nodeo, double nodedot) {
        for (int k = 0; k < n; k++) {
            t[k] = t0 + k * dt;
        }
        angle(n, mo, mdot, dt, sx, cx, 0);
        angle(n, argpo, argpdot, dt, sa, ca, 1);
        angle(n, nodeo, nodedot, dt, sn, cn, 2);
    }

    /** Recurrences that run side by side in the tables of {@link #angle}. */
    static final int LANES = 8;
    /** Per angle: sines and cosines of 0 to {@value #RESYNC} - 1 steps, the step, and how many entries are valid. */
    private final double[][] stepSin = new double[3][RESYNC];
    private final double[][] stepCos = new double[3][RESYNC];
    private final double[] tableStep = new double[3];
    private final int[] tableLength = new int[3];

    private void angle(int n, double a0, double rate, double dt, double[] s, double[] c, int which) {
        final double[] ts = stepSin[which];
        final double[] tc = stepCos[which];
        final double step = rate * dt;
        int len = Math.min(n, RESYNC);
        if (step != tableStep[which] || len > tableLength[which]) {
            final double s1 = sin(step);
            final double c1 = cos(step);
            // LANES steps at once by doubling three times
            double s8 = s1;
            double c8 = c1;
            for (int q = 1; q < LANES; q <<= 1) {
                double a = 2.0 * s8 * c8;
                c8 = c8 * c8 - s8 * s8;
                s8 = a;
            }
            ts[0] = 0.0;
            tc[0] = 1.0;
            int serialEnd = Math.min(len, LANES);
            for (int j = 1; j < serialEnd; j++) {
                ts[j] = ts[j - 1] * c1 + tc[j - 1] * s1;
                tc[j] = tc[j - 1] * c1 - ts[j - 1] * s1;
            }
            for (int j = serialEnd; j < len; j++) {
                ts[j] = ts[j - LANES] * c8 + tc[j - LANES] * s8;
                tc[j] = tc[j - LANES] * c8 - ts[j - LANES] * s8;
            }
            tableStep[which] = step;
            tableLength[which] = len;
        }
        if (n <= RESYNC) {
            // one block, the case of every tile: the same loop without the offset k0, which the JIT vectorises
            // less well
            double sv = FastTrig.sin(a0 + rate * t[0]);
            double cv = FastTrig.cos(a0 + rate * t[0]);
            for (int k = 0; k < n; k++) {
                double a = ts[k];
                double b = tc[k];
                s[k] = sv * b + cv * a;
                c[k] = cv * b - sv * a;
            }
            return;
        }
        for (int k0 = 0; k0 < n; k0 += RESYNC) {
            int end = Math.min(n, k0 + RESYNC);
            double angle = a0 + rate * t[k0];
            double sv = FastTrig.sin(angle);
            double cv = FastTrig.cos(angle);
            for (int k = k0; k < end; k++) {
                double a = ts[k - k0];
                double b = tc[k - k0];
                s[k] = sv * b + cv * a;
                c[k] = cv * b - sv * a;
            }
        }
    }

    /** Secular drag terms of an orbit with perigee below 220 km (the paper's "simple" drag). */
    void secularSimple(int n, double cc1, double cc4b, double t2cof) {
        for (int k = 0; k < n; k++) {
            double tk = t[k];
            tempa[k] = 1.0 - cc1 * tk;
            tempe[k] = cc4b * tk;
            templ[k] = t2cof * tk * tk;
        }
        System.arraycopy(sa, 0, sArg, 0, n);
        System.arraycopy(ca, 0, cArg, 0, n);
    }

    /**
     * Secular drag terms of the full model; the mean anomaly gains dM and the argument of perigee loses it, applied
     * as a rotation (series valid to {@link #LONG_SERIES_LIMIT}; checked in {@link #screen}).
     * @param dMRef a part of dM (its term linear in time, at mid-grid) applied first by an exact rotation, so that
     *        the series see only the rest; 0 when that term is small
     */
    void secularFull(int n, double cc1, double cc4b, double cc5b, double t2cof, double omgcof, double eta,
            double xmcof, double delmo, double d2, double d3, double d4, double t3cof, double t4cof, double t5cof,
            double sinmao, double dMRef) {
        for (int k = 0; k < n; k++) {
            double tk = t[k];
            double qe = 1.0 + eta * cx[k];
            dM[k] = (omgcof * tk - dMRef) + xmcof * (qe * qe * qe - delmo);
        }
        if (dMRef != 0.0) {
            // the mean anomaly gains dMRef and the argument of perigee loses it, their sum is unchanged
            double sr = FastTrig.sin(dMRef);
            double cr = FastTrig.cos(dMRef);
            turn(n, sx, cx, sr, cr);
            turn(n, sa, ca, -sr, cr);
        }
        for (int k = 0; k < n; k++) {
            double tk = t[k];
            double t2 = tk * tk;
            double t3 = t2 * tk;
            double t4 = t3 * tk;
            tempa[k] = 1.0 - cc1 * tk - d2 * t2 - d3 * t3 - d4 * t4;
            templ[k] = t2cof * t2 + t3cof * t3 + t4 * (t4cof + tk * t5cof);
        }
        sin11(n, dM, sd);
        cos10(n, dM, cd);
        for (int k = 0; k < n; k++) {
            double sinmm = sx[k] * cd[k] + cx[k] * sd[k];
            tempe[k] = cc4b * t[k] + cc5b * (sinmm - sinmao);
        }
        for (int k = 0; k < n; k++) {
            sArg[k] = sa[k] * cd[k] - ca[k] * sd[k];
            cArg[k] = ca[k] * cd[k] + sa[k] * sd[k];
        }
    }

    /**
     * Long-period periodics: the eccentricity vector (axnl, aynl) and the mean argument of latitude u, as the sine
     * and cosine of the secular xmdf + argpdf turned by du (series valid to {@link #LONG_SERIES_LIMIT}).
     * @param duRef the part of the drag term n0 templ already applied to the mean anomaly by {@link #turnMeanAnomaly}
     */
    void longPeriodic(int n, double ecco, double n0, double invAm0, double aycof, double xlcof, double duRef) {
        for (int k = 0; k < n; k++) {
            // max(ecco - tempe, 1e-6) without a branch, which would keep the loop from being vectorised
            double e = ecco - tempe[k];
            em[k] = 0.5 * (e + MIN_ECCENTRICITY + Math.abs(e - MIN_ECCENTRICITY));
        }
        for (int k = 0; k < n; k++) {
            double e = em[k];
            double omEm2 = 1.0 - e * e;
            double ta = tempa[k];
            // one division for 1 / tempa and 1 / (1 - em²)
            double r1 = 1.0 / (ta * omEm2);
            double it = r1 * omEm2;
            invTempa[k] = it;
            lpTemp[k] = invAm0 * it * it * r1 * ta;
        }
        for (int k = 0; k < n; k++) {
            double e = em[k];
            double ax = e * cArg[k];
            double ay = e * sArg[k] + lpTemp[k] * aycof;
            axnl[k] = ax;
            aynl[k] = ay;
            el2[k] = ax * ax + ay * ay;
        }
        for (int k = 0; k < n; k++) {
            du[k] = (n0 * templ[k] - duRef) + lpTemp[k] * xlcof * axnl[k];
        }
        sin11(n, du, sd);
        cos10(n, du, cd);
        for (int k = 0; k < n; k++) {
            double s0 = sx[k] * ca[k] + cx[k] * sa[k];
            double c0 = cx[k] * ca[k] - sx[k] * sa[k];
            sE[k] = s0 * cd[k] + c0 * sd[k];
            cE[k] = c0 * cd[k] - s0 * sd[k];
        }
    }

    /**
     * Turns the mean anomaly (sx, cx) by a fixed angle given by its sine and cosine: the drag term n0 templ, which
     * grows as the square of the time from epoch and leaves the range of the series days from epoch for
     * low, high-drag orbits, is applied at its mid-grid value here, leaving only its change across the grid to du.
     */
    void turnMeanAnomaly(int n, double sinRef, double cosRef) {
        turn(n, sx, cx, sinRef, cosRef);
    }

    /** Turns the node (sn, cn) by a fixed angle given by its sine and cosine (see {@link #shortPeriodic}). */
    void turnNode(int n, double sinRef, double cosRef) {
        turn(n, sn, cn, sinRef, cosRef);
    }

    /** (s, c) turned in place by a fixed angle given by its sine and cosine. */
    private static void turn(int n, double[] s, double[] c, double sinRef, double cosRef) {
        for (int k = 0; k < n; k++) {
            double a = s[k];
            double b = c[k];
            s[k] = a * cosRef + b * sinRef;
            c[k] = b * cosRef - a * sinRef;
        }
    }

    /**
     * Kepler's equation for the offset d = E - u of the eccentric longitude: d = f(u + d) with
     * f(x) = axnl sin x - aynl cos x. The Lagrange series to third order, d = f (1 + f' + f'^2 - f^2 / 2) at u,
     * leaves an error of order e^4; one Newton step squares it (about e^9, below 1e-17 rad for e &lt; 0.01;
     * states with a larger e take the exact path). Leaves sin and cos of E in sE, cE.
     */
    void kepler(int n) {
        lagrange(n);
        sin7(n, d, sd);
        cos8(n, d, cd);
        rotate(n, sE, cE, sd, cd, sE, cE);
        lastNewtonStep(n);
    }

    /**
     * {@link #kepler} for eccentricities up to 0.1 ({@link #WIDE_KEPLER_EL2}, checked by {@link #screen}): the
     * series' offset, up to 0.12 rad, turned by the longer series, then a first Newton step (below 1e-3 rad, turned
     * by the short series) before the last one.
     */
    void keplerWide(int n) {
        lagrange(n);
        sin11(n, d, sd);
        cos10(n, d, cd);
        rotate(n, sE, cE, sd, cd, sE, cE);
        for (int k = 0; k < n; k++) {
            double ax = axnl[k];
            double ay = aynl[k];
            double s = sE[k];
            double c = cE[k];
            double step = (ax * s - ay * c - d[k]) / (1.0 - ax * c - ay * s);
            firstStep[k] = step;
            d[k] += step;
        }
        sin7(n, firstStep, sd);
        cos8(n, firstStep, cd);
        rotate(n, sE, cE, sd, cd, sE, cE);
        lastNewtonStep(n);
    }

    /** The third-order series for d (see {@link #kepler}). */
    private void lagrange(int n) {
        for (int k = 0; k < n; k++) {
            double ax = axnl[k];
            double ay = aynl[k];
            double s = sE[k];
            double c = cE[k];
            double f = ax * s - ay * c;
            double g = ax * c + ay * s;
            d[k] = f * (1.0 + g + g * g - 0.5 * f * f);
        }
    }

    /** A Newton step below 1e-6 rad, whose sine and cosine to the second order are exact to 1e-19. */
    private void lastNewtonStep(int n) {
        for (int k = 0; k < n; k++) {
            double ax = axnl[k];
            double ay = aynl[k];
            double s = sE[k];
            double c = cE[k];
            // the Newton step is below 1e-6: sin and cos to the second order are exact to 1e-19
            double step = (ax * s - ay * c - d[k]) / (1.0 - ax * c - ay * s);
            double h = 1.0 - 0.5 * step * step;
            sE[k] = s * h + c * step;
            cE[k] = c * h - s * step;
        }
    }

    /**
     * Short-period periodics: radius, and the corrections to the argument of latitude, inclination and node.
     * @param dnodeRef the part of the drag term nodecf t² of the node already applied by {@link #turnNode}
     */
    void shortPeriodic(int n, double am0, double invAm0, double j2, double con41, double x1mth2, double x7thm1,
            double cosio, double sinio, double nodecf, double dnodeRef) {
        final double halfJ2 = 0.5 * j2;
        final double mrtJ2 = 1.5 * con41;
        final double halfX1m = 0.5 * x1mth2;
        final double dsuFactor = -0.25 * x7thm1;
        final double dnodeFactor = 1.5 * cosio;
        final double dincFactor = 1.5 * cosio * sinio;
        eccentricAnomalyTerms(n);
        for (int k = 0; k < n; k++) {
            double it = invTempa[k];
            double invPl = invAm0 * it * it * invOmEl2[k];
            double t1 = halfJ2 * invPl;
            temp1[k] = t1;
            temp2[k] = t1 * invPl;
        }
        doubleArgumentOfLatitude(n);
        for (int k = 0; k < n; k++) {
            double ta = tempa[k];
            mrt[k] = am0 * ta * ta * ome[k] * (1.0 - temp2[k] * betal[k] * mrtJ2) + temp1[k] * halfX1m * cos2u[k];
        }
        for (int k = 0; k < n; k++) {
            double t2 = temp2[k];
            double tk = t[k];
            dsu[k] = dsuFactor * t2 * sin2u[k];
            dnode[k] = (nodecf * tk * tk - dnodeRef) + dnodeFactor * t2 * sin2u[k];
            dinc[k] = dincFactor * t2 * cos2u[k];
        }
        normaliseArgumentOfLatitude(n);
    }

    /**
     * The terms of the short-period periodics that depend on the eccentric anomaly alone: 1 - e cos E, e sin E,
     * betal = sqrt(1 - el2), the reciprocals of 1 - e cos E and 1 - el2, and the sine and cosine of the argument of
     * latitude (not yet of unit length, see {@link #normaliseArgumentOfLatitude}).
     */
    void eccentricAnomalyTerms(int n) {
        for (int k = 0; k < n; k++) {
            double ax = axnl[k];
            double ay = aynl[k];
            double s = sE[k];
            double c = cE[k];
            ome[k] = 1.0 - (ax * c + ay * s);
            esine[k] = ax * s - ay * c;
        }
        for (int k = 0; k < n; k++) {
            betal[k] = Math.sqrt(1.0 - el2[k]);
        }
        for (int k = 0; k < n; k++) {
            // one division for 1 / (1 - e cos E), 1 / (1 + betal) and 1 / (1 - el2)
            d[k] = 1.0 / (ome[k] * (1.0 + betal[k]) * (1.0 - el2[k]));
        }
        for (int k = 0; k < n; k++) {
            double r2 = d[k];
            double o = ome[k];
            double omEl2 = 1.0 - el2[k];
            double opb = 1.0 + betal[k];
            invOme[k] = r2 * opb * omEl2;
            spTemp[k] = esine[k] * (r2 * o * omEl2);
            invOmEl2[k] = r2 * o * opb;
        }
        for (int k = 0; k < n; k++) {
            double ax = axnl[k];
            double ay = aynl[k];
            double tp = spTemp[k];
            double f = invOme[k];
            sinu[k] = f * (sE[k] - ay - ax * tp);
            cosu[k] = f * (cE[k] - ax + ay * tp);
        }
    }

    /** sin 2u and cos 2u. */
    void doubleArgumentOfLatitude(int n) {
        for (int k = 0; k < n; k++) {
            double su = sinu[k];
            double cu = cosu[k];
            sin2u[k] = (cu + cu) * su;
            cos2u[k] = 1.0 - 2.0 * su * su;
        }
    }

    /** (sinu, cosu) has unit length up to rounding: one Newton step of 1/sqrt makes it exact. */
    void normaliseArgumentOfLatitude(int n) {
        for (int k = 0; k < n; k++) {
            double su = sinu[k];
            double cu = cosu[k];
            double norm = 1.5 - 0.5 * (su * su + cu * cu);
            sinu[k] = su * norm;
            cosu[k] = cu * norm;
        }
    }

    /** Radial and transverse velocity terms. */
    void rates(int n, double invSqrtAm0, double n0, double invXke, double con41, double x1mth2) {
        final double mrtJ2 = 1.5 * con41;
        final double nx = n0 * invXke;
        for (int k = 0; k < n; k++) {
            double it = invTempa[k];
            // reuse of work arrays no longer needed: d holds the radial scale, sd the n dot term
            d[k] = invOme[k] * invSqrtAm0 * it;
            sd[k] = nx * it * it * it * temp1[k];
        }
        for (int k = 0; k < n; k++) {
            mvt[k] = esine[k] * d[k] - sd[k] * x1mth2 * sin2u[k];
        }
        for (int k = 0; k < n; k++) {
            rvdot[k] = betal[k] * d[k] + sd[k] * (x1mth2 * cos2u[k] + mrtJ2);
        }
    }

    /** Orientation vectors and the output positions (km); error codes are written by the caller. */
    void orient(int n, double sinio, double cosio) {
        rotateTiny(n, dsu, sinu, cosu, sinsu, cossu);
        for (int k = 0; k < n; k++) {
            double v = dinc[k];
            double v2 = v * v;
            double sv = v * (1.0 - v2 * S3 * (1.0 - v2 * S5));
            double cv = 1.0 - v2 * 0.5 * (1.0 - v2 * C4);
            sini[k] = sinio * cv + cosio * sv;
            cosi[k] = cosio * cv - sinio * sv;
        }
        rotateTiny(n, dnode, sn, cn, snod, cnod);
    }

    /**
     * (so, co) = (s, c) turned by the angle x, |x| &lt;= {@link #TINY_SERIES_LIMIT} (series of {@link #sin5},
     * {@link #cos4}), in one loop: small enough for the JIT to vectorise, and one pass instead of three.
     */
    static void rotateTiny(int n, double[] x, double[] s, double[] c, double[] so, double[] co) {
        for (int k = 0; k < n; k++) {
            double v = x[k];
            double v2 = v * v;
            double sv = v * (1.0 - v2 * S3 * (1.0 - v2 * S5));
            double cv = 1.0 - v2 * 0.5 * (1.0 - v2 * C4);
            double a = s[k];
            double b = c[k];
            so[k] = a * cv + b * sv;
            co[k] = b * cv - a * sv;
        }
    }

    /**
     * (s, c) turned in place by the angle x, |x| &lt;= {@link #SHORT_SERIES_LIMIT} (series of {@link #sin7},
     * {@link #cos8}), in one loop.
     */
    /** Positions (km) at {@code row + k} of the output arrays. */
    void positions(int n, int row, double re, double[] ox, double[] oy, double[] oz) {
        for (int k = 0; k < n; k++) {
            double ci = cosi[k];
            xmx[k] = -snod[k] * ci;
            xmy[k] = cnod[k] * ci;
        }
        for (int k = 0; k < n; k++) {
            double r = mrt[k] * re;
            double ss = sinsu[k];
            double cs = cossu[k];
            ox[row + k] = r * (xmx[k] * ss + cnod[k] * cs);
            oy[row + k] = r * (xmy[k] * ss + snod[k] * cs);
            oz[row + k] = r * (sini[k] * ss);
        }
    }

    /**
     * Velocities (km/s) at {@code row + k} of the output arrays, after {@link #positions}: mvt u + rvdot v with u
     * and v the unit vectors along and across the argument of latitude, regrouped as xm a + n b with
     * a = mvt sin su + rvdot cos su and b = mvt cos su - rvdot sin su, so that each loop reads few arrays.
     */
    void velocities(int n, int row, double vkmpersec, double[] ovx, double[] ovy, double[] ovz) {
        for (int k = 0; k < n; k++) {
            double m = mvt[k] * vkmpersec;
            double r = rvdot[k] * vkmpersec;
            double ss = sinsu[k];
            double cs = cossu[k];
            d[k] = m * ss + r * cs;
            sd[k] = m * cs - r * ss;
        }
        for (int k = 0; k < n; k++) {
            double a = d[k];
            double b = sd[k];
            ovx[row + k] = xmx[k] * a + cnod[k] * b;
            ovy[row + k] = xmy[k] * a + snod[k] * b;
            ovz[row + k] = sini[k] * a;
        }
    }

    /**
     * Fills {@link #q} with a sum of squares below 1 only when every assumption of the passes holds at that time
     * (each angle within its series' range, e &lt; 0.01, or 0.1 after {@link #keplerWide}) and the state does not fail (drag factor tempa in (0, 2),
     * mean eccentricity not clamped from below -0.001): a test the JIT can vectorise, leaving one comparison per
     * time to the caller. A value of 1 or more sends the state to the detailed checks and the general path.
     */
    void screen(int n, double ecco, boolean full, boolean wide) {
        final double el2Scale = 1.0 / (wide ? WIDE_KEPLER_EL2 : FIXED_KEPLER_EL2);
        for (int k = 0; k < n; k++) {
            double a = du[k] * (1.0 / LONG_SERIES_LIMIT);
            double b = el2[k] * el2Scale;
            double c = dsu[k] * (1.0 / TINY_SERIES_LIMIT);
            double e = dinc[k] * (1.0 / TINY_SERIES_LIMIT);
            q[k] = a * a + b * b + c * c + e * e;
        }
        for (int k = 0; k < n; k++) {
            double a = dnode[k] * (1.0 / TINY_SERIES_LIMIT);
            double b = 1.0 - tempa[k];
            double c = (em[k] - (ecco - tempe[k])) * 1000.0;
            q[k] += a * a + b * b + c * c;
        }
        if (full) {
            for (int k = 0; k < n; k++) {
                double a = dM[k] * (1.0 / LONG_SERIES_LIMIT);
                q[k] += a * a;
            }
        }
        if (wide) {
            for (int k = 0; k < n; k++) {
                double a = firstStep[k] * (1.0 / SHORT_SERIES_LIMIT);
                q[k] += a * a;
            }
        }
    }

    /** (so, co) = (s, c) turned by the angle whose sine and cosine are sd, cd. */
    static void rotate(int n, double[] s, double[] c, double[] sd, double[] cd, double[] so, double[] co) {
        for (int k = 0; k < n; k++) {
            double a = s[k];
            double b = c[k];
            so[k] = a * cd[k] + b * sd[k];
            co[k] = b * cd[k] - a * sd[k];
        }
    }

    /** sin x for |x| &lt;= {@link #TINY_SERIES_LIMIT}. */
    static void sin5(int n, double[] x, double[] out) {
        for (int k = 0; k < n; k++) {
            double v = x[k];
            double v2 = v * v;
            out[k] = v * (1.0 - v2 * S3 * (1.0 - v2 * S5));
        }
    }

    /** cos x for |x| &lt;= {@link #TINY_SERIES_LIMIT}. */
    static void cos4(int n, double[] x, double[] out) {
        for (int k = 0; k < n; k++) {
            double v2 = x[k] * x[k];
            out[k] = 1.0 - v2 * 0.5 * (1.0 - v2 * C4);
        }
    }

    /** sin x for |x| &lt;= {@link #SHORT_SERIES_LIMIT}. */
    static void sin7(int n, double[] x, double[] out) {
        for (int k = 0; k < n; k++) {
            double v = x[k];
            double v2 = v * v;
            out[k] = v * (1.0 - v2 * S3 * (1.0 - v2 * S5 * (1.0 - v2 * S7)));
        }
    }

    /** cos x for |x| &lt;= {@link #SHORT_SERIES_LIMIT}. */
    static void cos8(int n, double[] x, double[] out) {
        for (int k = 0; k < n; k++) {
            double v2 = x[k] * x[k];
            out[k] = 1.0 - v2 * 0.5 * (1.0 - v2 * C4 * (1.0 - v2 * C6 * (1.0 - v2 * C8)));
        }
    }

    /** sin x for |x| &lt;= {@link #LONG_SERIES_LIMIT}. */
    static void sin11(int n, double[] x, double[] out) {
        for (int k = 0; k < n; k++) {
            double v = x[k];
            double v2 = v * v;
            out[k] = v * (1.0 - v2 * S3 * (1.0 - v2 * S5 * (1.0 - v2 * S7 * (1.0 - v2 * S9 * (1.0 - v2 * S11)))));
        }
    }

    /** cos x for |x| &lt;= {@link #LONG_SERIES_LIMIT}. */
    static void cos10(int n, double[] x, double[] out) {
        for (int k = 0; k < n; k++) {
            double v2 = x[k] * x[k];
            out[k] = 1.0 - v2 * 0.5 * (1.0 - v2 * C4 * (1.0 - v2 * C6 * (1.0 - v2 * C8 * (1.0 - v2 * C10))));
        }
    }

    /** sin x, by series when |x| is small enough. */
    static double sin(double x) {
        if (Math.abs(x) <= LONG_SERIES_LIMIT) {
            double x2 = x * x;
            return x * (1.0 - x2 * S3 * (1.0 - x2 * S5 * (1.0 - x2 * S7 * (1.0 - x2 * S9 * (1.0 - x2 * S11)))));
        }
        return FastTrig.sin(x);
    }

    /** cos x, by series when |x| is small enough. */
    static double cos(double x) {
        if (Math.abs(x) <= LONG_SERIES_LIMIT) {
            double x2 = x * x;
            return 1.0 - x2 * 0.5 * (1.0 - x2 * C4 * (1.0 - x2 * C6 * (1.0 - x2 * C8 * (1.0 - x2 * C10))));
        }
        return FastTrig.cos(x);
    }
}
