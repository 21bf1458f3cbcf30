package space.cosmodrome.launch;

import java.util.Map;

import space.cosmodrome.error.CosmodromeException;

/**
 * One stage, or one group of identical boosters, of a launch vehicle. Figures are for the whole group
 * ({@code count} boosters together).
 *
 * @param name label ("URM-1 (RD-191)")
 * @param count number of identical units burning together (4 for Soyuz strap-ons); the masses and thrusts
 *              below are totals for all of them
 * @param ignitesAtLiftoff true for boosters and cores lit on the pad; false for stages lit after the
 *                         previous ones burn out and separate
 * @param propellantMassKg usable propellant (kg)
 * @param dryMassKg mass left at burnout and jettisoned (kg), including unusable residuals
 * @param thrustVacuumN thrust in vacuum (N)
 * @param thrustSeaLevelN thrust at sea level (N); for stages lit in vacuum the vacuum thrust may be given
 * @param ispVacuumS specific impulse in vacuum (s)
 * @param minThrottle lowest throttle setting as a fraction of full thrust (1 when not throttleable)
 * @param sources where each figure comes from, by field name
 * @param ignitionTimeS for a stage of the liftoff group, when it lights after liftoff (s): air-lit boosters;
 *                      0 for a stage lit on the pad
 * @param continuesPrevious true when this entry is a later phase of the previous entry's burn (CZ-2D's
 *                          verniers running on after its main engine stops): it lights the moment the previous
 *                          entry runs dry, and no coast can come between them
 * @param publishedBurnTimeS burn time as published (s), NaN when none was found: documentation that checks
 *                           the thrust, Isp and propellant figures (their {@link #burnTimeS()} should match it);
 *                           the simulator never reads it
 * @param strapOnDiameterM for boosters strapped beside the core: the largest diameter of one unit (m), whose
 *                         frontal area adds to the vehicle's drag reference area until the group separates; NaN
 *                         for an entry stacked in line with the core (it hides behind the core's cross-section)
 * @param coastBeforeIgnitionS for a stage lit in sequence: the time from the previous stages' burnout to this
 *                             stage's ignition (s), the separation, settling and engine start of a flown timeline;
 *                             0 for none (hot staging) and for every other entry
 * @param engineRunBeforeLiftoffS for a stage lit on the pad: how long its engines run before the vehicle is released
 *                                (s), at full thrust (the propellant they burn gives no speed); 0 for none
 */
public record Stage(String name, int count, boolean ignitesAtLiftoff, double propellantMassKg, double dryMassKg,
                   double thrustVacuumN, double thrustSeaLevelN, double ispVacuumS, double minThrottle,
                   Map<String, String> sources, double ignitionTimeS, boolean continuesPrevious,
                   double publishedBurnTimeS, double strapOnDiameterM, double coastBeforeIgnitionS,
                   double engineRunBeforeLiftoffS) {

    /** A stage with no coast before its ignition and no engine time on the pad. */
    public Stage(String name, int count, boolean ignitesAtLiftoff, double propellantMassKg, double dryMassKg,
                 double thrustVacuumN, double thrustSeaLevelN, double ispVacuumS, double minThrottle,
                 Map<String, String> sources, double ignitionTimeS, boolean continuesPrevious,
                 double publishedBurnTimeS, double strapOnDiameterM) {
        this(name, count, ignitesAtLiftoff, propellantMassKg, dryMassKg, thrustVacuumN, thrustSeaLevelN, ispVacuumS,
                minThrottle, sources, ignitionTimeS, continuesPrevious, publishedBurnTimeS, strapOnDiameterM, 0, 0);
    }

    /** An entry stacked in line with the core (no frontal area of its own). */
    public Stage(String name, int count, boolean ignitesAtLiftoff, double propellantMassKg, double dryMassKg,
                 double thrustVacuumN, double thrustSeaLevelN, double ispVacuumS, double minThrottle,
                 Map<String, String> sources, double ignitionTimeS, boolean continuesPrevious,
                 double publishedBurnTimeS) {
        this(name, count, ignitesAtLiftoff, propellantMassKg, dryMassKg, thrustVacuumN, thrustSeaLevelN, ispVacuumS,
                minThrottle, sources, ignitionTimeS, continuesPrevious, publishedBurnTimeS, Double.NaN);
    }

    /** A stage with no published burn time. */
    public Stage(String name, int count, boolean ignitesAtLiftoff, double propellantMassKg, double dryMassKg,
                 double thrustVacuumN, double thrustSeaLevelN, double ispVacuumS, double minThrottle,
                 Map<String, String> sources, double ignitionTimeS, boolean continuesPrevious) {
        this(name, count, ignitesAtLiftoff, propellantMassKg, dryMassKg, thrustVacuumN, thrustSeaLevelN, ispVacuumS,
                minThrottle, sources, ignitionTimeS, continuesPrevious, Double.NaN);
    }

    /** A stage lit on the pad or in sequence, with no delayed ignition. */
    public Stage(String name, int count, boolean ignitesAtLiftoff, double propellantMassKg, double dryMassKg,
                 double thrustVacuumN, double thrustSeaLevelN, double ispVacuumS, double minThrottle,
                 Map<String, String> sources) {
        this(name, count, ignitesAtLiftoff, propellantMassKg, dryMassKg, thrustVacuumN, thrustSeaLevelN, ispVacuumS,
                minThrottle, sources, 0, false);
    }

    /** Standard gravity used to turn specific impulse into exhaust velocity (m/s²). */
    public static final double G0 = 9.80665;

    public Stage {
        positive("stage.propellantMassKg", propellantMassKg);
        positive("stage.dryMassKg", dryMassKg);
        positive("stage.thrustVacuumKn", thrustVacuumN);
        positive("stage.ispVacuumS", ispVacuumS);
        if (!(thrustSeaLevelN > 0 && thrustSeaLevelN <= thrustVacuumN)) {
            throw CosmodromeException.badValue("stage.thrustSeaLevelKn", thrustSeaLevelN / 1000,
                    "allowed: above 0 and at most the vacuum thrust " + thrustVacuumN / 1000 + " kN");
        }
        if (!(minThrottle > 0 && minThrottle <= 1)) {
            throw CosmodromeException.badValue("stage.minThrottle", minThrottle, "allowed: (0, 1]");
        }
        if (count < 1) {
            throw CosmodromeException.badValue("stage.count", count, "allowed: 1 or more");
        }
        sources = Map.copyOf(sources == null ? Map.of() : sources);
        if (!(ignitionTimeS >= 0 && ignitionTimeS < 600) || (ignitionTimeS > 0 && !ignitesAtLiftoff)) {
            throw CosmodromeException.badValue("stage.ignitionTimeS", ignitionTimeS,
                    "allowed: 0 to 600 s, and only for a stage of the liftoff group");
        }
        if (!(Double.isNaN(publishedBurnTimeS) || publishedBurnTimeS > 0 && publishedBurnTimeS < 10_000)) {
            throw CosmodromeException.badValue("stage.burnTimeS", publishedBurnTimeS,
                    "allowed: a published burn time above 0 and below 10000 s, or absent");
        }
        if (continuesPrevious && ignitesAtLiftoff) {
            throw CosmodromeException.badValue("stage.ignition", "continuation",
                    "allowed only for a stage lit in sequence, not for one of the liftoff group");
        }
        if (!(Double.isNaN(strapOnDiameterM) || strapOnDiameterM > 0 && strapOnDiameterM < 20 && ignitesAtLiftoff)) {
            throw CosmodromeException.badValue("stage.strapOnDiameterM", strapOnDiameterM,
                    "allowed: above 0 and below 20 m, for boosters of the liftoff group only, or absent");
        }
        if (!(coastBeforeIgnitionS >= 0 && coastBeforeIgnitionS < MAX_COAST_BEFORE_IGNITION_S)
                || coastBeforeIgnitionS > 0 && (ignitesAtLiftoff || continuesPrevious)) {
            throw CosmodromeException.badValue("stage.coastBeforeIgnitionS", coastBeforeIgnitionS,
                    "allowed: 0 to " + (int) MAX_COAST_BEFORE_IGNITION_S + " s, and above 0 only for a stage lit in sequence"
                            + " (not one of the liftoff group, not a continuation of the previous entry's burn)");
        }
        if (!(engineRunBeforeLiftoffS >= 0 && engineRunBeforeLiftoffS < MAX_ENGINE_RUN_BEFORE_LIFTOFF_S)
                || engineRunBeforeLiftoffS > 0 && !(ignitesAtLiftoff && ignitionTimeS == 0)) {
            throw CosmodromeException.badValue("stage.engineRunBeforeLiftoffS", engineRunBeforeLiftoffS,
                    "allowed: 0 to " + (int) MAX_ENGINE_RUN_BEFORE_LIFTOFF_S + " s, and above 0 only for a stage lit on the pad");
        }
        // the mass flow as massFlowKgPerS() gives it, which cannot be called before the fields are set
        double flowKgPerS = thrustVacuumN / (ispVacuumS * G0);
        if (engineRunBeforeLiftoffS * flowKgPerS >= propellantMassKg) {
            throw CosmodromeException.badValue("stage.engineRunBeforeLiftoffS", engineRunBeforeLiftoffS,
                    "allowed: less than the stage's whole burn, " + Math.round(propellantMassKg / flowKgPerS) + " s");
        }
    }

    /** Longest coast between a stage's predecessors' burnout and its ignition that the catalog accepts (s). */
    public static final double MAX_COAST_BEFORE_IGNITION_S = 600;
    /** Longest engine run on the pad before release that the catalog accepts (s). */
    public static final double MAX_ENGINE_RUN_BEFORE_LIFTOFF_S = 60;

    /** @return propellant the engines burn on the pad before release (kg): mass flow at full thrust times that time */
    public double propellantBurntOnThePadKg() {
        return massFlowKgPerS() * engineRunBeforeLiftoffS;
    }

    /** @return propellant left when the vehicle is released (kg): the load less what burnt on the pad */
    public double propellantAtLiftoffKg() {
        return propellantMassKg - propellantBurntOnThePadKg();
    }

    /** @return whether this entry is strapped beside the core, adding its own frontal area to the drag */
    public boolean strapOn() {
        return !Double.isNaN(strapOnDiameterM);
    }

    /** @return frontal area of all {@code count} units of a strap-on entry (m²); 0 for an in-line entry */
    public double strapOnFrontalAreaM2() {
        return strapOn() ? count * Math.PI * strapOnDiameterM * strapOnDiameterM / 4 : 0;
    }

    /** @return whether this stage lights on the pad */
    public boolean litOnThePad() {
        return ignitesAtLiftoff && ignitionTimeS == 0;
    }

    private static void positive(String field, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw CosmodromeException.badValue(field, value, "allowed: a positive number");
        }
    }

    /** @return propellant mass flow at full thrust (kg/s), the same at every altitude */
    public double massFlowKgPerS() {
        return thrustVacuumN / (ispVacuumS * G0);
    }

    /** @return full-thrust burn time (s) */
    public double burnTimeS() {
        return propellantMassKg / massFlowKgPerS();
    }

    /**
     * Thrust at an ambient pressure: the vacuum thrust less the pressure force on the nozzle exit, which is
     * linear in pressure, so the sea-level and vacuum figures fix it.
     * @param ambientPressurePa ambient pressure (Pa)
     * @return thrust at full throttle (N)
     */
    public double thrustN(double ambientPressurePa) {
        return thrustVacuumN - (thrustVacuumN - thrustSeaLevelN) * ambientPressurePa / SEA_LEVEL_PRESSURE_PA;
    }

    /** Sea-level pressure of the US Standard Atmosphere 1976 (Pa). */
    public static final double SEA_LEVEL_PRESSURE_PA = 101_325.0;
}
