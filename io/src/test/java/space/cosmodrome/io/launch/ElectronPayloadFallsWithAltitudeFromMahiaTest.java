package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;

/**
 * A physical property of any launcher (every user's manual's payload curve falls with the orbit's height): Electron
 * from Mahia carries at least as much to a 200 km circular orbit at 45 deg as to 300 km. It broke (252 kg against
 * 264 kg) when the kick stage's last burn, starting at a 200 km apogee it could not be centred on, was flown
 * tangentially (and split in two when long): the path fell and a 79 m/s trim was left.
 */
class ElectronPayloadFallsWithAltitudeFromMahiaTest {
    private static final LaunchCatalog CATALOG = CatalogReader.bundled();

    private static double capacity(double altitudeKm) {
        return PayloadCapacity.maximize(CATALOG.vehicle("electron"), CATALOG.site("mahia_lc1"),
                TargetOrbit.circular(altitudeKm * 1000, Math.toRadians(45))).capacityKg();
    }

    @Test
    void payloadTo200KmIsAtLeastPayloadTo300KmAt45Deg() {
        double low = capacity(200);
        double high = capacity(300);
        System.out.printf("Electron from Mahia at 45 deg: %.1f kg to 200 km, %.1f kg to 300 km%n", low, high);
        assertThat(low).isGreaterThanOrEqualTo(high);
    }
}
