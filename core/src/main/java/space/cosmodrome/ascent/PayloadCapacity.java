package space.cosmodrome.ascent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * The most payload a vehicle puts into a target orbit from a site, with the ascent that flies it.
 *
 * <p>Each way to reach the orbit (a direct ascent to the perigee; or, for a restartable upper stage and a
 * perigee above the parking altitude, an ascent to a parking perigee, a coast to apogee and a burn there) is
 * an {@link AscentSearch}; the best one wins. The reachable inclinations and dog-legs come from
 * {@link LaunchGeometry}.
 *
 * <p>Modelling choices that hold for every vehicle (no per-vehicle tuning): the flight performance reserve
 * is {@value #RESERVE_FRACTION} of the upper stage's propellant; a parking orbit's perigee is
 * {@value #PARKING_PERIGEE_M} m; a dog-leg is flown by yaw steering in the vacuum phase, what the yaw leaves as an
 * impulsive plane change at cut-off or with the apogee burn; towards a target below the pad's latitude or within
 * 2 deg above it, also wholly as that plane change, and the better of the two kept. The last stage also keeps back
 * the propellant for its disposal after separation where the catalog gives a policy ({@link StageDisposal}). A kick
 * stage is loaded to need, up to its catalog load: what a full load would leave unburnt is payload.
 */
public final class PayloadCapacity {
    /** Flight performance reserve: share of the upper stage's propellant kept unburnt. */
    public static final double RESERVE_FRACTION = 0.01;
    /** Perigee altitude of the parking (transfer) orbit (m). */
    public static final double PARKING_PERIGEE_M = 200_000;

    /** Least rise from perigee to apogee (m) for which a low-perigee target's plane is turned at its apogee. */
    static final double APOGEE_TURN_MIN_RISE_M = 30_000;

    private PayloadCapacity() {
    }

    /**
     * Finds the largest payload.
     * @param vehicle the vehicle
     * @param site the launch site
     * @param target the orbit
     * @return the ascent at the largest payload
     * @throws CosmodromeException UNREACHABLE when the orbit is beyond the vehicle or the site's corridors
     */
    public static AscentResult maximize(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target) {
        return solve(vehicle, site, target, Double.NaN, true, AscentProfile.BEST);
    }

    /**
     * Finds the largest payload with the profiles allowed.
     * @throws CosmodromeException UNREACHABLE when the orbit is beyond the vehicle flown that way, BAD_INPUT
     *                             when the profile needs a restart the upper stage cannot make
     */
    public static AscentResult maximize(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target,
                                        AscentProfile profile) {
        return solve(vehicle, site, target, Double.NaN, true, profile);
    }

    /**
     * Finds the largest payload for a launch heading north (true) or south (false) where the corridors allow
     * it: the capacity of a launch window on the ascending or the descending half of the target orbit.
     */
    public static AscentResult maximize(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, boolean northbound) {
        return solve(vehicle, site, target, Double.NaN, northbound, AscentProfile.BEST);
    }

    /**
     * Flies a given payload: finds the capacity, then reports the ascent with that payload and the margin.
     * A payload above the capacity is flown as far as the search allows and reported with a negative margin.
     */
    public static AscentResult fly(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, double payloadKg) {
        return fly(vehicle, site, target, payloadKg, AscentProfile.BEST);
    }

    /** Flies a given payload with the profiles allowed (see {@link #fly(LaunchVehicle, LaunchSite, TargetOrbit, double)}). */
    public static AscentResult fly(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, double payloadKg,
                                   AscentProfile profile) {
        if (!(payloadKg >= 0 && payloadKg < 1e6)) {
            throw CosmodromeException.badValue("--payload-kg", payloadKg, "allowed: 0 to 1,000,000 kg");
        }
        return solve(vehicle, site, target, payloadKg, true, profile);
    }

    /**
     * The capacity when cut-off must come at the perigee of the insertion orbit with zero flight-path angle,
     * as before insertion past perigee was searched: for tests and comparisons.
     */
    static AscentResult maximizeWithPerigeeInsertion(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target,
                                                     AscentProfile profile) {
        return solve(vehicle, site, target, Double.NaN, true, profile, false);
    }

    private static AscentResult solve(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, double payloadKg,
                                      boolean northFirst, AscentProfile profile) {
        return solve(vehicle, site, target, payloadKg, northFirst, profile, true);
    }

    private static AscentResult solve(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, double payloadKg,
                                      boolean northFirst, AscentProfile profile, boolean freeInsertion) {
        refuseWhenItCannotLiftOff(vehicle);
        LaunchGeometry.Approach approach = LaunchGeometry.approach(site, target.inclinationRad(), northFirst);
        if (Math.toDegrees(approach.dogLegRad()) > LaunchGeometry.MAX_DOG_LEG_DEG) {
            throw CosmodromeException.unreachable(String.format(Locale.ROOT, "inclination %.2f deg from %s",
                            Math.toDegrees(target.inclinationRad()), site.id()),
                    String.format(Locale.ROOT, "a dog-leg of %.1f deg exceeds %.0f deg; reachable from %s: %s",
                            Math.toDegrees(approach.dogLegRad()), LaunchGeometry.MAX_DOG_LEG_DEG, site.id(),
                            LaunchGeometry.reachableInclinations(site)),
                    Map.of("reachableInclinations", LaunchGeometry.reachableInclinations(site)));
        }
        List<AscentSearch.Plan> plans = new ArrayList<>();
        if (profile != AscentProfile.PARKING) {
            plans.add(AscentSearch.Plan.direct(target));
        }
        boolean restartable = vehicle.upperStageIgnitions() >= 2 || AscentSearch.isKickStage(vehicle);
        // a kick stage's transfer plan is flown down to targets just above the heating floor: below the parking height
        // its ascent stage cuts off under the target (AscentSearch.transferCutoffM), never under the floor
        // an upper stage that restarts: from a parking orbit 30 km or more under the target's perigee; for a lower
        // perigee too when the plane must be turned and the target's apogee lies 30 km or more above its perigee, the
        // apogee being the cheaper place to turn it (Falcon 9 to a 185 km x GEO transfer orbit at 27 deg from the
        // Cape). Its advantage grows from nothing with the apogee: no eccentricity threshold, so no payload jump
        boolean turnAtApogee = approach.dogLegRad() > 1e-6
                && target.apogeeAltitudeM() >= target.perigeeAltitudeM() + APOGEE_TURN_MIN_RISE_M;
        boolean parkingPossible = restartable && (target.perigeeAltitudeM() > PARKING_PERIGEE_M + 30_000
                || AscentSearch.isKickStage(vehicle)
                        && target.perigeeAltitudeM() >= AscentSearch.KICK_TRANSFER_TARGET_MIN_M
                || !AscentSearch.isKickStage(vehicle) && turnAtApogee);
        if (parkingPossible && profile != AscentProfile.DIRECT) {
            plans.add(AscentSearch.Plan.viaParking(target));
        }
        if (plans.isEmpty()) {
            // name the reason that holds: the upper stage, or a perigee too low to be raised from a parking orbit
            String why = AscentSearch.isKickStage(vehicle)
                    ? String.format(Locale.ROOT, "a kick stage's transfer orbit needs a target perigee of at least %.0f km"
                            + " (the payload's heating limit), and this one is %.0f km",
                            AscentSearch.KICK_TRANSFER_TARGET_MIN_M / 1000, target.perigeeAltitudeM() / 1000)
                    : restartable
                    ? String.format(Locale.ROOT, "a parking orbit (perigee %.0f km) needs a target perigee above %.0f km,"
                            + " and this one is %.0f km (or, for a lower perigee, a plane to turn at an apogee %.0f km or"
                            + " more above it)", PARKING_PERIGEE_M / 1000, (PARKING_PERIGEE_M + 30_000) / 1000,
                            target.perigeeAltitudeM() / 1000, APOGEE_TURN_MIN_RISE_M / 1000)
                    : String.format(Locale.ROOT, "a parking orbit needs a restartable upper stage (%s has %d ignition)",
                            vehicle.id(), vehicle.upperStageIgnitions());
            throw CosmodromeException.badValue("--profile", profile.toString(), why + "; allowed here: best or direct");
        }
        // near or below the pad's latitude a dog-leg is flown both ways (yaw steering, plane change at cut-off), the
        // better kept: no threshold between them, so no payload cliff (AscentSearch.inLatitudeBand)
        List<Boolean> yawChoices = AscentSearch.inLatitudeBand(site, approach) ? List.of(true, false)
                : List.of(AscentSearch.yawsByDefault(site, approach));
        List<AscentSearch> searches = new ArrayList<>();
        for (AscentSearch.Plan plan : plans) {
            for (boolean yaw : yawChoices) {
                AscentSearch search = new AscentSearch(vehicle, site, approach, plan);
                search.freeInsertionAllowed = freeInsertion;
                search.yawSteering = yaw;
                searches.add(search);
            }
        }
        // the searches are independent: run them side by side (the list keeps their order, so ties are
        // broken the same way every run)
        List<AscentSearch.Solution> solutions = searches.parallelStream().map(AscentSearch::runClearOfKeepOutZones)
                .collect(java.util.stream.Collectors.toList());
        AscentSearch.Solution best = null;
        for (AscentSearch.Solution s : solutions) {
            if (s != null && (best == null || s.capacityKg > best.capacityKg)) {
                best = s;
            }
        }
        if (best == null || best.capacityKg <= 0) {
            String shortBy = best == null ? "" : String.format(Locale.ROOT, " (short by %.0f kg with no payload)",
                    -best.capacityKg);
            throw CosmodromeException.unreachable(String.format(Locale.ROOT,
                            "orbit %.0f x %.0f km at %.2f deg for %s from %s", target.perigeeAltitudeM() / 1000,
                            target.apogeeAltitudeM() / 1000, Math.toDegrees(target.inclinationRad()), vehicle.id(),
                            site.id()),
                    "it is beyond the vehicle" + shortBy + (approach.dogLegRad() > 1e-6
                            ? String.format(Locale.ROOT, " with a %.1f deg dog-leg; reachable from %s without one: %s",
                                    Math.toDegrees(approach.dogLegRad()), site.id(), LaunchGeometry.reachableInclinations(site))
                            : "; choose a lower orbit or a larger vehicle"),
                    Map.of("vehicle", vehicle.id()));
        }
        double dogLegCost = 0;
        if (approach.dogLegRad() > 1e-6) {
            // the dog-leg's cost: the payload of the ascent the corridors prevent (straight into the target
            // plane) less the dog-leg's. Not the payload to the corridor's own inclination, which is another
            // orbit: a dog-leg towards a cheaper inclination (Plesetsk to 90 deg from its 93.8 deg corridor)
            // then looked free. Below the pad's latitude no ascent flies straight into the plane: the reference
            // is the nearest inclination flown directly, due east (or due west).
            LaunchGeometry.Approach reference = LaunchGeometry.unconstrainedApproach(site, target.inclinationRad(),
                    approach.northbound()).orElse(new LaunchGeometry.Approach(approach.groundAzimuthRad(),
                    approach.flownInclinationRad(), approach.flownInclinationRad(), approach.northbound(),
                    approach.corridorName()));
            // range safety's whole cost: the reference keeps no keep-out zone either (flown straight into the plane
            // from Sriharikota, its impact point would cross Sri Lanka)
            AscentSearch withoutSearch = new AscentSearch(vehicle, site.withoutKeepOutZones(), reference, best.plan);
            withoutSearch.freeInsertionAllowed = freeInsertion;
            AscentSearch.Solution without = withoutSearch.run();
            if (without != null) {
                // clamped: a few kilograms of search noise must not read as a gain
                dogLegCost = Math.max(0, without.capacityKg - best.capacityKg);
            }
        }
        double flown = Double.isNaN(payloadKg) ? best.capacityKg : payloadKg;
        // a given payload flies with the kick stage (if any) loaded as for the capacity: enough for any lighter stack
        AscentSearch.Solution report = Double.isNaN(payloadKg) ? best
                : best.search.at(Math.max(0, payloadKg - best.kickOffloadKg()));
        return report.toResult(flown, best.capacityKg, dogLegCost);
    }

    /**
     * A vehicle whose engines lit on the pad do not lift its own weight (a user's catalog entry) is refused by
     * name, rather than searched and reported as "beyond the vehicle" for every orbit.
     */
    private static void refuseWhenItCannotLiftOff(LaunchVehicle vehicle) {
        double thrustN = vehicle.stages().stream().filter(Stage::litOnThePad).mapToDouble(Stage::thrustSeaLevelN).sum();
        double weightN = vehicle.releaseMassWithoutPayloadKg() * Stage.G0;   // at release, the pad burn gone
        if (thrustN <= weightN) {
            throw CosmodromeException.badValue("--vehicle", vehicle.id(), String.format(Locale.ROOT,
                    "it cannot lift off: the engines lit on the pad give %.0f kN at sea level, not more than its weight"
                            + " with no payload (%.0f kN); check its stage data in the catalog", thrustN / 1000, weightN / 1000));
        }
    }

    /**
     * Propellant left (kg) after a direct ascent with a given pitch-over angle and payload: the function the
     * pitch-over search maximises, for diagnostics and tests. NaN when the guidance does not converge.
     */
    static double leftoverWithKick(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, double payloadKg,
                                   double kickRad) {
        AscentSearch search = new AscentSearch(vehicle, site, LaunchGeometry.approach(site, target.inclinationRad()),
                AscentSearch.Plan.direct(target));
        search.kick = kickRad;
        AscentSearch.Solution s = search.at(payloadKg);
        return s == null ? Double.NaN : s.leftoverKg;
    }
}
