package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * A direct ascent is not searched when it cannot climb to the insertion radius (AscentSearch.directAscentOutOfReach):
 * the speed before cut-off is below the vis-viva speed of the insertion orbit's energy at the Earth's surface,
 * sqrt(mu (2 / r - 1 / a)), for at most the stages' burn times. Checked against that bound worked by hand for the
 * Angara-1.2 test vehicle, and against the full search: an orbit the search reaches directly is never cut off.
 */
class DirectAscentOutOfReachByVisVivaBoundTest {
    private final LaunchVehicle vehicle = TestVehicles.angara12();
    private final LaunchSite site = TestVehicles.vostochny(List.of());

    private AscentSearch direct(TargetOrbit target) {
        LaunchGeometry.Approach approach = LaunchGeometry.approach(site, target.inclinationRad(), true);
        return new AscentSearch(vehicle, site, approach, AscentSearch.Plan.direct(target));
    }

    /** The climb the bound allows, worked from the vehicle's stages with no throttling (Angara-1.2 has none). */
    private double allowedClimbM(TargetOrbit target, double payloadKg) {
        double rPolar = Earth.EQUATORIAL_RADIUS * (1 - Earth.FLATTENING) - 1_000;
        double speed = Math.sqrt(Earth.MU * (2 / rPolar - 1 / target.semiMajorAxisM()));
        double time = 0;
        for (Stage st : vehicle.stages()) {
            time += st.burnTimeS();
        }
        Stage last = vehicle.upperStage();
        time += (last.dryMassKg() + payloadKg + vehicle.payloadAdapterMassKg() + vehicle.fairingMassKg())
                / last.massFlowKgPerS();
        return speed * time;
    }

    @Test
    void aCircularGeoIsBeyondTheBoundAndRefusedAsUnreachable() {
        TargetOrbit geo = TargetOrbit.circular(35_786e3, Math.toRadians(51.9));
        // about 10.8 km/s for some 500 s: a few thousand kilometres, far short of 35,786 km
        assertThat(allowedClimbM(geo, 1_000)).isLessThan(10_000e3);
        assertThat(direct(geo).directAscentOutOfReach(1_000)).isTrue();
        assertThatThrownBy(() -> PayloadCapacity.maximize(vehicle, site, geo, AscentProfile.DIRECT))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNREACHABLE));
    }

    @Test
    void anOrbitTheSearchReachesDirectlyIsWithinTheBound() {
        TargetOrbit low = TargetOrbit.circular(500e3, Math.toRadians(51.9));
        assertThat(allowedClimbM(low, 5_000)).isGreaterThan(500e3);
        assertThat(direct(low).directAscentOutOfReach(5_000)).isFalse();
        assertThat(PayloadCapacity.maximize(vehicle, site, low, AscentProfile.DIRECT).capacityKg()).isPositive();
    }
}
