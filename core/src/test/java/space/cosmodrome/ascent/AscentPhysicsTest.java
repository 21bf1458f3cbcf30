package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/** Analytic checks of the ascent engine: rocket equation, delta-v budget closure, Earth-rotation gain, SSO inclination. */
class AscentPhysicsTest {

    /** Stages whose thrust does not depend on pressure: the ideal delta-v is then Tsiolkovsky's per stage. */
    private static LaunchVehicle pressureFreeVehicle() {
        Stage s1 = new Stage("one", 1, true, 100_000, 8_000, 1_800e3, 1_800e3, 320, 1, Map.of());
        Stage s2 = new Stage("two", 1, false, 20_000, 2_000, 250e3, 250e3, 350, 1, Map.of());
        return new LaunchVehicle("test", "test", "-", List.of(s1, s2), 0, 0, 2.5, Double.NaN, 1, Double.NaN, "test",
                List.of(), List.of(), "");
    }

    @Test
    void idealDeltaVIsTheRocketEquationPerStage() {
        LaunchVehicle v = pressureFreeVehicle();
        double payload = 1_000;
        AscentResult r = PayloadCapacity.fly(v, TestVehicles.equatorial(), TargetOrbit.circular(200e3, 0), payload);
        // Tsiolkovsky for stage 1 (full burn) and for stage 2 up to the mass at cut-off
        double m0 = 100_000 + 8_000 + 20_000 + 2_000 + payload;
        double dv1 = 320 * Stage.G0 * Math.log(m0 / (m0 - 100_000));
        double m2 = 20_000 + 2_000 + payload;
        double burnt2 = m2 - finalMass(r);
        double dv2 = 350 * Stage.G0 * Math.log(m2 / (m2 - burnt2));
        assertThat(r.deltaV().idealMps() - r.deltaV().burnsAfterCutoffMps()).isCloseTo(dv1 + dv2, within(0.5));
    }

    private static double finalMass(AscentResult r) {
        return r.trajectory().get(r.trajectory().size() - 1).massKg();
    }

    @Test
    void budgetClosesOnTheSpeedGainedAndTheRotationGain() {
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), TestVehicles.vostochny(List.of()),
                TargetOrbit.circular(200e3, Math.toRadians(60)));
        double[] v = r.cutoffVelocityMps();
        double[] pad = Earth.geodeticToCartesian(Math.toRadians(51.8842), Math.toRadians(128.3347), 278);
        double[] padVelocity = {-Earth.ROTATION_RATE * pad[1], Earth.ROTATION_RATE * pad[0], 0};
        double gained = Math.sqrt(Math.pow(v[0] - padVelocity[0], 2) + Math.pow(v[1] - padVelocity[1], 2) + v[2] * v[2]);
        AscentResult.DeltaVBudget b = r.deltaV();
        double ascentIdeal = b.idealMps() - b.burnsAfterCutoffMps();
        // exact by construction, up to the integration error
        assertThat(ascentIdeal - b.gravityLossMps() - b.dragLossMps() - b.steeringLossMps()).isCloseTo(gained, within(1.0));
        // the cut-off speed exceeds the speed gained by the pad's speed along the track, to second order
        double speed = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        assertThat(speed - gained).isCloseTo(b.earthRotationGainMps(), within(25.0));
        // plausible magnitudes for a two-stage kerosene vehicle
        assertThat(b.steeringLossMps()).isBetween(0.0, 600.0);
        assertThat(b.gravityLossMps()).isBetween(500.0, 2000.0);
    }

    @Test
    void earthRotationGainIsSurfaceSpeedTimesCosLatitudeTimesSinAzimuth() {
        LaunchSite site = TestVehicles.vostochny(List.of());
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), site, TargetOrbit.circular(200e3, Math.toRadians(70)));
        // 465.1 m/s: equatorial surface speed, WGS84 radius times the rotation rate
        double expected = 465.1 * Math.cos(site.latitudeRad()) * Math.sin(r.approach().groundAzimuthRad());
        assertThat(r.deltaV().earthRotationGainMps()).isCloseTo(expected, within(0.5));
    }

    @Test
    void sunSynchronousInclinationAt500KmIs97Point40() {
        assertThat(Math.toDegrees(TargetOrbit.sunSynchronousInclination(500e3, 500e3))).isCloseTo(97.40, within(0.005));
        // and at 800 km, 98.60 deg (Vallado, Fundamentals of Astrodynamics, SSO table)
        assertThat(Math.toDegrees(TargetOrbit.sunSynchronousInclination(800e3, 800e3))).isCloseTo(98.60, within(0.01));
    }

    @Test
    void insertionHitsTheTargetOrbit() {
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), TestVehicles.vostochny(List.of()),
                TargetOrbit.circular(250e3, Math.toRadians(63)));
        // cut-off puts the vehicle at the insertion orbit's perigee: the target's, or the parking perigee
        assertThat(r.insertion().apogeeAltitudeM()).isCloseTo(250e3, within(1_000.0));
        assertThat(r.insertion().perigeeAltitudeM()).isBetween(PayloadCapacity.PARKING_PERIGEE_M - 1_000, 251e3);
        assertThat(Math.toDegrees(r.insertion().inclinationRad())).isCloseTo(63, within(0.05));
        assertThat(r.delivered().perigeeAltitudeM()).isCloseTo(250e3, within(1_000.0));
        assertThat(r.capacityKg()).isPositive();
    }
}
