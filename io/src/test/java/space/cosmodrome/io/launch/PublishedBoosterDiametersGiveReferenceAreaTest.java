package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * The drag reference area of a vehicle with strap-on boosters is the frontal area of the core plus that of every
 * booster, from the diameters the builders publish (sources in vehicles.yaml): H-IIA 4.0 m core and two 2.5 m
 * SRB-A (JAXA), Soyuz 2.95 m core and four 2.68 m side blocks, PSLV-XL 2.8 m core and six 1 m PSOM-XL (ISRO via
 * Wikipedia), Ariane 62 5.4 m core and two 3.4 m P120C (ESA), Angara-A5 five 2.9 m URM-1. Until the sixth session
 * H-IIA, PSLV-XL and Ariane 62 counted the core only (0.56 of the area), Soyuz and Angara-A5 the disc of the span
 * across the boosters (2.8 and 1.9 times the area).
 */
class PublishedBoosterDiametersGiveReferenceAreaTest {

    private static double disc(double diameterM) {
        return Math.PI * diameterM * diameterM / 4;
    }

    @Test
    void referenceAreaIsCorePlusBoostersFromPublishedDiameters() {
        Map<String, Double> expected = Map.of(
                "h-iia-202", disc(4.0) + 2 * disc(2.5),
                "soyuz-2.1a", disc(2.95) + 4 * disc(2.68),
                "soyuz-2.1b", disc(2.95) + 4 * disc(2.68),
                "pslv-xl", disc(2.8) + 6 * disc(1.0),
                "ariane-62", disc(5.4) + 2 * disc(3.4),
                "angara-a5", 5 * disc(2.9));
        LaunchCatalog catalog = CatalogReader.bundled();
        expected.forEach((id, area) -> {
            LaunchVehicle v = catalog.vehicle(id);
            assertThat(v.referenceAreaM2()).as(id).isCloseTo(area, within(1e-9));
        });
        // H-IIA: 22.4 m2, 1.78 times the 12.6 m2 of the core alone
        assertThat(catalog.vehicle("h-iia-202").referenceAreaM2()).isCloseTo(22.39, within(0.01));
    }

    @Test
    void vehiclesWithoutStrapOnsKeepTheirCoreArea() {
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            if (v.stages().stream().noneMatch(Stage::strapOn)) {
                assertThat(v.referenceAreaM2()).as(v.id()).isEqualTo(disc(v.diameterM()));
            }
        }
    }

    @Test
    void everyMultiUnitLiftoffEntryIsAStrapOn() {
        // boosters (more than one unit lit at liftoff beside the core) must say how wide they are: a missing
        // diameter would silently drop their drag
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            for (Stage s : v.stages()) {
                if (s.ignitesAtLiftoff() && s.count() > 1) {
                    assertThat(s.strapOn()).as(v.id() + " " + s.name()).isTrue();
                }
            }
        }
    }
}
