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
 * A staging coast against the analytic loss of an unpowered flight above the air: along the path the speed changes at
 * dv/dt = -g sin(gamma), g = mu / r^2 the local gravity and gamma the flight-path angle (the part of gravity along the
 * velocity; the field is central, so the other terms turn the velocity without changing its size). Over a short coast g
 * and gamma barely change, so the loss is close to g sin(gamma) t; integrated along the coast (trapezoids on the
 * recorded samples, one per step of up to 2 s) it is that to J2's share and the drag. Angara-1.2 with a 40 s gap before its second stage: its
 * first stage ends near 100 km, where the drag (a few pascals of dynamic pressure) is under a thousandth of gravity.
 */
class StagingCoastLosesGravityTimesSinGammaTest {
    private static final double GAP_S = 40;

    @Test
    void theCoastLosesGravityTimesSinGammaAndLightsTheStageAtTheGap() {
        LaunchVehicle base = TestVehicles.angara12();
        Stage s2 = base.stages().get(1);
        Stage s2WithGap = new Stage(s2.name(), 1, false, s2.propellantMassKg(), s2.dryMassKg(), s2.thrustVacuumN(),
                s2.thrustSeaLevelN(), s2.ispVacuumS(), 1, Map.of(), 0, false, Double.NaN, Double.NaN, GAP_S, 0);
        LaunchVehicle vehicle = new LaunchVehicle("gap", "Angara-1.2 with a gap", "-", List.of(base.stages().get(0), s2WithGap),
                0, 0, base.diameterM(), Double.NaN, 2, 0, "test", List.of(), List.of(), "");
        LaunchSite site = TestVehicles.vostochny(List.of());
        TargetOrbit target = TargetOrbit.circular(500e3, Math.toRadians(51.9));
        LaunchGeometry.Approach approach = LaunchGeometry.approach(site, target.inclinationRad(), true);
        double kick = new AscentSearch(vehicle, site, approach, AscentSearch.Plan.direct(target)).optimizeKick(1_500);
        Flight f = new AscentSimulator(vehicle, site, 1_500, target.semiMajorAxisM(), target.inclinationRad())
                .fly(new Guidance(approach.groundAzimuthRad(), kick, 0.5, 0.002, 0), true);

        FlightEvent start = event(f, AscentSimulator.coastName(GAP_S, 0));
        FlightEvent ignition = event(f, "stage 2 (" + s2.name() + ") ignition");
        assertThat(ignition.timeS() - start.timeS()).as("the stage lights after its gap").isCloseTo(GAP_S, within(1e-9));
        assertThat(start.altitudeM()).as("where the drag is under a thousandth of gravity").isGreaterThan(90e3);

        // the samples inside the coast: no thrust, so no mass is used; the speed falls by the integral of g sin(gamma)
        List<TrajectoryPoint> coast = f.trajectory.stream()
                .filter(p -> p.timeS() > start.timeS() + 1e-9 && p.timeS() < ignition.timeS() - 1e-9).toList();
        assertThat(coast.size()).isGreaterThan(15);
        double integral = 0;
        for (int i = 1; i < coast.size(); i++) {
            TrajectoryPoint a = coast.get(i - 1);
            TrajectoryPoint b = coast.get(i);
            integral += (alongPathGravity(a) + alongPathGravity(b)) / 2 * (b.timeS() - a.timeS());
            assertThat(b.massKg()).isEqualTo(a.massKg());
        }
        TrajectoryPoint first = coast.get(0);
        TrajectoryPoint last = coast.get(coast.size() - 1);
        double loss = speed(first) - speed(last);
        assertThat(loss).as("loss over %.0f s", last.timeS() - first.timeS()).isGreaterThan(5);
        // J2 and the trapezoids: well under 1 %
        System.out.printf("coast from %.1f s at %.1f km: loss %.3f m/s, integral of g sin(gamma) %.3f m/s, uniform %.3f m/s%n",
                start.timeS(), start.altitudeM() / 1000, loss, integral, alongPathGravity(first) * (last.timeS() - first.timeS()));
        assertThat(loss).isCloseTo(integral, within(0.005 * loss));
        // and with g and gamma frozen at the coast's start, the uniform-field figure g sin(gamma) t, to the change of
        // gamma over the coast (the path turns down a few degrees)
        double uniform = alongPathGravity(first) * (last.timeS() - first.timeS());
        assertThat(loss).isCloseTo(uniform, within(0.25 * uniform));
        // the whole gap against the events' speeds (inertial)
        assertThat(start.speedMps() - ignition.speedMps()).isGreaterThan(loss);
    }

    /** g sin(gamma) at a sample (m/s²): mu / r^2 times the radial share of the velocity. */
    private static double alongPathGravity(TrajectoryPoint p) {
        double[] r = p.positionM();
        double[] v = p.velocityMps();
        double rn = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
        double sinGamma = (r[0] * v[0] + r[1] * v[1] + r[2] * v[2]) / (rn * speed(p));
        return Earth.MU / (rn * rn) * sinGamma;
    }

    private static double speed(TrajectoryPoint p) {
        double[] v = p.velocityMps();
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static FlightEvent event(Flight f, String name) {
        return f.events.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no event " + name + " in " + f.events.stream().map(FlightEvent::name).toList()));
    }
}
