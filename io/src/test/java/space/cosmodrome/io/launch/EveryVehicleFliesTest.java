package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

/**
 * Robustness of the payload search over the whole bundled catalog: every vehicle, from a site it flies from,
 * reaches a low orbit and a 500 km sun-synchronous orbit with a positive payload, less to the higher one.
 */
class EveryVehicleFliesTest {
    private static final LaunchCatalog CATALOG = CatalogReader.bundled();
    private static final Map<String, String> HOME = Map.ofEntries(Map.entry("angara-1.2", "plesetsk"),
            Map.entry("angara-a5", "vostochny"), Map.entry("soyuz-2.1a", "baikonur"), Map.entry("soyuz-2.1b", "plesetsk"),
            Map.entry("soyuz-2.1v", "plesetsk"), Map.entry("falcon9-b5", "ccsfs_ksc"), Map.entry("electron", "mahia_lc1"),
            Map.entry("vega-c", "kourou"), Map.entry("pslv-xl", "sriharikota"), Map.entry("h-iia-202", "tanegashima"),
            Map.entry("cz-2d", "jiuquan"), Map.entry("kuaizhou-1a", "jiuquan"), Map.entry("chollima-1", "sohae"),
            Map.entry("unha-3", "sohae"), Map.entry("ariane-62", "kourou"));

    static java.util.stream.Stream<String> vehicles() {
        return CATALOG.vehicles().stream().map(LaunchVehicle::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vehicles")
    void reachesLowOrbitAndSunSynchronousOrbit(String id) {
        LaunchVehicle v = CATALOG.vehicle(id);
        LaunchSite site = CATALOG.site(HOME.getOrDefault(id, "kourou"));
        double inclination = Math.toRadians(Math.max(Math.abs(site.latitudeDeg()) + 0.5, 51.6));
        AscentResult low = PayloadCapacity.maximize(v, site, TargetOrbit.circular(200e3, inclination));
        AscentResult sso = PayloadCapacity.maximize(v, site, TargetOrbit.sunSynchronous(500e3));
        assertThat(low.capacityKg()).isPositive();
        assertThat(sso.capacityKg()).isPositive();
        assertThat(Math.toDegrees(sso.delivered().inclinationRad())).isBetween(97.3, 97.5);
    }
}
