package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * Strap-on boosters meet the air with their own noses: their frontal area adds to the core's until they separate
 * (LaunchVehicle#referenceAreaM2). A vehicle shaped like H-IIA 202 (4 m core, two 2.5 m boosters: JAXA's figures)
 * must then lose more to drag than its core alone and less than a core as wide as core and boosters together,
 * which keeps that area to orbit.
 */
class StrapOnFrontalAreaLeavesWithTheBoostersTest {

    private static LaunchVehicle vehicle(double coreDiameterM, double boosterDiameterM) {
        Stage boosters = new Stage("2 x booster", 2, true, 130_000, 21_000, 3_600e3, 3_430e3, 284, 1, Map.of(), 0,
                false, Double.NaN, boosterDiameterM);
        Stage core = new Stage("core", 1, true, 101_000, 13_000, 1_100e3, 870e3, 440, 1, Map.of());
        Stage upper = new Stage("upper", 1, false, 17_000, 3_100, 137e3, 137e3, 448, 1, Map.of());
        return new LaunchVehicle("strap-on", "strap-on", "-", List.of(boosters, core, upper), 1_400, 0, coreDiameterM,
                Double.NaN, 1, Double.NaN, "test", List.of(), List.of(), "");
    }

    @Test
    void boosterAreaCountsUntilSeparation() {
        LaunchVehicle withBoosters = vehicle(4.0, 2.5);
        LaunchVehicle coreOnly = vehicle(4.0, Double.NaN);
        // a single body of the same frontal area at liftoff
        LaunchVehicle wideCore = vehicle(Math.sqrt(4.0 * 4.0 + 2 * 2.5 * 2.5), Double.NaN);
        assertThat(withBoosters.referenceAreaM2()).isCloseTo(wideCore.referenceAreaM2(), within(1e-9));
        assertThat(withBoosters.referenceAreaM2() / coreOnly.referenceAreaM2()).isCloseTo(1.78125, within(1e-9));

        TargetOrbit target = TargetOrbit.circular(300e3, Math.toRadians(30));
        double payload = 8_000;
        double drag = PayloadCapacity.fly(withBoosters, TestVehicles.equatorial(), target, payload).deltaV().dragLossMps();
        double dragCore = PayloadCapacity.fly(coreOnly, TestVehicles.equatorial(), target, payload).deltaV().dragLossMps();
        double dragWide = PayloadCapacity.fly(wideCore, TestVehicles.equatorial(), target, payload).deltaV().dragLossMps();
        assertThat(drag).isGreaterThan(1.3 * dragCore).isLessThan(dragWide);
    }
}
