package space.cosmodrome.ascent;

import java.util.List;
import java.util.Map;

import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/** Small fixed vehicles and sites for the engine tests, independent of the bundled catalog. */
final class TestVehicles {
    private TestVehicles() {
    }

    /**
     * Angara-1.2's stage figures as in the shared starting data (2002 Mission Planner's Guide design), but with a
     * restartable URM-2 (2 ignitions), unlike the bundled catalog's since the thirteenth research round: a deliberately
     * restartable variant, so that the core tests keep flying the parking-orbit plan (HandOffTest's delivered orbit
     * after an apogee burn, AscentNodeShiftTest).
     */
    static LaunchVehicle angara12() {
        Stage s1 = new Stage("URM-1", 1, true, 128_800, 10_150, 2_085e3, 1_922e3, 337.5, 0.27, Map.of());
        Stage s2 = new Stage("URM-2", 1, false, 25_700, 2_355, 294.3e3, 294.3e3, 359, 1, Map.of());
        return new LaunchVehicle("angara-1.2", "Angara-1.2", "Khrunichev", List.of(s1, s2), 655, 0, 2.9, Double.NaN, 2, 171_000,
                "medium", List.of(), List.of(), "");
    }

    static LaunchSite vostochny(List<AzimuthCorridor> corridors) {
        return new LaunchSite("vostochny", "Vostochny", "Russia", 51.8842, 128.3347, 278, corridors, "medium",
                List.of(), "");
    }

    static LaunchSite equatorial() {
        return new LaunchSite("equator", "Equator", "-", 0, 0, 0, List.of(), "test", List.of(), "");
    }
}
