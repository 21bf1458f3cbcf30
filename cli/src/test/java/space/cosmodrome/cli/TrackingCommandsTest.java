package space.cosmodrome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import space.cosmodrome.io.json.Json;

/** The tracking commands: contract fields of propagate, passes, where and bench, and bad input. */
class TrackingCommandsTest {
    static final String STATIONS = root().resolve("data/tle/celestrak_stations_2026-05-30.tle").toString();
    @TempDir
    static Path dir;
    static Path bad;
    static Path decayed;
    static Path observers;

    static Path root() {
        return Paths.get(System.getProperty("cosmodrome.root", ".."));
    }

    @BeforeAll
    static void files() throws Exception {
        bad = dir.resolve("bad.tle");
        Files.writeString(bad, "ISS (ZARYA)\n"
                + "1 25544U 98067A   26150.51748228  .00005851  00000-0  11195-3 0  9993\n"
                + "2 25544  51.6324 123.4567 0004000 123.4567 236.6543 15.49999999 12345\n");
        // KMS 3-2 in terminal decay (2023-09-12), asked a year later
        decayed = dir.resolve("decayed.tle");
        try (var in = TrackingCommandsTest.class.getResourceAsStream("/tle/kms3-2_39026_decaying.tle")) {
            Files.write(decayed, in.readAllBytes());
        }
        observers = dir.resolve("observers.yaml");
        Files.writeString(observers, "observers:\n"
                + "  - {name: Paris, latitudeDeg: 48.8566, longitudeDeg: 2.3522, altitudeM: 35}\n"
                + "  - name: Vostochny\n    latitudeDeg: 51.884\n    longitudeDeg: 128.333\n    altitudeM: 250\n"
                + "    minElevationDeg: 5\n    mask: [[0, 10], [90, 20], [180, 5], [270, 10]]\n");
    }

    @Test
    void propagateJsonHasTheContractFields() throws Exception {
        CliRunner r = CliRunner.run("propagate", "--tle", STATIONS, "--catalog-number", "25544", "--from",
                "2026-05-30T00:00:00Z", "--to", "2026-05-30T01:00:00Z", "--step-s", "600", "--frame", "ITRF", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode states = Json.mapper().readTree(r.out()).get("states");
        assertThat(states).hasSize(7);
        JsonNode s = states.get(0);
        assertThat(s.get("catalogNumber").asInt()).isEqualTo(25544);
        assertThat(s.get("timeUtc").asText()).isEqualTo("2026-05-30T00:00:00Z");
        assertThat(s.has("minutesSinceEpoch")).isTrue();
        assertThat(s.get("positionKm")).hasSize(3);
        assertThat(s.get("velocityKmps")).hasSize(3);
        double r0 = Math.sqrt(Math.pow(s.get("positionKm").get(0).asDouble(), 2)
                + Math.pow(s.get("positionKm").get(1).asDouble(), 2) + Math.pow(s.get("positionKm").get(2).asDouble(), 2));
        assertThat(r0).isBetween(6700.0, 6850.0);
    }

    /** An OMM catalog number past alpha-5 (the ISS's elements under 400000) flows through every command. */
    @Test
    void ommCatalogNumbersPastAlphaFiveFlowThroughTheCommands() throws Exception {
        Path omm = dir.resolve("big.json");
        Files.writeString(omm, "[{\"OBJECT_NAME\":\"ISS (ZARYA)\",\"OBJECT_ID\":\"1998-067A\","
                + "\"EPOCH\":\"2026-05-30T12:25:10.000000\",\"MEAN_MOTION\":15.4967,\"ECCENTRICITY\":0.0004,"
                + "\"INCLINATION\":51.63,\"RA_OF_ASC_NODE\":123.45,\"ARG_OF_PERICENTER\":123.45,\"MEAN_ANOMALY\":236.65,"
                + "\"EPHEMERIS_TYPE\":0,\"CLASSIFICATION_TYPE\":\"U\",\"NORAD_CAT_ID\":400000,\"ELEMENT_SET_NO\":999,"
                + "\"REV_AT_EPOCH\":100,\"BSTAR\":0.0001,\"MEAN_MOTION_DOT\":5.0e-5,\"MEAN_MOTION_DDOT\":0}]");
        CliRunner p = CliRunner.run("propagate", "--tle", omm.toString(), "--catalog-number", "400000", "--from",
                "2026-05-30T12:00:00Z", "--to", "2026-05-30T13:00:00Z", "--step-s", "600", "--json");
        assertThat(p.exitCode()).as(p.err()).isZero();
        JsonNode states = Json.mapper().readTree(p.out()).get("states");
        assertThat(states).hasSize(7);
        assertThat(states.get(0).get("catalogNumber").asInt()).isEqualTo(400000);
        assertThat(states.get(0).get("positionKm")).hasSize(3);
        CliRunner w = CliRunner.run("where", "--tle", omm.toString(), "--at", "2026-05-30T12:00:00Z", "--json");
        assertThat(w.exitCode()).as(w.err()).isZero();
        assertThat(Json.mapper().readTree(w.out()).get("objects").get(0).get("catalogNumber").asInt()).isEqualTo(400000);
        CliRunner passes = CliRunner.run("passes", "--tle", omm.toString(), "--observer", "48.8566,2.3522,35", "--from",
                "2026-05-30T12:00:00Z", "--days", "1", "--min-elevation-deg", "10", "--json");
        assertThat(passes.exitCode()).as(passes.err()).isZero();
        JsonNode list = Json.mapper().readTree(passes.out()).get("passes");
        assertThat(list).isNotEmpty();
        assertThat(list.get(0).get("catalogNumber").asInt()).isEqualTo(400000);
        CliRunner b = CliRunner.run("bench", "sgp4", "--catalog", omm.toString(), "--days", "0.01", "--step-s", "60",
                "--threads", "1", "--orekit", "--json");
        assertThat(b.exitCode()).as(b.err()).isZero();
    }

    @Test
    void propagateSinceEpochCsvAndOem() {
        CliRunner csv = CliRunner.run("propagate", "--tle", STATIONS, "--since-epoch-min", "0:1440:360", "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().count()).isGreaterThan(5 * 10);
        CliRunner oem = CliRunner.run("propagate", "--tle", STATIONS, "--catalog-number", "25544,48274", "--from",
                "2026-05-30T00:00:00Z", "--to", "2026-05-30T00:10:00Z", "--step-s", "60", "--frame", "GCRF", "--format", "oem");
        assertThat(oem.exitCode()).as(oem.err()).isZero();
        assertThat(oem.out()).contains("CCSDS_OEM_VERS").contains("REF_FRAME = GCRF").contains("OBJECT_ID = 25544 98067A");
        assertThat(oem.out().split("META_START", -1)).hasSize(3);
    }

    @Test
    void passesJsonHasTheContractFieldsForManyObservers() throws Exception {
        CliRunner r = CliRunner.run("passes", "--tle", STATIONS, "--catalog-number", "25544", "--observers",
                observers.toString(), "--observer", "55.75,37.62,150", "--from", "2026-05-30T00:00:00Z", "--days", "1",
                "--min-elevation-deg", "10", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("observers")).hasSize(3);
        JsonNode passes = j.get("passes");
        assertThat(passes.size()).isGreaterThan(3);
        for (String f : new String[] {"catalogNumber", "observer", "aosUtc", "tcaUtc", "losUtc", "maxElevationDeg",
            "aosAzimuthDeg", "losAzimuthDeg", "visible"}) {
            assertThat(passes.get(0).has(f)).as(f).isTrue();
        }
        CliRunner visible = CliRunner.run("passes", "--tle", STATIONS, "--catalog-number", "25544", "--observers",
                observers.toString(), "--from", "2026-05-30T00:00:00Z", "--days", "1", "--visible-only", "--json");
        assertThat(visible.exitCode()).isZero();
        for (JsonNode p : Json.mapper().readTree(visible.out()).get("passes")) {
            assertThat(p.get("visible").asBoolean()).isTrue();
        }
    }

    @Test
    void whereAndBenchJson() throws Exception {
        CliRunner r = CliRunner.run("where", "--tle", STATIONS, "--at", "2026-05-30T12:00:00Z", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode o = Json.mapper().readTree(r.out()).get("objects").get(0);
        for (String f : new String[] {"latitudeDeg", "longitudeDeg", "altitudeKm", "speedKmps", "sunlit"}) {
            assertThat(o.has(f)).as(f).isTrue();
        }
        CliRunner b = CliRunner.run("bench", "sgp4", "--catalog", STATIONS, "--days", "0.1", "--step-s", "60",
                "--threads", "1", "--orekit", "--json");
        assertThat(b.exitCode()).as(b.err()).isZero();
        JsonNode j = Json.mapper().readTree(b.out());
        for (String f : new String[] {"objects", "states", "seconds", "statesPerSecond"}) {
            assertThat(j.has(f)).as(f).isTrue();
            assertThat(j.get("orekit").has(f)).as(f).isTrue();
        }
    }

    @Test
    void oldElementSetsAreWarnedAbout() {
        CliRunner r = CliRunner.run("where", "--tle", STATIONS, "--catalog-number", "25544", "--at", "2026-09-01T00:00:00Z");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: 1 element set is used more than 30 days from its epoch");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "checksum               | where --tle BAD --at 2026-05-30T00:00:00Z                                            | bad.tle | checksum",
        "missing file           | where --tle /nonexistent.tle --at 2026-05-30T00:00:00Z                               | nonexistent.tle | not found",
        "unknown catalog number | where --tle STATIONS --catalog-number 99999 --at 2026-05-30T00:00:00Z                | --catalog-number | 99999",
        "decayed                | where --tle DECAYED --at 2024-09-12T00:00:00Z                                        | --at | decayed",
        "decayed propagate      | propagate --tle DECAYED --from 2024-09-12T00:00:00Z --to 2024-09-13T00:00:00Z --step-s 3600 | --tle | SGP4 error",
        "bad observer           | passes --tle STATIONS --observer 95,10,0 --from 2026-05-30T00:00:00Z                 | --observer | 95,10,0",
        "no observer            | passes --tle STATIONS --from 2026-05-30T00:00:00Z                                    | --observer | --observers",
        "bad days               | passes --tle STATIONS --observer 45,10,0 --from 2026-05-30T00:00:00Z --days -1      | --days | -1",
        "bad frame              | propagate --tle STATIONS --from 2026-05-30T00:00:00Z --to 2026-05-30T01:00:00Z --step-s 60 --frame J2000 | --frame | J2000",
        "bad format             | propagate --tle STATIONS --from 2026-05-30T00:00:00Z --to 2026-05-30T01:00:00Z --step-s 60 --format xml | --format | xml",
        "to before from         | propagate --tle STATIONS --from 2026-05-30T00:00:00Z --to 2026-05-29T01:00:00Z --step-s 60 | --to | 2026-05-29",
        "bad since-epoch        | propagate --tle STATIONS --since-epoch-min 0:10                                      | --since-epoch-min | 0:10",
        "missing step           | propagate --tle STATIONS --from 2026-05-30T00:00:00Z --to 2026-05-30T01:00:00Z      | --step-s | --since-epoch-min",
        "bad observers file     | passes --tle STATIONS --observers BADOBS --from 2026-05-30T00:00:00Z                | latitudeDeg | 123",
        "bench bad threads      | bench sgp4 --catalog STATIONS --threads 0                                            | --threads | 0",
    })
    void badInputIsOneErrorLineWithExitTwo(String name, String line, String field, String value) throws Exception {
        Path badObservers = dir.resolve("bad-observers.csv");
        Files.writeString(badObservers, "name,latitudeDeg,longitudeDeg,altitudeM\nA,45,10,0\nB,123,10,0\n");
        String resolved = line.replace("STATIONS", STATIONS).replace("DECAYED", decayed.toString())
                .replace("BADOBS", badObservers.toString()).replace("BAD", bad.toString());
        CliRunner r = CliRunner.run(CliRunner.words(resolved));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().filter(l -> l.startsWith("error: ")).count()).as(r.err()).isEqualTo(1);
        assertThat(r.err().strip().lines().reduce((a, b) -> b).orElse("")).startsWith("error: ");
        assertThat(r.err()).contains(field).contains(value).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
