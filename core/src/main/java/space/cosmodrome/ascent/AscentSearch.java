package space.cosmodrome.ascent;

import static space.cosmodrome.ascent.PayloadCapacity.PARKING_PERIGEE_M;
import static space.cosmodrome.ascent.PayloadCapacity.RESERVE_FRACTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import space.cosmodrome.ascent.AscentSimulator.Flight;
import space.cosmodrome.ascent.AscentSimulator.Guidance;
import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;
import space.cosmodrome.launch.UpperStageDisposal;

/**
 * The search behind {@link PayloadCapacity} for one way to reach the orbit (a {@link Plan}): the pitch-over
 * angle that leaves the most propellant, the two linear-tangent parameters solved by Newton's method so that
 * cut-off comes at the chosen point of the insertion orbit (its perigee, or for an eccentric orbit the true
 * anomaly that leaves the most propellant), the coast before a single-burn last stage, and the payload at which the propellant left after the burns that follow cut-off just covers the
 * reserve (secant method). One instance per plan; not thread-safe (it keeps the last guidance as warm start).
 */
final class AscentSearch {
    private static final double KICK_MIN_RAD = Math.toRadians(0.05);
    private static final double KICK_MAX_RAD = Math.toRadians(15);
    private static final double RADIUS_TOLERANCE_M = 50;
    /**
     * Dog-legs are flown by yaw steering when the target inclination exceeds the pad's geocentric latitude by this
     * (rad); towards a lower target (nearer the latitude, or below it, where no plane of that inclination passes
     * over the pad) both by yaw and by a plane change at cut-off, the better kept ({@link #inLatitudeBand}). Every
     * dog-leg used to need 2 deg of plane change too: a smaller one was left to the
     * impulsive plane change, which costs about the cut-off speed times the angle (2 deg: 270 m/s at 7.8 km/s)
     * where spreading it over the vacuum phase costs a few metres per second, and the payload fell 9.5 % between
     * Angara-1.2's 2.04 and 1.94 deg dog-legs from Vostochny.
     */
    private static final double YAW_LATITUDE_MARGIN_RAD = Math.toRadians(2);
    /** Initial pitch above the flight-path angle at the guidance switch for successive cold starts (deg). */
    private static final double[] COLD_START_PITCH_DEG = {5, 20, -5, 35};
    /** Payloads tried, as multiples of 2 % of the liftoff mass, until the guidance converges. */
    private static final double[] PAYLOAD_LADDER = {1, 0.5, 0.25};
    /**
     * Brackets (factors either side of the kick) of the successive refinements of the kick at the payload found.
     * The propellant left falls off a cliff a little above its best kick: a flatter gravity turn keeps the
     * dynamic pressure above the guidance switch until staging, and the vacuum guidance must then pitch up
     * steeply to climb (Angara-A5 to 200 km at 63.8 deg from Plesetsk: best at a 0.85 deg kick, 1,680 kg left
     * at 21,655 kg; 380 kg at 0.90 deg; no orbit at 0.95 deg). The best kick moves with the payload, so the one
     * found at the first payload guess may lie past the cliff at the payload found; the first bracket finds the
     * peak again, the second pins it down (to about 2 % of the kick).
     */
    private static final double[] KICK_REFINE_FACTORS = {1.6, 1.15};
    /**
     * Window below the payload root (share of the payload flown) searched for the payload that carries the most where
     * a kick stage's thrust, not its propellant, sets the capacity (see {@link #mostCapacityBelowRoot}): Electron to
     * 150-155 km at 45 deg peaks 2-6 kg under a root of 244-248 kg.
     */
    private static final double CAPACITY_WINDOW_SHARE = 0.06;
    /** Narrowings of that search: the window over 0.618^10, 0.1 kg for Electron. */
    private static final int CAPACITY_WINDOW_ITERATIONS = 10;
    /**
     * Narrowings of that search when it only compares two transfer shapes ({@link #betterOfTheHighestCutoff}): the
     * window over 0.618^6, 0.6 kg for Electron, against differences of 2-4 kg between the shapes.
     */
    private static final int CAPACITY_WINDOW_ITERATIONS_TO_COMPARE = 6;
    /** Kicks scanned on a log scale before the golden-section refinement. */
    private static final int KICK_SCAN_POINTS = 9;
    /** Share of the rocket-equation payload taken as the first guess. */
    private static final double GUESS_SHARE = 0.6;
    /** Gravity, drag and steering losses of a typical ascent, for the first payload guess (m/s). */
    private static final double TYPICAL_LOSSES_MPS = 1_700;
    /** Longest coast tried before a single-burn last stage (s). */
    private static final double COAST_MAX_S = 900;
    /** Target perigee above which that coast is searched (m). */
    private static final double COAST_MIN_PERIGEE_M = 250_000;
    private static final double RADIAL_VELOCITY_TOLERANCE_MPS = 0.3;
    /**
     * Insertion orbits at least this eccentric may be entered past their perigee (the cut-off true anomaly is
     * searched); rounder ones are entered at perigee, where the difference is negligible.
     */
    static final double FREE_INSERTION_MIN_ECCENTRICITY = 0.05;
    /** Largest true anomaly of insertion searched (rad). */
    private static final double INSERTION_ANOMALY_MAX_RAD = Math.toRadians(40);
    /**
     * Lowest perigee searched for the transfer orbit a kick stage's ascent stage flies to (m): the ascent stage
     * cuts off at the parking height, still climbing, and the kick stage raises the perigee at apogee.
     */
    static final double KICK_TRANSFER_PERIGEE_MIN_M = -1_200_000;
    /** Least climb (m) from a kick-stage transfer plan's cut-off to the target's perigee height. */
    static final double KICK_TRANSFER_CLIMB_M = 20_000;
    /**
     * Lowest cut-off height searched for a kick-stage transfer plan (m): near the floor the heating limit sets at
     * orbital speed (135-140 km; see {@link KickStageBurns}). Vega-C to 300 km at 6 deg: no transfer orbit at 135 km.
     */
    static final double KICK_TRANSFER_CUTOFF_MIN_M = 140_000;
    /**
     * Lowest target perigee (m) for which a kick-stage transfer plan is flown: its ascent stage must cut off under the
     * target and not under {@link #KICK_TRANSFER_CUTOFF_MIN_M}; below it only the direct ascent is flown.
     */
    static final double KICK_TRANSFER_TARGET_MIN_M = KICK_TRANSFER_CUTOFF_MIN_M + 5_000;
    /**
     * Slope of the leftover (kg) per e-fold of free-molecular heating above the spacecraft's limit along a kick
     * stage's path (about one density scale height too low): a steering aid for the searches only, since such a
     * path's leftover is also held below zero (it never counts as reaching orbit).
     */
    private static final double HEATING_EXCESS_KG_PER_EFOLD = 100;
    /** Largest pitch above the velocity searched for a kick stage's completion burn (deg). */
    static final double COMPLETION_PITCH_MAX_DEG = 80;
    /** Step (deg) of the completion pitch's scan before its golden section. */
    static final double COMPLETION_PITCH_SCAN_DEG = 10;
    /** First hold tried past the guidance switch when the yaw must wait for a keep-out zone (s); doubled until clear. */
    private static final double YAW_HOLD_FIRST_S = 4;
    /**
     * Largest step of the hold's bracket (s): the steps double from {@link #YAW_HOLD_FIRST_S} and add up, so the holds
     * tried reach about twice this (1,020 s) past the guidance switch; beyond, the zone is reported, not avoided.
     */
    private static final double YAW_HOLD_MAX_S = 512;
    /** Tolerance of the hold (s): about 3 kg of PSLV-XL's payload to a 600 km SSO (13 kg/s). */
    private static final double YAW_HOLD_TOLERANCE_S = 0.2;
    /**
     * The edge search also stops once the impact point passes this close to a zone (km): PSLV-XL's moves about 7 km
     * per second of hold, so about 0.15 s, 2 kg.
     */
    private static final double YAW_HOLD_MARGIN_TOLERANCE_KM = 1;
    /** Most trials of the edge search after the bracket. */
    private static final int YAW_HOLD_MAX_TRIALS = 12;
    private static final boolean DEBUG = Boolean.getBoolean("cosmodrome.debug.ascent");

    /** How the orbit is reached: the orbit at cut-off, and whether an apogee burn follows. */
    record Plan(String name, double insertionRadiusM, double insertionSemiMajorAxisM, TargetOrbit target,
                boolean apogeeBurn) {
        static Plan direct(TargetOrbit t) {
            return new Plan("direct ascent", t.perigeeRadiusM(), t.semiMajorAxisM(), t, false);
        }

        /** Whether an apogee burn from a transfer perigee (radius, m) raises the perigee to the target's: by more than 1 km. */
        static boolean raisesPerigee(double transferPerigeeRadiusM, TargetOrbit t) {
            return t.perigeeRadiusM() - transferPerigeeRadiusM > 1_000;
        }

        /** @return eccentricity of the orbit at cut-off */
        double insertionEccentricity() {
            return 1 - insertionRadiusM / insertionSemiMajorAxisM;
        }

        /** @return radius (m) on the orbit at cut-off at a true anomaly (rad) */
        double radiusAt(double trueAnomalyRad) {
            double e = insertionEccentricity();
            return insertionSemiMajorAxisM * (1 - e * e) / (1 + e * Math.cos(trueAnomalyRad));
        }

        /** @return radial velocity (m/s) on the orbit at cut-off at a true anomaly (rad): sqrt(mu / p) e sin(nu) */
        double radialVelocityAt(double trueAnomalyRad) {
            double e = insertionEccentricity();
            double p = insertionSemiMajorAxisM * (1 - e * e);
            return Math.sqrt(Earth.MU / p) * e * Math.sin(trueAnomalyRad);
        }

        /**
         * Cut-off in a transfer orbit up to the target's apogee, the perigee raised there (and the plane turned). The
         * transfer perigee is the parking height, or the target's own perigee when that is lower (a GTO from 185 km
         * whose plane must be turned): the apogee burn then only turns the plane.
         */
        static Plan viaParking(TargetOrbit t) {
            double perigeeM = Math.min(PARKING_PERIGEE_M, t.perigeeAltitudeM());
            double rp = Earth.EQUATORIAL_RADIUS + perigeeM;
            String apogeeBurn = raisesPerigee(rp, t) ? "raise perigee" : "turn the plane";
            return new Plan(String.format(Locale.ROOT, "ascent to a %.0f x %.0f km transfer orbit, coast to apogee, "
                            + "burn to %s", perigeeM / 1000, t.apogeeAltitudeM() / 1000, apogeeBurn),
                    rp, (rp + t.apogeeRadiusM()) / 2, t, true);
        }
    }

    /** A converged ascent at one payload. */
    static final class Solution {
        AscentSearch search;
        Plan plan;
        Guidance guidance;
        Flight flight;
        /**
         * Payload flown (kg); with a kick stage, the payload the stack would hold with the kick stage's full load:
         * the stack's mass is what the ascent and the kick-stage burns see (see {@link #payloadWithLoadToNeed})
         */
        double payloadKg;
        double leftoverKg;      // propellant left after burns and reserve
        double capacityKg;      // filled by the search

        /**
         * The payload this stack carries with the kick stage loaded to need (kg): the propellant it would leave
         * unused is not loaded, and the payload takes its place in the same stack mass. Where a kick stage's thrust
         * (the heating limit of its completion burn) rather than its propellant sets the capacity, a full load
         * leaves propellant unburnt, and it is the same whatever the orbit's height (Electron's capacity was flat,
         * 257 kg from 200 to 1,000 km at 45 deg). Real loads vary with the mission (GMS-T to 1,200 km flew Curie with
         * twice a standard mission's tanks; docs/data/launch-catalog.md); the catalog's load is the most carried.
         * Without a kick stage, or with no propellant to spare, the payload itself.
         */
        double payloadWithLoadToNeed() {
            return payloadKg + kickOffloadKg();
        }

        /** @return kick-stage propellant not loaded (kg): what a full load would leave, less its 1 % reserve */
        double kickOffloadKg() {
            // never more than the catalog load, whatever credit the leftover holds (review)
            return search.kickStage != null && leftoverKg > 0 && reachesOrbit()
                    ? Math.min(search.kickStage.propellantMassKg(), leftoverKg / (1 - RESERVE_FRACTION)) : 0;
        }

        /** @return whether the kick stage's burns (if any) reach the orbit within the heating limit */
        boolean reachesOrbit() {
            return kickOutcome == null || kickOutcome.reachesOrbit();
        }
        List<AscentResult.Burn> burns;
        double burnsDeltaV;
        /** A kick stage's finite burns, or null without a kick stage. */
        KickStageBurns.Outcome kickOutcome;
        /** Whether the ascent stage ran dry before its cut-off and the kick stage took over there. */
        boolean ascentRanDry;

        AscentResult toResult(double payloadFlown, double capacity, double dogLegCostKg) {
            AscentSimulator sim = search.simulator(payloadKg);
            Flight recorded = sim.fly(guidance, true);
            TargetOrbit t = plan.target;
            double[] s = recorded.state;
            double cutoffTimeS = recorded.cutoffTimeS;
            List<FlightEvent> events = new ArrayList<>(recorded.events);
            if (Double.isFinite(search.yawHoldUntilS) && recorded.switchTimeS >= search.yawHoldUntilS
                    && events.stream().noneMatch(e -> e.name().startsWith("dog-leg yaw starts"))) {
                // the hold search found its clear ascent by a later guidance switch (a steeper kick), not a hold past it:
                // say that the keep-out zones shaped it all the same
                events.add(new FlightEvent("dog-leg yaw starts at the guidance switch, moved for the keep-out zones",
                        recorded.switchTimeS, Double.NaN, Double.NaN, Double.NaN));
                events.sort(java.util.Comparator.comparingDouble(FlightEvent::timeS));
            }
            List<TrajectoryPoint> trajectory = recorded.trajectory;
            if (ascentRanDry && recorded.lastStageDryState != null) {
                // the ascent stage's flight ends where it ran dry: the kick stage flies on from there
                double dry = recorded.lastStageDryTimeS;
                s = recorded.lastStageDryState;
                cutoffTimeS = dry;
                events.removeIf(e -> e.timeS() > dry);
                events.add(new FlightEvent("ascent stage burnout: the kick stage takes over", dry,
                        Earth.altitude(s[0], s[1], s[2]), Double.NaN, Math.sqrt(s[3] * s[3] + s[4] * s[4] + s[5] * s[5])));
                trajectory = new ArrayList<>(recorded.trajectory);
                trajectory.removeIf(p -> p.timeS() > dry);
            }
            double[] budget = AscentSimulator.budget(s);
            double ins = Math.acos(angularMomentumZ(s));
            double[] figures = perigeeApogee(s);
            AscentResult.OrbitFigures insertion = new AscentResult.OrbitFigures(figures[0], figures[1], ins,
                    cutoffTimeS);
            AscentResult.OrbitFigures delivered;
            if (kickOutcome != null && !burns.isEmpty()) {
                // after the trims the orbit is the target's (the finite burns' own end is in the burns)
                delivered = new AscentResult.OrbitFigures(t.perigeeAltitudeM(), t.apogeeAltitudeM(), t.inclinationRad(),
                        kickOutcome.endTimeS);
            } else {
                double deliveredTime = burns.isEmpty() ? cutoffTimeS : burns.get(burns.size() - 1).timeS();
                delivered = burns.isEmpty() ? insertion
                        : new AscentResult.OrbitFigures(t.perigeeAltitudeM(), t.apogeeAltitudeM(), t.inclinationRad(),
                        deliveredTime);
            }
            double lat = search.site.latitudeRad();
            double gain = Earth.surfaceSpeed(lat, search.site.altitudeM()) * Math.sin(search.approach.groundAzimuthRad());
            AscentResult.DeltaVBudget dv = new AscentResult.DeltaVBudget(budget[0] + burnsDeltaV, budget[1],
                    budget[2], budget[3], gain, burnsDeltaV);
            for (AscentResult.Burn b : burns) {
                events.add(new FlightEvent(b.name(), b.timeS(), Double.NaN, Double.NaN, Double.NaN));
            }
            List<String> warnings = new ArrayList<>();
            if (search.site.corridors().isEmpty()) {
                warnings.add("no range-safety corridor data for " + search.site.id() + ": every azimuth was allowed");
            }
            if (recorded.keepOutZoneCrossed != null) {
                warnings.add(String.format(Locale.ROOT, "the instantaneous impact point crosses keep-out zone %s at "
                        + "T+%.0f s: no pitch-over found keeps it clear on this azimuth", recorded.keepOutZoneCrossed,
                        recorded.keepOutCrossTimeS));
            }
            if (search.kickStage == null) {
                long later = burnsAfterCutoff(burns, cutoffTimeS);
                long ignitions = 1 + later + search.disposal.ignitions();
                if (ignitions > search.vehicle.upperStageIgnitions()) {
                    warnings.add(String.format(Locale.ROOT, "the upper stage lights %d times (ascent, %d burn%s after "
                                    + "cut-off, %d for its %s disposal) but %s allows %d ignitions", ignitions,
                            later, later == 1 ? "" : "s", search.disposal.ignitions(),
                            search.disposal.policy(), search.vehicle.id(), search.vehicle.upperStageIgnitions()));
                }
            }
            if (search.vehicle.confidence() != null && search.vehicle.confidence().toLowerCase(Locale.ROOT).contains("low")) {
                warnings.add("vehicle data for " + search.vehicle.id() + " are of low confidence ("
                        + search.vehicle.confidence() + ")");
            }
            String planName = plan.name;
            double offloadKg = payloadFlown - payloadKg;
            if (search.kickStage != null && offloadKg > 0.5) {
                // loaded to need: the stack flown is this payload with the kick stage's load less what it would not use
                planName += String.format(Locale.ROOT, "; kick stage loaded with %.0f of its %.0f kg of propellant",
                        search.kickStage.propellantMassKg() - offloadKg, search.kickStage.propellantMassKg());
            }
            return new AscentResult(search.vehicle, search.site, t, payloadFlown, capacity, search.approach,
                    planName, insertion, AscentResult.InsertionPoint.of(s), delivered, dv, burns, dogLegCostKg, cutoffTimeS,
                    new double[] {s[0], s[1], s[2]}, new double[] {s[3], s[4], s[5]}, recorded.maxDynamicPressurePa,
                    recorded.maxAccelerationG, events, trajectory, warnings, search.disposal);
        }
    }

    /**
     * Burns that light the upper stage again after the ascent: the upper stage lights once for the ascent, once
     * per later burn, then for its disposal. A plane change at cut-off is the end of the ascent burn (steered out
     * of plane), not a relight.
     */
    static long burnsAfterCutoff(List<AscentResult.Burn> burns, double cutoffTimeS) {
        // a millisecond's slack: the burns are timed on the search's flight, the cut-off on the re-flown one
        return burns.stream().filter(b -> b.timeS() > cutoffTimeS + 1e-3).count();
    }

    final LaunchVehicle vehicle;
    final LaunchSite site;
    final LaunchGeometry.Approach approach;
    /**
     * The guidance switch of the last ascent flown, which later ascents with the same payload and kick resume from:
     * the searches below fly runs of them (see {@link AscentSimulator.SwitchCheckpoint}).
     */
    private final AscentSimulator.SwitchCheckpoint.Holder switchCheckpoints = new AscentSimulator.SwitchCheckpoint.Holder();
    /** The plan flown; for a kick stage's transfer orbit, its perigee is searched (the plan is replaced). */
    Plan plan;
    /** The plan given, from which a fresh search starts (see {@link #withYawHold}). */
    private final Plan initialPlan;
    /** The vehicle the ascent simulator flies: without a kick stage, which rides as payload. */
    final LaunchVehicle ascentVehicle;
    /** Low-thrust last stage, riding as payload during the ascent and flying finite burns after it, or null. */
    final Stage kickStage;
    /** The kick stage's burns, or null. */
    private final KickStageBurns kickBurns;
    /**
     * What the last stage (the kick stage, if any) does after the payload has left, priced from the target orbit:
     * its propellant is kept from the payload. The same at every payload (the stage's mass after it is its dry
     * mass, the adapter and the reserve), so it moves the capacity, not the guidance searches.
     */
    final StageDisposal.Manoeuvre disposal;
    double kick = Math.toRadians(3);
    /** Coast before the last stage lights (s); searched for single-burn upper stages going high. */
    double coast = 0;
    double tanPitch0 = Double.NaN;
    double pitchRate = Double.NaN;
    /**
     * True anomaly on the insertion orbit at which cut-off comes (rad): 0 inserts at perigee with zero
     * flight-path angle; searched for eccentric insertion orbits, where the target fixes only energy and
     * angular momentum and the argument of perigee is free.
     */
    double insertionTrueAnomaly = 0;
    /** Height (m) at which a kick-stage transfer plan's ascent stage cuts off, climbing; searched. */
    double transferCutoffM = PARKING_PERIGEE_M;
    /** The transfer perigee found with the cut-off at its highest (m), the alternative kept if it carries more. */
    double perigeeAtHighestCutoffM = Double.NaN;
    /** Whether the insertion true anomaly is searched (false keeps perigee insertion, for comparisons). */
    boolean freeInsertionAllowed = true;
    /**
     * Whether the dog-leg (if any) is flown by yaw steering in the vacuum phase rather than as a plane change at
     * cut-off; {@link #yawsByDefault} unless the caller tries both (see {@link #inLatitudeBand}).
     */
    boolean yawSteering;
    /**
     * Time (s) until which the vacuum phase holds the corridor's plane before the dog-leg's yaw, so that the
     * instantaneous impact point keeps clear of the site's keep-out zones (see {@link #runClearOfKeepOutZones}); NaN
     * for none.
     */
    double yawHoldUntilS = Double.NaN;
    /** Whether the pitch-over search rejects kicks whose impact point crosses a keep-out zone (false under a hold search). */
    private boolean kickAvoidsKeepOutZones = true;

    AscentSearch(LaunchVehicle vehicle, LaunchSite site, LaunchGeometry.Approach approach, Plan plan) {
        this.vehicle = vehicle;
        this.site = site;
        this.approach = approach;
        this.plan = plan;
        this.initialPlan = plan;
        this.kickStage = isKickStage(vehicle) ? vehicle.upperStage() : null;
        this.ascentVehicle = kickStage == null ? vehicle : withoutKickStage(vehicle);
        this.kickBurns = kickStage == null ? null
                : new KickStageBurns(kickStage.thrustVacuumN(), kickStage.ispVacuumS(), vehicle.upperStageIgnitions(),
                        kickStage.coastBeforeIgnitionS());
        this.disposal = disposalOf(vehicle, plan.target);
        this.yawSteering = yawsByDefault(site, approach);
        if (kickTransfer()) {
            transferCutoffM = highestTransferCutoffM();
            useTransferPerigee(transferCutoffM);
        }
    }

    /**
     * The last stage's disposal after delivering the target orbit: the stage's mass once it is done is its dry
     * mass, the payload adapter (which stays on the stage) and the reserve, left unburnt.
     */
    static StageDisposal.Manoeuvre disposalOf(LaunchVehicle vehicle, TargetOrbit target) {
        Stage last = vehicle.upperStage();
        double massAfterKg = last.dryMassKg() + vehicle.payloadAdapterMassKg() + RESERVE_FRACTION * last.propellantMassKg();
        return StageDisposal.plan(vehicle.disposal(), target.perigeeAltitudeM(), target.apogeeAltitudeM(), massAfterKg,
                last.ispVacuumS());
    }

    /**
     * Whether a dog-leg of this approach is flown by yaw steering by default: dog-legs are flown by yawing in the
     * vacuum phase; targets near or below the pad's (geocentric) latitude by a plane change at cut-off, unless the
     * caller flies both ways there ({@link PayloadCapacity} does: {@link #inLatitudeBand}).
     */
    static boolean yawsByDefault(LaunchSite site, LaunchGeometry.Approach approach) {
        return approach.dogLegRad() > 1e-6
                && approach.targetInclinationRad() > Math.abs(LaunchGeometry.geocentricLatitudeRad(site))
                + YAW_LATITUDE_MARGIN_RAD;
    }

    /**
     * Whether a dog-leg of this approach lies in the band where both ways are flown and the better kept: the
     * target inclination below the pad's geocentric latitude plus the margin. Choosing one way there by a threshold
     * made payload cliffs at the margin (Soyuz-2.1b from Baikonur to 400 km: 5,782 kg at 47.75 deg, 6,390 kg at 47.9
     * deg) and at the latitude (5,087 kg at 45.7 deg, 6,104 kg at 45.9 deg; now 5,913 kg at 45.7 deg).
     */
    static boolean inLatitudeBand(LaunchSite site, LaunchGeometry.Approach approach) {
        double latitude = Math.abs(LaunchGeometry.geocentricLatitudeRad(site));
        return approach.dogLegRad() > 1e-6 && approach.targetInclinationRad() <= latitude + YAW_LATITUDE_MARGIN_RAD;
    }

    AscentSimulator simulator(double payloadKg) {
        AscentSimulator simulator = new AscentSimulator(ascentVehicle, site, payloadKg, plan.insertionSemiMajorAxisM,
                yawSteering ? approach.targetInclinationRad() : approach.flownInclinationRad(), switchCheckpoints);
        if (yawSteering) {
            simulator.yawAfterDownrangeM = yawAfterDownrangeKm() * 1000;
            simulator.corridorInclinationRad = approach.flownInclinationRad();
            simulator.yawHoldUntilS = yawHoldUntilS;
        }
        return simulator;
    }

    /** @return how far the corridor flown makes the vehicle wait before a dog-leg yaw (km), 0 if it need not */
    double yawAfterDownrangeKm() {
        double azimuthDeg = Math.toDegrees(approach.groundAzimuthRad());
        return site.corridors().stream().filter(c -> c.contains(azimuthDeg))
                .mapToDouble(AzimuthCorridor::yawAfterDownrangeKm).max().orElse(0);
    }

    /**
     * {@link #run}, for a dog-leg flown by yaw from a site with keep-out zones: the earliest yaw that keeps the
     * instantaneous impact point clear of them. The yaw swings the impact point, hundreds of kilometres ahead of the
     * vehicle, towards the target plane: from Sriharikota, yawing as soon as the vacuum guidance starts (T+98 s) takes
     * it across Sri Lanka's east coast. The vacuum phase therefore holds the corridor's plane until a time, and the
     * time is the earliest whose ascent (kick and payload searched as if there were no zone, started from the ascent
     * without a hold) keeps clear: a later yaw costs payload for every kick (PSLV-XL to a 600 km SSO: 13 kg per
     * second), so the payload falls with the hold while the impact point moves away from the zone. The edge is found
     * by the Illinois method on how near the impact point's path comes to the zones, to
     * {@value #YAW_HOLD_TOLERANCE_S} s or {@value #YAW_HOLD_MARGIN_TOLERANCE_KM} km. On a grid of kicks and holds
     * (PSLV-XL, 600 km SSO) the best clear ascent carries 2 kg (0.1 %) more than the one found
     * ({@code YawHoldMatchesBruteForceOverKickAndHoldTest}). The pad azimuth is no lever: stepping it
     * away from the target (146 to 140, 136, 130 deg) widens the dog-leg, and the larger yaw still swings the impact
     * point across (docs/ascent.md, "Range safety"). A search with nothing to avoid (no zone on the site, no yaw, a
     * corridor that holds the yaw by downrange distance) is {@link #run}'s; so is one where no hold keeps clear
     * (steps doubling up to {@value #YAW_HOLD_MAX_S} s, holds up to about 1,020 s past the guidance switch; its answer
     * carries a warning).
     */
    Solution runClearOfKeepOutZones() {
        if (site.keepOutZones().isEmpty() || !yawSteering || approach.dogLegRad() < 1e-6 || yawAfterDownrangeKm() > 0) {
            return run();
        }
        Solution free = withYawHold(Double.NaN).run();
        if (clearOfZones(free)) {
            return free;
        }
        if (free == null) {
            return run();
        }
        // a bracket: the yaw at the switch to the vacuum guidance crosses; find a hold that keeps clear
        double crossing = free.flight.switchTimeS;
        double crossingMarginKm = clearance(free);
        Solution clear = null;
        double clearHold = Double.NaN;
        for (double extra = YAW_HOLD_FIRST_S; clear == null && extra <= YAW_HOLD_MAX_S; extra *= 2) {
            Solution s = withYawHold(crossing + extra).runFrom(free);
            if (clearOfZones(s)) {
                clear = s;
                clearHold = crossing + extra;
            } else {
                crossing += extra;
                crossingMarginKm = clearance(s);
            }
        }
        if (clear == null) {
            return run();
        }
        // the edge, by the Illinois method on how near the impact point's path comes to the zones (negative: how deep it
        // went in), which the hold moves smoothly: two to four trials where a bisection took seven
        double clearMarginKm = clearance(clear);
        double loValue = crossingMarginKm;
        double hiValue = clearMarginKm;
        int side = 0;
        for (int i = 0; i < YAW_HOLD_MAX_TRIALS && clearHold - crossing > YAW_HOLD_TOLERANCE_S
                && clearMarginKm > YAW_HOLD_MARGIN_TOLERANCE_KM; i++) {
            double width = clearHold - crossing;
            double mid = Double.isFinite(loValue) && hiValue > loValue
                    ? clearHold - hiValue * width / (hiValue - loValue) : crossing + width / 2;
            mid = Math.max(crossing + 0.01 * width, Math.min(clearHold - 0.01 * width, mid));
            Solution s = withYawHold(mid).runFrom(free);
            if (DEBUG) {
                System.err.printf("yaw hold trial T+%.3f s: %s, %.2f km%n", mid, s == null ? "no ascent"
                        : s.flight.keepOutZoneCrossed == null ? "clear" : "crosses", clearance(s));
            }
            if (clearOfZones(s)) {
                clear = s;
                clearHold = mid;
                clearMarginKm = clearance(s);
                hiValue = clearMarginKm;
                if (side == 1) {
                    loValue /= 2;
                }
                side = 1;
            } else {
                crossing = mid;
                loValue = clearance(s);
                if (side == -1) {
                    hiValue /= 2;
                }
                side = -1;
            }
        }
        if (DEBUG) {
            System.err.printf("yaw held until T+%.2f s: %.1f kg, impact point %.2f km clear (crossing without a hold:"
                    + " %.1f kg)%n", clearHold, clear.capacityKg, clearMarginKm, free.capacityKg);
        }
        return clear;
    }

    /** @return whether a search found an ascent whose impact point kept clear of the keep-out zones */
    private static boolean clearOfZones(Solution s) {
        return s != null && s.flight.keepOutZoneCrossed == null;
    }

    /**
     * @return how near the impact point's path came to the keep-out zones (km), as the edge search uses it: positive
     *         when clear, minus its deepest point's depth when it crossed, NaN with no ascent
     */
    private static double clearance(Solution s) {
        return s == null ? Double.NaN : s.flight.keepOutMarginKm;
    }

    /**
     * A fresh search of the same plan and settings with the dog-leg's yaw held until a time (s; NaN for no hold), whose
     * kick search does not avoid the keep-out zones (the hold does; the flights still follow the impact point).
     */
    private AscentSearch withYawHold(double holdUntilS) {
        AscentSearch s = new AscentSearch(vehicle, site, approach, initialPlan);
        s.freeInsertionAllowed = freeInsertionAllowed;
        s.yawSteering = yawSteering;
        s.yawHoldUntilS = holdUntilS;
        s.kickAvoidsKeepOutZones = false;
        return s;
    }

    Solution run() {
        // a first payload guess from the upper stage's propellant, then the best pitch-over for it
        // the guidance has no solution for some payloads (too light: the target energy comes while still
        // climbing steeply; too heavy: never), so try a ladder of payloads around the first guess
        double firstGuess = roughPayloadGuess();
        if (!plan.apogeeBurn && directAscentOutOfReach(firstGuess)) {
            // no guidance converges at any payload of the ladder: the same null the ladder would find
            return null;
        }
        double guess = Double.NaN;
        for (double factor : PAYLOAD_LADDER) {
            double k = optimizeKick(firstGuess * factor);
            if (!Double.isNaN(k)) {
                kick = k;
                guess = firstGuess * factor;
                break;
            }
        }
        if (Double.isNaN(guess)) {
            return null;
        }
        if (coastHelps()) {
            optimizeCoast(guess);
        }
        if (freeInsertion()) {
            optimizeInsertionAnomaly(guess);
        }
        if (kickTransfer()) {
            optimizeTransferOrbit(guess);
        }
        Solution root = payloadRoot(guess);
        if (kickTransfer() && transferCutoffM < highestTransferCutoffM() - 1) {
            root = betterOfTheHighestCutoff(root, guess);
        }
        return refined(root);
    }

    /**
     * {@link #run} started from another search's answer (its kick, linear-tangent parameters, coast, insertion point
     * and payload) instead of the first payload guess and the coarse scan of kicks: a search of a nearby ascent (the
     * same plan with the yaw held longer) whose kick moves within the refinements' brackets. Its answer depends on
     * the answer it starts from and on nothing else.
     */
    Solution runFrom(Solution start) {
        AscentSearch from = start.search;
        plan = from.plan;
        coast = from.coast;
        insertionTrueAnomaly = from.insertionTrueAnomaly;
        transferCutoffM = from.transferCutoffM;
        perigeeAtHighestCutoffM = from.perigeeAtHighestCutoffM;
        useGuidanceOf(start);
        return refined(payloadRoot(start.payloadKg));
    }

    /** The kick refined at the payload found, then the payload again; the capacity set. */
    private Solution refined(Solution root) {
        if (root == null || root.payloadKg <= 0) {
            if (root != null) {
                root.capacityKg = root.payloadWithLoadToNeed();
            }
            return root;
        }
        // refine the pitch-over at the payload found, then the payload again, in brackets that narrow: the kick
        // found at the first payload guess may lie past a cliff at the payload found (see KICK_REFINE_FACTORS)
        for (double factor : KICK_REFINE_FACTORS) {
            root = refineKickAndPayload(root, factor);
        }
        // propellant to spare beyond the root's tolerance (0.5 kg): the heating edge, not the load, stopped the root
        if (kickStage != null && root.kickOffloadKg() > 1) {
            root = mostCapacityBelowRoot(root);
        }
        root.capacityKg = root.payloadWithLoadToNeed();
        return root;
    }

    /**
     * Where a kick stage's thrust sets the capacity (a full load leaves propellant unburnt), the payload root is the
     * heaviest stack whose path keeps within the heating limit; there the completion burn must be pitched far above
     * the velocity to hold the path up, and its propellant climbs several kilograms per kilogram of stack (Electron
     * to 155 km at 45 deg: a 248 kg stack payload needs a 65 deg burn and 31 kg of Curie propellant, a 242 kg one
     * 36 deg and 16 kg). The capacity, the payload with the kick stage loaded to need, is then largest a little
     * under the root, and where the root lands within that steep edge moved it by 10 kg from one target to the next
     * (327 kg at 150 km, 317 kg at 155 km). Golden section of the payload flown in a window under the root, on the
     * capacity; the root kept unless something carries more.
     */
    private Solution mostCapacityBelowRoot(Solution root) {
        return mostCapacityBelowRoot(root, CAPACITY_WINDOW_ITERATIONS);
    }

    private Solution mostCapacityBelowRoot(Solution root, int iterations) {
        useGuidanceOf(root);
        double hi = root.payloadKg;
        double lo = Math.max(0, hi * (1 - CAPACITY_WINDOW_SHARE));
        GoldenSection.Best<Solution> found = GoldenSection.maximize(lo, hi, iterations, this::at,
                s -> s == null || s.leftoverKg < 0 || !s.reachesOrbit()
                        ? Double.NEGATIVE_INFINITY : s.payloadWithLoadToNeed());
        Solution best = found.result() != null && found.value() > root.payloadWithLoadToNeed() ? found.result() : root;
        if (DEBUG) {
            System.err.printf("capacity under the root: %.1f kg flown carries %.1f kg (root %.1f kg flown: %.1f kg)%n",
                    found.x(), found.value(), root.payloadKg, root.payloadWithLoadToNeed());
        }
        useGuidanceOf(best);
        return best;
    }

    /**
     * What a payload root carries at most: where the heating edge, not the kick stage's load, stopped it, the capacity
     * a little under it ({@link #mostCapacityBelowRoot}), else its own; negative infinity for no root.
     */
    private double mostCarriedNear(Solution root) {
        if (root == null) {
            return Double.NEGATIVE_INFINITY;
        }
        return root.payloadKg > 0 && kickStage != null && root.kickOffloadKg() > 1
                ? mostCapacityBelowRoot(root, CAPACITY_WINDOW_ITERATIONS_TO_COMPARE).payloadWithLoadToNeed()
                : root.payloadWithLoadToNeed();
    }

    /**
     * The guidance's warm start, the linear-tangent parameters the next ascent starts from: saved around a search whose
     * trial ascents move it, so that the search leaves it where it found it (or at its answer's).
     */
    private record WarmStart(double tanPitch0, double pitchRate) { }

    private WarmStart warmStart() {
        return new WarmStart(tanPitch0, pitchRate);
    }

    private void restore(WarmStart w) {
        tanPitch0 = w.tanPitch0();
        pitchRate = w.pitchRate();
    }

    /**
     * The transfer shapes are searched on the propellant left at the first payload guess, but where the kick stage's
     * thrust (the heating limit) sets the capacity that is not what counts: Electron's capacity fell 5 kg when its
     * cut-off moved down from 200 km. So the payload is solved for the highest cut-off too and the better kept. Better
     * by what each carries at most, not at its root: where the heating edge stops the root, the root's own capacity
     * scatters by several kilograms (see {@link #mostCapacityBelowRoot}), and comparing roots kept the 200 km cut-off
     * at 350, 450 and 600 km SSO, 2-4 kg under the searched one, so that Electron carried more to 400 km than to 350 km
     * and to 650 km than to 600 km.
     */
    private Solution betterOfTheHighestCutoff(Solution root, double guess) {
        double searchedCutoffM = transferCutoffM;
        double searchedPerigeeM = plan.insertionRadiusM() - Earth.EQUATORIAL_RADIUS;
        double rootCarries = mostCarriedNear(root);
        double savedKick = kick;
        WarmStart saved = warmStart();
        transferCutoffM = highestTransferCutoffM();
        useTransferPerigee(perigeeAtHighestCutoffM);
        Solution other = payloadRoot(guess);
        double otherCarries = mostCarriedNear(other);
        if (DEBUG) {
            System.err.printf("cut-off %.0f km carries %.1f kg, highest cut-off %.0f km %.1f kg%n", searchedCutoffM / 1000,
                    rootCarries, transferCutoffM / 1000, otherCarries);
        }
        if (other != null && (root == null || otherCarries > rootCarries)) {
            return other;
        }
        transferCutoffM = searchedCutoffM;
        useTransferPerigee(searchedPerigeeM);
        kick = savedKick;
        restore(saved);
        return root;
    }

    /**
     * Golden-section search of the kick within a factor either side of a solution's kick, at its payload; then
     * the payload at the kick found, kept only if it carries more. The search's state (kick, warm start) is left
     * at the solution returned, so that the answer never depends on which trial came last.
     */
    private Solution refineKickAndPayload(Solution root, double factor) {
        double rootKick = root.guidance.kickRad();
        useGuidanceOf(root);
        double refined = goldenKick(root.payloadKg, Math.log(rootKick / factor), Math.log(rootKick * factor), 6,
                root.leftoverKg, rootKick);
        Solution best = root;
        if (!Double.isNaN(refined) && refined != rootKick) {
            kick = refined;
            Solution again = payloadRoot(root.payloadKg);
            if (again != null && again.payloadWithLoadToNeed() > root.payloadWithLoadToNeed()) {
                best = again;
            }
        }
        useGuidanceOf(best);
        return best;
    }

    /** Sets the kick and the linear-tangent warm start to a solution's. */
    private void useGuidanceOf(Solution s) {
        kick = s.guidance.kickRad();
        tanPitch0 = s.guidance.tanPitch0();
        pitchRate = s.guidance.pitchRatePerS();
    }

    /**
     * Whether a direct ascent cannot climb to the insertion radius at any payload up to a given one, whatever its
     * guidance, so that every ascent the search would fly fails (a circular GEO: some 2,700 ascents of an hour each).
     * Before cut-off the orbit's energy is below the insertion orbit's (in the vacuum phase cut-off comes as soon as it
     * reaches it; before the guidance switch the vehicle is still in the atmosphere, far slower), so the speed is
     * below what that energy gives at the Earth's surface; and at every instant before cut-off some stage burns (the
     * slowest at its lowest throttle, the last one on into virtual propellant down to the floor of
     * {@link AscentSimulator}), or the vehicle coasts between stages (each stage's gap before its ignition) or before
     * the upper stage. The climb is at most that speed times that time: Ariane 62
     * from Kourou, 10.8 km/s for at most 1,896 s, cannot reach 35,786 km.
     */
    boolean directAscentOutOfReach(double largestPayloadKg) {
        double lowestRadius = Earth.EQUATORIAL_RADIUS * (1 - Earth.FLATTENING) - 1_000;
        double speedBound = Math.sqrt(Earth.MU * (2 / lowestRadius - 1 / plan.insertionSemiMajorAxisM));
        double timeBound = coastHelps() ? Math.max(coast, COAST_MAX_S) : coast;
        for (Stage st : ascentVehicle.stages()) {
            // each stage burns at its lowest throttle at the slowest, after its staging coast
            timeBound += st.burnTimeS() / st.minThrottle() + st.coastBeforeIgnitionS();
        }
        Stage last = ascentVehicle.upperStage();
        double lastMassKg = last.dryMassKg() + largestPayloadKg + ascentVehicle.payloadAdapterMassKg()
                + ascentVehicle.fairingMassKg();
        timeBound += lastMassKg / (last.massFlowKgPerS() * last.minThrottle());
        double climb = plan.insertionRadiusM - (Earth.EQUATORIAL_RADIUS + Math.max(0, site.altitudeM()));
        if (DEBUG) {
            System.err.printf("direct ascent: climb %.0f km, at most %.0f m/s for %.0f s (%.0f km)%n", climb / 1000,
                    speedBound, timeBound, speedBound * timeBound / 1000);
        }
        return climb > speedBound * timeBound;
    }

    /**
     * A first payload guess from the rocket equation: the payload at which the stages' ideal delta-v
     * (taken one after the other, liftoff stages at the mean of sea-level and vacuum performance) equals
     * the orbital speed at the target plus typical ascent losses. Only a starting point for the search.
     */
    double roughPayloadGuess() {
        double r = plan.target.perigeeRadiusM();
        double need = Math.sqrt(Earth.MU / r) + TYPICAL_LOSSES_MPS
                + (Math.sqrt(Earth.MU / r) - Math.sqrt(Earth.MU / (Earth.EQUATORIAL_RADIUS + PARKING_PERIGEE_M))) * -1
                - Earth.surfaceSpeed(site.latitudeRad(), site.altitudeM()) * Math.sin(approach.groundAzimuthRad())
                + 2 * Math.sqrt(Earth.MU / r) * Math.sin(approach.dogLegRad() / 2) * 0.3;
        double lo = 0;
        double hi = vehicle.liftoffMassWithoutPayloadKg() * 0.1;
        for (int i = 0; i < 50; i++) {
            double mid = (lo + hi) / 2;
            if (idealDeltaV(mid) > need) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        // the sequential sum overstates parallel staging: start low, where the guidance converges readily
        return Math.max(GUESS_SHARE * lo, 0.002 * vehicle.liftoffMassWithoutPayloadKg());
    }

    private double idealDeltaV(double payloadKg) {
        double mass = vehicle.releaseMassWithoutPayloadKg() + payloadKg + vehicle.payloadAdapterMassKg();
        double dv = 0;
        for (Stage st : vehicle.stages()) {
            double isp = st.ignitesAtLiftoff() ? st.ispVacuumS() * (1 + st.thrustSeaLevelN() / st.thrustVacuumN()) / 2
                    : st.ispVacuumS();
            dv += isp * Stage.G0 * Math.log(mass / (mass - st.propellantAtLiftoffKg()));
            mass -= st.propellantAtLiftoffKg() + st.dryMassKg();
            if (st == vehicle.stages().get(0)) {
                mass -= vehicle.fairingMassKg();
            }
        }
        return dv;
    }

    /**
     * A single-burn last stage lit by a sequential staging reaches a high orbit best after a coast: the
     * stages below loft it, it lights near the top. Searched only where it can matter.
     */
    boolean coastHelps() {
        return !plan.apogeeBurn && kickStage == null && vehicle.upperStageIgnitions() < 2
                && ascentVehicle.lastBurnStart() >= 1
                && !ascentVehicle.stages().get(ascentVehicle.lastBurnStart()).ignitesAtLiftoff()
                && plan.target.perigeeAltitudeM() > COAST_MIN_PERIGEE_M;
    }

    /** Golden-section search of the coast before the last stage that leaves the most propellant. */
    void optimizeCoast(double payloadKg) {
        double best = coast;
        double bestLeft = leftoverAt(payloadKg);
        GoldenSection.Best<Double> found = GoldenSection.maximize(0, COAST_MAX_S, 12, x -> leftoverWithCoast(payloadKg, x));
        coast = found.value() > bestLeft ? found.x() : best;
        tanPitch0 = Double.NaN;
        pitchRate = Double.NaN;
    }

    /** @return whether the insertion point is searched: an eccentric insertion orbit, and allowed */
    boolean freeInsertion() {
        return freeInsertionAllowed && !kickTransfer() && plan.insertionEccentricity() >= FREE_INSERTION_MIN_ECCENTRICITY;
    }

    /** @return whether this is a kick stage's transfer orbit, whose perigee is searched */
    boolean kickTransfer() {
        return kickStage != null && plan.apogeeBurn;
    }

    /**
     * The transfer orbit of a kick-stage plan with a given perigee altitude (m): apogee at the target's, entered
     * at the parking height while climbing (perigee insertion when the perigee is that high). Below it, the
     * ascent stage has less to do and the kick stage more (a longer apogee burn).
     */
    void useTransferPerigee(double perigeeAltitudeM) {
        double rp = Earth.EQUATORIAL_RADIUS + perigeeAltitudeM;
        double ra = plan.target.apogeeRadiusM();
        double cutAltitudeM = transferCutoffM;
        double cut = Earth.EQUATORIAL_RADIUS + cutAltitudeM;
        plan = new Plan(String.format(Locale.ROOT, "ascent to a %.0f x %.0f km transfer orbit%s, coast to apogee, "
                        + "kick-stage burns to raise perigee", perigeeAltitudeM / 1000, plan.target.apogeeAltitudeM() / 1000,
                perigeeAltitudeM < cutAltitudeM - 1 ? String.format(Locale.ROOT, " (cut-off at %.0f km, climbing)",
                        cutAltitudeM / 1000) : ""), rp, (rp + ra) / 2, plan.target, true);
        double e = plan.insertionEccentricity();
        double p = plan.insertionSemiMajorAxisM() * (1 - e * e);
        insertionTrueAnomaly = rp >= cut || e < 1e-9 ? 0 : Math.acos(Math.max(-1, Math.min(1, (p / cut - 1) / e)));
    }

    /**
     * The highest cut-off height searched for a kick-stage transfer plan (m): the parking height, or for a target
     * near or below it, {@value #KICK_TRANSFER_CLIMB_M} m under the target's perigee, so that the stack still climbs
     * towards the target's height when the kick stage takes over; never under {@value #KICK_TRANSFER_CUTOFF_MIN_M} m
     * (targets below {@link #KICK_TRANSFER_TARGET_MIN_M} fly only the direct plan). Before, a target below 230 km had
     * only the direct plan, in which the ascent stage aims at the target's own height with no climb left: Vega-C
     * carried 3,549 kg to 200 km and 3,678 kg to 300 km at 6 deg.
     */
    double highestTransferCutoffM() {
        return Math.max(KICK_TRANSFER_CUTOFF_MIN_M,
                Math.min(PARKING_PERIGEE_M, plan.target.perigeeAltitudeM() - KICK_TRANSFER_CLIMB_M));
    }

    /**
     * The transfer orbit that leaves the kick stage the most propellant: its perigee (golden section) with the
     * ascent stage cutting off at the highest height, then that height (golden section down to
     * {@value #KICK_TRANSFER_CUTOFF_MIN_M} m), then the perigee again if the height moved. The ascent stage
     * usually runs dry first, so the two shape its guidance rather than set where it stops: Vega-C to 300 km at
     * 6 deg carries 3,678 kg cutting off at 200 km, 3,812-3,819 kg at 150-160 km, 3,689 kg at 140 km.
     */
    void optimizeTransferOrbit(double payloadKg) {
        transferCutoffM = highestTransferCutoffM();
        useTransferPerigee(transferCutoffM);
        double atHighest = optimizeTransferPerigee(payloadKg);
        double perigeeM = plan.insertionRadiusM() - Earth.EQUATORIAL_RADIUS;
        perigeeAtHighestCutoffM = perigeeM;
        if (transferCutoffM - KICK_TRANSFER_CUTOFF_MIN_M < 1_000) {
            return;
        }
        double highestM = transferCutoffM;
        WarmStart saved = warmStart();
        GoldenSection.Best<Double> found = GoldenSection.maximize(KICK_TRANSFER_CUTOFF_MIN_M, highestM, 6, x -> {
            transferCutoffM = x;
            return leftoverWithPerigee(payloadKg, Math.min(perigeeM, x));
        });
        restore(saved);
        if (found.value() > atHighest) {
            transferCutoffM = found.x();
            optimizeTransferPerigee(payloadKg);
        } else {
            transferCutoffM = highestM;
            useTransferPerigee(perigeeM);
        }
    }

    /**
     * Golden-section search of the transfer orbit's perigee that leaves the kick stage the most propellant, at the
     * cut-off height set; returns that propellant (kg).
     */
    double optimizeTransferPerigee(double payloadKg) {
        double cutAltitudeM = transferCutoffM;
        double atParking = leftoverWithPerigee(payloadKg, cutAltitudeM);
        WarmStart saved = warmStart();
        GoldenSection.Best<Double> found = GoldenSection.maximize(KICK_TRANSFER_PERIGEE_MIN_M, cutAltitudeM, 9,
                x -> leftoverWithPerigee(payloadKg, x));
        if (found.value() > atParking) {
            useTransferPerigee(found.x());
        } else {
            useTransferPerigee(cutAltitudeM);
        }
        restore(saved);
        if (DEBUG) {
            System.err.printf("transfer perigee %.0f km (cut-off at %.0f km): kick leftover %.1f kg (perigee there:"
                    + " %.1f kg)%n", found.x() / 1000, cutAltitudeM / 1000, found.value(), atParking);
        }
        return Math.max(found.value(), atParking);
    }

    private double leftoverWithPerigee(double payloadKg, double perigeeAltitudeM) {
        useTransferPerigee(perigeeAltitudeM);
        return leftoverAt(payloadKg);
    }

    /**
     * Golden-section search of the true anomaly of insertion that leaves the most propellant: a low-thrust
     * upper stage going to a high apogee gains by cutting off climbing, past perigee, instead of flattening
     * its path to cut off at perigee. Kept at perigee unless that is worse.
     */
    void optimizeInsertionAnomaly(double payloadKg) {
        WarmStart saved = warmStart();
        insertionTrueAnomaly = 0;
        double atPerigee = leftoverAt(payloadKg);
        GoldenSection.Best<Double> found = GoldenSection.maximize(0, INSERTION_ANOMALY_MAX_RAD, 10,
                x -> leftoverWithAnomaly(payloadKg, x));
        if (found.value() > atPerigee) {
            insertionTrueAnomaly = found.x();
        } else {
            insertionTrueAnomaly = 0;
            restore(saved);
        }
        if (DEBUG) {
            System.err.printf("insertion anomaly %.2f deg: leftover %.1f kg (at perigee %.1f kg)%n",
                    Math.toDegrees(insertionTrueAnomaly), found.value(), atPerigee);
        }
    }

    private double leftoverWithAnomaly(double payloadKg, double trueAnomalyRad) {
        insertionTrueAnomaly = trueAnomalyRad;
        return leftoverAt(payloadKg);
    }

    private double leftoverWithCoast(double payloadKg, double seconds) {
        coast = seconds;
        return leftoverAt(payloadKg);
    }

    private double leftoverAt(double payloadKg) {
        Solution s = at(payloadKg);
        return s == null ? Double.NEGATIVE_INFINITY : s.leftoverKg;
    }

    /** Converged ascent at a payload, or null. Tries a cold start when the warm start fails. */
    Solution at(double payloadKg) {
        AscentSimulator sim = simulator(payloadKg);
        Starts starts = new Starts();
        Flight flight = solveGuidance(sim, 0, starts);
        // cold starts with the initial pitch above the flight-path angle by several amounts
        for (int start = 0; flight == null && start < COLD_START_PITCH_DEG.length; start++) {
            tanPitch0 = Double.NaN;
            pitchRate = Double.NaN;
            flight = solveGuidance(sim, COLD_START_PITCH_DEG[start], starts);
        }
        if (flight == null) {
            return null;
        }
        Solution s = new Solution();
        s.search = this;
        s.plan = plan;
        s.guidance = new Guidance(approach.groundAzimuthRad(), kick, tanPitch0, pitchRate, coast);
        s.flight = flight;
        s.payloadKg = payloadKg;
        afterCutoff(s);
        return s;
    }

    /**
     * Burns after cut-off and the propellant left once they, the reserve and the stage's disposal after separation
     * are paid. The burns are
     * impulsive: a perigee raise at apogee for the parking-orbit plan, and whatever plane change the ascent's
     * yaw steering left undone (combined with the apogee burn when there is one). With a kick stage, the
     * ascent stage's propellant left over (or missing, as negative virtual propellant) becomes a delta-v the
     * kick stage gives back (or must add) at cut-off.
     */
    private void afterCutoff(Solution s) {
        if (kickStage != null) {
            afterCutoffWithKickStage(s);
            return;
        }
        Flight f = s.flight;
        double massAtCutoff = f.state[6];
        double planeChange = planeChangeRad(f.state);
        List<AscentResult.Burn> burns = new ArrayList<>();
        double dvTotal = 0;
        double[] pa = perigeeApogee(f.state);
        Stage ascentUpper = ascentVehicle.upperStage();
        double available = f.upperPropellantLeftKg - RESERVE_FRACTION * ascentUpper.propellantMassKg();
        if (plan.apogeeBurn) {
            double ra = Earth.EQUATORIAL_RADIUS + pa[1];
            double rp = Earth.EQUATORIAL_RADIUS + pa[0];
            double aTransfer = (ra + rp) / 2;
            double vApogee = Math.sqrt(Earth.MU * (2 / ra - 1 / aTransfer));
            double aFinal = (ra + plan.target.perigeeRadiusM()) / 2;
            double vFinal = Math.sqrt(Earth.MU * (2 / ra - 1 / aFinal));
            double dv = Math.sqrt(vApogee * vApogee + vFinal * vFinal - 2 * vApogee * vFinal * Math.cos(planeChange));
            double coast = timeToApogee(f.state);
            // the transfer orbit keeps a low target's own perigee: then the burn only turns the plane
            boolean raises = Plan.raisesPerigee(plan.insertionRadiusM(), plan.target);
            String name = !raises ? "apogee burn: change plane"
                    : planeChange > 1e-4 ? "apogee burn: raise perigee and change plane" : "apogee burn: raise perigee";
            burns.add(new AscentResult.Burn(name, f.cutoffTimeS + coast, dv, 0));
            dvTotal += dv;
        } else if (planeChange > 1e-4) {
            double dv = planeChangeMps(f.state);
            burns.add(new AscentResult.Burn("plane change at cut-off", f.cutoffTimeS, dv, 0));
            dvTotal += dv;
        }
        double c = ascentUpper.ispVacuumS() * Stage.G0;
        double needed = massAtCutoff * (1 - Math.exp(-dvTotal / c));
        // share the propellant among the burns in proportion to their delta-v, for the report
        List<AscentResult.Burn> priced = new ArrayList<>();
        for (AscentResult.Burn b : burns) {
            priced.add(new AscentResult.Burn(b.name(), b.timeS(), b.deltaVMps(),
                    dvTotal == 0 ? 0 : needed * b.deltaVMps() / dvTotal));
        }
        s.burns = priced;
        s.burnsDeltaV = dvTotal;
        // the disposal burn comes after separation and is paid from what the stage keeps back
        s.leftoverKg = available - needed - disposal.propellantKg();
    }

    /**
     * A kick stage's burns after the ascent, flown with its thrust and integrated ({@link KickStageBurns}): from
     * where the ascent stage ran dry if it ran short of its cut-off (propellant it had left at cut-off counts
     * as kick-stage propellant saved), to the target orbit. What plane change the ascent's yaw left is added as an impulse (small).
     */
    private void afterCutoffWithKickStage(Solution s) {
        Flight f = s.flight;
        boolean ranDry = f.upperPropellantLeftKg < 0 && f.lastStageDryState != null;
        double[] start = ranDry ? f.lastStageDryState : f.state;
        double startTime = ranDry ? f.lastStageDryTimeS : f.cutoffTimeS;
        double stackKg = kickStage.propellantMassKg() + kickStage.dryMassKg() + s.payloadKg + vehicle.payloadAdapterMassKg();
        KickStageBurns.Outcome o = ranDry ? completionWithBestPitch(start, stackKg, startTime)
                : kickBurns.fly(start, stackKg, startTime, false, plan.target.perigeeRadiusM(),
                plan.target.apogeeRadiusM(), stackKg - kickStage.propellantMassKg());
        List<AscentResult.Burn> burns = new ArrayList<>();
        double dvTotal = 0;
        for (KickStageBurns.Burn b : o.burns) {
            burns.add(new AscentResult.Burn(b.name(), b.startS(), b.deltaVMps(), b.propellantKg(), b.durationS()));
            dvTotal += b.deltaVMps();
        }
        double[] trims = trimsMps(o);
        double trimMps = trims[0];
        double planeMps = trims[1];
        double planeChangeKg = trimsKg(o, trims);
        if (trimMps > 0.05) {
            burns.add(new AscentResult.Burn("kick stage: trim of the apsides (impulsive)", o.endTimeS, trimMps,
                    planeChangeKg * trimMps / (trimMps + planeMps)));
            dvTotal += trimMps;
        }
        if (planeMps > 0.05) {
            burns.add(new AscentResult.Burn("kick stage: plane change (impulsive)", o.endTimeS, planeMps,
                    planeChangeKg * planeMps / (trimMps + planeMps)));
            dvTotal += planeMps;
        }
        s.kickOutcome = o;
        s.ascentRanDry = ranDry;
        s.burns = burns;
        s.burnsDeltaV = dvTotal;
        double kickLeftKg = kickStage.propellantMassKg() * (1 - RESERVE_FRACTION) - o.propellantKg - planeChangeKg
                - disposal.propellantKg();
        if (!ranDry && f.upperPropellantLeftKg > 0) {
            // the ascent stage reached its cut-off with propellant to spare: it could have given the stack that
            // much more speed (a strong stage: impulsive), which the kick stage would not have had to; counted as
            // the kick-stage propellant it saves, so that the payload search sees the spare capacity
            double massAtCutoff = f.state[6];
            double spareMps = ascentVehicle.upperStage().ispVacuumS() * Stage.G0
                    * Math.log(massAtCutoff / (massAtCutoff - f.upperPropellantLeftKg));
            kickLeftKg += stackKg * (1 - Math.exp(-spareMps / (kickStage.ispVacuumS() * Stage.G0)));
        }
        // the spacecraft, its fairing gone, must not heat beyond the limit the fairing was dropped at (user's
        // manuals guarantee it after separation): a path over it does not reach orbit, whatever propellant it
        // leaves, so its leftover is held below zero (no payload found can be such a path), with a slope in the
        // excess so that the searches move towards the limit (a path that falls through the Earth is stopped deep
        // down; the ascent stage's shortfall then keeps the slope)
        s.leftoverKg = o.heatingExcess > 0
                ? Math.min(kickLeftKg, 0) - 0.1 - HEATING_EXCESS_KG_PER_EFOLD * o.heatingExcess
                : kickLeftKg;
        if (o.failure != null) {
            // a failed kick (no ignition left, escape, propellant far short) never counts as flown, whatever its
            // leftover; the ascent stage's shortfall keeps the slope for the searches
            s.leftoverKg = Math.min(s.leftoverKg + Math.min(0, f.upperPropellantLeftKg), -1);
        }
        if (DEBUG) {
            System.err.printf("kick: P=%.1f ranDry=%s start %.0f s burns %s failure %s lowest %.1f km peak heating"
                            + " %.0f W/m2 leftover %.1f%n", s.payloadKg, ranDry, startTime, o.burns, o.failure,
                    o.lowestAltitudeM / 1e3, o.peakHeatingWpm2(), s.leftoverKg);
        }
    }

    /**
     * The kick stage's burns from where the ascent stage ran dry, with the pitch of the completion burn above the
     * velocity (0 to {@value #COMPLETION_PITCH_MAX_DEG} deg) that leaves the most, the trims after the burns and any
     * path over the heating limit counted ({@link #cost}). The cost can have two dips: a shallow pitch whose burn ends
     * short of apogee (the next burn starts late and leaves a trim) and, past a band the heating rules out, the least
     * pitch whose burn ends past apogee (Vega-C to 250 km SSO: 0-8 deg, then 19-20 deg). So the pitch is scanned every
     * {@value #COMPLETION_PITCH_SCAN_DEG} deg first, and a golden section refines it between the best scanned
     * pitch's neighbours.
     */
    private KickStageBurns.Outcome completionWithBestPitch(double[] start, double stackKg, double startTime) {
        KickStageBurns.Outcome best = null;
        double bestPitchDeg = 0;
        for (double pitchDeg = 0; pitchDeg <= COMPLETION_PITCH_MAX_DEG + 1e-9; pitchDeg += COMPLETION_PITCH_SCAN_DEG) {
            KickStageBurns.Outcome o = completion(start, stackKg, startTime, Math.toRadians(pitchDeg));
            if (best == null || cost(o) < cost(best)) {
                best = o;
                bestPitchDeg = pitchDeg;
            }
        }
        double lo = Math.toRadians(Math.max(0, bestPitchDeg - COMPLETION_PITCH_SCAN_DEG));
        double hi = Math.toRadians(Math.min(COMPLETION_PITCH_MAX_DEG, bestPitchDeg + COMPLETION_PITCH_SCAN_DEG));
        // the least cost is the largest negated cost
        KickStageBurns.Outcome refined = GoldenSection.maximize(lo, hi, 8,
                x -> completion(start, stackKg, startTime, x), o -> -cost(o)).result();
        return cost(refined) < cost(best) ? refined : best;
    }

    private KickStageBurns.Outcome completion(double[] start, double stackKg, double startTime, double pitchRad) {
        return kickBurns.fly(start, stackKg, startTime, true, plan.target.perigeeRadiusM(), plan.target.apogeeRadiusM(),
                stackKg - kickStage.propellantMassKg(), pitchRad);
    }

    /**
     * Propellant (kg) a kick-stage outcome costs, the impulsive trims after its finite burns included, a path over the
     * heating limit far more, for comparisons. Without the trims, a completion burn that ends just short of apogee (the
     * next burn then starts late, pitched up, and leaves the apsides off by tens of m/s) looked cheaper than one that
     * ends past apogee and waits a revolution for a burn centred on the next: Vega-C to 250 km SSO flew a 63 m/s trim
     * (69 kg of AVUM+ propellant) the comparison did not see, and carried less than to 300 km.
     */
    private double cost(KickStageBurns.Outcome o) {
        return o.propellantKg + trimsKg(o, trimsMps(o)) + o.heatingPenaltyKg() + (o.failure != null ? 1e6 : 0);
    }

    /**
     * What the finite burns leave, as short impulsive trims (m/s): the apsides off the target's (a burn centred on
     * apogee also raises the apogee a little, a long one more, one that starts late more still; 0 after a failure),
     * and the plane change the ascent's yaw left.
     */
    private double[] trimsMps(KickStageBurns.Outcome o) {
        double trimMps = o.failure == null ? apsisTrimMps(o.state, plan.target) : 0;
        return new double[] {trimMps, planeChangeMps(o.state)};
    }

    /** @return the angle (rad) between a state's orbit plane and the target's inclination */
    private double planeChangeRad(double[] state) {
        return Math.abs(Math.acos(angularMomentumZ(state)) - approach.targetInclinationRad());
    }

    /** @return an impulsive plane change at the state's speed into the target's inclination (m/s); 0 under 1e-4 rad */
    private double planeChangeMps(double[] state) {
        double planeChange = planeChangeRad(state);
        if (planeChange <= 1e-4) {
            return 0;
        }
        double v = Math.sqrt(state[3] * state[3] + state[4] * state[4] + state[5] * state[5]);
        return 2 * v * Math.sin(planeChange / 2);
    }

    /** Kick-stage propellant (kg) of those trims: the rocket equation from the stack's mass after the finite burns. */
    private double trimsKg(KickStageBurns.Outcome o, double[] trimsMps) {
        double c = kickStage.ispVacuumS() * Stage.G0;
        return o.state[6] * (1 - Math.exp(-(trimsMps[0] + trimsMps[1]) / c));
    }

    /**
     * Delta-v (m/s) of two tangential impulses that take an orbit's apsides to the target's: at perigee to set
     * the apogee, then at that apogee to set the perigee.
     */
    static double apsisTrimMps(double[] state, TargetOrbit target) {
        return apsisTrimMps(state, target.perigeeRadiusM(), target.apogeeRadiusM());
    }

    /** As {@link #apsisTrimMps(double[], TargetOrbit)}, with the target's perigee and apogee radii (m). */
    static double apsisTrimMps(double[] state, double rpT, double raT) {
        double[] pa = perigeeApogee(state);
        double rp = Earth.EQUATORIAL_RADIUS + pa[0];
        double ra = Earth.EQUATORIAL_RADIUS + pa[1];
        double v1 = Math.sqrt(Earth.MU * (2 / rp - 2 / (rp + ra)));
        double v1New = Math.sqrt(Earth.MU * (2 / rp - 2 / (rp + raT)));
        double v2 = Math.sqrt(Earth.MU * (2 / raT - 2 / (rp + raT)));
        double v2New = Math.sqrt(Earth.MU * (2 / raT - 2 / (rpT + raT)));
        return Math.abs(v1New - v1) + Math.abs(v2New - v2);
    }

    /**
     * Golden-section search, on a log scale, of the pitch-over angle that leaves the most propellant at a
     * payload (low thrust-to-weight vehicles need kicks of a tenth of a degree, others several degrees).
     */
    double optimizeKick(double payloadKg) {
        // a coarse scan first (the leftover is not unimodal in the kick: beyond some kick the trajectory
        // falls), then golden section between the neighbours of the best scanned kick
        double logMin = Math.log(KICK_MIN_RAD);
        double logMax = Math.log(KICK_MAX_RAD);
        int n = KICK_SCAN_POINTS;
        int bestIndex = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double value = leftoverWithKick(payloadKg, Math.exp(logMin + (logMax - logMin) * i / (n - 1)));
            if (value > bestValue) {
                bestValue = value;
                bestIndex = i;
            }
        }
        if (bestIndex < 0) {
            return Double.NaN;
        }
        double lo = logMin + (logMax - logMin) * Math.max(0, bestIndex - 1) / (n - 1);
        double hi = logMin + (logMax - logMin) * Math.min(n - 1, bestIndex + 1) / (n - 1);
        return goldenKick(payloadKg, lo, hi, 8, bestValue, Math.exp(logMin + (logMax - logMin) * bestIndex / (n - 1)));
    }

    /**
     * Golden-section search of the kick between two log-kicks; returns the better of its result and a
     * known kick with its leftover, NaN when nothing flies.
     */
    private double goldenKick(double payloadKg, double lo, double hi, int iterations, double knownValue,
                              double knownKick) {
        GoldenSection.Best<Double> found = GoldenSection.maximize(lo, hi, iterations, x -> leftoverWithKick(payloadKg, Math.exp(x)));
        if (found.value() == Double.NEGATIVE_INFINITY && knownValue == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        if (found.value() < knownValue) {
            return knownKick;
        }
        return Math.exp(found.x());
    }

    private double leftoverWithKick(double payloadKg, double kickRad) {
        double saved = kick;
        double a = tanPitch0;
        double b = pitchRate;
        kick = kickRad;
        Solution s = at(payloadKg);
        if (s == null) {
            kick = saved;
            tanPitch0 = a;
            pitchRate = b;
            return Double.NEGATIVE_INFINITY;
        }
        double limit = vehicle.maxDynamicPressurePa();
        if (s.flight.maxDynamicPressurePa > limit * 1.02) {
            // over the vehicle's dynamic-pressure limit: not a trajectory it may fly
            return -1e9 - (s.flight.maxDynamicPressurePa - limit);
        }
        if (kickAvoidsKeepOutZones && s.flight.keepOutZoneCrossed != null) {
            // the impact point crosses a keep-out zone below orbital speed: range safety would not allow it;
            // graded by the time spent over the zone so that the search moves away from it
            return -2e9 - 1e6 * s.flight.keepOutSeconds;
        }
        return s.leftoverKg;
    }

    /**
     * Secant search of the payload at which the leftover propellant is zero, started at a payload that
     * flies. A negative payload in the answer means the orbit is out of reach by that many kilograms.
     */
    Solution payloadRoot(double guess) {
        if (kickStage != null) {
            return payloadRootBracketed(guess);
        }
        double p0 = guess;
        Solution s0 = at(p0);
        if (s0 == null) {
            p0 = 0;
            s0 = at(0);
            if (s0 == null) {
                return null;
            }
        }
        double f0 = s0.leftoverKg;
        double p1 = Math.max(0, p0 + f0 / 1.5);
        if (p1 == p0) {
            p1 = p0 + 10;
        }
        Solution s1 = at(p1);
        if (s1 == null) {
            p1 = (p0 + p1) / 2;
            s1 = at(p1);
            if (s1 == null) {
                return null;
            }
        }
        double f1 = s1.leftoverKg;
        Solution best = s1;
        for (int i = 0; i < 20 && Math.abs(f1) > 0.5 && Math.abs(p1 - p0) > 0.5; i++) {
            double p2 = p1 - f1 * (p1 - p0) / (f1 - f0);
            if (!Double.isFinite(p2)) {
                break;
            }
            p2 = Math.max(p2, Math.min(p1, p0) - 2 * Math.abs(p1 - p0) - 100);
            p2 = Math.min(p2, Math.max(p1, p0) + 2 * Math.abs(p1 - p0) + 1000);
            if (p2 < 0 && Math.min(p0, p1) <= 0) {
                // out of reach even with no payload: report the shortfall at zero payload
                Solution zero = at(0);
                if (zero != null) {
                    zero.payloadKg = Math.min(-1, zero.leftoverKg);
                }
                return zero;
            }
            p2 = Math.max(p2, 0);
            Solution s2 = at(p2);
            if (s2 == null) {
                p2 = (p1 + p2) / 2;
                s2 = at(p2);
                if (s2 == null) {
                    return best;
                }
            }
            p0 = p1;
            f0 = f1;
            p1 = p2;
            f1 = s2.leftoverKg;
            best = s2;
        }
        // the guidance tolerances leave a few kilograms of noise in the leftover: accept that
        return Math.abs(f1) <= Math.max(20, 0.002 * p1) ? best : null;
    }

    /**
     * The payload root for a kick-stage vehicle: bracketed (Illinois method), because the leftover there bends
     * sharply where the stack's path starts to break the heating limit (its slope in the excess) and an open secant step can stall.
     */
    private Solution payloadRootBracketed(double guess) {
        double p = Math.max(guess, 1);
        Solution s = at(p);
        if (s == null) {
            p = 0;
            s = at(0);
            if (s == null) {
                return null;
            }
        }
        Solution pos = s.leftoverKg >= 0 ? s : null;
        Solution neg = s.leftoverKg < 0 ? s : null;
        // widen until the root is bracketed
        for (int i = 0; i < 16 && (pos == null || neg == null); i++) {
            double next = pos == null ? (neg.payloadKg < 1 ? 0 : neg.payloadKg / 2) : pos.payloadKg * 1.6 + 10;
            Solution t = at(next);
            if (t == null) {
                break;
            }
            if (t.leftoverKg >= 0) {
                pos = t;
            } else {
                neg = t;
            }
            if (pos == null && next == 0) {
                // out of reach even with no payload: report the shortfall at zero payload
                t.payloadKg = Math.min(-1, t.leftoverKg);
                return t;
            }
        }
        if (pos == null || neg == null) {
            return pos;
        }
        double fPos = pos.leftoverKg;
        double fNeg = neg.leftoverKg;
        int side = 0;
        Solution best = Math.abs(fPos) < Math.abs(fNeg) ? pos : neg;
        for (int i = 0; i < 40 && Math.abs(best.leftoverKg) > 0.5 && Math.abs(pos.payloadKg - neg.payloadKg) > 0.5; i++) {
            double next = (pos.payloadKg * fNeg - neg.payloadKg * fPos) / (fNeg - fPos);
            if (!Double.isFinite(next)) {
                next = (pos.payloadKg + neg.payloadKg) / 2;
            }
            Solution t = at(next);
            if (t == null) {
                t = at((pos.payloadKg + neg.payloadKg) / 2);
                if (t == null) {
                    break;
                }
            }
            if (t.leftoverKg >= 0) {
                pos = t;
                fPos = t.leftoverKg;
                if (side == 1) {
                    fNeg /= 2;
                }
                side = 1;
            } else {
                neg = t;
                fNeg = t.leftoverKg;
                if (side == -1) {
                    fPos /= 2;
                }
                side = -1;
            }
            if (Math.abs(t.leftoverKg) < Math.abs(best.leftoverKg)) {
                best = t;
            }
        }
        // the largest payload known to fly with the propellant it needs; the root itself if it converged, unless that
        // is a path just over the heating limit (its leftover is held just below zero): where the kick stage's thrust
        // sets the capacity, the stack within the limit is the answer, with the propellant it leaves unloaded
        return Math.abs(best.leftoverKg) <= 0.5 && best.reachesOrbit() ? best : pos;
    }

    /**
     * The starts of the guidance tried at one payload, kick and plan: the probe flight (the same for every cold
     * start) and the initial parameters. Within them the iteration is a function of its start alone, so a start
     * tried before (two initial pitches both held at 85 deg) fails again the same way and is not flown.
     */
    private static final class Starts {
        Flight probe;
        final List<double[]> tried = new ArrayList<>();

        /** @return whether these parameters were new (and are now tried) */
        boolean add(double a, double b) {
            for (double[] t : tried) {
                if (t[0] == a && t[1] == b) {
                    return false;
                }
            }
            tried.add(new double[] {a, b});
            return true;
        }
    }

    /**
     * Newton iteration on the two linear-tangent parameters so that cut-off comes at the radius and radial
     * velocity of the insertion point ({@link #insertionTrueAnomaly}). Warm-started from the last solution; a start
     * already in {@code starts} is not flown again.
     * @return the converged flight, or null
     */
    private Flight solveGuidance(AscentSimulator sim, double pitchAboveFlightPathDeg, Starts starts) {
        Guidance g = new Guidance(approach.groundAzimuthRad(), kick, 0.5, 0.002, coast);
        if (Double.isNaN(tanPitch0)) {
            if (starts.probe == null) {
                starts.probe = sim.fly(g, false);
            }
            Flight probe = starts.probe;
            if (Double.isNaN(probe.switchTimeS)) {
                return null;
            }
            double gamma = Math.max(probe.switchFlightPathAngleRad, Math.toRadians(5));
            double a = Math.tan(Math.min(gamma + Math.toRadians(pitchAboveFlightPathDeg), Math.toRadians(85)));
            double b = (a + Math.tan(Math.toRadians(10))) / Math.max(probe.switchRemainingBurnS, 60);
            g = g.withLinearTangent(a, b);
        } else {
            g = g.withLinearTangent(tanPitch0, pitchRate);
        }
        if (!starts.add(g.tanPitch0(), g.pitchRatePerS())) {
            return null;
        }
        Flight f = sim.fly(g, false);
        double[] r = residuals(f);
        if (DEBUG) {
            System.err.printf("solve P=%.0f kick=%.3f A=%.3f B=%.5f cut=%s fail=%s r=%.3f vr=%.3f sw=%.1f%n", sim.payloadKg(),
                    Math.toDegrees(kick), g.tanPitch0(), g.pitchRatePerS(), f.reachedCutoff, f.failure, r[0], r[1], f.switchTimeS);
        }
        for (int iter = 0; iter < 25; iter++) {
            if (iter >= 10 && r[0] * r[0] + r[1] * r[1] > 1) {
                return null;   // still far after ten steps: this start will not converge
            }
            if (f.reachedCutoff && Math.abs(r[0]) * 1e4 < RADIUS_TOLERANCE_M
                    && Math.abs(r[1]) * 100 < RADIAL_VELOCITY_TOLERANCE_MPS) {
                tanPitch0 = g.tanPitch0();
                pitchRate = g.pitchRatePerS();
                return f;
            }
            if (Double.isNaN(f.switchTimeS)) {
                return null;
            }
            double da = 1e-4 * (1 + Math.abs(g.tanPitch0()));
            double db = 1e-7 + 1e-4 * Math.abs(g.pitchRatePerS());
            double[] ra = residuals(sim.fly(g.withLinearTangent(g.tanPitch0() + da, g.pitchRatePerS()), false));
            double[] rb = residuals(sim.fly(g.withLinearTangent(g.tanPitch0(), g.pitchRatePerS() + db), false));
            double j11 = (ra[0] - r[0]) / da;
            double j21 = (ra[1] - r[1]) / da;
            double j12 = (rb[0] - r[0]) / db;
            double j22 = (rb[1] - r[1]) / db;
            double det = j11 * j22 - j12 * j21;
            if (!Double.isFinite(det) || Math.abs(det) < 1e-300) {
                return null;
            }
            double stepA = -(j22 * r[0] - j12 * r[1]) / det;
            double stepB = -(-j21 * r[0] + j11 * r[1]) / det;
            // keep steps modest: pitch parameters far from the start are never useful
            double scale = Math.min(1, 0.5 / Math.max(Math.abs(stepA), 1e-12));
            scale = Math.min(scale, 0.01 / Math.max(Math.abs(stepB), 1e-12));
            double norm = r[0] * r[0] + r[1] * r[1];
            boolean improved = false;
            for (int half = 0; half < 8; half++) {
                Guidance trial = g.withLinearTangent(g.tanPitch0() + scale * stepA, g.pitchRatePerS() + scale * stepB);
                Flight ft = sim.fly(trial, false);
                double[] rt = residuals(ft);
                if (rt[0] * rt[0] + rt[1] * rt[1] < norm) {
                    g = trial;
                    f = ft;
                    r = rt;
                    improved = true;
                    break;
                }
                scale /= 2;
            }
            if (!improved) {
                if (DEBUG) {
                    System.err.printf("  no improvement: r=%.3f vr=%.3f det=%.3g%n", r[0], r[1], det);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Residuals against the insertion point (radius and radial velocity at the insertion true anomaly; with
     * the cut-off on the semi-major axis they fix the orbit's energy and angular momentum): radius error in
     * units of 10 km, radial velocity in units of 100 m/s; large on failure.
     */
    private double[] residuals(Flight f) {
        double dr = (f.radiusM() - plan.radiusAt(insertionTrueAnomaly)) / 1e4;
        double vr = (f.radialVelocityMps() - plan.radialVelocityAt(insertionTrueAnomaly)) / 100;
        if (!f.reachedCutoff) {
            // failure: push towards flatter, longer burns by a large but finite penalty
            return new double[] {dr + (dr >= 0 ? 50 : -50), vr + (vr >= 0 ? 50 : -50)};
        }
        return new double[] {dr, vr};
    }

    /**
     * A last stage too weak to fly the ascent (vacuum thrust under a quarter of its own weight: Electron's
     * Curie, Vega's AVUM) is a kick stage: the stages below it make the orbit and its burns are impulsive.
     */
    static boolean isKickStage(LaunchVehicle v) {
        Stage last = v.upperStage();
        return v.stages().size() >= 2
                && last.thrustVacuumN() < 0.25 * (last.propellantMassKg() + last.dryMassKg()) * Stage.G0;
    }

    /** The vehicle without its kick stage, which then rides on the ascent stages like payload. */
    static LaunchVehicle withoutKickStage(LaunchVehicle v) {
        Stage kick = v.upperStage();
        return new LaunchVehicle(v.id(), v.name(), v.manufacturer(), v.stages().subList(0, v.stages().size() - 1),
                v.fairingMassKg(), v.payloadAdapterMassKg() + kick.propellantMassKg() + kick.dryMassKg(), v.diameterM(),
                v.maxAccelerationG(), 1, v.publishedLiftoffMassKg(), v.confidence(), v.sources(),
                v.publishedPayloads(), v.notes(), v.maxDynamicPressurePa(), UpperStageDisposal.NONE);
    }

    /** Two-body time (s) from a state to the next apogee of its orbit (half a period from perigee). */
    static double timeToApogee(double[] s) {
        double r = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
        double v2 = s[3] * s[3] + s[4] * s[4] + s[5] * s[5];
        double rv = s[0] * s[3] + s[1] * s[4] + s[2] * s[5];
        double a = 1 / (2 / r - v2 / Earth.MU);
        double n = Math.sqrt(Earth.MU / (a * a * a));
        // eccentric anomaly from e cos E = 1 - r / a, e sin E = r.v / sqrt(mu a)
        double eccentricAnomaly = Math.atan2(rv / Math.sqrt(Earth.MU * a), 1 - r / a);
        double e = Math.hypot(rv / Math.sqrt(Earth.MU * a), 1 - r / a);
        double meanAnomaly = eccentricAnomaly - e * Math.sin(eccentricAnomaly);
        return (Math.PI - meanAnomaly) / n;
    }

    /** z component of the unit angular momentum (cos of the inclination). */
    static double angularMomentumZ(double[] s) {
        double hx = s[1] * s[5] - s[2] * s[4];
        double hy = s[2] * s[3] - s[0] * s[5];
        double hz = s[0] * s[4] - s[1] * s[3];
        return hz / Math.sqrt(hx * hx + hy * hy + hz * hz);
    }

    /** Two-body perigee and apogee altitudes above the equatorial radius (m). */
    static double[] perigeeApogee(double[] s) {
        double r = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
        double v2 = s[3] * s[3] + s[4] * s[4] + s[5] * s[5];
        double a = 1 / (2 / r - v2 / Earth.MU);
        double hx = s[1] * s[5] - s[2] * s[4];
        double hy = s[2] * s[3] - s[0] * s[5];
        double hz = s[0] * s[4] - s[1] * s[3];
        double h2 = hx * hx + hy * hy + hz * hz;
        double e = Math.sqrt(Math.max(0, 1 - h2 / (Earth.MU * a)));
        return new double[] {a * (1 - e) - Earth.EQUATORIAL_RADIUS, a * (1 + e) - Earth.EQUATORIAL_RADIUS};
    }
}
