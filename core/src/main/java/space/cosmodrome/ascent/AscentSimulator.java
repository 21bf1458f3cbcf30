package space.cosmodrome.ascent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import space.cosmodrome.launch.KeepOutZone;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * Three-degree-of-freedom point-mass ascent over a rotating oblate Earth, integrated with fixed-step RK4 in
 * the pseudo-inertial frame of {@link Earth}. One instance flies one vehicle from one site with one payload;
 * {@link #fly} runs one ascent for one set of guidance parameters. Not thread-safe (scratch arrays).
 *
 * <p>Phases: vertical rise until the vehicle moves at {@value #VERTICAL_RISE_SPEED_MPS} m/s; pitch-over by
 * the kick angle towards the launch azimuth; gravity turn (thrust along the air-relative velocity, no angle
 * of attack) until dynamic pressure has peaked and fallen below {@value #GUIDANCE_SWITCH_Q_PA} Pa; then
 * vacuum guidance with a linear-tangent pitch law, {@code tan(pitch) = A - B (t - t_switch)}, in the plane of
 * the target inclination with a yaw term that cancels out-of-plane velocity (this is also how a dog-leg is
 * flown: the pad azimuth follows the corridor, the vacuum phase yaws into the target plane). Engine cut-off comes when the
 * osculating semi-major axis reaches the target's.
 *
 * <p>The state carries four integrals of the delta-v budget beside position, velocity and mass, so the
 * budget comes out of the same RK4 steps: ideal (thrust acceleration), gravity loss, drag loss and steering
 * loss, each along the velocity gained since liftoff (inertial velocity less the pad's). They close exactly on
 * the speed gained; the pad's speed adds about its projection on the final direction (the Earth-rotation
 * gain).
 */
final class AscentSimulator {
    static final double VERTICAL_RISE_SPEED_MPS = 40;
    static final double GUIDANCE_SWITCH_Q_PA = 2_000;
    /** Free-molecular heating below which the fairing goes (W/m²), the usual 1,135 W/m² spacecraft limit. */
    static final double FAIRING_HEATING_LIMIT_WPM2 = 1_135;
    static final double FAIRING_MIN_ALTITUDE_M = 70_000;
    private static final double PITCH_OVER_MAX_S = 25;
    /**
     * Floor (m/s) of the speed still to gain over which the yaw spreads the removal of out-of-plane velocity, so
     * that the last of it goes in the final seconds before cut-off.
     */
    private static final double MIN_SPEED_TO_GAIN_MPS = 50;
    /** Least depth (km) counted for an impact point path that crossed a keep-out zone (one that only cut a corner). */
    static final double MIN_CROSSING_DEPTH_KM = 0.1;
    /** Largest out-of-plane component of the thrust direction before normalisation (about 35 deg of yaw). */
    private static final double YAW_LIMIT = 0.7;
    private static final double MAX_FLIGHT_S = 4_000;
    /** RK4 step (s) until the vacuum guidance starts: drag, dynamic pressure and the pitch-over change fast. */
    private static final double ATMOSPHERE_STEP_S = 0.5;
    /**
     * RK4 step (s) in the vacuum phase, where thrust and steering change smoothly (stage events, the fairing and
     * cut-off cut the step exactly). 2 s instead of 1 s halves the work of the longest phase; of the 18 validation
     * payloads one moved, by 3 kg of 6,875 (H-IIA to 800 km SSO, direct), and the cases and the 20-altitude curve of
     * docs/performance/launch.md not at all.
     */
    private static final double VACUUM_STEP_S = 2.0;
    /** The last stage may burn past its propellant down to this share of its final mass, so that shortfalls
     *  are measured as negative propellant instead of a failure (keeps the payload search smooth). */
    private static final double VIRTUAL_PROPELLANT_FLOOR = 0.35;

    private static final int N = 11;
    private static final int IDEAL = 7;
    private static final int GRAVITY_LOSS = 8;
    private static final int DRAG_LOSS = 9;
    private static final int STEERING_LOSS = 10;

    enum Phase { VERTICAL, PITCH_OVER, GRAVITY_TURN, VACUUM_GUIDANCE }

    /** Guidance parameters of one ascent. */
    /**
     * Guidance parameters of one ascent.
     *
     * @param azimuthRad ground launch azimuth
     * @param kickRad pitch-over angle
     * @param tanPitch0 A of the linear-tangent law
     * @param pitchRatePerS B of the linear-tangent law (1/s)
     * @param coastBeforeLastStageS coast between the burnout of the stages below the last burn and its
     *                              ignition (s): how single-burn upper stages reach higher orbits; the last
     *                              burn starts at {@link space.cosmodrome.launch.LaunchVehicle#lastBurnStart()}
     */
    record Guidance(double azimuthRad, double kickRad, double tanPitch0, double pitchRatePerS,
                    double coastBeforeLastStageS) {
        Guidance(double azimuthRad, double kickRad, double tanPitch0, double pitchRatePerS) {
            this(azimuthRad, kickRad, tanPitch0, pitchRatePerS, 0);
        }

        Guidance withLinearTangent(double a, double b) {
            return new Guidance(azimuthRad, kickRad, a, b, coastBeforeLastStageS);
        }

        Guidance withCoast(double seconds) {
            return new Guidance(azimuthRad, kickRad, tanPitch0, pitchRatePerS, seconds);
        }
    }

    /** Outcome of one ascent. */
    static final class Flight {
        boolean reachedCutoff;
        String failure;
        double cutoffTimeS;
        final double[] state = new double[N];
        double upperPropellantLeftKg;
        /**
         * State (position, velocity, mass, budget integrals) when the last stage's real propellant ran out, and its time; null
         * and NaN while it still has propellant at cut-off. Beyond it the last stage burns virtual propellant.
         */
        double[] lastStageDryState;
        double lastStageDryTimeS = Double.NaN;
        double switchTimeS = Double.NaN;
        double switchFlightPathAngleRad;
        double switchRemainingBurnS;
        double maxDynamicPressurePa;
        double maxAccelerationG;
        /** First keep-out zone the instantaneous impact point crossed, or null. */
        String keepOutZoneCrossed;
        double keepOutCrossTimeS = Double.NaN;
        /** Time the impact point spent over keep-out zones (s): how badly, for the search to move away. */
        double keepOutSeconds;
        /**
         * How near the impact point's path (straight from step to step) came to the keep-out zones (km): the least
         * distance while it kept clear; once it crossed one, minus the depth of its deepest point inside (at least
         * {@value AscentSimulator#MIN_CROSSING_DEPTH_KM} km); infinite without zones. Continuous in the guidance, for
         * the search to find the edge.
         */
        double keepOutMarginKm = Double.POSITIVE_INFINITY;
        final List<FlightEvent> events = new ArrayList<>();
        final List<TrajectoryPoint> trajectory = new ArrayList<>();

        double radiusM() {
            return Math.sqrt(state[0] * state[0] + state[1] * state[1] + state[2] * state[2]);
        }

        double radialVelocityMps() {
            return (state[0] * state[3] + state[1] * state[4] + state[2] * state[5]) / radiusM();
        }
    }

    private final LaunchVehicle vehicle;
    private final LaunchSite site;
    private final double payloadKg;
    private final double targetSemiMajorAxisM;
    private final double targetInclinationRad;
    /** Downrange distance (m) before which the vacuum phase may not yaw toward the target plane (a late dog-leg). */
    double yawAfterDownrangeM = 0;
    /** Inclination the corridor's azimuth reaches directly, held until {@link #yawAfterDownrangeM} (rad). */
    double corridorInclinationRad = Double.NaN;
    /**
     * Time (s) until which the vacuum phase holds the corridor's plane ({@link #corridorInclinationRad}) instead of
     * yawing into the target plane: a dog-leg whose yaw waits so that the instantaneous impact point keeps clear of
     * a keep-out zone; NaN for none. The step is cut there, so that the flight varies smoothly with it.
     */
    double yawHoldUntilS = Double.NaN;
    /** Whether the current step lies within the hold (set at the step's start, so that it is the same for its stages). */
    private boolean holdingThisStep;
    private final double[] padPosition;
    private final double[] padVelocity;
    private final double maxAccelerationMps2;

    // scratch
    private final double[] atmosphere = new double[4];
    /** The air at the end of the last step (temperature, pressure, density, speed of sound), and whether it is set. */
    private final double[] endOfStep = new double[4];
    private boolean endOfStepValid;
    private final double[] gravity = new double[3];
    private final double[] direction = new double[3];
    private final double[] k1 = new double[N];
    private final double[] k2 = new double[N];
    private final double[] k3 = new double[N];
    private final double[] k4 = new double[N];
    private final double[] tmp = new double[N];

    /**
     * Where the last flight without recording started its vacuum guidance, shared with the search's other
     * simulators (see {@link SwitchCheckpoint}); null when not shared.
     */
    private final SwitchCheckpoint.Holder checkpoints;

    // per-flight state
    private Phase phase;
    private Guidance guidance;
    private double switchTimeS;
    private double thrustN;
    private double massFlowKgPerS;
    private boolean record;
    /** Drag reference area (m²): core and the strap-on boosters still attached. */
    private double referenceAreaM2;

    AscentSimulator(LaunchVehicle vehicle, LaunchSite site, double payloadKg, double targetSemiMajorAxisM,
                    double targetInclinationRad) {
        this(vehicle, site, payloadKg, targetSemiMajorAxisM, targetInclinationRad, null);
    }

    /**
     * @param checkpoints where flights resume from the guidance switch of an earlier flight with the same payload,
     *                    azimuth and kick (one per search, which flies one vehicle from one site), or null
     */
    AscentSimulator(LaunchVehicle vehicle, LaunchSite site, double payloadKg, double targetSemiMajorAxisM,
                    double targetInclinationRad, SwitchCheckpoint.Holder checkpoints) {
        this.checkpoints = checkpoints;
        this.vehicle = vehicle;
        this.site = site;
        this.payloadKg = payloadKg;
        this.targetSemiMajorAxisM = targetSemiMajorAxisM;
        this.targetInclinationRad = targetInclinationRad;
        this.padPosition = Earth.geodeticToCartesian(site.latitudeRad(), site.longitudeRad(), site.altitudeM());
        this.padVelocity = new double[] {-Earth.ROTATION_RATE * padPosition[1], Earth.ROTATION_RATE * padPosition[0]};
        this.maxAccelerationMps2 = Double.isNaN(vehicle.maxAccelerationG())
                ? Double.POSITIVE_INFINITY : vehicle.maxAccelerationG() * Stage.G0;
    }

    /** @return the payload this simulator flies (kg) */
    double payloadKg() {
        return payloadKg;
    }

    /**
     * Flies one ascent.
     * @param g guidance parameters
     * @param recordTrajectory whether to keep events and trajectory samples
     * @return the flight
     */
    Flight fly(Guidance g, boolean recordTrajectory) {
        this.guidance = g;
        this.record = recordTrajectory;
        Flight flight = new Flight();
        List<Stage> stages = vehicle.stages();
        int n = stages.size();
        int lastBurnStart = vehicle.lastBurnStart();   // the guidance's coast before the last burn comes before this entry
        double[] propellant = new double[n];
        boolean[] burning = new boolean[n];
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            // what the engines burnt on the pad before release is gone and gave no speed
            propellant[i] = stages.get(i).propellantAtLiftoffKg();
            burning[i] = stages.get(i).litOnThePad();
        }
        boolean fairingOn = vehicle.fairingMassKg() > 0;
        referenceAreaM2 = vehicle.referenceAreaM2();
        double upperFinalMass = vehicle.upperStage().dryMassKg() + payloadKg + vehicle.payloadAdapterMassKg();

        double[] y = new double[N];
        System.arraycopy(padPosition, 0, y, 0, 3);
        y[3] = -Earth.ROTATION_RATE * padPosition[1];
        y[4] = Earth.ROTATION_RATE * padPosition[0];
        y[5] = 0;
        y[6] = vehicle.releaseMassWithoutPayloadKg() + payloadKg + vehicle.payloadAdapterMassKg();
        phase = Phase.VERTICAL;
        switchTimeS = Double.NaN;
        double t = 0;
        double pitchOverStart = 0;
        boolean qPeaked = false;
        double previousQ = 0;
        event(flight, "liftoff", t, y);
        if (record) {
            sample(flight, t, y);
        }
        // the instantaneous impact point is followed when it is reported or range safety checks it
        List<KeepOutZone> zones = site.keepOutZones();
        boolean trackImpact = record || !zones.isEmpty();
        ImpactPoint previousImpact = trackImpact ? ImpactPoint.of(y, t) : null;
        boolean[] inZone = new boolean[zones.size()];
        double[] y0 = new double[N];
        double nextSample = 1;
        double coastEnd = Double.NaN;    // set while coasting between a burnout and the next stage's ignition
        int coastStage = -1;             // the stage that lights at coastEnd
        endOfStepValid = false;
        double[] stageFlow = new double[n];   // mass flow of each stage over the step (read only while it burns)
        SwitchCheckpoint resume = record || checkpoints == null ? null : checkpoints.matching(payloadKg, g);
        boolean keepSwitch = !record && checkpoints != null && resume == null;
        if (resume != null) {
            // the same ascent up to the guidance switch as an earlier flight: continue from its state there
            t = resume.timeS;
            pitchOverStart = resume.pitchOverStartS;
            qPeaked = resume.qPeaked;
            previousQ = resume.previousQ;
            fairingOn = resume.fairingOn;
            System.arraycopy(resume.y, 0, y, 0, N);
            System.arraycopy(resume.propellant, 0, propellant, 0, n);
            System.arraycopy(resume.burning, 0, burning, 0, n);
            System.arraycopy(resume.gone, 0, gone, 0, n);
            System.arraycopy(resume.inZone, 0, inZone, 0, inZone.length);
            coastEnd = resume.coastEndS;
            coastStage = resume.coastStage;
            previousImpact = resume.previousImpact;
            referenceAreaM2 = resume.referenceAreaM2;
            phase = Phase.VACUUM_GUIDANCE;
            switchTimeS = resume.timeS;
            resume.restoreInto(flight);
        }

        while (true) {
            double alt = Earth.altitude(y[0], y[1], y[2]);
            if (endOfStepValid) {
                // the step's end, where the air was looked up already
                System.arraycopy(endOfStep, 0, atmosphere, 0, 4);
            } else {
                Atmosphere1976.properties(alt, atmosphere);
            }
            double pressure = atmosphere[1];
            // thrust and mass flow of the burning stages, held for the step
            double fullThrust = 0;
            double throttleableThrust = 0;
            for (int i = 0; i < n; i++) {
                if (burning[i]) {
                    double f = stages.get(i).thrustN(pressure);
                    fullThrust += f;
                    if (stages.get(i).minThrottle() < 1) {
                        throttleableThrust += f;
                    }
                }
            }
            boolean coasting = !Double.isNaN(coastEnd);
            if (coasting && t >= coastEnd - 1e-9) {
                burning[coastStage] = true;
                coastEnd = Double.NaN;
                coasting = false;
                event(flight, stageLabel(coastStage) + " ignition", t, y);
                continue;
            }
            if (fullThrust <= 0 && !coasting) {
                flight.failure = "no stage left burning before orbit";
                break;
            }
            double throttle = 1;
            if (throttleableThrust > 0 && fullThrust / y[6] > maxAccelerationMps2) {
                double fixed = fullThrust - throttleableThrust;
                throttle = (maxAccelerationMps2 * y[6] - fixed) / throttleableThrust;
            }
            if (throttleableThrust > 0 && !Double.isNaN(vehicle.maxDynamicPressurePa())) {
                // throttle down from full at 90 % of the limit to the minimum at the limit
                double q = 0.5 * atmosphere[2] * Math.pow(relativeSpeed(y), 2);
                double share = (q - 0.9 * vehicle.maxDynamicPressurePa()) / (0.1 * vehicle.maxDynamicPressurePa());
                throttle = Math.min(throttle, 1 - Math.max(0, Math.min(1, share)));
            }
            thrustN = 0;
            massFlowKgPerS = 0;
            for (int i = 0; i < n; i++) {
                if (burning[i]) {
                    Stage s = stages.get(i);
                    double th = s.minThrottle() < 1 ? Math.max(s.minThrottle(), Math.min(1, throttle)) : 1;
                    thrustN += s.thrustN(pressure) * th;
                    stageFlow[i] = s.massFlowKgPerS() * th;
                    massFlowKgPerS += stageFlow[i];
                }
            }
            // step size, cut at the first burnout (the last stage may burn into virtual propellant)
            double dt = phase == Phase.VACUUM_GUIDANCE ? VACUUM_STEP_S : ATMOSPHERE_STEP_S;
            // air-lit boosters: end the step at their ignition
            for (int i = 0; i < n; i++) {
                Stage st = stages.get(i);
                if (!burning[i] && !gone[i] && st.ignitesAtLiftoff() && st.ignitionTimeS() > t) {
                    dt = Math.min(dt, st.ignitionTimeS() - t);
                }
            }
            if (coasting) {
                dt = Math.min(dt, coastEnd - t);
            }
            holdingThisStep = phase == Phase.VACUUM_GUIDANCE && t < yawHoldUntilS - 1e-9;
            if (holdingThisStep) {
                dt = Math.min(dt, yawHoldUntilS - t);
            }
            int burnoutStage = -1;
            for (int i = 0; i < n; i++) {
                if (burning[i] && i < n - 1 && propellant[i] / stageFlow[i] <= dt) {
                    dt = propellant[i] / stageFlow[i];
                    burnoutStage = i;
                }
            }
            System.arraycopy(y, 0, y0, 0, N);
            rk4(t, y0, dt, y);
            boolean cutoff = false;
            if (phase == Phase.VACUUM_GUIDANCE && !coasting && semiMajorAxis(y) >= targetSemiMajorAxisM) {
                dt = refineCutoff(t, y0, dt, y);
                cutoff = true;
                burnoutStage = -1;
            } else {
                // end the step exactly at a phase change or the fairing jettison, so that results vary
                // smoothly with the guidance parameters and the payload
                double h = refineTransition(t, y0, dt, y, qPeaked, fairingOn);
                if (h < dt) {
                    dt = h;
                    burnoutStage = -1;
                }
            }
            if (burning[n - 1] && propellant[n - 1] > 0 && propellant[n - 1] <= stageFlow[n - 1] * dt) {
                // the last stage runs dry within this step: keep the state there (interpolated linearly over
                // a step of at most 2 s: tens of metres), where a kick stage would have to take over
                double share = propellant[n - 1] / (stageFlow[n - 1] * dt);
                flight.lastStageDryState = new double[N];
                for (int k = 0; k < N; k++) {
                    flight.lastStageDryState[k] = y0[k] + share * (y[k] - y0[k]);
                }
                flight.lastStageDryTimeS = t + share * dt;
            }
            for (int i = 0; i < n; i++) {
                if (burning[i]) {
                    propellant[i] -= stageFlow[i] * dt;
                }
            }
            t += dt;
            if (holdingThisStep && t >= yawHoldUntilS - 1e-9) {
                event(flight, "dog-leg yaw starts (held for the keep-out zones)",
                        t, y);
            }
            // the air at the step's end, once for the sensed acceleration, the dynamic pressure, the fairing's
            // heating and the next step's thrust
            Atmosphere1976.properties(Earth.altitude(y[0], y[1], y[2]), endOfStep);
            endOfStepValid = true;
            if (flight.lastStageDryState == null) {
                // past the last stage's real propellant the burn is virtual (a kick stage takes over): not flown
                double aSensed = (thrustN + dragN(y, endOfStep)) / y[6];
                flight.maxAccelerationG = Math.max(flight.maxAccelerationG, aSensed / Stage.G0);
            }
            double q = dynamicPressure(y, endOfStep);
            if (q > flight.maxDynamicPressurePa) {
                flight.maxDynamicPressurePa = q;
            } else if (!qPeaked && q < previousQ && alt > 5_000) {
                qPeaked = true;
                event(flight, "max-q", t, y);
            }
            previousQ = q;
            if (trackImpact) {
                ImpactPoint impact = ImpactPoint.of(y, t);
                followImpactPoint(flight, zones, inZone, previousImpact, impact, t, dt, y);
                previousImpact = impact;
            }
            if (record && t >= nextSample) {
                sample(flight, t, y);
                nextSample = t + 1;
            }
            if (cutoff) {
                flight.reachedCutoff = true;
                flight.cutoffTimeS = t;
                flight.upperPropellantLeftKg = propellant[n - 1];
                System.arraycopy(y, 0, flight.state, 0, N);
                event(flight, "orbit insertion (engine cut-off)", t, y);
                if (record) {
                    sample(flight, t, y);
                }
                return flight;
            }
            if (burnoutStage >= 0) {
                // separate every burning non-final stage that has run dry
                for (int i = 0; i < n - 1; i++) {
                    if (burning[i] && propellant[i] <= 1e-6) {
                        burning[i] = false;
                        gone[i] = true;
                        y[6] -= stages.get(i).dryMassKg() + Math.max(propellant[i], 0);
                        referenceAreaM2 -= stages.get(i).strapOnFrontalAreaM2();
                        event(flight, stageLabel(i) + " burnout and separation", t, y);
                    }
                }
                boolean anyBurning = false;
                for (int i = 0; i < n; i++) {
                    anyBurning |= burning[i];
                }
                if (!anyBurning) {
                    for (int i = 0; i < n; i++) {
                        if (!gone[i] && !(stages.get(i).ignitesAtLiftoff() && stages.get(i).ignitionTimeS() > t)) {
                            // the stage's own gap (separation, settling, engine start), and before the last burn the
                            // guidance's optional coast to a higher ignition point
                            double gapS = stages.get(i).coastBeforeIgnitionS();
                            double guidedS = i == lastBurnStart && phase == Phase.VACUUM_GUIDANCE ? guidance.coastBeforeLastStageS() : 0;
                            double coastS = gapS + guidedS;
                            if (coastS > 0) {
                                coastEnd = t + coastS;
                                coastStage = i;
                                event(flight, coastName(gapS, guidedS), t, y);
                            } else {
                                burning[i] = true;
                                event(flight, stageLabel(i) + " ignition", t, y);
                            }
                            break;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                Stage st = stages.get(i);
                if (!burning[i] && !gone[i] && st.ignitesAtLiftoff() && st.ignitionTimeS() > 0
                        && t >= st.ignitionTimeS() - 1e-9) {
                    burning[i] = true;
                    event(flight, stageLabel(i) + " ignition (air-lit)", t, y);
                }
            }
            if (fairingOn && Earth.altitude(y[0], y[1], y[2]) >= FAIRING_MIN_ALTITUDE_M
                    && heating(y, endOfStep) <= FAIRING_HEATING_LIMIT_WPM2) {
                fairingOn = false;
                y[6] -= vehicle.fairingMassKg();
                event(flight, "fairing jettison", t, y);
            }
            // phase changes
            if (phase == Phase.VERTICAL && relativeSpeed(y) >= VERTICAL_RISE_SPEED_MPS) {
                phase = Phase.PITCH_OVER;
                pitchOverStart = t;
                event(flight, "pitch-over", t, y);
            } else if (phase == Phase.PITCH_OVER
                    && (tiltTowardsAzimuth(y) >= guidance.kickRad() || t - pitchOverStart > PITCH_OVER_MAX_S)) {
                phase = Phase.GRAVITY_TURN;
                event(flight, "gravity turn", t, y);
            } else if (phase == Phase.GRAVITY_TURN && qPeaked && q <= GUIDANCE_SWITCH_Q_PA) {
                phase = Phase.VACUUM_GUIDANCE;
                switchTimeS = t;
                flight.switchTimeS = t;
                flight.switchFlightPathAngleRad = flightPathAngle(y);
                flight.switchRemainingBurnS = remainingBurn(stages, propellant, gone, burning, coastStage)
                        + (Double.isNaN(coastEnd) ? 0 : coastEnd - t);
                event(flight, "closed-loop guidance", t, y);
            }
            double altNow = Earth.altitude(y[0], y[1], y[2]);
            if (altNow < site.altitudeM() - 100 || (phase != Phase.VERTICAL && altNow < 0)) {
                flight.failure = "the trajectory falls back to the ground";
                break;
            }
            if (y[6] < VIRTUAL_PROPELLANT_FLOOR * upperFinalMass) {
                flight.failure = "propellant exhausted far short of orbit";
                break;
            }
            if (t > MAX_FLIGHT_S) {
                flight.failure = "no orbit after " + MAX_FLIGHT_S + " s";
                break;
            }
            if (phase == Phase.VACUUM_GUIDANCE && y[0] * y[3] + y[1] * y[4] + y[2] * y[5] < 0 && altNow < 60_000) {
                flight.failure = "the trajectory falls back into the atmosphere";
                break;
            }
            if (keepSwitch && phase == Phase.VACUUM_GUIDANCE) {
                checkpoints.keep(new SwitchCheckpoint(payloadKg, g, t, pitchOverStart, qPeaked, previousQ, fairingOn,
                        y, propellant, burning, gone, inZone, previousImpact, referenceAreaM2, coastEnd, coastStage, flight));
                keepSwitch = false;
            }
        }
        flight.cutoffTimeS = t;
        flight.upperPropellantLeftKg = propellant[n - 1];
        System.arraycopy(y, 0, flight.state, 0, N);
        return flight;
    }

    /**
     * Checks the impact point's move over the last step against the keep-out zones (a crossing rejects the
     * trajectory in the search) and records the events: entering and leaving a zone, and the moment the
     * vacuum path stops reaching the ground.
     */
    private void followImpactPoint(Flight flight, List<KeepOutZone> zones, boolean[] inZone, ImpactPoint previous,
                                   ImpactPoint impact, double t, double dt, double[] y) {
        if (impact == null) {
            if (previous != null) {
                event(flight, "IIP leaves the Earth (vacuum perigee above the ground)", t, y);
                for (int i = 0; i < zones.size(); i++) {
                    if (inZone[i]) {
                        event(flight, "IIP leaves keep-out zone " + zones.get(i).name(), t, y);
                        inZone[i] = false;
                    }
                }
            }
            return;
        }
        for (int i = 0; i < zones.size(); i++) {
            KeepOutZone zone = zones.get(i);
            boolean inside = zone.contains(impact.latitudeDeg(), impact.longitudeDeg());
            boolean crossed = inside || previous != null && zone.crossedBy(previous.latitudeDeg(),
                    previous.longitudeDeg(), impact.latitudeDeg(), impact.longitudeDeg());
            if (inside) {
                flight.keepOutMarginKm = Math.min(flight.keepOutMarginKm,
                        -Math.max(MIN_CROSSING_DEPTH_KM, zone.depthKm(impact.latitudeDeg(), impact.longitudeDeg())));
            } else if (crossed) {
                flight.keepOutMarginKm = Math.min(flight.keepOutMarginKm, -MIN_CROSSING_DEPTH_KM);
            } else if (previous != null) {
                flight.keepOutMarginKm = Math.min(flight.keepOutMarginKm, zone.distanceKm(previous.latitudeDeg(),
                        previous.longitudeDeg(), impact.latitudeDeg(), impact.longitudeDeg()));
            }
            if (crossed) {
                if (flight.keepOutZoneCrossed == null) {
                    flight.keepOutZoneCrossed = zone.name();
                    flight.keepOutCrossTimeS = t;
                }
                flight.keepOutSeconds += dt;
            }
            if (inside && !inZone[i]) {
                event(flight, "IIP enters keep-out zone " + zone.name(), t, y);
            } else if (!inside && inZone[i]) {
                event(flight, "IIP leaves keep-out zone " + zone.name(), t, y);
            } else if (!inside && crossed) {
                event(flight, "IIP passes over keep-out zone " + zone.name(), t, y);
            }
            inZone[i] = inside;
        }
    }

    /**
     * @return the coast event's name: the stage's own staging gap (from the catalog) and the guidance's coast to a
     *         higher ignition point are told apart, since they share one coast
     */
    static String coastName(double gapS, double guidedS) {
        if (guidedS < 0.05) {
            return String.format(Locale.ROOT, "coast: staging gap %.1f s", gapS);
        }
        return gapS >= 0.05 ? String.format(Locale.ROOT, "coast: staging gap %.1f s, then guided coast %.1f s", gapS, guidedS)
                : String.format(Locale.ROOT, "coast: guided coast %.1f s", guidedS);
    }

    private String stageLabel(int i) {
        return "stage " + (i + 1) + " (" + vehicle.stages().get(i).name() + ")";
    }

    /**
     * @return time (s) the stages not yet gone still need at full thrust, with the staging gaps of those not yet lit (the
     *         one whose gap is under way, {@code coasting}, excluded: the caller adds what is left of it)
     */
    private static double remainingBurn(List<Stage> stages, double[] propellant, boolean[] gone, boolean[] burning,
                                        int coasting) {
        double s = 0;
        for (int i = 0; i < stages.size(); i++) {
            if (!gone[i]) {
                s += Math.max(propellant[i], 0) / stages.get(i).massFlowKgPerS();
                if (!burning[i] && i != coasting) {
                    s += stages.get(i).coastBeforeIgnitionS();
                }
            }
        }
        return s;
    }

    /**
     * The condition of the next phase change (or fairing jettison), as a function that crosses zero upwards when
     * it is met, or null when none is pending.
     */
    private java.util.function.ToDoubleFunction<double[]> pendingTransition(boolean qPeaked, boolean fairingOn) {
        switch (phase) {
            case VERTICAL:
                return y -> relativeSpeed(y) - VERTICAL_RISE_SPEED_MPS;
            case PITCH_OVER:
                return y -> tiltTowardsAzimuth(y) - guidance.kickRad();
            case GRAVITY_TURN:
                return qPeaked ? y -> GUIDANCE_SWITCH_Q_PA - dynamicPressure(y) : null;
            default:
                return fairingOn ? y -> Earth.altitude(y[0], y[1], y[2]) < FAIRING_MIN_ALTITUDE_M ? -1
                        : FAIRING_HEATING_LIMIT_WPM2 - heating(y) : null;
        }
    }

    /**
     * Shortens the last step to the instant a pending transition's condition is met, by bisection on the step
     * length; leaves {@code y} at that instant.
     * @return the step length to keep (the full one when nothing happened)
     */
    private double refineTransition(double t, double[] y0, double dt, double[] y, boolean qPeaked, boolean fairingOn) {
        java.util.function.ToDoubleFunction<double[]> g = pendingTransition(qPeaked, fairingOn);
        if (g == null || g.applyAsDouble(y) < 0 || g.applyAsDouble(y0) >= 0) {
            return dt;
        }
        double lo = 0;
        double hi = dt;
        double[] trial = new double[N];
        for (int i = 0; i < 30 && hi - lo > 1e-6; i++) {
            double mid = (lo + hi) / 2;
            rk4(t, y0, mid, trial);
            if (g.applyAsDouble(trial) >= 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        rk4(t, y0, hi, y);
        return hi;
    }

    private double heating(double[] y) {
        Atmosphere1976.properties(Earth.altitude(y[0], y[1], y[2]), atmosphere);
        return heating(y, atmosphere);
    }

    /** @return free-molecular heating (W/m²) at a state with the air there already looked up */
    private static double heating(double[] y, double[] air) {
        return 0.5 * air[2] * Math.pow(relativeSpeed(y), 3);
    }

    /** Finds the fraction of the last step at which the semi-major axis reaches the target (Illinois method). */
    private double refineCutoff(double t, double[] y0, double dt, double[] y) {
        double fLo = semiMajorAxis(y0) - targetSemiMajorAxisM;
        double fHi = semiMajorAxis(y) - targetSemiMajorAxisM;
        if (fLo >= 0) {
            System.arraycopy(y0, 0, y, 0, N);
            return 0;
        }
        return StepRoot.illinois(dt, fLo, fHi, h -> {
            rk4(t, y0, h, y);
            return semiMajorAxis(y) - targetSemiMajorAxisM;
        });
    }

    private void rk4(double t, double[] y0, double h, double[] out) {
        derivatives(t, y0, k1);
        for (int i = 0; i < N; i++) {
            tmp[i] = y0[i] + 0.5 * h * k1[i];
        }
        derivatives(t + 0.5 * h, tmp, k2);
        for (int i = 0; i < N; i++) {
            tmp[i] = y0[i] + 0.5 * h * k2[i];
        }
        derivatives(t + 0.5 * h, tmp, k3);
        for (int i = 0; i < N; i++) {
            tmp[i] = y0[i] + h * k3[i];
        }
        derivatives(t + h, tmp, k4);
        for (int i = 0; i < N; i++) {
            out[i] = y0[i] + h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
    }

    private void derivatives(double t, double[] y, double[] dy) {
        double x = y[0];
        double yy = y[1];
        double z = y[2];
        double vx = y[3];
        double vy = y[4];
        double vz = y[5];
        double m = y[6];
        Earth.gravity(x, yy, z, gravity);
        double alt = Earth.altitude(x, yy, z);
        Atmosphere1976.properties(alt, atmosphere);
        double rvx = vx + Earth.ROTATION_RATE * yy;
        double rvy = vy - Earth.ROTATION_RATE * x;
        double rvz = vz;
        double vRel = Math.sqrt(rvx * rvx + rvy * rvy + rvz * rvz);
        double dragAcc = 0;
        if (vRel > 0 && atmosphere[2] > 1e-12) {
            double mach = vRel / atmosphere[3];
            dragAcc = 0.5 * atmosphere[2] * vRel * vRel * Aerodynamics.dragCoefficient(mach) * referenceAreaM2 / m;
        }
        thrustDirection(t, y, rvx, rvy, rvz, vRel);
        double aT = thrustN / m;
        double ax = gravity[0] + aT * direction[0];
        double ay = gravity[1] + aT * direction[1];
        double az = gravity[2] + aT * direction[2];
        if (vRel > 0) {
            ax -= dragAcc * rvx / vRel;
            ay -= dragAcc * rvy / vRel;
            az -= dragAcc * rvz / vRel;
        }
        dy[0] = vx;
        dy[1] = vy;
        dy[2] = vz;
        dy[3] = ax;
        dy[4] = ay;
        dy[5] = az;
        dy[6] = -massFlowKgPerS;
        // losses are measured along the velocity gained since liftoff (v - v_pad): it starts vertical with the
        // thrust, so the pad's eastward speed is not counted as steering, and the integrals close on |v - v_pad|
        double gx = vx - padVelocity[0];
        double gy = vy - padVelocity[1];
        double gz = vz;
        double gained = Math.sqrt(gx * gx + gy * gy + gz * gz);
        double ux;
        double uy;
        double uz;
        if (gained > 1e-6) {
            ux = gx / gained;
            uy = gy / gained;
            uz = gz / gained;
        } else {
            ux = direction[0];
            uy = direction[1];
            uz = direction[2];
        }
        dy[IDEAL] = aT;
        dy[GRAVITY_LOSS] = -(gravity[0] * ux + gravity[1] * uy + gravity[2] * uz);
        dy[DRAG_LOSS] = vRel > 0 ? dragAcc * (rvx * ux + rvy * uy + rvz * uz) / vRel : 0;
        dy[STEERING_LOSS] = aT * (1 - (direction[0] * ux + direction[1] * uy + direction[2] * uz));
    }

    /** Writes the unit thrust direction for the current phase into {@link #direction}. */
    private void thrustDirection(double t, double[] y, double rvx, double rvy, double rvz, double vRel) {
        double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
        double ux = y[0] / r;
        double uy = y[1] / r;
        double uz = y[2] / r;
        switch (phase) {
            case VERTICAL:
                geodeticUp(y, direction);
                return;
            case PITCH_OVER: {
                pitchOverDirection(y, guidance.kickRad(), direction);
                return;
            }
            case GRAVITY_TURN:
                gravityTurnDirection(t, y, rvx, rvy, rvz, direction);
                return;
            default:
                vacuumGuidance(t, y, ux, uy, uz);
        }
    }

    /**
     * Linear-tangent pitch in the plane through the vehicle with the target inclination, nearest to the
     * current orbit plane, with a yaw term proportional to the out-of-plane velocity.
     */
    private void vacuumGuidance(double t, double[] y, double ux, double uy, double uz) {
        // a late dog-leg holds the corridor's own plane until far enough downrange, or until the time the search set
        // to keep the impact point clear of the keep-out zones
        double inclination = yawAfterDownrangeM > 0 && downrange(t, y) < yawAfterDownrangeM
                || holdingThisStep ? corridorInclinationRad : targetInclinationRad;
        // basis normal to up: e1 = z x up / |..| (east), e2 = up x e1 (north)
        double e1x = -uy;
        double e1y = ux;
        double e1n = Math.hypot(e1x, e1y);
        e1x /= e1n;
        e1y /= e1n;
        double e2x = -uz * e1y;
        double e2y = uz * e1x;
        double e2z = ux * e1y - uy * e1x;
        // target plane normal n = a e1 + b e2 with n.z = cos(i): e1.z = 0, e2.z = cos(geocentric latitude)
        double b = Math.cos(inclination) / e2z;
        b = Math.max(-1, Math.min(1, b));
        double a = Math.sqrt(1 - b * b);
        // current angular momentum direction decides the sign of a
        double hx = y[1] * y[5] - y[2] * y[4];
        double hy = y[2] * y[3] - y[0] * y[5];
        if (hx * e1x + hy * e1y < 0) {
            a = -a;
        }
        double nx = a * e1x + b * e2x;
        double ny = a * e1y + b * e2y;
        double nz = b * e2z;
        // along-track horizontal direction: n x up
        double hdx = ny * uz - nz * uy;
        double hdy = nz * ux - nx * uz;
        double hdz = nx * uy - ny * ux;
        double tanPitch = guidance.tanPitch0() - guidance.pitchRatePerS() * (t - switchTimeS);
        double pitch = Math.atan(tanPitch);
        double outOfPlane = y[3] * nx + y[4] * ny + y[5] * nz;
        // spread the removal over the speed still to gain: a constant yaw angle removes an out-of-plane velocity
        // at the least cost (the loss grows with the square of the angle). Removing it within the next 300 m/s
        // instead, as this did, wasted propellant (Ariane 62's direct SSO ascent carried 16 % less), and a
        // dog-leg that left less to remove could carry more than the direct ascent.
        double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
        double speed = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
        double cutoffSpeed = Math.sqrt(Math.max(0, Earth.MU * (2 / r - 1 / targetSemiMajorAxisM)));
        double speedToGain = Math.max(MIN_SPEED_TO_GAIN_MPS, cutoffSpeed - speed);
        double yaw = Math.max(-YAW_LIMIT, Math.min(YAW_LIMIT, -outOfPlane / speedToGain));
        double cp = Math.cos(pitch);
        double dx = cp * hdx + Math.sin(pitch) * ux + yaw * nx;
        double dy = cp * hdy + Math.sin(pitch) * uy + yaw * ny;
        double dz = cp * hdz + Math.sin(pitch) * uz + yaw * nz;
        double norm = Math.sqrt(dx * dx + dy * dy + dz * dz);
        direction[0] = dx / norm;
        direction[1] = dy / norm;
        direction[2] = dz / norm;
    }

    private static double semiMajorAxis(double[] y) {
        double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
        double v2 = y[3] * y[3] + y[4] * y[4] + y[5] * y[5];
        double energy = v2 / 2 - Earth.MU / r;
        return energy >= 0 ? Double.POSITIVE_INFINITY : -Earth.MU / (2 * energy);
    }

    static double flightPathAngle(double[] y) {
        double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
        double v = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
        return Math.asin((y[0] * y[3] + y[1] * y[4] + y[2] * y[5]) / (r * v));
    }

    /** @return the speed relative to the atmosphere turning with the Earth (m/s) */
    static double relativeSpeed(double[] y) {
        double rvx = y[3] + Earth.ROTATION_RATE * y[1];
        double rvy = y[4] - Earth.ROTATION_RATE * y[0];
        return Math.sqrt(rvx * rvx + rvy * rvy + y[5] * y[5]);
    }

    /**
     * Tilt of the air-relative velocity from the local vertical (the ellipsoid normal) towards the launch
     * azimuth (rad): the pitch-over ends when it reaches the kick angle.
     */
    private double tiltTowardsAzimuth(double[] y) {
        double[] v = {y[3] + Earth.ROTATION_RATE * y[1], y[4] - Earth.ROTATION_RATE * y[0], y[5]};
        double[] up = new double[3];
        geodeticUp(y, up);
        double[] tilted = new double[3];
        pitchOverDirection(y, Math.PI / 2, tilted);    // the horizontal direction of the azimuth
        double vertical = v[0] * up[0] + v[1] * up[1] + v[2] * up[2];
        double along = v[0] * tilted[0] + v[1] * tilted[1] + v[2] * tilted[2];
        return Math.atan2(along, vertical);
    }

    /** Unit normal to the ellipsoid through the position: the local vertical of the launch phases. */
    private static void geodeticUp(double[] y, double[] out) {
        double e2 = Earth.FLATTENING * (2 - Earth.FLATTENING);
        double nx = y[0];
        double ny = y[1];
        double nz = y[2] / (1 - e2);
        double n = Math.sqrt(nx * nx + ny * ny + nz * nz);
        out[0] = nx / n;
        out[1] = ny / n;
        out[2] = nz / n;
    }

    /** Thrust tilted from the local vertical by an angle (rad) towards the launch azimuth. */
    private void pitchOverDirection(double[] y, double tiltRad, double[] out) {
        double[] up = new double[3];
        geodeticUp(y, up);
        // east = z x up, north = up x east
        double ex = -up[1];
        double ey = up[0];
        double en = Math.hypot(ex, ey);
        ex /= en;
        ey /= en;
        double nx = -up[2] * ey;
        double ny = up[2] * ex;
        double nz = up[0] * ey - up[1] * ex;
        double s = Math.sin(tiltRad);
        double c = Math.cos(tiltRad);
        double sa = Math.sin(guidance.azimuthRad());
        double ca = Math.cos(guidance.azimuthRad());
        out[0] = c * up[0] + s * (ca * nx + sa * ex);
        out[1] = c * up[1] + s * (ca * ny + sa * ey);
        out[2] = c * up[2] + s * (ca * nz);
    }

    /**
     * Gravity-turn thrust: at the air-relative flight-path angle (no angle of attack in pitch), in the vertical
     * plane of the launch azimuth. Following the whole air-relative velocity instead would let the Coriolis
     * drift of the first seconds, when the horizontal speed is a few m/s, swing the heading by tens of degrees
     * (about 20 deg west for Angara-1.2 from Vostochny): the ascent would leave the plane its azimuth was
     * chosen for, and the vacuum phase would fly a hidden dog-leg. Launchers hold the flight plane through the
     * atmosphere (roll program, then pitch program in that plane), as this does.
     *
     * <p>The plane is the one through the Earth's centre, the pad and the launch azimuth (fixed to the Earth):
     * the ground track is a great circle. Holding the azimuth itself at every point instead (a rhumb line) bent
     * the track off the plane by the convergence of the meridians, (downrange / R) sin(azimuth) tan(latitude):
     * 2.7 deg of heading over the 233 km an eastward Angara-A5 flies from Vostochny before its vacuum guidance
     * starts. (The vacuum guidance steered that back cheaply: Angara-A5 from Plesetsk to 63 deg gained 0.1 %.)
     */
    private void gravityTurnDirection(double t, double[] y, double rvx, double rvy, double rvz, double[] out) {
        double[] up = new double[3];
        geodeticUp(y, up);
        double[] n = flightPlaneNormal(t);
        // horizontal unit vector along the plane: n x up
        double ax = n[1] * up[2] - n[2] * up[1];
        double ay = n[2] * up[0] - n[0] * up[2];
        double az = n[0] * up[1] - n[1] * up[0];
        double an = Math.sqrt(ax * ax + ay * ay + az * az);
        double[] along = {ax / an, ay / an, az / an};
        double vertical = rvx * up[0] + rvy * up[1] + rvz * up[2];
        double hx = rvx - vertical * up[0];
        double hy = rvy - vertical * up[1];
        double hz = rvz - vertical * up[2];
        double horizontal = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double norm = Math.hypot(vertical, horizontal);
        for (int i = 0; i < 3; i++) {
            out[i] = (horizontal * along[i] + vertical * up[i]) / norm;
        }
    }

    /** Azimuth for which {@link #flightPlaneNormalFixed} was computed (rad). */
    private double flightPlaneAzimuthRad = Double.NaN;
    /** Earth-fixed unit normal of the plane through the centre, the pad and the launch azimuth. */
    private final double[] flightPlaneNormalFixed = new double[3];
    private final double[] flightPlaneNormalNow = new double[3];

    /** @return the flight plane's unit normal in the pseudo-inertial frame at time t (it turns with the Earth) */
    private double[] flightPlaneNormal(double t) {
        if (guidance.azimuthRad() != flightPlaneAzimuthRad) {
            double[] along = new double[3];
            pitchOverDirection(padPosition, Math.PI / 2, along);   // at liftoff the two frames coincide
            double nx = padPosition[1] * along[2] - padPosition[2] * along[1];
            double ny = padPosition[2] * along[0] - padPosition[0] * along[2];
            double nz = padPosition[0] * along[1] - padPosition[1] * along[0];
            double nn = Math.sqrt(nx * nx + ny * ny + nz * nz);
            flightPlaneNormalFixed[0] = nx / nn;
            flightPlaneNormalFixed[1] = ny / nn;
            flightPlaneNormalFixed[2] = nz / nn;
            flightPlaneAzimuthRad = guidance.azimuthRad();
        }
        double c = Math.cos(Earth.ROTATION_RATE * t);
        double s = Math.sin(Earth.ROTATION_RATE * t);
        flightPlaneNormalNow[0] = c * flightPlaneNormalFixed[0] - s * flightPlaneNormalFixed[1];
        flightPlaneNormalNow[1] = s * flightPlaneNormalFixed[0] + c * flightPlaneNormalFixed[1];
        flightPlaneNormalNow[2] = flightPlaneNormalFixed[2];
        return flightPlaneNormalNow;
    }

    private double dynamicPressure(double[] y) {
        Atmosphere1976.properties(Earth.altitude(y[0], y[1], y[2]), atmosphere);
        return dynamicPressure(y, atmosphere);
    }

    private static double dynamicPressure(double[] y, double[] air) {
        double v = relativeSpeed(y);
        return 0.5 * air[2] * v * v;
    }

    private double dragN(double[] y) {
        double alt = Earth.altitude(y[0], y[1], y[2]);
        Atmosphere1976.properties(alt, atmosphere);
        return dragN(y, atmosphere);
    }

    private double dragN(double[] y, double[] air) {
        double v = relativeSpeed(y);
        return 0.5 * air[2] * v * v * Aerodynamics.dragCoefficient(v / air[3]) * referenceAreaM2;
    }

    /** Great-circle distance over the ellipsoid's equatorial sphere from the pad to the sub-vehicle point. */
    private double downrange(double t, double[] y) {
        double[] fixed = earthFixed(t, y);
        double c = (fixed[0] * padPosition[0] + fixed[1] * padPosition[1] + fixed[2] * padPosition[2])
                / (norm(fixed) * norm(padPosition));
        return Earth.EQUATORIAL_RADIUS * Math.acos(Math.max(-1, Math.min(1, c)));
    }

    private static double[] earthFixed(double t, double[] y) {
        double theta = Earth.ROTATION_RATE * t;
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        return new double[] {c * y[0] + s * y[1], -s * y[0] + c * y[1], y[2]};
    }

    /** Geodetic latitude of an Earth-fixed point (rad), Bowring's one-step formula (sub-metre below 1,000 km). */
    static double geodeticLatitude(double[] p) {
        double a = Earth.EQUATORIAL_RADIUS;
        double f = Earth.FLATTENING;
        double b = a * (1 - f);
        double e2 = f * (2 - f);
        double ep2 = e2 / (1 - e2);
        double rho = Math.hypot(p[0], p[1]);
        double beta = Math.atan2(a * p[2], b * rho);
        double sb = Math.sin(beta);
        double cb = Math.cos(beta);
        return Math.atan2(p[2] + ep2 * b * sb * sb * sb, rho - e2 * a * cb * cb * cb);
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private void event(Flight flight, String name, double t, double[] y) {
        if (record) {
            flight.events.add(new FlightEvent(name, t, Earth.altitude(y[0], y[1], y[2]), downrange(t, y),
                    Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5])));
        }
    }

    private void sample(Flight flight, double t, double[] y) {
        double[] fixed = earthFixed(t, y);
        double alt = Earth.altitude(y[0], y[1], y[2]);
        Atmosphere1976.properties(alt, atmosphere);
        double vRel = relativeSpeed(y);
        double q = 0.5 * atmosphere[2] * vRel * vRel;
        thrustDirection(t, y, y[3] + Earth.ROTATION_RATE * y[1], y[4] - Earth.ROTATION_RATE * y[0], y[5], vRel);
        double r = norm(y);
        double pitch = Math.asin((direction[0] * y[0] + direction[1] * y[1] + direction[2] * y[2]) / r);
        double accel = (thrustN + dragN(y)) / y[6] / Stage.G0;
        flight.trajectory.add(new TrajectoryPoint(t, new double[] {y[0], y[1], y[2]},
                new double[] {y[3], y[4], y[5]},
                Math.toDegrees(geodeticLatitude(fixed)), Math.toDegrees(Math.atan2(fixed[1], fixed[0])),
                alt, downrange(t, y), vRel, q, accel, y[6], Math.toDegrees(pitch), ImpactPoint.of(y, t)));
    }

    /**
     * The state of a flight at the end of the step where its vacuum guidance started. Up to there an ascent depends
     * only on the payload, the azimuth and the kick (not on the linear-tangent parameters, the coast before the last
     * stage, which comes after the switch, or the target orbit): the searches fly many ascents that share it (each
     * Newton step three, the cold starts, the coast, insertion and transfer-orbit searches), and resuming from it
     * runs the same steps on the same numbers, so the flights are the same to the bit for about half the work.
     */
    static final class SwitchCheckpoint {
        /** One checkpoint, the last kept: the searches fly runs of ascents with the same payload and kick. */
        static final class Holder {
            private SwitchCheckpoint last;

            SwitchCheckpoint matching(double payloadKg, Guidance g) {
                SwitchCheckpoint c = last;
                return c != null && c.payloadKg == payloadKg && c.azimuthRad == g.azimuthRad()
                        && c.kickRad == g.kickRad() ? c : null;
            }

            void keep(SwitchCheckpoint c) {
                last = c;
            }
        }

        final double payloadKg;
        final double azimuthRad;
        final double kickRad;
        final double timeS;
        final double pitchOverStartS;
        final boolean qPeaked;
        final double previousQ;
        final boolean fairingOn;
        final double[] y;
        final double[] propellant;
        final boolean[] burning;
        final boolean[] gone;
        final boolean[] inZone;
        final ImpactPoint previousImpact;
        /** Drag reference area then: the strap-on boosters gone by the switch no longer count. */
        final double referenceAreaM2;
        /** End of a staging coast under way at the switch (s), NaN when none, and the stage that lights then. */
        final double coastEndS;
        final int coastStage;
        // what the flight had recorded by then
        private final double switchFlightPathAngleRad;
        private final double switchRemainingBurnS;
        private final double maxDynamicPressurePa;
        private final double maxAccelerationG;
        private final String keepOutZoneCrossed;
        private final double keepOutCrossTimeS;
        private final double keepOutSeconds;
        private final double keepOutMarginKm;
        private final double[] lastStageDryState;
        private final double lastStageDryTimeS;

        SwitchCheckpoint(double payloadKg, Guidance g, double timeS, double pitchOverStartS, boolean qPeaked,
                         double previousQ, boolean fairingOn, double[] y, double[] propellant, boolean[] burning,
                         boolean[] gone, boolean[] inZone, ImpactPoint previousImpact, double referenceAreaM2,
                         double coastEndS, int coastStage, Flight f) {
            this.payloadKg = payloadKg;
            this.azimuthRad = g.azimuthRad();
            this.kickRad = g.kickRad();
            this.timeS = timeS;
            this.pitchOverStartS = pitchOverStartS;
            this.qPeaked = qPeaked;
            this.previousQ = previousQ;
            this.fairingOn = fairingOn;
            this.y = y.clone();
            this.propellant = propellant.clone();
            this.burning = burning.clone();
            this.gone = gone.clone();
            this.inZone = inZone.clone();
            this.previousImpact = previousImpact;
            this.referenceAreaM2 = referenceAreaM2;
            this.coastEndS = coastEndS;
            this.coastStage = coastStage;
            this.switchFlightPathAngleRad = f.switchFlightPathAngleRad;
            this.switchRemainingBurnS = f.switchRemainingBurnS;
            this.maxDynamicPressurePa = f.maxDynamicPressurePa;
            this.maxAccelerationG = f.maxAccelerationG;
            this.keepOutZoneCrossed = f.keepOutZoneCrossed;
            this.keepOutCrossTimeS = f.keepOutCrossTimeS;
            this.keepOutSeconds = f.keepOutSeconds;
            this.keepOutMarginKm = f.keepOutMarginKm;
            this.lastStageDryState = f.lastStageDryState == null ? null : f.lastStageDryState.clone();
            this.lastStageDryTimeS = f.lastStageDryTimeS;
        }

        void restoreInto(Flight f) {
            f.switchTimeS = timeS;
            f.switchFlightPathAngleRad = switchFlightPathAngleRad;
            f.switchRemainingBurnS = switchRemainingBurnS;
            f.maxDynamicPressurePa = maxDynamicPressurePa;
            f.maxAccelerationG = maxAccelerationG;
            f.keepOutZoneCrossed = keepOutZoneCrossed;
            f.keepOutCrossTimeS = keepOutCrossTimeS;
            f.keepOutSeconds = keepOutSeconds;
            f.keepOutMarginKm = keepOutMarginKm;
            f.lastStageDryState = lastStageDryState == null ? null : lastStageDryState.clone();
            f.lastStageDryTimeS = lastStageDryTimeS;
        }
    }

    /** @return the delta-v integrals of a finished flight: ideal, gravity, drag, steering (m/s) */
    static double[] budget(Flight f) {
        return budget(f.state);
    }

    /** @return ideal delta-v, gravity, drag and steering losses (m/s) of a full simulator state */
    static double[] budget(double[] state) {
        return new double[] {state[IDEAL], state[GRAVITY_LOSS], state[DRAG_LOSS], state[STEERING_LOSS]};
    }
}
