package space.cosmodrome.sgp4;

/**
 * The deep-space part of the theory (SDP4) for objects with a period of 225 minutes or more: lunar and solar
 * secular and periodic terms, and the numerical integration of the 12-hour and 24-hour resonances. Everything an
 * object needs is in one block of {@link #STRIDE} doubles of a flat array; the propagation state (the resonance
 * integrator and the elements being updated) lives in a small scratch array that the caller reuses.
 *
 * <p>Formulas: "Revisiting Spacetrack Report #3", Vallado, Crawford, Hujsak, Kelso, AIAA 2006-6753, sections on
 * the deep-space initialisation, secular and periodic effects. Variable names follow the paper where they have
 * no better name, so that the code can be read beside it.</p>
 */
final class DeepSpace {
    // ---- layout of one object's block ----
    static final int IREZ = 0;
    static final int D2201 = 1;
    static final int D2211 = 2;
    static final int D3210 = 3;
    static final int D3222 = 4;
    static final int D4410 = 5;
    static final int D4422 = 6;
    static final int D5220 = 7;
    static final int D5232 = 8;
    static final int D5421 = 9;
    static final int D5433 = 10;
    static final int DEDT = 11;
    static final int DEL1 = 12;
    static final int DEL2 = 13;
    static final int DEL3 = 14;
    static final int DIDT = 15;
    static final int DMDT = 16;
    static final int DNODT = 17;
    static final int DOMDT = 18;
    static final int E3 = 19;
    static final int EE2 = 20;
    static final int PEO = 21;
    static final int PGHO = 22;
    static final int PHO = 23;
    static final int PINCO = 24;
    static final int PLO = 25;
    static final int SE2 = 26;
    static final int SE3 = 27;
    static final int SGH2 = 28;
    static final int SGH3 = 29;
    static final int SGH4 = 30;
    static final int SH2 = 31;
    static final int SH3 = 32;
    static final int SI2 = 33;
    static final int SI3 = 34;
    static final int SL2 = 35;
    static final int SL3 = 36;
    static final int SL4 = 37;
    static final int XFACT = 38;
    static final int XGH2 = 39;
    static final int XGH3 = 40;
    static final int XGH4 = 41;
    static final int XH2 = 42;
    static final int XH3 = 43;
    static final int XI2 = 44;
    static final int XI3 = 45;
    static final int XL2 = 46;
    static final int XL3 = 47;
    static final int XL4 = 48;
    static final int XLAMO = 49;
    static final int ZMOL = 50;
    static final int ZMOS = 51;
    static final int GSTO = 52;
    static final int NO = 53;
    static final int ARGPO = 54;
    static final int ARGPDOT = 55;
    /** Doubles per object. */
    static final int STRIDE = 56;

    // ---- layout of the scratch array ----
    static final int S_EM = 0;
    static final int S_ARGPM = 1;
    static final int S_INCLM = 2;
    static final int S_MM = 3;
    static final int S_NODEM = 4;
    static final int S_NM = 5;
    static final int S_ATIME = 6;
    static final int S_XLI = 7;
    static final int S_XNI = 8;
    /** The resonance derivatives at the integrator's current point, kept while it does not move. */
    static final int S_XNDT = 9;
    static final int S_XLDOT = 10;
    static final int S_XNDDT = 11;
    /** 1 when S_XNDT, S_XLDOT and S_XNDDT hold the derivatives at the current point, 0 otherwise. */
    static final int S_DERIVATIVES = 12;
    /** Sine and cosine of the perturbed inclination computed by {@link #periodic}. */
    static final int S_SINIP = 13;
    static final int S_COSIP = 14;
    /**
     * When not 0, {@link #periodic} takes the sines and cosines of the solar and lunar angles zf from the next four
     * slots instead of computing them (set by the grid path, which advances them by rotations).
     */
    static final int S_ZF_GIVEN = 15;
    static final int S_SIN_ZF_SUN = 16;
    static final int S_COS_ZF_SUN = 17;
    static final int S_SIN_ZF_MOON = 18;
    static final int S_COS_ZF_MOON = 19;
    /** Semi-major axis (earth radii) after the secular terms, written by the propagator. */
    static final int S_AM = 20;
    /** Scratch doubles per thread. */
    static final int SCRATCH = 21;

    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double X2O3 = 2.0 / 3.0;
    /** Solar and lunar eccentricities and mean motions (rad/min). */
    private static final double ZES = 0.01675;
    private static final double ZEL = 0.05490;
    private static final double ZNS = 1.19459e-5;
    private static final double ZNL = 1.5835218e-4;
    /** Earth rotation rate (rad/min). */
    private static final double RPTIM = 4.37526908801129966e-3;
    private static final double STEP_POSITIVE = 720.0;
    private static final double STEP_NEGATIVE = -720.0;
    private static final double STEP2 = 259200.0;

    private DeepSpace() {
    }

    /**
     * Computes the deep-space coefficients of one object at its epoch and writes them in its block.
     * @param deep flat block array
     * @param base start of the object's block
     * @param epoch1950 epoch (days since 1950 January 0.0 UTC)
     * @param ecco eccentricity
     * @param inclo inclination (rad)
     * @param nodeo right ascension of the node (rad)
     * @param argpo argument of perigee (rad)
     * @param mo mean anomaly (rad)
     * @param no un-Kozai'd mean motion (rad/min)
     * @param mdot secular rate of the mean anomaly (rad/min)
     * @param argpdot secular rate of the argument of perigee (rad/min)
     * @param nodedot secular rate of the node (rad/min)
     * @param gsto Greenwich sidereal angle at epoch (rad)
     * @param xke sqrt(mu) in earth radii^1.5 per minute
     */
    static void initialize(double[] deep, int base, double epoch1950, double ecco, double inclo, double nodeo,
            double argpo, double mo, double no, double mdot, double argpdot, double nodedot, double gsto, double xke) {
        final double c1ss = 2.9864797e-6;
        final double c1l = 4.7968065e-7;
        final double zsinis = 0.39785416;
        final double zcosis = 0.91744867;
        final double zcosgs = 0.1945905;
        final double zsings = -0.98088458;

        // ---- common terms (the paper's dscom), at tc = 0 ----
        double nm = no;
        double em = ecco;
        double snodm = Math.sin(nodeo);
        double cnodm = Math.cos(nodeo);
        double sinomm = Math.sin(argpo);
        double cosomm = Math.cos(argpo);
        double sinim = Math.sin(inclo);
        double cosim = Math.cos(inclo);
        double emsq = em * em;
        double betasq = 1.0 - emsq;
        double rtemsq = Math.sqrt(betasq);

        double day = epoch1950 + 18261.5;
        double xnodce = (4.5236020 - 9.2422029e-4 * day) % TWO_PI;
        double stem = Math.sin(xnodce);
        double ctem = Math.cos(xnodce);
        double zcosil = 0.91375164 - 0.03568096 * ctem;
        double zsinil = Math.sqrt(1.0 - zcosil * zcosil);
        double zsinhl = 0.089683511 * stem / zsinil;
        double zcoshl = Math.sqrt(1.0 - zsinhl * zsinhl);
        double gam = 5.8351514 + 0.0019443680 * day;
        double zx = 0.39785416 * stem / zsinil;
        double zy = zcoshl * ctem + 0.91744867 * zsinhl * stem;
        zx = Math.atan2(zx, zy);
        zx = gam + zx - xnodce;
        double zcosgl = Math.cos(zx);
        double zsingl = Math.sin(zx);

        // the same third-body sums, first for the Sun then for the Moon
        double[] sun = new double[19];
        double[] moon = new double[19];
        thirdBody(zcosgs, zsings, zcosis, zsinis, cnodm, snodm, c1ss, nm, em, emsq, betasq, rtemsq,
                cosim, sinim, cosomm, sinomm, sun);
        double zcosh = zcoshl * cnodm + zsinhl * snodm;
        double zsinh = snodm * zcoshl - cnodm * zsinhl;
        thirdBody(zcosgl, zsingl, zcosil, zsinil, zcosh, zsinh, c1l, nm, em, emsq, betasq, rtemsq,
                cosim, sinim, cosomm, sinomm, moon);

        double zmol = (4.7199672 + 0.22997150 * day - gam) % TWO_PI;
        double zmos = (6.2565837 + 0.017201977 * day) % TWO_PI;

        // sums: s1..s7 at 0..6, z1, z2, z3 at 7..9, z11, z12, z13 at 10..12, z21, z22, z23 at 13..15,
        // z31, z32, z33 at 16..18
        double ss1 = sun[0], ss2 = sun[1], ss3 = sun[2], ss4 = sun[3], ss5 = sun[4], ss6 = sun[5], ss7 = sun[6];
        double sz1 = sun[7], sz2 = sun[8], sz3 = sun[9], sz11 = sun[10], sz12 = sun[11], sz13 = sun[12];
        double sz21 = sun[13], sz22 = sun[14], sz23 = sun[15], sz31 = sun[16], sz32 = sun[17], sz33 = sun[18];
        double s1 = moon[0], s2 = moon[1], s3 = moon[2], s4 = moon[3], s5 = moon[4], s6 = moon[5], s7 = moon[6];
        double z1 = moon[7], z2 = moon[8], z3 = moon[9], z11 = moon[10], z12 = moon[11], z13 = moon[12];
        double z21 = moon[13], z22 = moon[14], z23 = moon[15], z31 = moon[16], z32 = moon[17], z33 = moon[18];

        // solar periodic coefficients
        deep[base + SE2] = 2.0 * ss1 * ss6;
        deep[base + SE3] = 2.0 * ss1 * ss7;
        deep[base + SI2] = 2.0 * ss2 * sz12;
        deep[base + SI3] = 2.0 * ss2 * (sz13 - sz11);
        deep[base + SL2] = -2.0 * ss3 * sz2;
        deep[base + SL3] = -2.0 * ss3 * (sz3 - sz1);
        deep[base + SL4] = -2.0 * ss3 * (-21.0 - 9.0 * emsq) * ZES;
        deep[base + SGH2] = 2.0 * ss4 * sz32;
        deep[base + SGH3] = 2.0 * ss4 * (sz33 - sz31);
        deep[base + SGH4] = -18.0 * ss4 * ZES;
        deep[base + SH2] = -2.0 * ss2 * sz22;
        deep[base + SH3] = -2.0 * ss2 * (sz23 - sz21);
        // lunar periodic coefficients
        deep[base + EE2] = 2.0 * s1 * s6;
        deep[base + E3] = 2.0 * s1 * s7;
        deep[base + XI2] = 2.0 * s2 * z12;
        deep[base + XI3] = 2.0 * s2 * (z13 - z11);
        deep[base + XL2] = -2.0 * s3 * z2;
        deep[base + XL3] = -2.0 * s3 * (z3 - z1);
        deep[base + XL4] = -2.0 * s3 * (-21.0 - 9.0 * emsq) * ZEL;
        deep[base + XGH2] = 2.0 * s4 * z32;
        deep[base + XGH3] = 2.0 * s4 * (z33 - z31);
        deep[base + XGH4] = -18.0 * s4 * ZEL;
        deep[base + XH2] = -2.0 * s2 * z22;
        deep[base + XH3] = -2.0 * s2 * (z23 - z21);
        deep[base + ZMOL] = zmol;
        deep[base + ZMOS] = zmos;
        // the periodic terms at epoch are not subtracted in this formulation (peo .. pho stay zero)
        deep[base + PEO] = 0.0;
        deep[base + PINCO] = 0.0;
        deep[base + PLO] = 0.0;
        deep[base + PGHO] = 0.0;
        deep[base + PHO] = 0.0;
        deep[base + GSTO] = gsto;
        deep[base + NO] = no;
        deep[base + ARGPO] = argpo;
        deep[base + ARGPDOT] = argpdot;

        // ---- secular rates and resonance set-up (the paper's dsinit), at t = 0 ----
        final double q22 = 1.7891679e-6;
        final double q31 = 2.1460748e-6;
        final double q33 = 2.2123015e-7;
        final double root22 = 1.7891679e-6;
        final double root44 = 7.3636953e-9;
        final double root54 = 2.1765803e-9;
        final double root32 = 3.7393792e-7;
        final double root52 = 1.1428639e-7;

        int irez = 0;
        if (nm < 0.0052359877 && nm > 0.0034906585) {
            irez = 1;
        }
        if (nm >= 8.26e-3 && nm <= 9.24e-3 && em >= 0.5) {
            irez = 2;
        }
        double inclm = inclo;
        double ses = ss1 * ZNS * ss5;
        double sis = ss2 * ZNS * (sz11 + sz13);
        double sls = -ZNS * ss3 * (sz1 + sz3 - 14.0 - 6.0 * emsq);
        double sghs = ss4 * ZNS * (sz31 + sz33 - 6.0);
        double shs = -ZNS * ss2 * (sz21 + sz23);
        if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2) {
            shs = 0.0;
        }
        if (sinim != 0.0) {
            shs = shs / sinim;
        }
        double sgs = sghs - cosim * shs;

        double dedt = ses + s1 * ZNL * s5;
        double didt = sis + s2 * ZNL * (z11 + z13);
        double dmdt = sls - ZNL * s3 * (z1 + z3 - 14.0 - 6.0 * emsq);
        double sghl = s4 * ZNL * (z31 + z33 - 6.0);
        double shll = -ZNL * s2 * (z21 + z23);
        if (inclm < 5.2359877e-2 || inclm > Math.PI - 5.2359877e-2) {
            shll = 0.0;
        }
        double domdt = sgs + sghl;
        double dnodt = shs;
        if (sinim != 0.0) {
            domdt = domdt - cosim / sinim * shll;
            dnodt = dnodt + shll / sinim;
        }
        deep[base + DEDT] = dedt;
        deep[base + DIDT] = didt;
        deep[base + DMDT] = dmdt;
        deep[base + DNODT] = dnodt;
        deep[base + DOMDT] = domdt;
        deep[base + IREZ] = irez;

        double theta = gsto % TWO_PI;
        if (irez != 0) {
            double aonv = Math.pow(nm / xke, X2O3);
            if (irez == 2) {
                // 12-hour resonance: evaluated with the eccentricity at epoch
                double cosisq = cosim * cosim;
                double e = ecco;
                double esq = ecco * ecco;
                double eoc = e * esq;
                double g201 = -0.306 - (e - 0.64) * 0.440;
                double g211;
                double g310;
                double g322;
                double g410;
                double g422;
                double g520;
                double g521;
                double g532;
                double g533;
                if (e <= 0.65) {
                    g211 = 3.616 - 13.2470 * e + 16.2900 * esq;
                    g310 = -19.302 + 117.3900 * e - 228.4190 * esq + 156.5910 * eoc;
                    g322 = -18.9068 + 109.7927 * e - 214.6334 * esq + 146.5816 * eoc;
                    g410 = -41.122 + 242.6940 * e - 471.0940 * esq + 313.9530 * eoc;
                    g422 = -146.407 + 841.8800 * e - 1629.014 * esq + 1083.4350 * eoc;
                    g520 = -532.114 + 3017.977 * e - 5740.032 * esq + 3708.2760 * eoc;
                } else {
                    g211 = -72.099 + 331.819 * e - 508.738 * esq + 266.724 * eoc;
                    g310 = -346.844 + 1582.851 * e - 2415.925 * esq + 1246.113 * eoc;
                    g322 = -342.585 + 1554.908 * e - 2366.899 * esq + 1215.972 * eoc;
                    g410 = -1052.797 + 4758.686 * e - 7193.992 * esq + 3651.957 * eoc;
                    g422 = -3581.690 + 16178.110 * e - 24462.770 * esq + 12422.520 * eoc;
                    if (e > 0.715) {
                        g520 = -5149.66 + 29936.92 * e - 54087.36 * esq + 31324.56 * eoc;
                    } else {
                        g520 = 1464.74 - 4664.75 * e + 3763.64 * esq;
                    }
                }
                if (e < 0.7) {
                    g533 = -919.22770 + 4988.6100 * e - 9064.7700 * esq + 5542.21 * eoc;
                    g521 = -822.71072 + 4568.6173 * e - 8491.4146 * esq + 5337.524 * eoc;
                    g532 = -853.66600 + 4690.2500 * e - 8624.7700 * esq + 5341.4 * eoc;
                } else {
                    g533 = -37995.780 + 161616.52 * e - 229838.20 * esq + 109377.94 * eoc;
                    g521 = -51752.104 + 218913.95 * e - 309468.16 * esq + 146349.42 * eoc;
                    g532 = -40023.880 + 170470.89 * e - 242699.48 * esq + 115605.82 * eoc;
                }
                double sini2 = sinim * sinim;
                double f220 = 0.75 * (1.0 + 2.0 * cosim + cosisq);
                double f221 = 1.5 * sini2;
                double f321 = 1.875 * sinim * (1.0 - 2.0 * cosim - 3.0 * cosisq);
                double f322 = -1.875 * sinim * (1.0 + 2.0 * cosim - 3.0 * cosisq);
                double f441 = 35.0 * sini2 * f220;
                double f442 = 39.3750 * sini2 * sini2;
                double f522 = 9.84375 * sinim * (sini2 * (1.0 - 2.0 * cosim - 5.0 * cosisq)
                        + 0.33333333 * (-2.0 + 4.0 * cosim + 6.0 * cosisq));
                double f523 = sinim * (4.92187512 * sini2 * (-2.0 - 4.0 * cosim + 10.0 * cosisq)
                        + 6.56250012 * (1.0 + 2.0 * cosim - 3.0 * cosisq));
                double f542 = 29.53125 * sinim * (2.0 - 8.0 * cosim
                        + cosisq * (-12.0 + 8.0 * cosim + 10.0 * cosisq));
                double f543 = 29.53125 * sinim * (-2.0 - 8.0 * cosim
                        + cosisq * (12.0 + 8.0 * cosim - 10.0 * cosisq));
                double xno2 = nm * nm;
                double ainv2 = aonv * aonv;
                double temp1 = 3.0 * xno2 * ainv2;
                double temp = temp1 * root22;
                deep[base + D2201] = temp * f220 * g201;
                deep[base + D2211] = temp * f221 * g211;
                temp1 = temp1 * aonv;
                temp = temp1 * root32;
                deep[base + D3210] = temp * f321 * g310;
                deep[base + D3222] = temp * f322 * g322;
                temp1 = temp1 * aonv;
                temp = 2.0 * temp1 * root44;
                deep[base + D4410] = temp * f441 * g410;
                deep[base + D4422] = temp * f442 * g422;
                temp1 = temp1 * aonv;
                temp = temp1 * root52;
                deep[base + D5220] = temp * f522 * g520;
                deep[base + D5232] = temp * f523 * g532;
                temp = 2.0 * temp1 * root54;
                deep[base + D5421] = temp * f542 * g521;
                deep[base + D5433] = temp * f543 * g533;
                deep[base + XLAMO] = (mo + nodeo + nodeo - theta - theta) % TWO_PI;
                deep[base + XFACT] = mdot + dmdt + 2.0 * (nodedot + dnodt - RPTIM) - no;
            } else {
                // 24-hour (synchronous) resonance
                double g200 = 1.0 + emsq * (-2.5 + 0.8125 * emsq);
                double g310 = 1.0 + 2.0 * emsq;
                double g300 = 1.0 + emsq * (-6.0 + 6.60937 * emsq);
                double f220 = 0.75 * (1.0 + cosim) * (1.0 + cosim);
                double f311 = 0.9375 * sinim * sinim * (1.0 + 3.0 * cosim) - 0.75 * (1.0 + cosim);
                double f330 = 1.0 + cosim;
                f330 = 1.875 * f330 * f330 * f330;
                double del1 = 3.0 * nm * nm * aonv * aonv;
                deep[base + DEL2] = 2.0 * del1 * f220 * g200 * q22;
                deep[base + DEL3] = 3.0 * del1 * f330 * g300 * q33 * aonv;
                deep[base + DEL1] = del1 * f311 * g310 * q31 * aonv;
                deep[base + XLAMO] = (mo + nodeo + argpo - theta) % TWO_PI;
                double xpidot = argpdot + nodedot;
                deep[base + XFACT] = mdot + xpidot - RPTIM + dmdt + domdt + dnodt - no;
            }
        }
    }

    /** Third-body sums of the paper's dscom for one body; writes s1..s7, z1..z3, z11..z13, z21..z23, z31..z33. */
    private static void thirdBody(double zcosg, double zsing, double zcosi, double zsini, double zcosh, double zsinh,
            double cc, double nm, double em, double emsq, double betasq, double rtemsq, double cosim, double sinim,
            double cosomm, double sinomm, double[] out) {
        double xnoi = 1.0 / nm;
        double a1 = zcosg * zcosh + zsing * zcosi * zsinh;
        double a3 = -zsing * zcosh + zcosg * zcosi * zsinh;
        double a7 = -zcosg * zsinh + zsing * zcosi * zcosh;
        double a8 = zsing * zsini;
        double a9 = zsing * zsinh + zcosg * zcosi * zcosh;
        double a10 = zcosg * zsini;
        double a2 = cosim * a7 + sinim * a8;
        double a4 = cosim * a9 + sinim * a10;
        double a5 = -sinim * a7 + cosim * a8;
        double a6 = -sinim * a9 + cosim * a10;

        double x1 = a1 * cosomm + a2 * sinomm;
        double x2 = a3 * cosomm + a4 * sinomm;
        double x3 = -a1 * sinomm + a2 * cosomm;
        double x4 = -a3 * sinomm + a4 * cosomm;
        double x5 = a5 * sinomm;
        double x6 = a6 * sinomm;
        double x7 = a5 * cosomm;
        double x8 = a6 * cosomm;

        double z31 = 12.0 * x1 * x1 - 3.0 * x3 * x3;
        double z32 = 24.0 * x1 * x2 - 6.0 * x3 * x4;
        double z33 = 12.0 * x2 * x2 - 3.0 * x4 * x4;
        double z1 = 3.0 * (a1 * a1 + a2 * a2) + z31 * emsq;
        double z2 = 6.0 * (a1 * a3 + a2 * a4) + z32 * emsq;
        double z3 = 3.0 * (a3 * a3 + a4 * a4) + z33 * emsq;
        double z11 = -6.0 * a1 * a5 + emsq * (-24.0 * x1 * x7 - 6.0 * x3 * x5);
        double z12 = -6.0 * (a1 * a6 + a3 * a5) + emsq * (-24.0 * (x2 * x7 + x1 * x8) - 6.0 * (x3 * x6 + x4 * x5));
        double z13 = -6.0 * a3 * a6 + emsq * (-24.0 * x2 * x8 - 6.0 * x4 * x6);
        double z21 = 6.0 * a2 * a5 + emsq * (24.0 * x1 * x5 - 6.0 * x3 * x7);
        double z22 = 6.0 * (a4 * a5 + a2 * a6) + emsq * (24.0 * (x2 * x5 + x1 * x6) - 6.0 * (x4 * x7 + x3 * x8));
        double z23 = 6.0 * a4 * a6 + emsq * (24.0 * x2 * x6 - 6.0 * x4 * x8);
        z1 = z1 + z1 + betasq * z31;
        z2 = z2 + z2 + betasq * z32;
        z3 = z3 + z3 + betasq * z33;
        double s3 = cc * xnoi;
        double s2 = -0.5 * s3 / rtemsq;
        double s4 = s3 * rtemsq;
        double s1 = -15.0 * em * s4;
        double s5 = x1 * x3 + x2 * x4;
        double s6 = x2 * x3 + x1 * x4;
        double s7 = x2 * x4 - x1 * x3;

        out[0] = s1;
        out[1] = s2;
        out[2] = s3;
        out[3] = s4;
        out[4] = s5;
        out[5] = s6;
        out[6] = s7;
        out[7] = z1;
        out[8] = z2;
        out[9] = z3;
        out[10] = z11;
        out[11] = z12;
        out[12] = z13;
        out[13] = z21;
        out[14] = z22;
        out[15] = z23;
        out[16] = z31;
        out[17] = z32;
        out[18] = z33;
    }

    /**
     * Sines and cosines of the solar and lunar angles zf = zm + 2 e sin zm on a regular time grid, for
     * {@link #S_ZF_GIVEN}: zm grows linearly with time, so its sine and cosine are advanced by a fixed rotation
     * (restarted from exact values every 64 steps), and the equation-of-centre term is applied as a small rotation.
     * @param out receives {sin zf, cos zf} of the sun, then of the moon, four values per time
     */
    static void sunMoonGrid(double[] deep, int base, double t0, double dt, int count, double[] out) {
        angleGrid(deep[base + ZMOS], ZNS, ZES, t0, dt, count, out, 0);
        angleGrid(deep[base + ZMOL], ZNL, ZEL, t0, dt, count, out, 2);
    }

    private static void angleGrid(double zm0, double rate, double ecc, double t0, double dt, int count,
            double[] out, int offset) {
        double sStep = NearEarthGrid.sin(rate * dt);
        double cStep = NearEarthGrid.cos(rate * dt);
        double s = 0.0;
        double c = 1.0;
        for (int k = 0; k < count; k++) {
            if ((k & 63) == 0) {
                double zm = zm0 + rate * (t0 + k * dt);
                s = FastTrig.sin(zm);
                c = FastTrig.cos(zm);
            } else {
                double a = s * cStep + c * sStep;
                c = c * cStep - s * sStep;
                s = a;
            }
            // the equation of centre, 2 e sin zm, is at most 0.11 rad: within the range of the series
            double delta = 2.0 * ecc * s;
            double sd = NearEarthGrid.sin(delta);
            double cd = NearEarthGrid.cos(delta);
            out[4 * k + offset] = s * cd + c * sd;
            out[4 * k + offset + 1] = c * cd - s * sd;
        }
    }

    /** Resets the resonance integrator of the scratch array to the epoch of the object. */
    static void resetIntegrator(double[] deep, int base, double[] s) {
        s[S_ATIME] = 0.0;
        s[S_XLI] = deep[base + XLAMO];
        s[S_XNI] = deep[base + NO];
        s[S_DERIVATIVES] = 0.0;
        s[S_ZF_GIVEN] = 0.0;
    }

    /**
     * Secular lunar-solar effects and resonances (the paper's dspace). Updates em, argpm, inclm, mm, nodem and nm
     * in the scratch array, and the resonance integrator state kept there.
     * @param deep flat block array
     * @param base start of the object's block
     * @param t time since epoch (min)
     * @param s scratch array holding the elements after the near-Earth secular update
     */
    static void secular(double[] deep, int base, double t, double[] s) {
        final double fasx2 = 0.13130908;
        final double fasx4 = 2.8843198;
        final double fasx6 = 0.37448087;
        final double g22 = 5.7686396;
        final double g32 = 0.95240898;
        final double g44 = 1.8014998;
        final double g52 = 1.0508330;
        final double g54 = 4.4108898;

        s[S_EM] += deep[base + DEDT] * t;
        s[S_INCLM] += deep[base + DIDT] * t;
        s[S_ARGPM] += deep[base + DOMDT] * t;
        s[S_NODEM] += deep[base + DNODT] * t;
        s[S_MM] += deep[base + DMDT] * t;

        int irez = (int) deep[base + IREZ];
        if (irez == 0) {
            return;
        }
        double theta = FastTrig.remainderTwoPi(deep[base + GSTO] + t * RPTIM);
        double no = deep[base + NO];
        double atime = s[S_ATIME];
        double xli = s[S_XLI];
        double xni = s[S_XNI];
        // the derivatives at the integrator's point are kept from the previous call while the point stays, which
        // on a time grid is most calls: they cost 6 (12-hour resonance: 20) sines and cosines
        boolean known = s[S_DERIVATIVES] != 0.0;
        // restart from epoch unless the integrator already lies between epoch and t
        if (atime == 0.0 || t * atime <= 0.0 || Math.abs(t) < Math.abs(atime)) {
            if (!(atime == 0.0 && xli == deep[base + XLAMO] && xni == no)) {
                known = false;
            }
            atime = 0.0;
            xni = no;
            xli = deep[base + XLAMO];
        }
        double delt = t > 0.0 ? STEP_POSITIVE : STEP_NEGATIVE;
        double xfact = deep[base + XFACT];
        double ft;
        double xndt = s[S_XNDT];
        double xldot = s[S_XLDOT];
        double xnddt = s[S_XNDDT];
        if (irez != 2) {
            double del1 = deep[base + DEL1];
            double del2 = deep[base + DEL2];
            double del3 = deep[base + DEL3];
            while (true) {
                if (!known) {
                    xndt = del1 * FastTrig.sin(xli - fasx2) + del2 * FastTrig.sin(2.0 * (xli - fasx4))
                            + del3 * FastTrig.sin(3.0 * (xli - fasx6));
                    xldot = xni + xfact;
                    xnddt = del1 * FastTrig.cos(xli - fasx2) + 2.0 * del2 * FastTrig.cos(2.0 * (xli - fasx4))
                            + 3.0 * del3 * FastTrig.cos(3.0 * (xli - fasx6));
                    xnddt = xnddt * xldot;
                }
                if (Math.abs(t - atime) >= STEP_POSITIVE) {
                    xli = xli + xldot * delt + xndt * STEP2;
                    xni = xni + xndt * delt + xnddt * STEP2;
                    atime = atime + delt;
                    known = false;
                } else {
                    ft = t - atime;
                    break;
                }
            }
        } else {
            double argpo = deep[base + ARGPO];
            double argpdot = deep[base + ARGPDOT];
            double d2201 = deep[base + D2201];
            double d2211 = deep[base + D2211];
            double d3210 = deep[base + D3210];
            double d3222 = deep[base + D3222];
            double d4410 = deep[base + D4410];
            double d4422 = deep[base + D4422];
            double d5220 = deep[base + D5220];
            double d5232 = deep[base + D5232];
            double d5421 = deep[base + D5421];
            double d5433 = deep[base + D5433];
            while (true) {
                if (known) {
                    if (Math.abs(t - atime) < STEP_POSITIVE) {
                        ft = t - atime;
                        break;
                    }
                }
                double xomi = argpo + argpdot * atime;
                double x2omi = xomi + xomi;
                double x2li = xli + xli;
                xndt = d2201 * FastTrig.sin(x2omi + xli - g22) + d2211 * FastTrig.sin(xli - g22)
                        + d3210 * FastTrig.sin(xomi + xli - g32) + d3222 * FastTrig.sin(-xomi + xli - g32)
                        + d4410 * FastTrig.sin(x2omi + x2li - g44) + d4422 * FastTrig.sin(x2li - g44)
                        + d5220 * FastTrig.sin(xomi + xli - g52) + d5232 * FastTrig.sin(-xomi + xli - g52)
                        + d5421 * FastTrig.sin(xomi + x2li - g54) + d5433 * FastTrig.sin(-xomi + x2li - g54);
                xldot = xni + xfact;
                xnddt = d2201 * FastTrig.cos(x2omi + xli - g22) + d2211 * FastTrig.cos(xli - g22)
                        + d3210 * FastTrig.cos(xomi + xli - g32) + d3222 * FastTrig.cos(-xomi + xli - g32)
                        + d5220 * FastTrig.cos(xomi + xli - g52) + d5232 * FastTrig.cos(-xomi + xli - g52)
                        + 2.0 * (d4410 * FastTrig.cos(x2omi + x2li - g44) + d4422 * FastTrig.cos(x2li - g44)
                        + d5421 * FastTrig.cos(xomi + x2li - g54) + d5433 * FastTrig.cos(-xomi + x2li - g54));
                xnddt = xnddt * xldot;
                if (Math.abs(t - atime) >= STEP_POSITIVE) {
                    xli = xli + xldot * delt + xndt * STEP2;
                    xni = xni + xndt * delt + xnddt * STEP2;
                    atime = atime + delt;
                    known = false;
                } else {
                    ft = t - atime;
                    break;
                }
            }
        }
        s[S_ATIME] = atime;
        s[S_XLI] = xli;
        s[S_XNI] = xni;
        s[S_XNDT] = xndt;
        s[S_XLDOT] = xldot;
        s[S_XNDDT] = xnddt;
        s[S_DERIVATIVES] = 1.0;

        double nm = xni + xndt * ft + xnddt * ft * ft * 0.5;
        double xl = xli + xldot * ft + xndt * ft * ft * 0.5;
        if (irez != 1) {
            s[S_MM] = xl - 2.0 * s[S_NODEM] + 2.0 * theta;
        } else {
            s[S_MM] = xl - s[S_NODEM] - s[S_ARGPM] + theta;
        }
        double dndt = nm - no;
        s[S_NM] = no + dndt;
    }

    /**
     * Lunar-solar periodic effects (the paper's dpper), with the Lyddane modification below 0.2 rad of
     * inclination. Updates ep, inclp, nodep, argpp and mp, held at the first five places of the scratch array.
     * @param deep flat block array
     * @param base start of the object's block
     * @param t time since epoch (min)
     * @param s scratch array: ep, inclp, nodep, argpp, mp at {@link #S_EM}, {@link #S_INCLM}, {@link #S_NODEM},
     *          {@link #S_ARGPM}, {@link #S_MM}
     * @param afspc true for {@link OperationMode#AFSPC}
     */
    static void periodic(double[] deep, int base, double t, double[] s, boolean afspc) {
        boolean given = s[S_ZF_GIVEN] != 0.0;
        double sinzf;
        double coszf;
        if (given) {
            sinzf = s[S_SIN_ZF_SUN];
            coszf = s[S_COS_ZF_SUN];
        } else {
            double zm = deep[base + ZMOS] + ZNS * t;
            double zf = zm + 2.0 * ZES * FastTrig.sin(zm);
            sinzf = FastTrig.sin(zf);
            coszf = FastTrig.cos(zf);
        }
        double f2 = 0.5 * sinzf * sinzf - 0.25;
        double f3 = -0.5 * sinzf * coszf;
        double ses = deep[base + SE2] * f2 + deep[base + SE3] * f3;
        double sis = deep[base + SI2] * f2 + deep[base + SI3] * f3;
        double sls = deep[base + SL2] * f2 + deep[base + SL3] * f3 + deep[base + SL4] * sinzf;
        double sghs = deep[base + SGH2] * f2 + deep[base + SGH3] * f3 + deep[base + SGH4] * sinzf;
        double shs = deep[base + SH2] * f2 + deep[base + SH3] * f3;

        if (given) {
            sinzf = s[S_SIN_ZF_MOON];
            coszf = s[S_COS_ZF_MOON];
        } else {
            double zm = deep[base + ZMOL] + ZNL * t;
            double zf = zm + 2.0 * ZEL * FastTrig.sin(zm);
            sinzf = FastTrig.sin(zf);
            coszf = FastTrig.cos(zf);
        }
        f2 = 0.5 * sinzf * sinzf - 0.25;
        f3 = -0.5 * sinzf * coszf;
        double sel = deep[base + EE2] * f2 + deep[base + E3] * f3;
        double sil = deep[base + XI2] * f2 + deep[base + XI3] * f3;
        double sll = deep[base + XL2] * f2 + deep[base + XL3] * f3 + deep[base + XL4] * sinzf;
        double sghl = deep[base + XGH2] * f2 + deep[base + XGH3] * f3 + deep[base + XGH4] * sinzf;
        double shll = deep[base + XH2] * f2 + deep[base + XH3] * f3;

        double pe = ses + sel - deep[base + PEO];
        double pinc = sis + sil - deep[base + PINCO];
        double pl = sls + sll - deep[base + PLO];
        double pgh = sghs + sghl - deep[base + PGHO];
        double ph = shs + shll - deep[base + PHO];

        double inclp = s[S_INCLM] + pinc;
        double ep = s[S_EM] + pe;
        double nodep = s[S_NODEM];
        double argpp = s[S_ARGPM];
        double mp = s[S_MM];
        double sinip = FastTrig.sin(inclp);
        double cosip = FastTrig.cos(inclp);
        s[S_SINIP] = sinip;
        s[S_COSIP] = cosip;
        if (inclp >= 0.2) {
            ph = ph / sinip;
            pgh = pgh - cosip * ph;
            argpp = argpp + pgh;
            nodep = nodep + ph;
            mp = mp + pl;
        } else {
            // Lyddane: perturb the node through its direction cosines
            double sinop = FastTrig.sin(nodep);
            double cosop = FastTrig.cos(nodep);
            double alfdp = sinip * sinop;
            double betdp = sinip * cosop;
            double dalf = ph * cosop + pinc * cosip * sinop;
            double dbet = -ph * sinop + pinc * cosip * cosop;
            alfdp = alfdp + dalf;
            betdp = betdp + dbet;
            nodep = FastTrig.remainderTwoPi(nodep);
            if (nodep < 0.0 && afspc) {
                nodep = nodep + TWO_PI;
            }
            double xls = mp + argpp + cosip * nodep;
            double dls = pl + pgh - pinc * nodep * sinip;
            xls = xls + dls;
            double xnoh = nodep;
            nodep = Math.atan2(alfdp, betdp);
            if (nodep < 0.0 && afspc) {
                nodep = nodep + TWO_PI;
            }
            if (Math.abs(xnoh - nodep) > Math.PI) {
                if (nodep < xnoh) {
                    nodep = nodep + TWO_PI;
                } else {
                    nodep = nodep - TWO_PI;
                }
            }
            mp = mp + pl;
            argpp = xls - mp - cosip * nodep;
        }
        s[S_EM] = ep;
        s[S_INCLM] = inclp;
        s[S_NODEM] = nodep;
        s[S_ARGPM] = argpp;
        s[S_MM] = mp;
    }
}
