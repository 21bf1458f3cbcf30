package space.cosmodrome.ascent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The burns of a low-thrust kick stage (Electron's Curie, Vega-C's AVUM+) after the ascent stages, flown with
 * the stage's real thrust and Isp and integrated, so that the gravity loss of a long burn is paid.
 *
 * <p>What it flies, from the state where the ascent stage left the stack:
 * <ol>
 * <li>if the ascent stage ran dry short of its transfer orbit, a burn that starts at once and continues it until
 * the orbit's apogee reaches the target apogee (a stage that runs short on a suborbital arc must keep burning;
 * if the arc comes down first, the stack falls back);</li>
 * <li>then burns centred on apogee that raise the perigee until the semi-major axis is the target's. A burn longer
 * than {@value #MAX_BURN_SHARE_OF_PERIOD} of the period is split over successive apogees (as many as the stage's
 * ignitions allow), each raising the perigee at least to {@value #SAFE_PERIGEE_ALTITUDE_M} m so that the stack
 * survives the perigee pass between them.</li>
 * </ol>
 * Thrust points along the inertial velocity (tangential: the direction that raises orbital energy fastest); the
 * burn that completes the ascent may be pitched above it by a constant angle (searched by the caller), which on a
 * falling arc holds the path up.
 * Gravity is the point mass of {@link Earth}, as in the two-body orbits the ascent aims at: J2's short-period
 * terms would move the osculating apsides by 10-20 km during the coast to apogee, and its secular drift over an
 * hour does not change the propellant needed. No drag; but the fairing is gone, so the path must keep the
 * free-molecular heating 0.5 rho v^3 (US 1976 density, speed relative to the turning atmosphere) at or below the
 * spacecraft limit the fairing was dropped at, {@link AscentSimulator#FAIRING_HEATING_LIMIT_WPM2}: a path that
 * heats more does not reach orbit (see {@link Outcome#heatingExcess}). At orbital speed that is a floor near
 * 135 km. Fixed-step RK4 (5 s burning, 20 s coasting), with the
 * step cut at each burn's end condition. The kick stage may burn past its propellant (negative, "virtual"
 * propellant, as the ascent's last stage does) so that a shortfall is measured instead of failing.
 */
final class KickStageBurns {
    /** A longer burn centred on apogee is split over successive apogees (share of the orbital period). */
    static final double MAX_BURN_SHARE_OF_PERIOD = 0.125;
    /** Perigee each burn of a split series must reach, so that the stack survives the next perigee (m). */
    static final double SAFE_PERIGEE_ALTITUDE_M = 150_000;
    /**
     * The integration goes on through the atmosphere and the ground (no drag, point-mass field) so that how far
     * the path breaks the heating limit is measured for the search; it stops this deep (m).
     */
    private static final double GIVE_UP_ALTITUDE_M = -3_000_000;
    /** Density scale height used to extend the sea-level density below the ground, for the search's slope (m). */
    private static final double BELOW_GROUND_SCALE_HEIGHT_M = 8_434;
    private static final double BURN_STEP_S = 5;
    private static final double COAST_STEP_S = 20;
    /**
     * A last burn whose coast to apogee is shorter than this share of its length cannot be centred on apogee: its
     * pitch above the velocity is searched (see {@link #lateBurnPitch}).
     */
    static final double LATE_BURN_SHARE = 0.25;
    /** Largest pitch above the velocity searched for a last burn that starts late (deg). */
    static final double LATE_BURN_PITCH_MAX_DEG = 60;
    /** Cost of a path over the heating limit in comparisons of outcomes, per e-fold of excess and more (kg). */
    private static final double HEATING_INFEASIBLE_COST_KG = 10_000;
    private static final double LN_HALF = Math.log(0.5);
    private static final double LN_HEATING_LIMIT = Math.log(AscentSimulator.FAIRING_HEATING_LIMIT_WPM2);
    /** Burned mass may go below the stack's dry mass down to this share of it (virtual propellant). */
    private static final double VIRTUAL_FLOOR = 0.35;

    /**
     * One burn of the kick stage.
     *
     * @param name what it does
     * @param startS ignition, seconds after liftoff
     * @param durationS burn time (s)
     * @param deltaVMps ideal delta-v, Isp g0 ln(m0 / m1) (m/s)
     * @param propellantKg propellant burned (kg; past the load counts too)
     */
    record Burn(String name, double startS, double durationS, double deltaVMps, double propellantKg) {
    }

    /** What the burns did: the burns, the propellant they took, and where they left the stack. */
    static final class Outcome {
        final List<Burn> burns = new ArrayList<>();
        /** Propellant burned in all (kg; may exceed the load: virtual). */
        double propellantKg;
        /** State at the end of the last burn: position (m), velocity (m/s), mass (kg). */
        final double[] state = new double[7];
        double endTimeS;
        /** Why the burns could not be flown to the end (fell far, propellant far short), or null. */
        String failure;
        /** Lowest height of the path (m). */
        double lowestAltitudeM = Double.POSITIVE_INFINITY;
        /**
         * Largest ln(heating / limit) along the path, free-molecular heating 0.5 rho v^3 against
         * {@link AscentSimulator#FAIRING_HEATING_LIMIT_WPM2}: at most 0 when the spacecraft, its fairing gone, stays
         * within the limit; above, by how much (in e-folds, about one density scale height of height each) grades
         * the violation for the search. Below the ground the density goes on growing, so the measure stays
         * continuous for a path that falls through the Earth.
         */
        double heatingExcess = Double.NEGATIVE_INFINITY;

        /**
         * @return what a path over the heating limit costs in a comparison of kick-stage outcomes (kg): more than
         *         the kick stage's whole load, so that it loses to any path within the limit, growing with the excess
         *         so that a search moves towards the limit; 0 within it
         */
        double heatingPenaltyKg() {
            return heatingExcess > 0 ? HEATING_INFEASIBLE_COST_KG * (1 + heatingExcess) : 0;
        }

        /** @return the largest free-molecular heating along the path (W/m^2) */
        double peakHeatingWpm2() {
            return AscentSimulator.FAIRING_HEATING_LIMIT_WPM2 * Math.exp(heatingExcess);
        }

        /** @return whether the burns reach the orbit with the heating within the spacecraft's limit all along */
        boolean reachesOrbit() {
            return failure == null && heatingExcess <= 0;
        }

        /** @return the two-body perigee and apogee altitudes of the final state (m) */
        double[] perigeeApogee() {
            return AscentSearch.perigeeApogee(state);
        }
    }

    private final double thrustN;
    private final double exhaustSpeedMps;
    private final int ignitions;
    /** Coast from the ascent stage's burnout to the kick stage's first ignition (s): separation and engine start. */
    private final double ignitionDelayS;
    /** Pitch of the thrust above the velocity during a burn that completes the ascent (rad); 0 elsewhere. */
    private double pitchUpRad;
    private boolean pitching;
    /** Cosine and sine of {@link #pitchUpRad}, once per burn rather than at every derivative. */
    private double cosPitchUp = 1;
    private double sinPitchUp;
    private final double[] k1 = new double[7];
    private final double[] k2 = new double[7];
    private final double[] k3 = new double[7];
    private final double[] k4 = new double[7];
    private final double[] tmp = new double[7];

    /**
     * @param thrustN vacuum thrust (N)
     * @param ispS vacuum specific impulse (s)
     * @param ignitions burns the stage can make (at least 1)
     */
    KickStageBurns(double thrustN, double ispS, int ignitions) {
        this(thrustN, ispS, ignitions, 0);
    }

    /**
     * @param thrustN vacuum thrust (N)
     * @param ispS vacuum specific impulse (s)
     * @param ignitions burns the stage can make (at least 1)
     * @param ignitionDelayS coast between the ascent stage's burnout and the burn that completes the ascent (s): the
     *                       kick stage's {@link space.cosmodrome.launch.Stage#coastBeforeIgnitionS()}
     */
    KickStageBurns(double thrustN, double ispS, int ignitions, double ignitionDelayS) {
        this.thrustN = thrustN;
        this.exhaustSpeedMps = ispS * space.cosmodrome.launch.Stage.G0;
        this.ignitions = Math.max(1, ignitions);
        this.ignitionDelayS = ignitionDelayS;
    }

    /**
     * Flies the kick stage from a state to the target orbit.
     *
     * @param start position (m) and velocity (m/s) in the pseudo-inertial frame, at least 6 values
     * @param massKg mass of the stack: kick stage with its propellant, payload, adapter (kg)
     * @param timeS seconds after liftoff
     * @param completeFirst whether the ascent stage ran dry short of its transfer orbit (burn at once)
     * @param targetPerigeeRadiusM target perigee radius (m)
     * @param targetApogeeRadiusM target apogee radius (m)
     * @param dryMassKg mass once the kick stage's propellant is gone (kg), for the virtual-propellant floor
     * @return the burns and where they leave the stack
     */
    Outcome fly(double[] start, double massKg, double timeS, boolean completeFirst, double targetPerigeeRadiusM,
                double targetApogeeRadiusM, double dryMassKg) {
        return fly(start, massKg, timeS, completeFirst, targetPerigeeRadiusM, targetApogeeRadiusM, dryMassKg, 0);
    }

    /**
     * As {@link #fly(double[], double, double, boolean, double, double, double)}, with the thrust of the burn that
     * completes the ascent pitched above the velocity, in the orbit plane, by an angle: on a falling arc that holds
     * the path up at some cost in energy gained.
     *
     * @param completionPitchRad pitch above the velocity during the completion burn (rad)
     */
    Outcome fly(double[] start, double massKg, double timeS, boolean completeFirst, double targetPerigeeRadiusM,
                double targetApogeeRadiusM, double dryMassKg, double completionPitchRad) {
        Outcome o = new Outcome();
        double[] y = new double[7];
        System.arraycopy(start, 0, y, 0, 6);
        y[6] = massKg;
        double t = timeS;
        fellBack(o, y);
        double targetA = (targetPerigeeRadiusM + targetApogeeRadiusM) / 2;
        int left = ignitions;
        double floor = VIRTUAL_FLOOR * dryMassKg;
        if (completeFirst && apogeeRadius(y) < targetApogeeRadiusM) {
            // the ascent stage ran dry before its transfer orbit: continue after the staging gap, until the apogee
            // is the target's
            if (ignitionDelayS > 0) {
                t = coast(o, y, t, ignitionDelayS);
                if (o.failure != null) {
                    return finish(o, y, t);
                }
            }
            double limit = 2 * period(targetA);
            pitchUp(completionPitchRad);
            t = burn(o, y, t, limit, true, Condition.APOGEE, targetApogeeRadiusM,
                    "kick stage burn 1: completes the ascent, raises apogee" + (pitching ? String.format(Locale.ROOT,
                            " (thrust %.1f deg above the velocity)", Math.toDegrees(completionPitchRad)) : ""), floor);
            pitching = false;
            left--;
            if (o.failure != null) {
                return finish(o, y, t);
            }
        }
        while (semiMajorAxis(y) < targetA - 1e-3 && o.failure == null) {
            if (left <= 0) {
                o.failure = "no ignition left to reach the orbit";
                break;
            }
            double a = semiMajorAxis(y);
            if (!(a > 0)) {
                o.failure = "escape or degenerate orbit";
                break;
            }
            double ra = apogeeRadius(y);
            double vApogee = Math.sqrt(Earth.MU * (2 / ra - 1 / a));
            double vTarget = Math.sqrt(Earth.MU * (2 / ra - 2 / (ra + targetPerigeeRadiusM)));
            double dv = Math.max(0, vTarget - vApogee);
            double totalS = burnTime(y[6], dv);
            double periodS = period(a);
            int parts = (int) Math.min(left, Math.max(1, Math.ceil(totalS / (MAX_BURN_SHARE_OF_PERIOD * periodS))));
            double coast = AscentSearch.timeToApogee(y);
            boolean descending = y[0] * y[3] + y[1] * y[4] + y[2] * y[5] < 0;
            if (descending && AscentSearch.perigeeApogee(y)[0] < 0) {
                // past apogee on a path that meets the ground before the next apogee: no coasting round, burn
                // at once (a perigee above the ground but too low for the heating limit is coasted through, and
                // the heating excess keeps it from counting)
                coast = 0;
            }
            boolean late = coast < LATE_BURN_SHARE * totalS;
            if (late) {
                // a burn that cannot be centred on apogee gains nothing from a split (its first part, tangential
                // from apogee, lets the path fall): one burn, its pitch searched
                parts = 1;
            }
            if (parts == 1) {
                // the last (or only) burn: centred on apogee by its expected length, on until the target energy
                t = coast(o, y, t, Math.max(0, coast - totalS / 2));
                if (o.failure != null) {
                    break;
                }
                String name = String.format(Locale.ROOT, "kick stage burn %d: at apogee, raises perigee",
                        ignitions - left + 1);
                double pitch = late
                        ? lateBurnPitch(y, t, 4 * totalS + 600, targetA, targetPerigeeRadiusM, targetApogeeRadiusM, floor)
                        : 0;
                pitchUp(pitch);
                t = burn(o, y, t, 4 * totalS + 600, true, Condition.SEMI_MAJOR_AXIS, targetA, name + (pitching
                        ? String.format(Locale.ROOT, " (thrust %.1f deg above the velocity: starts late)",
                        Math.toDegrees(pitch)) : ""), floor);
                pitching = false;
            } else {
                // one of a series: an equal share of the delta-v, at least enough to survive the next perigee
                double vSafe = Math.sqrt(Earth.MU * (2 / ra - 2 / (ra + Earth.EQUATORIAL_RADIUS
                        + SAFE_PERIGEE_ALTITUDE_M)));
                double partDv = Math.min(dv, Math.max(dv / parts, vSafe - vApogee));
                double partS = burnTime(y[6], partDv);
                t = coast(o, y, t, Math.max(0, coast - partS / 2));
                if (o.failure != null) {
                    break;
                }
                t = burn(o, y, t, partS, false, Condition.SEMI_MAJOR_AXIS, targetA,
                        String.format(Locale.ROOT, "kick stage burn %d: at apogee, raises perigee (one of a series)",
                                ignitions - left + 1), floor);
            }
            left--;
        }
        return finish(o, y, t);
    }

    /**
     * Pitch above the velocity (rad) for a last burn that cannot be centred on apogee (the stack is at or past it:
     * the ascent stage ran dry near the target's height). Tangential thrust from there lets the path fall while
     * the speed builds and leaves an eccentric orbit (Electron to 200 km at 45 deg: a 73 m/s trim after a 610 s
     * burn); thrust pitched up holds the height. Golden section on the propellant of the burn plus the trim it
     * leaves (rocket equation), any path over the heating limit losing to any within it; tangential if that is
     * cheaper.
     */
    private double lateBurnPitch(double[] y, double t, double limitS, double targetA, double rpT, double raT,
                                 double floor) {
        java.util.function.DoubleUnaryOperator cost = pitch -> {
            Outcome trial = new Outcome();
            double[] yt = y.clone();
            pitchUp(pitch);
            burn(trial, yt, t, limitS, true, Condition.SEMI_MAJOR_AXIS, targetA, "trial", floor);
            pitching = false;
            if (trial.failure != null) {
                return 1e6;
            }
            double trimKg = yt[6] * (1 - Math.exp(-AscentSearch.apsisTrimMps(yt, rpT, raT) / exhaustSpeedMps));
            return trial.propellantKg + trimKg + trial.heatingPenaltyKg();
        };
        GoldenSection.Best<Double> best = GoldenSection.maximize(0, Math.toRadians(LATE_BURN_PITCH_MAX_DEG), 12,
                x -> -cost.applyAsDouble(x));
        return cost.applyAsDouble(0) <= -best.value() ? 0 : best.x();
    }

    /** Sets the pitch of the thrust above the velocity for the next burn (rad; 0 for tangential thrust). */
    private void pitchUp(double rad) {
        pitchUpRad = rad;
        pitching = rad != 0;
        cosPitchUp = Math.cos(rad);
        sinPitchUp = Math.sin(rad);
    }

    private Outcome finish(Outcome o, double[] y, double t) {
        System.arraycopy(y, 0, o.state, 0, 7);
        o.endTimeS = t;
        return o;
    }

    enum Condition { APOGEE, SEMI_MAJOR_AXIS }

    /**
     * Burns along the velocity until the condition reaches its value or the time limit; returns the time.
     *
     * @param limitIsFailure whether running out of time short of the condition means the burn failed (a burn
     *                       meant to reach its condition) rather than that it did its planned share (one of a
     *                       series of apogee burns, which ends on its time)
     */
    double burn(Outcome o, double[] y, double t, double limitS, boolean limitIsFailure, Condition condition,
                double value, String name, double floor) {
        double m0 = y[6];
        double t0 = t;
        double elapsed = 0;
        double[] y0 = new double[7];
        boolean reached = false;
        while (elapsed < limitS - 1e-6) {
            double h = Math.min(BURN_STEP_S, limitS - elapsed);
            System.arraycopy(y, 0, y0, 0, 7);
            rk4(y0, h, true, y);
            if (measure(condition, y) >= value) {
                elapsed += refine(y0, h, condition, value, y);
                reached = true;
                break;
            }
            elapsed += h;
            if (fellBack(o, y)) {
                break;
            }
            if (y[6] < floor) {
                o.failure = "kick stage propellant far short of the orbit";
                break;
            }
        }
        if (!reached && limitIsFailure && o.failure == null) {
            o.failure = String.format(Locale.ROOT, "%s: not done after %.0f s", name, limitS);
        }
        t = t0 + elapsed;
        double used = m0 - y[6];
        o.propellantKg += used;
        o.burns.add(new Burn(name, t0, t - t0, exhaustSpeedMps * Math.log(m0 / y[6]), used));
        return t;
    }

    /**
     * Coasts for a time, watching for a fall back; returns the time reached (where the state is: short of the
     * full coast if the stack fell too far and the coast stopped there).
     */
    double coast(Outcome o, double[] y, double t, double seconds) {
        int steps = (int) Math.ceil(seconds / COAST_STEP_S);
        double h = steps == 0 ? 0 : seconds / steps;
        double[] y0 = new double[7];
        for (int i = 0; i < steps; i++) {
            System.arraycopy(y, 0, y0, 0, 7);
            rk4(y0, h, false, y);
            if (fellBack(o, y)) {
                return t + (i + 1) * h;
            }
        }
        return t + seconds;
    }

    private boolean fellBack(Outcome o, double[] y) {
        double alt = Earth.altitude(y[0], y[1], y[2]);
        o.lowestAltitudeM = Math.min(o.lowestAltitudeM, alt);
        o.heatingExcess = Math.max(o.heatingExcess, heatingExcess(y, alt));
        if (alt < GIVE_UP_ALTITUDE_M) {
            o.failure = "the stack falls back before the kick stage reaches orbit";
            return true;
        }
        return false;
    }

    /**
     * ln(0.5 rho v^3 / limit) at a state: US 1976 density, speed relative to the atmosphere turning with the Earth
     * (as {@link AscentSimulator} computes the heating at which the fairing goes); below the ground the sea-level
     * density grows on exponentially.
     */
    static double heatingExcess(double[] y, double altitudeM) {
        double v = AscentSimulator.relativeSpeed(y);
        double lnRho = altitudeM >= 0 ? Math.log(Atmosphere1976.density(altitudeM))
                : Math.log(Atmosphere1976.density(0)) - altitudeM / BELOW_GROUND_SCALE_HEIGHT_M;
        return LN_HALF + lnRho + 3 * Math.log(v) - LN_HEATING_LIMIT;
    }

    /** Cuts the step where the condition reaches its value (Illinois method); returns the step's length. */
    private double refine(double[] y0, double dt, Condition condition, double value, double[] y) {
        return StepRoot.illinois(dt, measure(condition, y0) - value, measure(condition, y) - value, h -> {
            rk4(y0, h, true, y);
            return measure(condition, y) - value;
        });
    }

    private static double measure(Condition condition, double[] y) {
        return condition == Condition.APOGEE ? apogeeRadius(y) : semiMajorAxis(y);
    }

    private double burnTime(double massKg, double dv) {
        return massKg * (1 - Math.exp(-dv / exhaustSpeedMps)) / (thrustN / exhaustSpeedMps);
    }

    static double semiMajorAxis(double[] y) {
        double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
        double v2 = y[3] * y[3] + y[4] * y[4] + y[5] * y[5];
        return 1 / (2 / r - v2 / Earth.MU);
    }

    static double apogeeRadius(double[] y) {
        return Earth.EQUATORIAL_RADIUS + AscentSearch.perigeeApogee(y)[1];
    }

    private static double period(double a) {
        return 2 * Math.PI * Math.sqrt(a * a * a / Earth.MU);
    }

    private void rk4(double[] y0, double h, boolean thrust, double[] out) {
        derivatives(y0, thrust, k1);
        for (int i = 0; i < 7; i++) {
            tmp[i] = y0[i] + 0.5 * h * k1[i];
        }
        derivatives(tmp, thrust, k2);
        for (int i = 0; i < 7; i++) {
            tmp[i] = y0[i] + 0.5 * h * k2[i];
        }
        derivatives(tmp, thrust, k3);
        for (int i = 0; i < 7; i++) {
            tmp[i] = y0[i] + h * k3[i];
        }
        derivatives(tmp, thrust, k4);
        for (int i = 0; i < 7; i++) {
            out[i] = y0[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    private void derivatives(double[] y, boolean thrust, double[] dy) {
        double r2 = y[0] * y[0] + y[1] * y[1] + y[2] * y[2];
        double muOverR3 = Earth.MU / (r2 * Math.sqrt(r2));
        double ax = -muOverR3 * y[0];
        double ay = -muOverR3 * y[1];
        double az = -muOverR3 * y[2];
        double mdot = 0;
        if (thrust) {
            double v = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
            double dx = y[3] / v;
            double dy2 = y[4] / v;
            double dz = y[5] / v;
            if (pitching) {
                // the in-plane direction perpendicular to the velocity, away from the Earth: v x (r x v)
                double hx = y[1] * y[5] - y[2] * y[4];
                double hy = y[2] * y[3] - y[0] * y[5];
                double hz = y[0] * y[4] - y[1] * y[3];
                double ux = y[4] * hz - y[5] * hy;
                double uy = y[5] * hx - y[3] * hz;
                double uz = y[3] * hy - y[4] * hx;
                double u = Math.sqrt(ux * ux + uy * uy + uz * uz);
                double c = cosPitchUp;
                double sn = sinPitchUp / u;
                dx = c * dx + sn * ux;
                dy2 = c * dy2 + sn * uy;
                dz = c * dz + sn * uz;
            }
            double acc = thrustN / y[6];
            ax += acc * dx;
            ay += acc * dy2;
            az += acc * dz;
            mdot = -thrustN / exhaustSpeedMps;
        }
        dy[0] = y[3];
        dy[1] = y[4];
        dy[2] = y[5];
        dy[3] = ax;
        dy[4] = ay;
        dy[5] = az;
        dy[6] = mdot;
    }
}
