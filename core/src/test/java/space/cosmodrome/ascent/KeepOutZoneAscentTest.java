package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.KeepOutZone;
import space.cosmodrome.launch.LaunchSite;

/**
 * Range safety by keep-out zones for the instantaneous impact point: a zone astride the impact point's track
 * is reported (events, warning), one away from it changes nothing. The reference for "astride" is the
 * trajectory's own sampled impact points tested against the polygon (ImpactPointTest checks those against
 * Orekit).
 */
class KeepOutZoneAscentTest {
    private static final TargetOrbit SSO = TargetOrbit.sunSynchronous(500e3);

    private static LaunchSite vostochnyWith(KeepOutZone zone) {
        LaunchSite v = TestVehicles.vostochny(List.of());
        return new LaunchSite(v.id(), v.name(), v.country(), v.latitudeDeg(), v.longitudeDeg(), v.altitudeM(),
                v.corridors(), v.confidence(), v.sources(), v.notes(), List.of(zone));
    }

    private static KeepOutZone box(double lat1, double lat2, double lon1, double lon2) {
        return new KeepOutZone("box", List.of(new double[] {lat1, lon1}, new double[] {lat1, lon2},
                new double[] {lat2, lon2}, new double[] {lat2, lon1}), "test", "test geometry");
    }

    @Test
    void aZoneAstrideTheImpactTrackIsReportedAndOneAwayChangesNothing() {
        AscentResult free = PayloadCapacity.maximize(TestVehicles.angara12(), TestVehicles.vostochny(List.of()), SSO);
        // the northbound SSO ascent's impact point passes about 59-60 N, 123 E (see ImpactPointTest)
        KeepOutZone astride = box(59.5, 60.5, 120, 126);
        boolean sampledInside = free.trajectory().stream().anyMatch(p -> p.impactPoint() != null
                && astride.contains(p.impactPoint().latitudeDeg(), p.impactPoint().longitudeDeg()));
        assertThat(sampledInside).isTrue();

        AscentResult blocked = PayloadCapacity.maximize(TestVehicles.angara12(), vostochnyWith(astride), SSO);
        assertThat(blocked.warnings()).anyMatch(w -> w.contains("keep-out zone box"));
        assertThat(blocked.events()).anyMatch(e -> e.name().equals("IIP enters keep-out zone box"));
        assertThat(blocked.events()).anyMatch(e -> e.name().startsWith("IIP leaves the Earth"));

        AscentResult clear = PayloadCapacity.maximize(TestVehicles.angara12(), vostochnyWith(box(59.5, 60.5, 135, 140)), SSO);
        assertThat(clear.warnings()).noneMatch(w -> w.contains("keep-out"));
        assertThat(clear.capacityKg()).isEqualTo(free.capacityKg());
    }
}
