package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * What range rules and stage layouts take away can only cost payload: a dog-leg that must wait until the
 * vehicle is far downrange, and a burn split in two phases that cannot be separated by a coast.
 */
class RangeConstraintTest {

    private static double capacity(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target) {
        return PayloadCapacity.maximize(vehicle, site, target).capacityKg();
    }

    @Test
    void aDogLegThatMustWaitDownrangeNeverCarriesMore() {
        // the corridor stops 10 deg short of the azimuth a 97.4 deg orbit needs from Vostochny
        TargetOrbit sso = TargetOrbit.circular(500e3, Math.toRadians(97.4));
        LaunchSite early = TestVehicles.vostochny(List.of(new AzimuthCorridor("test", 330, 340, "test", "")));
        LaunchSite late = TestVehicles.vostochny(List.of(new AzimuthCorridor("test", 330, 340, "test", "", 1500)));
        double whenEarly = capacity(TestVehicles.angara12(), early, sso);
        double whenLate = capacity(TestVehicles.angara12(), late, sso);
        assertThat(whenLate).isLessThan(whenEarly);
        assertThat(whenLate).isPositive();
    }

    @Test
    void aContinuationPhaseIsNeverPrecededByACoast() {
        // a two-stage vehicle whose second stage ends on small verniers (as the CZ-2D): with the vernier phase
        // as a separate stage the search may coast before it; as a continuation it may not, and carries less
        Stage first = new Stage("first", 1, true, 128_800, 10_150, 2_085e3, 1_922e3, 337.5, 0.27, Map.of());
        Stage main = new Stage("main", 1, false, 20_000, 1, 294.3e3, 294.3e3, 359, 1, Map.of());
        Stage verniersAlone = new Stage("verniers", 1, false, 5_000, 2_355, 30e3, 30e3, 330, 1, Map.of());
        Stage verniersContinuing = new Stage("verniers", 1, false, 5_000, 2_355, 30e3, 30e3, 330, 1, Map.of(), 0, true);
        LaunchVehicle separable = vehicle(List.of(first, main, verniersAlone));
        LaunchVehicle continuous = vehicle(List.of(first, main, verniersContinuing));
        assertThat(continuous.lastBurnStart()).isEqualTo(1);
        assertThat(separable.lastBurnStart()).isEqualTo(2);

        LaunchSite site = TestVehicles.vostochny(List.of());
        TargetOrbit high = TargetOrbit.circular(800e3, Math.toRadians(97.4));
        AscentResult result = PayloadCapacity.maximize(continuous, site, high);
        List<String> names = result.events().stream().map(FlightEvent::name).toList();
        int mainOut = names.indexOf("stage 2 (main) burnout and separation");
        int verniersOn = names.indexOf("stage 3 (verniers) ignition");
        assertThat(mainOut).isNotNegative();
        assertThat(verniersOn).isEqualTo(mainOut + 1);
        assertThat(result.capacityKg()).isLessThanOrEqualTo(capacity(separable, site, high) + 1);
    }

    private static LaunchVehicle vehicle(List<Stage> stages) {
        return new LaunchVehicle("test", "test", "test", stages, 655, 0, 2.9, Double.NaN, 1, 171_000, "medium",
                List.of(), List.of(), "");
    }
}
