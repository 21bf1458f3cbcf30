package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;

/** Properties the payload search must keep, on the Angara-1.2 test vehicle from Vostochny. */
class PayloadPropertiesTest {
    private final LaunchSite site = TestVehicles.vostochny(List.of());

    private double capacity(double altitudeKm, double inclinationDeg) {
        return PayloadCapacity.maximize(TestVehicles.angara12(), site,
                TargetOrbit.circular(altitudeKm * 1000, Math.toRadians(inclinationDeg))).capacityKg();
    }

    @Test
    void payloadFallsAsAltitudeRises() {
        double previous = Double.POSITIVE_INFINITY;
        for (double altitude : new double[] {200, 400, 700, 1000}) {
            double p = capacity(altitude, 63);
            assertThat(p).as("capacity at %s km", altitude).isLessThan(previous);
            previous = p;
        }
    }

    @Test
    void payloadFallsAsInclinationMovesAwayFromLatitude() {
        double previous = Double.POSITIVE_INFINITY;
        for (double inclination : new double[] {52, 65, 80, 97.4}) {
            double p = capacity(300, inclination);
            assertThat(p).as("capacity at %s deg", inclination).isLessThan(previous);
            previous = p;
        }
        // below the latitude, a dog-leg costs payload
        assertThat(capacity(300, 45)).isLessThan(capacity(300, 52));
    }

    @Test
    void heavierPayloadNeverReachesAHigherOrbit() {
        double atLow = capacity(300, 63);
        AscentResult heavy = PayloadCapacity.fly(TestVehicles.angara12(), site,
                TargetOrbit.circular(600e3, Math.toRadians(63)), atLow);
        assertThat(heavy.reachesOrbit()).isFalse();
        assertThat(heavy.marginKg()).isNegative();
    }

    @Test
    void orbitBeyondTheVehicleIsRefusedNotAnsweredWithZero() {
        assertThatThrownBy(() -> PayloadCapacity.maximize(TestVehicles.angara12(), site,
                TargetOrbit.circular(30_000e3, Math.toRadians(63))))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNREACHABLE));
    }

    @Test
    void corridorForcesADogLegAndReportsItsCost() {
        LaunchSite eastOnly = TestVehicles.vostochny(List.of(new AzimuthCorridor("east", 60, 100, "test", "")));
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), eastOnly, TargetOrbit.circular(300e3, Math.toRadians(70)));
        assertThat(Math.toDegrees(r.dogLegRad())).isGreaterThan(5);
        assertThat(r.dogLegPayloadCostKg()).isPositive();
        assertThat(Math.toDegrees(r.approach().groundAzimuthRad())).isBetween(60.0 - 1e-9, 100.0);
        assertThat(Math.toDegrees(r.delivered().inclinationRad())).isCloseTo(70, org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void dynamicPressureLimitIsHeldAndCostsPayload() {
        var free = TestVehicles.angara12();
        var limited = new space.cosmodrome.launch.LaunchVehicle(free.id(), free.name(), free.manufacturer(), free.stages(),
                free.fairingMassKg(), free.payloadAdapterMassKg(), free.diameterM(), free.maxAccelerationG(),
                free.upperStageIgnitions(), free.publishedLiftoffMassKg(), free.confidence(), free.sources(),
                free.publishedPayloads(), free.notes(), 18_000);
        TargetOrbit target = TargetOrbit.circular(300e3, Math.toRadians(63));
        AscentResult unlimited = PayloadCapacity.maximize(free, site, target);
        AscentResult held = PayloadCapacity.maximize(limited, site, target);
        assertThat(unlimited.maxDynamicPressurePa()).isGreaterThan(18_000);
        assertThat(held.maxDynamicPressurePa()).isLessThanOrEqualTo(18_000 * 1.02);
        assertThat(held.capacityKg()).isLessThanOrEqualTo(unlimited.capacityKg());
    }
}
