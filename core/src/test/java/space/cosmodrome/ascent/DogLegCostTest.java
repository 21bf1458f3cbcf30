package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;

/**
 * A dog-leg's payload cost is the capacity of the ascent the corridors prevent, flown straight into the target
 * plane from the same pad with no corridor (an independent {@link PayloadCapacity#maximize} run), less the
 * dog-leg's capacity. It used to be measured against the corridor's own inclination, another orbit: a dog-leg
 * towards a cheaper inclination then cost nothing.
 */
class DogLegCostTest {

    @Test
    void theCostIsTheUnconstrainedDirectAscentsCapacityLessTheDogLegs() {
        // the corridor reaches about 95-101 deg from Vostochny; 90 deg is cheaper than any of those
        LaunchSite northOnly = TestVehicles.vostochny(List.of(new AzimuthCorridor("north", 339, 353, "test", "")));
        LaunchSite free = TestVehicles.vostochny(List.of());
        TargetOrbit polar = TargetOrbit.circular(200e3, Math.toRadians(90));
        AscentResult dogLeg = PayloadCapacity.maximize(TestVehicles.angara12(), northOnly, polar);
        AscentResult direct = PayloadCapacity.maximize(TestVehicles.angara12(), free, polar);
        assertThat(Math.toDegrees(dogLeg.dogLegRad())).isGreaterThan(3);
        assertThat(Math.toDegrees(dogLeg.approach().flownInclinationRad())).isGreaterThan(93);
        assertThat(direct.dogLegRad()).isZero();
        assertThat(dogLeg.dogLegPayloadCostKg()).isPositive();
        assertThat(dogLeg.dogLegPayloadCostKg())
                .isCloseTo(direct.capacityKg() - dogLeg.capacityKg(), within(0.005 * direct.capacityKg()));
    }
}
