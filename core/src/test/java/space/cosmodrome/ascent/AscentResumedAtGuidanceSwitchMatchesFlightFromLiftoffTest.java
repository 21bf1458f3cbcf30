package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentSimulator.Flight;
import space.cosmodrome.ascent.AscentSimulator.Guidance;
import space.cosmodrome.launch.KeepOutZone;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * The searches resume ascents from the guidance switch of an earlier one with the same payload, azimuth and kick
 * ({@link AscentSimulator.SwitchCheckpoint}). The reference is the same ascent flown from liftoff by a simulator
 * that keeps no checkpoint: every resumed flight must end on the same numbers, to the bit (the same steps), or the
 * capacities would depend on the order the searches fly their ascents in.
 */
class AscentResumedAtGuidanceSwitchMatchesFlightFromLiftoffTest {
    private final LaunchVehicle vehicle = TestVehicles.angara12();
    private final LaunchSite site = TestVehicles.vostochny(List.of());
    private final TargetOrbit target = TargetOrbit.circular(500e3, Math.toRadians(51.9));
    private final LaunchGeometry.Approach approach = LaunchGeometry.approach(site, target.inclinationRad(), true);
    private final double azimuth = approach.groundAzimuthRad();
    /** The pitch-over the search finds best at 1,500 kg (a fraction of a degree for this low-thrust first stage). */
    private final double kick = new AscentSearch(vehicle, site, approach, AscentSearch.Plan.direct(target)).optimizeKick(1_500);

    private AscentSimulator simulator(double payloadKg, AscentSimulator.SwitchCheckpoint.Holder holder) {
        return new AscentSimulator(vehicle, site, payloadKg, target.semiMajorAxisM(), target.inclinationRad(), holder);
    }

    private static long bits(double x) {
        return Double.doubleToLongBits(x);
    }

    private static void assertSameFlight(Flight resumed, Flight fromLiftoff) {
        assertThat(resumed.state).containsExactly(fromLiftoff.state);
        assertThat(resumed.reachedCutoff).isEqualTo(fromLiftoff.reachedCutoff);
        assertThat(resumed.failure).isEqualTo(fromLiftoff.failure);
        assertThat(bits(resumed.cutoffTimeS)).as("cutoffTimeS").isEqualTo(bits(fromLiftoff.cutoffTimeS));
        assertThat(bits(resumed.upperPropellantLeftKg)).as("upperPropellantLeftKg").isEqualTo(bits(fromLiftoff.upperPropellantLeftKg));
        assertThat(bits(resumed.switchTimeS)).as("switchTimeS").isEqualTo(bits(fromLiftoff.switchTimeS));
        assertThat(bits(resumed.switchFlightPathAngleRad)).as("switchFlightPathAngleRad").isEqualTo(bits(fromLiftoff.switchFlightPathAngleRad));
        assertThat(bits(resumed.switchRemainingBurnS)).as("switchRemainingBurnS").isEqualTo(bits(fromLiftoff.switchRemainingBurnS));
        assertThat(bits(resumed.maxDynamicPressurePa)).as("maxDynamicPressurePa").isEqualTo(bits(fromLiftoff.maxDynamicPressurePa));
        assertThat(bits(resumed.maxAccelerationG)).as("maxAccelerationG").isEqualTo(bits(fromLiftoff.maxAccelerationG));
        assertThat(bits(resumed.lastStageDryTimeS)).as("lastStageDryTimeS").isEqualTo(bits(fromLiftoff.lastStageDryTimeS));
    }

    @Test
    void resumedAscentsEndOnTheSameNumbersAsAscentsFlownFromLiftoff() {
        AscentSimulator.SwitchCheckpoint.Holder holder = new AscentSimulator.SwitchCheckpoint.Holder();
        // the first flight keeps the checkpoint; the others, with other pitch laws and coasts (one of them too heavy
        // a climb to reach orbit), resume from it, also through a second simulator with the same payload
        double[][] laws = {{0.5, 0.002, 0}, {0.9, 0.004, 0}, {0.3, 0.0015, 120}, {6.0, 0.001, 0}};
        AscentSimulator shared = simulator(1_500, holder);
        for (double[] law : laws) {
            Guidance g = new Guidance(azimuth, kick, law[0], law[1], law[2]);
            Flight resumed = shared.fly(g, false);
            Flight fromLiftoff = simulator(1_500, null).fly(g, false);
            assertThat(resumed.switchTimeS).as("the guidance switch is reached").isFinite();
            assertSameFlight(resumed, fromLiftoff);
            assertSameFlight(simulator(1_500, holder).fly(g, false), fromLiftoff);
        }
    }

    @Test
    void aVehicleThatDropsStrapOnBoostersBeforeTheSwitchResumesWithTheirDragAreaGone() {
        // Angara-1.2 with two small strap-on boosters (their frontal area leaves the drag with them)
        Stage booster = new Stage("booster", 2, true, 20_000, 2_000, 600e3, 540e3, 300, 1, Map.of(), 0, false,
                Double.NaN, 1.5);
        List<Stage> stages = new ArrayList<>(List.of(booster));
        stages.addAll(vehicle.stages());
        LaunchVehicle boosted = new LaunchVehicle("boosted", "Boosted", "-", stages, vehicle.fairingMassKg(),
                vehicle.payloadAdapterMassKg(), vehicle.diameterM(), Double.NaN, 2, 0, "test", List.of(), List.of(), "");
        double boostedKick = new AscentSearch(boosted, site, approach, AscentSearch.Plan.direct(target)).optimizeKick(3_000);
        AscentSimulator.SwitchCheckpoint.Holder holder = new AscentSimulator.SwitchCheckpoint.Holder();
        for (double[] law : new double[][] {{0.5, 0.002}, {0.8, 0.003}}) {
            Guidance g = new Guidance(azimuth, boostedKick, law[0], law[1], 0);
            Flight resumed = new AscentSimulator(boosted, site, 3_000, target.semiMajorAxisM(), target.inclinationRad(),
                    holder).fly(g, false);
            Flight fromLiftoff = new AscentSimulator(boosted, site, 3_000, target.semiMajorAxisM(),
                    target.inclinationRad(), null).fly(g, false);
            assertThat(resumed.switchTimeS).as("the guidance switch is reached").isFinite();
            assertSameFlight(resumed, fromLiftoff);
        }
    }

    /**
     * A staging coast (the gap between a stage's burnout and the next one's ignition) under way at the guidance switch
     * must carry across the resume: when it ends and which stage lights then. Angara-1.2 with its first stage split in
     * two sequential halves, 30 s apart, so that the switch falls in the gap; and a gap before the last stage, after the
     * switch, with and without the guidance's own coast added to it.
     */
    @Test
    void aStagingCoastUnderWayAtTheSwitchCarriesAcrossTheResume() {
        Stage lower = new Stage("URM-1 lower", 1, true, 60_000, 5_000, 2_085e3, 1_922e3, 337.5, 1, Map.of());
        Stage upperHalf = new Stage("URM-1 upper", 1, false, 68_800, 5_150, 2_085e3, 2_085e3, 337.5, 1, Map.of(), 0, false,
                Double.NaN, Double.NaN, 30, 0);
        Stage last = vehicle.stages().get(1);
        Stage lastWithGap = new Stage(last.name(), 1, false, last.propellantMassKg(), last.dryMassKg(), last.thrustVacuumN(),
                last.thrustSeaLevelN(), last.ispVacuumS(), 1, Map.of(), 0, false, Double.NaN, Double.NaN, 10, 0);
        LaunchVehicle split = new LaunchVehicle("split", "Split", "-", List.of(lower, upperHalf, lastWithGap),
                vehicle.fairingMassKg(), 0, vehicle.diameterM(), Double.NaN, 2, 0, "test", List.of(), List.of(), "");
        double splitKick = new AscentSearch(split, site, approach, AscentSearch.Plan.direct(target)).optimizeKick(1_000);
        AscentSimulator.SwitchCheckpoint.Holder holder = new AscentSimulator.SwitchCheckpoint.Holder();
        for (double[] law : new double[][] {{0.5, 0.002, 0}, {0.8, 0.003, 0}, {0.4, 0.002, 60}}) {
            Guidance g = new Guidance(azimuth, splitKick, law[0], law[1], law[2]);
            Flight recorded = new AscentSimulator(split, site, 1_000, target.semiMajorAxisM(), target.inclinationRad())
                    .fly(g, true);
            double coastStart = recorded.events.stream().filter(e -> e.name().startsWith("coast")).mapToDouble(FlightEvent::timeS)
                    .findFirst().orElseThrow();
            double secondIgnition = recorded.events.stream().filter(e -> e.name().equals("stage 2 (URM-1 upper) ignition"))
                    .mapToDouble(FlightEvent::timeS).findFirst().orElseThrow();
            assertThat(secondIgnition - coastStart).as("the gap is flown").isCloseTo(30, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(recorded.switchTimeS).as("the switch falls in the gap").isBetween(coastStart, secondIgnition);
            Flight resumed = new AscentSimulator(split, site, 1_000, target.semiMajorAxisM(), target.inclinationRad(),
                    holder).fly(g, false);
            Flight fromLiftoff = new AscentSimulator(split, site, 1_000, target.semiMajorAxisM(),
                    target.inclinationRad(), null).fly(g, false);
            assertSameFlight(resumed, fromLiftoff);
            assertThat(resumed.state).containsExactly(recorded.state);
        }
    }

    @Test
    void aKeepOutZoneCrossedBeforeTheSwitchKeepsItsCrossingAndTimeAcrossTheResume() {
        // a zone east of the pad, under the impact point's track of this eastward ascent from before the switch on:
        // the resumed flight must carry what the search reads (the zone crossed, when, the time spent over it) across
        // the switch (review); the inside/outside flags only name recorded events, and recorded flights never resume
        KeepOutZone zone = new KeepOutZone("east", List.of(new double[] {50.5, 129}, new double[] {50.5, 150},
                new double[] {53.5, 150}, new double[] {53.5, 129}), "test", "test geometry");
        LaunchSite zoned = new LaunchSite(site.id(), site.name(), site.country(), site.latitudeDeg(),
                site.longitudeDeg(), site.altitudeM(), site.corridors(), site.confidence(), site.sources(), site.notes(),
                List.of(zone));
        AscentSimulator.SwitchCheckpoint.Holder holder = new AscentSimulator.SwitchCheckpoint.Holder();
        for (double[] law : new double[][] {{0.5, 0.002}, {0.8, 0.003}}) {
            Guidance g = new Guidance(azimuth, kick, law[0], law[1], 0);
            Flight resumed = new AscentSimulator(vehicle, zoned, 1_500, target.semiMajorAxisM(),
                    target.inclinationRad(), holder).fly(g, false);
            Flight fromLiftoff = new AscentSimulator(vehicle, zoned, 1_500, target.semiMajorAxisM(),
                    target.inclinationRad(), null).fly(g, false);
            assertThat(fromLiftoff.keepOutZoneCrossed).as("the zone is crossed").isEqualTo("east");
            assertThat(fromLiftoff.keepOutCrossTimeS).as("entered before the switch").isLessThan(fromLiftoff.switchTimeS);
            assertSameFlight(resumed, fromLiftoff);
            assertThat(resumed.keepOutZoneCrossed).isEqualTo(fromLiftoff.keepOutZoneCrossed);
            assertThat(bits(resumed.keepOutSeconds)).as("keepOutSeconds").isEqualTo(bits(fromLiftoff.keepOutSeconds));
        }
    }

    @Test
    void anotherKickOrPayloadIsFlownFromLiftoff() {
        AscentSimulator.SwitchCheckpoint.Holder holder = new AscentSimulator.SwitchCheckpoint.Holder();
        Guidance g = new Guidance(azimuth, kick, 0.6, 0.003, 0);
        simulator(1_500, holder).fly(g, false);
        Guidance otherKick = new Guidance(azimuth, kick * 1.2, 0.6, 0.003, 0);
        assertSameFlight(simulator(1_500, holder).fly(otherKick, false), simulator(1_500, null).fly(otherKick, false));
        assertSameFlight(simulator(1_000, holder).fly(g, false), simulator(1_000, null).fly(g, false));
    }
}
