package space.cosmodrome.sgp4;

/**
 * The second half of the deep-space theory (SDP4) for one object on a regular time grid, in passes over the grid
 * like {@link NearEarthGrid}: long-period periodics, Kepler's equation, short-period periodics, orientation and
 * output. The first half (secular terms, resonance integrator, lunar-solar periodics, the Lyddane modification) stays
 * scalar, time after time, in the propagator's single-state code, which fills the per-time arrays of this class: the
 * elements it leaves are no longer linear in time, so every coefficient that depends on the inclination is a
 * per-time array here, where the near-Earth passes take one number per object.
 *
 * <p>The passes make the assumptions of the near-Earth ones (eccentricity below 0.01, or 0.1 with
 * {@link NearEarthGrid#keplerWide}, small corrections within
 * the range of their series); {@link #screen} marks the states for which they do not hold, and those the first half
 * marked as failing, for the single-state path. One instance per thread, sharing the work arrays of its
 * {@link NearEarthGrid}.</p>
 */
final class DeepSpaceGrid {
    final NearEarthGrid w;
    private int capacity;
    // per-time values left by the scalar first half
    double[] am;
    double[] invAm;
    double[] invSqrtAm;
    double[] nm;
    double[] aycof;
    double[] xlcof;
    double[] con41;
    double[] x1mth2;
    double[] x7thm1;
    double[] sinip;
    double[] cosip;
    // argument of perigee, mean argument of latitude (mean anomaly plus argument of perigee) and node, whose sines
    // and cosines go to the grid's sArg, cArg, sE, cE, sn, cn
    double[] argp;
    double[] lat;
    double[] node;
    /** 0 where the first half gave elements, a large number where it failed (the state goes to the single path). */
    double[] flag;

    DeepSpaceGrid(NearEarthGrid w) {
        this.w = w;
        ensure(64);
    }

    void ensure(int n) {
        w.ensure(n);
        if (n <= capacity) {
            return;
        }
        int c = Math.max(n, 2 * capacity);
        capacity = c;
        am = new double[c];
        invAm = new double[c];
        invSqrtAm = new double[c];
        nm = new double[c];
        aycof = new double[c];
        xlcof = new double[c];
        con41 = new double[c];
        x1mth2 = new double[c];
        x7thm1 = new double[c];
        sinip = new double[c];
        cosip = new double[c];
        flag = new double[c];
        argp = new double[c];
        lat = new double[c];
        node = new double[c];
    }

    /**
     * Long-period periodics from em, (sArg, cArg) = sin and cos of the argument of perigee and (sE, cE) = sin and
     * cos of mean anomaly plus argument of perigee: the eccentricity vector and the mean argument of latitude,
     * turned by the small du in sE, cE.
     */
    void longPeriodic(int n) {
        final double[] em = w.em;
        final double[] lpTemp = w.lpTemp;
        for (int k = 0; k < n; k++) {
            double e = em[k];
            lpTemp[k] = invAm[k] / (1.0 - e * e);
        }
        final double[] axnl = w.axnl;
        final double[] aynl = w.aynl;
        final double[] el2 = w.el2;
        final double[] sArg = w.sArg;
        final double[] cArg = w.cArg;
        for (int k = 0; k < n; k++) {
            double e = em[k];
            double ax = e * cArg[k];
            double ay = e * sArg[k] + lpTemp[k] * aycof[k];
            axnl[k] = ax;
            aynl[k] = ay;
            el2[k] = ax * ax + ay * ay;
        }
        final double[] du = w.du;
        for (int k = 0; k < n; k++) {
            du[k] = lpTemp[k] * xlcof[k] * axnl[k];
        }
        NearEarthGrid.sin11(n, du, w.sd);
        NearEarthGrid.cos10(n, du, w.cd);
        NearEarthGrid.rotate(n, w.sE, w.cE, w.sd, w.cd, w.sE, w.cE);
    }

    /** Short-period periodics with the per-time coefficients, after {@link NearEarthGrid#kepler}. */
    void shortPeriodic(double j2, int n) {
        w.eccentricAnomalyTerms(n);
        final double halfJ2 = 0.5 * j2;
        final double[] temp1 = w.temp1;
        final double[] temp2 = w.temp2;
        final double[] invOmEl2 = w.invOmEl2;
        for (int k = 0; k < n; k++) {
            double invPl = invAm[k] * invOmEl2[k];
            double t1 = halfJ2 * invPl;
            temp1[k] = t1;
            temp2[k] = t1 * invPl;
        }
        w.doubleArgumentOfLatitude(n);
        final double[] mrt = w.mrt;
        final double[] ome = w.ome;
        final double[] betal = w.betal;
        final double[] cos2u = w.cos2u;
        final double[] sin2u = w.sin2u;
        for (int k = 0; k < n; k++) {
            mrt[k] = am[k] * ome[k] * (1.0 - temp2[k] * betal[k] * 1.5 * con41[k])
                    + temp1[k] * 0.5 * x1mth2[k] * cos2u[k];
        }
        final double[] dsu = w.dsu;
        final double[] dnode = w.dnode;
        final double[] dinc = w.dinc;
        for (int k = 0; k < n; k++) {
            double t2 = temp2[k];
            double ci = cosip[k];
            dsu[k] = -0.25 * x7thm1[k] * t2 * sin2u[k];
            dnode[k] = 1.5 * ci * t2 * sin2u[k];
            dinc[k] = 1.5 * ci * sinip[k] * t2 * cos2u[k];
        }
        w.normaliseArgumentOfLatitude(n);
    }

    /** Radial and transverse velocity terms. */
    void rates(int n, double invXke) {
        final double[] d = w.d;
        final double[] sd = w.sd;
        final double[] invOme = w.invOme;
        final double[] temp1 = w.temp1;
        for (int k = 0; k < n; k++) {
            d[k] = invOme[k] * invSqrtAm[k];
            sd[k] = nm[k] * invXke * temp1[k];
        }
        final double[] mvt = w.mvt;
        final double[] rvdot = w.rvdot;
        final double[] esine = w.esine;
        final double[] betal = w.betal;
        final double[] sin2u = w.sin2u;
        final double[] cos2u = w.cos2u;
        for (int k = 0; k < n; k++) {
            mvt[k] = esine[k] * d[k] - sd[k] * x1mth2[k] * sin2u[k];
        }
        for (int k = 0; k < n; k++) {
            rvdot[k] = betal[k] * d[k] + sd[k] * (x1mth2[k] * cos2u[k] + 1.5 * con41[k]);
        }
    }

    /** Orientation: u, inclination and node turned by their short-period corrections. */
    void orient(int n) {
        NearEarthGrid.rotateTiny(n, w.dsu, w.sinu, w.cosu, w.sinsu, w.cossu);
        final double[] sd = w.sd;
        final double[] cd = w.cd;
        NearEarthGrid.sin5(n, w.dinc, sd);
        NearEarthGrid.cos4(n, w.dinc, cd);
        final double[] sini = w.sini;
        final double[] cosi = w.cosi;
        for (int k = 0; k < n; k++) {
            sini[k] = sinip[k] * cd[k] + cosip[k] * sd[k];
            cosi[k] = cosip[k] * cd[k] - sinip[k] * sd[k];
        }
        NearEarthGrid.rotateTiny(n, w.dnode, w.sn, w.cn, w.snod, w.cnod);
    }

    /**
     * Fills the grid's q with a sum of squares below 1 only when the passes' assumptions hold and the first half
     * gave elements (see {@link NearEarthGrid#screen}).
     */
    void screen(int n, boolean wide) {
        final double el2Scale = 1.0 / (wide ? NearEarthGrid.WIDE_KEPLER_EL2 : NearEarthGrid.FIXED_KEPLER_EL2);
        final double[] firstStep = w.firstStep;
        final double[] q = w.q;
        final double[] du = w.du;
        final double[] el2 = w.el2;
        final double[] dsu = w.dsu;
        final double[] dinc = w.dinc;
        final double[] dnode = w.dnode;
        for (int k = 0; k < n; k++) {
            double a = du[k] * (1.0 / NearEarthGrid.LONG_SERIES_LIMIT);
            double b = el2[k] * el2Scale;
            double c = dsu[k] * (1.0 / NearEarthGrid.TINY_SERIES_LIMIT);
            double e = dinc[k] * (1.0 / NearEarthGrid.TINY_SERIES_LIMIT);
            q[k] = a * a + b * b + c * c + e * e;
        }
        for (int k = 0; k < n; k++) {
            double a = dnode[k] * (1.0 / NearEarthGrid.TINY_SERIES_LIMIT);
            q[k] += a * a + flag[k];
        }
        if (wide) {
            for (int k = 0; k < n; k++) {
                double a = firstStep[k] * (1.0 / NearEarthGrid.SHORT_SERIES_LIMIT);
                q[k] += a * a;
            }
        }
    }
}
