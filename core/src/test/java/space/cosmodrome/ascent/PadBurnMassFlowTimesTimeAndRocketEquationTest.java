package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentSimulator.Flight;
import space.cosmodrome.ascent.AscentSimulator.Guidance;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * Engines run on the pad before release: the propellant they burn is the mass flow times that time (F / (Isp g0) t),
 * it is gone at liftoff and gives no speed. References: that product, and the rocket equation of what is left. With a
 * constant thrust (sea-level equal to vacuum thrust, no throttling, no fairing) the ideal delta-v the simulator
 * integrates (thrust over mass) is exactly Isp g0 ln(m0 / m1) stage by stage, so the first stage's share must be that
 * of its load less the pad burn, from the release mass, and its burnout comes the pad time earlier than its full burn.
 */
class PadBurnMassFlowTimesTimeAndRocketEquationTest {
    private static final double PAD_S = 5;
    private static final double PAYLOAD_KG = 1_000;

    @Test
    void padBurnIsMassFlowTimesTimeAndTheRestFollowsTheRocketEquation() {
        Stage s1 = new Stage("S1", 1, true, 128_800, 10_150, 2_085e3, 2_085e3, 337.5, 1, Map.of(), 0, false, Double.NaN,
                Double.NaN, 0, PAD_S);
        Stage s2 = new Stage("S2", 1, false, 25_700, 2_355, 294.3e3, 294.3e3, 359, 1, Map.of());
        LaunchVehicle vehicle = new LaunchVehicle("pad", "Pad burn", "-", List.of(s1, s2), 0, 0, 2.9, Double.NaN, 2, 0,
                "test", List.of(), List.of(), "");
        double massFlow = 2_085e3 / (337.5 * Stage.G0);
        assertThat(s1.propellantBurntOnThePadKg()).isCloseTo(massFlow * PAD_S, within(1e-9));
        assertThat(vehicle.releaseMassWithoutPayloadKg())
                .isCloseTo(vehicle.liftoffMassWithoutPayloadKg() - massFlow * PAD_S, within(1e-6));

        LaunchSite site = TestVehicles.equatorial();
        TargetOrbit target = TargetOrbit.circular(300e3, 0);
        Flight f = new AscentSimulator(vehicle, site, PAYLOAD_KG, target.semiMajorAxisM(), 0)
                .fly(new Guidance(Math.PI / 2, Math.toRadians(1), 0.5, 0.002, 0), true);

        double releaseKg = vehicle.releaseMassWithoutPayloadKg() + PAYLOAD_KG;
        assertThat(f.trajectory.get(0).massKg()).as("mass at liftoff").isCloseTo(releaseKg, within(1e-6));
        double burnout = f.events.stream().filter(e -> e.name().equals("stage 1 (S1) burnout and separation"))
                .mapToDouble(FlightEvent::timeS).findFirst().orElseThrow();
        assertThat(burnout).as("the pad time comes off the flown burn").isCloseTo(s1.burnTimeS() - PAD_S, within(1e-6));

        // ideal delta-v: stage 1 on what was left at release, stage 2 from its ignition to the end of the flight
        double stage1Kg = s1.propellantAtLiftoffKg();
        double stage2StartKg = releaseKg - stage1Kg - s1.dryMassKg();
        double expected = s1.ispVacuumS() * Stage.G0 * Math.log(releaseKg / (releaseKg - stage1Kg))
                + s2.ispVacuumS() * Stage.G0 * Math.log(stage2StartKg / f.state[6]);
        double ideal = AscentSimulator.budget(f)[0];
        assertThat(ideal).isCloseTo(expected, within(1e-6 * expected));
        // what the pad costs against the same load flown from ignition: both end at the same burnout mass, so the loss is
        // Isp g0 ln(m at ignition / m at release), about 62 m/s here
        double exhaust = s1.ispVacuumS() * Stage.G0;
        double withoutPad = exhaust * Math.log((releaseKg + massFlow * PAD_S) / (releaseKg + massFlow * PAD_S - s1.propellantMassKg()));
        double withPad = exhaust * Math.log(releaseKg / (releaseKg - stage1Kg));
        assertThat(withoutPad - withPad).isCloseTo(exhaust * Math.log((releaseKg + massFlow * PAD_S) / releaseKg), within(1e-6));
    }
}
