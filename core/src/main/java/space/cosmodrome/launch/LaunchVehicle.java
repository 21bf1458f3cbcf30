package space.cosmodrome.launch;

import java.util.List;

import space.cosmodrome.error.CosmodromeException;

/**
 * A launch vehicle from the catalog.
 *
 * @param id catalog id ({@code angara-1.2})
 * @param name full name
 * @param manufacturer who builds it
 * @param stages stages in firing order; stages lit at liftoff come first
 * @param fairingMassKg payload fairing mass (kg), jettisoned once aerodynamic heating is low
 * @param payloadAdapterMassKg adapter and separation system counted against the payload (kg)
 * @param diameterM largest diameter of the core (the body the upper stages and fairing stack on) (m); with the
 *                  strap-on boosters' ({@link Stage#strapOnDiameterM()}) it gives the drag reference area
 * @param maxAccelerationG axial acceleration limit (g); throttleable stages throttle down to hold it, others
 *                         are not limited
 * @param upperStageIgnitions ignitions the last stage can make (2 or more allows a coast and a
 *                            circularisation burn)
 * @param publishedLiftoffMassKg liftoff mass as published (kg), to cross-check the stage figures; NaN if unknown
 * @param confidence how far the figures can be trusted
 * @param sources where the figures come from
 * @param publishedPayloads payload figures published for stated orbits, for validation
 * @param notes choices made between sources, alternatives
 * @param maxDynamicPressurePa dynamic pressure limit (Pa): throttleable stages throttle down near it, and the
 *                             ascent search rejects trajectories that exceed it; NaN for no limit
 * @param disposal what the last stage does after the payload has left, when a source says so (its propellant
 *                 is kept from the payload); {@link UpperStageDisposal#NONE} otherwise
 */
public record LaunchVehicle(String id, String name, String manufacturer, List<Stage> stages, double fairingMassKg,
                            double payloadAdapterMassKg, double diameterM, double maxAccelerationG,
                            int upperStageIgnitions, double publishedLiftoffMassKg, String confidence, List<String> sources,
                            List<PublishedPayload> publishedPayloads, String notes, double maxDynamicPressurePa,
                            UpperStageDisposal disposal) {

    /** A vehicle whose last stage does nothing after separation that costs propellant. */
    public LaunchVehicle(String id, String name, String manufacturer, List<Stage> stages, double fairingMassKg,
                         double payloadAdapterMassKg, double diameterM, double maxAccelerationG,
                         int upperStageIgnitions, double publishedLiftoffMassKg, String confidence, List<String> sources,
                         List<PublishedPayload> publishedPayloads, String notes, double maxDynamicPressurePa) {
        this(id, name, manufacturer, stages, fairingMassKg, payloadAdapterMassKg, diameterM, maxAccelerationG,
                upperStageIgnitions, publishedLiftoffMassKg, confidence, sources, publishedPayloads, notes,
                maxDynamicPressurePa, UpperStageDisposal.NONE);
    }

    /** A vehicle with no dynamic-pressure limit. */
    public LaunchVehicle(String id, String name, String manufacturer, List<Stage> stages, double fairingMassKg,
                         double payloadAdapterMassKg, double diameterM, double maxAccelerationG,
                         int upperStageIgnitions, double publishedLiftoffMassKg, String confidence, List<String> sources,
                         List<PublishedPayload> publishedPayloads, String notes) {
        this(id, name, manufacturer, stages, fairingMassKg, payloadAdapterMassKg, diameterM, maxAccelerationG,
                upperStageIgnitions, publishedLiftoffMassKg, confidence, sources, publishedPayloads, notes, Double.NaN);
    }

    /** Canonical constructor: checks the figures. */
    public LaunchVehicle {
        if (id == null || id.isBlank()) {
            throw CosmodromeException.missing("vehicle.id", "a non-empty id");
        }
        if (stages == null || stages.isEmpty()) {
            throw CosmodromeException.missing("vehicle " + id + " stages", "at least one stage");
        }
        if (!stages.get(0).ignitesAtLiftoff() || stages.stream().noneMatch(Stage::litOnThePad)) {
            throw CosmodromeException.badValue("vehicle " + id + " stages[0].ignition", stages.get(0).ignitesAtLiftoff()
                    ? "air-lit" : "sequential", "the first stage must ignite at liftoff, and some stage on the pad");
        }
        if (!(fairingMassKg >= 0)) {
            throw CosmodromeException.badValue("vehicle " + id + " fairingMassKg", fairingMassKg, "allowed: 0 or more");
        }
        if (!(payloadAdapterMassKg >= 0)) {
            throw CosmodromeException.badValue("vehicle " + id + " payloadAdapterMassKg", payloadAdapterMassKg,
                    "allowed: 0 or more");
        }
        if (!(diameterM > 0)) {
            throw CosmodromeException.badValue("vehicle " + id + " diameterM", diameterM, "allowed: a positive number");
        }
        if (!(maxAccelerationG > 1 || Double.isNaN(maxAccelerationG))) {
            throw CosmodromeException.badValue("vehicle " + id + " maxAccelerationG", maxAccelerationG,
                    "allowed: above 1, or absent for no limit");
        }
        if (!(maxDynamicPressurePa > 1_000 || Double.isNaN(maxDynamicPressurePa))) {
            throw CosmodromeException.badValue("vehicle " + id + " maxDynamicPressurePa", maxDynamicPressurePa,
                    "allowed: above 1000 Pa, or absent for no limit");
        }
        disposal = disposal == null ? UpperStageDisposal.NONE : disposal;
        if (disposal.active() && upperStageIgnitions < 2) {
            // the disposal burn is an ignition after the payload has left
            throw CosmodromeException.badValue("vehicle " + id + " disposal.policy", disposal.policy().key(),
                    "a disposal burn needs a restartable last stage (upperStageIgnitions 2 or more; here "
                            + upperStageIgnitions + "); allowed here: none");
        }
        stages = List.copyOf(stages);
        sources = List.copyOf(sources == null ? List.of() : sources);
        publishedPayloads = List.copyOf(publishedPayloads == null ? List.of() : publishedPayloads);
    }

    /**
     * @return mass on the pad without payload (kg), fully loaded: at the first engine's ignition, the mass the published
     *         liftoff masses are compared with
     */
    public double liftoffMassWithoutPayloadKg() {
        return stages.stream().mapToDouble(s -> s.propellantMassKg() + s.dryMassKg()).sum() + fairingMassKg;
    }

    /**
     * @return mass without payload when the vehicle is released (kg): the loaded mass less the propellant the engines
     *         burnt on the pad ({@link Stage#engineRunBeforeLiftoffS()}); the ascent starts with it
     */
    public double releaseMassWithoutPayloadKg() {
        return liftoffMassWithoutPayloadKg() - stages.stream().mapToDouble(Stage::propellantBurntOnThePadKg).sum();
    }

    /** @return the last stage, the one that makes orbit */
    public Stage upperStage() {
        return stages.get(stages.size() - 1);
    }

    /**
     * @return index of the entry that starts the last burn: the last stage, or the first of the entries
     *         that continue one burn up to it (a coast before the last stage can only come before this one)
     */
    public int lastBurnStart() {
        int i = stages.size() - 1;
        while (i > 0 && stages.get(i).continuesPrevious()) {
            i--;
        }
        return i;
    }

    /**
     * @return drag reference area at liftoff (m²): the frontal area of the core and of every strap-on booster, as
     *         the drag coefficient is that of one slender body on its own cross-section (see the ascent's
     *         Aerodynamics); boosters beside the core meet the air with their own noses
     */
    public double referenceAreaM2() {
        return coreFrontalAreaM2() + stages.stream().mapToDouble(Stage::strapOnFrontalAreaM2).sum();
    }

    /** @return frontal area of the core alone (m²): the reference area once the strap-ons are gone */
    public double coreFrontalAreaM2() {
        return Math.PI * diameterM * diameterM / 4;
    }

    /** @return this vehicle with a last stage that keeps nothing back for its disposal */
    public LaunchVehicle withoutDisposal() {
        return new LaunchVehicle(id, name, manufacturer, stages, fairingMassKg, payloadAdapterMassKg, diameterM,
                maxAccelerationG, upperStageIgnitions, publishedLiftoffMassKg, confidence, sources, publishedPayloads, notes,
                maxDynamicPressurePa, UpperStageDisposal.NONE);
    }
}
