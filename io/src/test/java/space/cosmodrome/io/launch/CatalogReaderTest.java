package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

class CatalogReaderTest {
    @TempDir
    Path dir;

    @Test
    void bundledCatalogHasTheIdsOfTheSharedData() {
        LaunchCatalog c = CatalogReader.bundled();
        assertThat(c.sites()).extracting("id").contains("vostochny", "plesetsk", "baikonur", "sohae", "kourou",
                "mahia_lc1", "ccsfs_ksc", "vandenberg", "jiuquan", "taiyuan", "xichang", "wenchang", "tanegashima",
                "sriharikota", "naro", "semnan", "palmachim");
        assertThat(c.vehicles()).extracting("id").contains("angara-1.2", "angara-a5", "soyuz-2.1a", "soyuz-2.1b",
                "soyuz-2.1v", "falcon9-b5", "electron", "vega-c", "pslv-xl", "h-iia-202", "cz-2d", "kuaizhou-1a",
                "chollima-1", "unha-3", "ariane-62");
        assertThat(c.site("vostochny").latitudeDeg()).isBetween(51.8, 51.9);
    }

    @Test
    void everyStageFigureKeepsItsSource() {
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            assertThat(v.sources()).as(v.id()).isNotEmpty();
            for (Stage s : v.stages()) {
                assertThat(s.sources()).as(v.id() + " " + s.name()).containsKeys("propellantMassKg", "dryMassKg", "thrustVacuumKn");
            }
        }
    }

    @Test
    void aFigureUsedToFitEstimatesIsMarkedAndItsVehicleSaysWhichFigureWasFitted() {
        // fittedTo: true only where an ESTIMATE was fitted (docs/validation/launch.md, "Estimates fitted to published
        // performance"); each such vehicle has a stage figure whose source says so, with the old value kept
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            boolean fitted = v.publishedPayloads().stream().anyMatch(p -> p.fittedTo());
            boolean saysFitted = v.stages().stream().flatMap(s -> s.sources().values().stream())
                    .anyMatch(text -> text.startsWith("ESTIMATE fitted to"));
            assertThat(fitted).as(v.id()).isEqualTo(saysFitted);
        }
        assertThat(CatalogReader.bundled().vehicles().stream().flatMap(v -> v.publishedPayloads().stream())
                .filter(p -> p.fittedTo()).count()).isEqualTo(3); // Kuaizhou-1A 700 km, CZ-2D 700 and 500 km
    }

    @Test
    void stageSumsMatchPublishedLiftoffMassWithinTenPercent() {
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            if (!Double.isNaN(v.publishedLiftoffMassKg())) {
                assertThat(v.liftoffMassWithoutPayloadKg() / v.publishedLiftoffMassKg()).as(v.id()).isBetween(0.9, 1.1);
            }
        }
    }

    @Test
    void userFileAddsAndReplacesEntries() throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, String.join("\n",
                "sites:",
                "  - id: vostochny",
                "    name: Vostochny (moved for a test)",
                "    latitudeDeg: 50.0",
                "    longitudeDeg: 128.0",
                "    altitudeM: 200",
                "  - id: my_pad",
                "    name: My pad",
                "    latitudeDeg: 10.0",
                "    longitudeDeg: 20.0",
                ""));
        LaunchCatalog c = CatalogReader.bundledWith(file);
        assertThat(c.site("vostochny").latitudeDeg()).isEqualTo(50.0);
        assertThat(c.site("my_pad").longitudeDeg()).isEqualTo(20.0);
        assertThat(c.site("plesetsk")).isNotNull();
    }

    @Test
    void keepOutZonesAreReadAndAPolygonOfTwoPointsIsRefused() throws IOException {
        Path file = dir.resolve("zones.yaml");
        String site = String.join("\n",
                "sites:",
                "  - id: my_pad",
                "    name: My pad",
                "    latitudeDeg: 10.0",
                "    longitudeDeg: 20.0",
                "    keepOutZones:",
                "      - name: island",
                "        source: our geometry",
                "        verticesDeg: [[11, 21], [11, 22], [12, 22]%s]",
                "");
        Files.writeString(file, String.format(site, ", [12, 21]"));
        LaunchCatalog c = CatalogReader.bundledWith(file);
        assertThat(c.site("my_pad").keepOutZones()).singleElement().satisfies(z -> {
            assertThat(z.name()).isEqualTo("island");
            assertThat(z.contains(11.5, 21.5)).isTrue();
        });
        Files.writeString(file, String.format(site, "").replace(", [12, 22]", ""));
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.getMessage()).contains("verticesDeg"));
    }

    @Test
    void malformedFileIsRefusedWithLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "sites:\n  - id: x\n    latitudeDeg: [1, 2\n");
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
            assertThat(e.details()).containsKeys("line", "column");
        });
    }

    @Test
    void outOfRangeValueNamesTheFieldAndLine() throws IOException {
        Path file = dir.resolve("range.yaml");
        Files.writeString(file, "sites:\n  - id: x\n    name: X\n    latitudeDeg: 95\n    longitudeDeg: 0\n");
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
            assertThat(e.details()).containsEntry("field", "sites[0].latitudeDeg").containsEntry("line", 4);
        });
    }

    @Test
    void misspelledFieldIsRefused() throws IOException {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "sites:\n  - id: x\n    altitudeMm: 10\n    latitudeDeg: 10\n    longitudeDeg: 10\n");
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.details()).containsEntry("line", 3);
            assertThat(e.getMessage()).contains("altitudeMm").contains("did you mean 'altitudeM'");
        });
    }

    @Test
    void unknownIdSuggestsTheNearest() {
        assertThatThrownBy(() -> CatalogReader.bundled().vehicle("angara12")).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_ID);
            assertThat((String) e.details().get("allowed")).contains("angara-1.2");
        });
    }

    @Test
    void publishedBurnTimeNeedsItsSource() throws IOException {
        String burnTime = "        burnTimeS: 98";
        assertThatThrownBy(() -> CatalogReader.read(twoStages("unsourced", burnTime, "")))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
                    assertThat(e.getMessage()).contains("sources.burnTime");
                });
        Path sourced = twoStages("sourced", burnTime + "\n        sources:\n          burnTime: a flight timeline", "");
        assertThat(CatalogReader.read(sourced).vehicle("tiny").stages().get(0).publishedBurnTimeS()).isEqualTo(98.0);
    }

    @Test
    void everyBundledIgnitionCountCitesItsSource() throws IOException {
        // the count decides parking orbit, apogee burn and disposal; its source sits with the last stage's figures
        String yaml = new String(CatalogReaderTest.class.getResourceAsStream("/catalog/vehicles.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            Stage last = v.stages().get(v.stages().size() - 1);
            String source = last.sources().get("upperStageIgnitions");
            assertThat(source).as(v.id()).isNotBlank();
            // a source found names a catalog source key; none found says so and what was assumed
            if (source.startsWith("none found")) {
                assertThat(source).as(v.id()).contains("ssumed " + v.upperStageIgnitions());
            } else {
                String key = source.substring(0, source.indexOf(' '));
                assertThat(yaml).as(v.id() + " ignition source " + key).contains("\n  " + key + ": ");
                assertThat(source).as(v.id()).endsWith(". " + v.upperStageIgnitions());
            }
        }
        // thirteenth round: no source says the RD-0124A of the URM-2 relights (docs/data/launch-catalog.md)
        assertThat(CatalogReader.bundled().vehicle("angara-1.2").upperStageIgnitions()).isEqualTo(1);
        assertThat(CatalogReader.bundled().vehicle("angara-a5").upperStageIgnitions()).isEqualTo(1);
    }

    @Test
    void aStatedIgnitionCountNeedsItsSource() throws IOException {
        String vehicle = String.join("\n",
                "vehicles:",
                "  - id: tiny",
                "    name: Tiny",
                "    diameterM: 1.0",
                "%s",
                "    stages:",
                "      - name: S1",
                "        ignition: liftoff",
                "        propellantMassKg: 1000",
                "        dryMassKg: 100",
                "        thrustVacuumKn: 30",
                "        thrustSeaLevelKn: 27",
                "        ispVacuumS: 300",
                "%s",
                "");
        Path file = dir.resolve("ignitions.yaml");
        Files.writeString(file, String.format(vehicle, "    upperStageIgnitions: 2", ""));
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
            assertThat(e.getMessage()).contains("vehicle tiny: stages[0] (S1).sources.upperStageIgnitions")
                    .contains("upperStageIgnitions 2");
        });
        Files.writeString(file, String.format(vehicle, "    upperStageIgnitions: 2",
                "        sources:\n          upperStageIgnitions: a flight with a coast and an apogee burn"));
        assertThat(CatalogReader.read(file).vehicle("tiny").upperStageIgnitions()).isEqualTo(2);
        // not stated, or stated 1: one ignition, which claims no relight and needs no source (older catalogs load)
        Files.writeString(file, String.format(vehicle, "", ""));
        assertThat(CatalogReader.read(file).vehicle("tiny").upperStageIgnitions()).isEqualTo(1);
        Files.writeString(file, String.format(vehicle, "    upperStageIgnitions: 1", ""));
        assertThat(CatalogReader.read(file).vehicle("tiny").upperStageIgnitions()).isEqualTo(1);
        // fewer than one is no count at all
        Files.writeString(file, String.format(vehicle, "    upperStageIgnitions: -2", ""));
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
            assertThat(e.getMessage()).contains("vehicle tiny: upperStageIgnitions").contains("-2").contains("1 or more");
        });
    }

    /** A two-stage vehicle with extra lines under each stage (indented as stage fields). */
    private Path twoStages(String name, String firstExtra, String secondExtra) throws IOException {
        String yaml = String.join("\n",
                "vehicles:",
                "  - id: tiny",
                "    name: Tiny",
                "    diameterM: 1.0",
                "    stages:",
                "      - name: S1",
                "        ignition: liftoff",
                "        propellantMassKg: 1000",
                "        dryMassKg: 100",
                "        thrustVacuumKn: 30",
                "        thrustSeaLevelKn: 27",
                "        ispVacuumS: 300",
                firstExtra,
                "      - name: S2",
                "        ignition: sequential",
                "        propellantMassKg: 100",
                "        dryMassKg: 20",
                "        thrustVacuumKn: 3",
                "        ispVacuumS: 320",
                secondExtra,
                "");
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void stagingTimesAreCheckedNamedAndNeedTheirSources() throws IOException {
        // a gap on the liftoff group, a pad time on a sequential stage: refused, naming the vehicle, stage and field
        assertThatThrownBy(() -> CatalogReader.read(twoStages("gap-on-pad", "        coastBeforeIgnitionS: 5", "")))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
                    assertThat(e.getMessage()).contains("stages[0].coastBeforeIgnitionS").contains("5")
                            .contains("stage lit in sequence");
                });
        assertThatThrownBy(() -> CatalogReader.read(twoStages("pad-on-second", "", "        engineRunBeforeLiftoffS: 3")))
                .isInstanceOfSatisfying(CosmodromeException.class, e ->
                        assertThat(e.getMessage()).contains("stages[1].engineRunBeforeLiftoffS").contains("lit on the pad"));
        // a figure without its source
        assertThatThrownBy(() -> CatalogReader.read(twoStages("unsourced-gap", "", "        coastBeforeIgnitionS: 10")))
                .isInstanceOfSatisfying(CosmodromeException.class, e ->
                        assertThat(e.getMessage()).contains("stages[1].sources.coastBeforeIgnitionS"));
        // a pad time out of range (the engines run seconds on the pad, not minutes)
        assertThatThrownBy(() -> CatalogReader.read(twoStages("pad-too-long",
                "        engineRunBeforeLiftoffS: 99\n        sources:\n          engineRunBeforeLiftoffS: a countdown", "")))
                .isInstanceOfSatisfying(CosmodromeException.class, e ->
                        assertThat(e.getMessage()).contains("stages[0].engineRunBeforeLiftoffS").contains("99"));
        // sourced figures load: the release mass is the loaded mass less mass flow x pad time
        LaunchVehicle v = CatalogReader.read(twoStages("sourced",
                "        engineRunBeforeLiftoffS: 2\n        sources:\n          engineRunBeforeLiftoffS: a countdown",
                "        coastBeforeIgnitionS: 10\n        sources:\n          coastBeforeIgnitionS: a webcast")).vehicle("tiny");
        Stage first = v.stages().get(0);
        assertThat(v.stages().get(1).coastBeforeIgnitionS()).isEqualTo(10.0);
        assertThat(v.liftoffMassWithoutPayloadKg() - v.releaseMassWithoutPayloadKg())
                .isCloseTo(2 * 30e3 / (300 * Stage.G0), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(first.propellantAtLiftoffKg()).isCloseTo(1000 - 2 * 30e3 / (300 * Stage.G0),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void strapOnDiameterNeedsItsSourceAndAddsItsArea() throws IOException {
        // the liftoff entry: two boosters beside the 1 m core
        String boosters = "        count: 2\n        strapOnDiameterM: 0.5";
        assertThatThrownBy(() -> CatalogReader.read(twoStages("unsourced-booster", boosters, "")))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
                    assertThat(e.getMessage()).contains("sources.strapOnDiameterM");
                });
        Path sourced = twoStages("sourced-booster", boosters + "\n        sources:\n          strapOnDiameterM: a drawing", "");
        // core disc plus two booster discs: pi/4 (1 + 2 x 0.25)
        assertThat(CatalogReader.read(sourced).vehicle("tiny").referenceAreaM2()).isCloseTo(Math.PI / 4 * 1.5,
                org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void everyDisposalPracticeCitesASourceOfTheCatalog() throws IOException {
        String yaml = new String(CatalogReaderTest.class.getResourceAsStream("/catalog/vehicles.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        int active = 0;
        for (LaunchVehicle v : CatalogReader.bundled().vehicles()) {
            if (v.disposal().source() != null) {
                for (String key : v.disposal().source().split(";")) {
                    assertThat(yaml).as(v.id() + " disposal source " + key).contains("\n  " + key.trim() + ": ");
                }
            }
            if (v.disposal().active()) {
                active++;
                assertThat(v.disposal().source()).as(v.id()).isNotBlank();
                assertThat(v.upperStageIgnitions()).as(v.id()).isGreaterThanOrEqualTo(2);
            }
        }
        // Ariane 62, Vega-C, Electron, PSLV-XL (docs/data/launch-catalog.md, "Upper-stage disposal")
        assertThat(active).isEqualTo(4);
        assertThat(CatalogReader.bundled().vehicle("pslv-xl").disposal().altitudeM()).isEqualTo(300_000);
        assertThat(CatalogReader.bundled().vehicle("angara-1.2").disposal().active()).isFalse();
        // Falcon 9: the user's guide has the published capacities without a de-orbit burn
        assertThat(CatalogReader.bundled().vehicle("falcon9-b5").disposal().source()).isEqualTo("F9_DISPOSAL");
    }

    @Test
    void aDisposalNeedsItsSourceAndARestartableStage() throws IOException {
        String vehicle = String.join("\n",
                "vehicles:",
                "  - id: tiny",
                "    name: Tiny",
                "    diameterM: 1.0",
                "    upperStageIgnitions: %d",
                "    disposal:",
                "      policy: deorbit",
                "%s",
                "    stages:",
                "      - name: S1",
                "        ignition: liftoff",
                "        propellantMassKg: 1000",
                "        dryMassKg: 100",
                "        thrustVacuumKn: 30",
                "        thrustSeaLevelKn: 27",
                "        ispVacuumS: 300",
                "        sources:",
                "          upperStageIgnitions: a flight report",
                "");
        Path file = dir.resolve("disposal.yaml");
        Files.writeString(file, String.format(vehicle, 2, "      altitudeKm: 60"));
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.getMessage()).contains("disposal.source"));
        Files.writeString(file, String.format(vehicle, 1, "      source: a press release"));
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.getMessage()).contains("disposal.policy").contains("upperStageIgnitions"));
        Files.writeString(file, String.format(vehicle, 2, "      source: a press release").replace("deorbit", "sink"));
        assertThatThrownBy(() -> CatalogReader.read(file)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.getMessage()).contains("none, deorbit or lower"));
        Files.writeString(file, String.format(vehicle, 2, "      source: a press release"));
        // no altitude: the 50 km re-entry perigee of our convention
        assertThat(CatalogReader.read(file).vehicle("tiny").disposal().altitudeM()).isEqualTo(50_000);
    }
}
