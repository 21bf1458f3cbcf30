package space.cosmodrome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import space.cosmodrome.io.json.Json;

class LaunchCommandTest {
    @TempDir
    Path dir;

    @Test
    void capacityJsonHasTheContractFields() throws Exception {
        CliRunner r = CliRunner.run("launch", "--site", "vostochny", "--vehicle", "angara-1.2", "--altitude-km", "200",
                "--inclination-deg", "51.8", "--launch-utc", "2026-12-01T03:00:00Z", "--json",
                "--trajectory", dir.resolve("t.csv").toString(), "--czml", dir.resolve("a.czml").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("payloadKg").asDouble()).isPositive();
        assertThat(j.has("azimuthDeg")).isTrue();
        for (String f : new String[] {"perigeeKm", "apogeeKm", "inclinationDeg", "epochUtc", "altitudeKm",
                "flightPathAngleDeg", "argumentOfLatitudeDeg"}) {
            assertThat(j.get("insertion").has(f)).as(f).isTrue();
        }
        for (String f : new String[] {"idealMps", "gravityLossMps", "dragLossMps", "steeringLossMps", "earthRotationGainMps"}) {
            assertThat(j.get("deltaV").has(f)).as(f).isTrue();
        }
        JsonNode event = j.get("events").get(0);
        for (String f : new String[] {"name", "timeS", "altitudeKm", "downrangeKm", "speedMps"}) {
            assertThat(event.has(f)).as(f).isTrue();
        }
        assertThat(j.get("maxDynamicPressurePa").asDouble()).isPositive();
        assertThat(j.get("maxAccelerationG").asDouble()).isGreaterThan(1);
        // no source states a disposal burn for Angara-1.2's URM-2: nothing is kept back, and the JSON says why
        assertThat(j.get("disposal").get("policy").asText()).isEqualTo("none");
        assertThat(j.get("disposal").get("propellantKg").asDouble()).isZero();
        assertThat(j.get("disposal").get("note").asText()).contains("no source");
        java.util.List<String> csv = Files.readAllLines(dir.resolve("t.csv"));
        assertThat(csv.size()).isGreaterThan(100);
        assertThat(csv.get(0)).endsWith(",iipLatitudeDeg,iipLongitudeDeg,iipTimeOfFlightS");
        // the impact point is there at liftoff (the pad) and gone at insertion (in orbit)
        assertThat(csv.get(1)).doesNotEndWith(",,");
        assertThat(csv.get(csv.size() - 1)).endsWith(",,");
        assertThat(j.get("events").findValuesAsText("name")).anyMatch(n -> n.startsWith("IIP leaves the Earth"));
        JsonNode czml = Json.mapper().readTree(dir.resolve("a.czml").toFile());
        assertThat(czml.findValuesAsText("id")).contains("ascent", "iip");
    }

    @Test
    void theUpperStageDeorbitIsReportedWithItsDeltaVPropellantAndSource() throws Exception {
        // Ariane 62 to an 800 km SSO: the Vinci stage de-orbits after separation (ESA, VA263)
        CliRunner r = CliRunner.run("launch", "--site", "kourou", "--vehicle", "ariane-62", "--altitude-km", "800",
                "--sso", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode d = Json.mapper().readTree(r.out()).get("disposal");
        assertThat(d.get("policy").asText()).isEqualTo("deorbit");
        // vis-viva at 800 km: 7,452 m/s circular, 7,244 m/s at the apogee of a 50 x 800 km ellipse
        assertThat(d.get("deltaVMps").asDouble()).isBetween(205.0, 211.0);
        assertThat(d.get("perigeeAfterKm").asDouble()).isEqualTo(50.0);
        assertThat(d.get("propellantKg").asDouble()).isBetween(250.0, 400.0);
        assertThat(d.get("source").asText()).isEqualTo("A6_DEORBIT");
        CliRunner text = CliRunner.run("launch", "--site", "kourou", "--vehicle", "ariane-62", "--altitude-km", "800",
                "--sso");
        assertThat(text.out()).contains("stage disposal   deorbit after separation");
    }

    @Test
    void flyingAGivenPayloadReportsTheMargin() throws Exception {
        CliRunner r = CliRunner.run("launch", "--site", "vostochny", "--vehicle", "angara-1.2", "--altitude-km", "500",
                "--sso", "--payload-kg", "350", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("marginKg").asDouble()).isPositive();
        assertThat(j.get("reachesOrbit").asBoolean()).isTrue();
        assertThat(j.get("target").get("inclinationDeg").asDouble()).isBetween(97.39, 97.41);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown site           | launch --site vostochnyy --vehicle angara-1.2 --altitude-km 200 --inclination-deg 60 | --site     | vostochny",
        "unknown vehicle        | launch --site vostochny --vehicle angara --altitude-km 200 --inclination-deg 60      | --vehicle  | angara-1.2",
        "negative altitude      | launch --site vostochny --vehicle angara-1.2 --altitude-km -5 --inclination-deg 60   | --altitude-km | -5",
        "absurd altitude        | launch --site vostochny --vehicle angara-1.2 --altitude-km 9e9 --inclination-deg 60  | --altitude-km | allowed",
        "apogee below perigee   | launch --site vostochny --vehicle angara-1.2 --perigee-km 500 --apogee-km 300 --inclination-deg 60 | --apogee-km | 300",
        "inclination above 180  | launch --site vostochny --vehicle angara-1.2 --altitude-km 200 --inclination-deg 200 | --inclination-deg | 200",
        "no inclination         | launch --site vostochny --vehicle angara-1.2 --altitude-km 200                       | --inclination-deg | --sso",
        "bad launch time        | launch --site vostochny --vehicle angara-1.2 --altitude-km 200 --inclination-deg 60 --launch-utc yesterday | --launch-utc | yesterday",
        "not a number           | launch --site vostochny --vehicle angara-1.2 --altitude-km high --inclination-deg 60 | --altitude-km | high",
        "perigee without apogee | launch --site vostochny --vehicle angara-1.2 --perigee-km 200 --inclination-deg 60   | --apogee-km | --perigee-km",
        "apogee without perigee | launch --site vostochny --vehicle angara-1.2 --apogee-km 900 --inclination-deg 60    | --perigee-km | --apogee-km",
        "no SSO that high       | launch --site vostochny --vehicle angara-1.2 --altitude-km 7000 --sso                | --altitude-km | 7000",
        "no elliptical SSO      | launch --site vostochny --vehicle angara-1.2 --perigee-km 500 --apogee-km 20000 --sso | --apogee-km | 20000",
        "curve: one bad altitude| launch --site vostochny --vehicle angara-1.2 --altitudes-km 200,50 --inclination-deg 60 | --altitudes-km | 50",
        "curve: no SSO that high| launch --site vostochny --vehicle angara-1.2 --altitudes-km 500,7000 --sso          | --altitudes-km | 7000",
        "bad ltan               | windows --site vostochny --sso --altitude-km 500 --ltan 25:00 --from 2026-12-01T00:00:00Z | --ltan | 25:00",
        "missing catalog file   | sites --catalog /nonexistent/file.yaml                                              | --catalog | nonexistent",
    })
    void badInputIsOneErrorLineWithExitTwo(String name, String line, String flag, String value) {
        CliRunner r = CliRunner.run(CliRunner.words(line));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: ").contains(flag).contains(value).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void orbitOutOfReachIsRefusedNamingTheReachableRange() {
        CliRunner r = CliRunner.run("launch", "--site", "vostochny", "--vehicle", "angara-1.2", "--altitude-km", "200",
                "--inclination-deg", "5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("reachable");
    }

    @Test
    void aVehicleThatCannotLiftItsOwnWeightIsRefusedByName() throws Exception {
        // a user's catalog entry: 800 kN at sea level under 132.1 t (1,295 kN of weight with no payload)
        Path catalog = dir.resolve("weak.yaml");
        Files.writeString(catalog, String.join("\n", "vehicles:", "- id: weakling", "  name: Weakling",
                "  manufacturer: test", "  confidence: low", "  diameterM: 2",
                "  fairingMassKg: 100", "  stages:", stage("S1", "liftoff", 100000, 10000, 900, 800, 300),
                stage("S2", "sequential", 20000, 2000, 200, 200, 340), ""));
        CliRunner r = CliRunner.run("launch", "--catalog", catalog.toString(), "--site", "baikonur", "--vehicle", "weakling",
                "--altitude-km", "300", "--inclination-deg", "51.6");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: --vehicle: weakling").contains("cannot lift off").contains("800 kN").contains("1295 kN");
    }

    private static String stage(String name, String ignition, double propellantKg, double dryKg, double vacuumKn,
                                double seaLevelKn, double ispS) {
        return String.join("\n", "  - name: " + name, "    count: 1", "    ignition: " + ignition,
                "    propellantMassKg: " + propellantKg, "    dryMassKg: " + dryKg, "    thrustVacuumKn: " + vacuumKn,
                "    thrustSeaLevelKn: " + seaLevelKn, "    ispVacuumS: " + ispS, "    ispSeaLevelS: " + (ispS * 0.9),
                "    sources: {burnTime: test}");
    }

    @Test
    void aDirectAscentNeverCarriesMoreThanTheBestProfile() throws Exception {
        String[] base = {"launch", "--site", "vostochny", "--vehicle", "angara-a5", "--altitude-km", "800", "--sso", "--json"};
        CliRunner best = CliRunner.run(base);
        CliRunner direct = CliRunner.run(concat(base, "--profile", "direct"));
        assertThat(best.exitCode()).as(best.err()).isZero();
        assertThat(direct.exitCode()).as(direct.err()).isZero();
        double bestKg = Json.mapper().readTree(best.out()).get("payloadKg").asDouble();
        double directKg = Json.mapper().readTree(direct.out()).get("payloadKg").asDouble();
        assertThat(directKg).isPositive().isLessThanOrEqualTo(bestKg + 1);
    }

    @Test
    void aParkingOrbitNeedsARestartableUpperStage() {
        CliRunner r = CliRunner.run("launch", "--site", "jiuquan", "--vehicle", "cz-2d", "--altitude-km", "700", "--sso",
                "--profile", "parking");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --profile: parking").contains("restartable").doesNotContain("Exception");
    }

    @Test
    void aParkingOrbitBelowItsOwnPerigeeIsRefusedForThatReasonAlone() {
        // Falcon 9's second stage restarts (upperStageIgnitions 3): the perigee is what rules the parking orbit out.
        // Angara-1.2 served here until the thirteenth research round found no source for a URM-2 relight and set 1
        CliRunner r = CliRunner.run("launch", "--site", "ccsfs_ksc", "--vehicle", "falcon9-b5", "--altitude-km", "200",
                "--inclination-deg", "30", "--profile", "parking");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --profile: parking").contains("above 230 km").contains("200 km")
                .doesNotContain("restartable");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void sitesJsonReportsCoordinatesAndCorridors() throws Exception {
        CliRunner r = CliRunner.run("sites", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode site = Json.mapper().readTree(r.out()).get("sites").get(0);
        assertThat(site.has("latitudeDeg") && site.has("longitudeDeg") && site.has("altitudeM") && site.has("corridors")).isTrue();
    }

    @Test
    void windowsJsonListsOpenCloseOptimalAzimuthNode() throws Exception {
        CliRunner r = CliRunner.run("windows", "--site", "vostochny", "--vehicle", "angara-1.2", "--sso", "--altitude-km",
                "500", "--ltan", "10:30", "--from", "2026-12-01T00:00:00Z", "--days", "3", "--yaw-deg", "0.5", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode windows = Json.mapper().readTree(r.out()).get("windows");
        assertThat(windows.size()).isGreaterThanOrEqualTo(3);
        JsonNode w = windows.get(0);
        for (String f : new String[] {"openUtc", "closeUtc", "optimalUtc", "azimuthDeg", "node", "payloadKg"}) {
            assertThat(w.has(f)).as(f).isTrue();
        }
        assertThat(w.get("payloadKg").asDouble()).isPositive();
    }

    @Test
    void datesPastEarthOrientationDataAreWarnedAbout() {
        CliRunner r = CliRunner.run("windows", "--site", "vostochny", "--sso", "--altitude-km", "500", "--ltan", "10:30",
                "--from", "2028-01-01T00:00:00Z", "--days", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: Earth orientation data end on");
    }

    @Test
    void aLaunchTimeBeforeTheEarthOrientationDataIsWarnedAbout() {
        // the bundled finals2000A.all begins on 1973-01-02
        CliRunner r = CliRunner.run("launch", "--site", "vostochny", "--vehicle", "angara-1.2", "--altitude-km", "200",
                "--inclination-deg", "51.8", "--launch-utc", "1965-01-01T00:00:00Z", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: Earth orientation data begin on 1973-01-02 but dates from 1965-01-01");
    }

    @Test
    void missingDataDirectoryIsExitThree() {
        CliRunner r = CliRunner.run("windows", "--site", "vostochny", "--sso", "--altitude-km", "500", "--ltan", "10:30",
                "--from", "2026-12-01T00:00:00Z", "--data", "/nonexistent/orekit-data");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: missing data");
    }

    @Test
    void windowsIntoThePlaneOfACatalogObject() throws Exception {
        // the first element set of the bundled stations file is the ISS (51.6 deg): Baikonur lies under it twice a day
        Path tle = Path.of(System.getProperty("cosmodrome.root"), "data", "tle", "celestrak_stations_2026-05-30.tle");
        CliRunner r = CliRunner.run("windows", "--site", "baikonur", "--plane-of-tle", tle.toString(),
                "--from", "2026-06-01T00:00:00Z", "--days", "2", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("plane").get("inclinationDeg").asDouble()).isBetween(51.5, 51.7);
        assertThat(j.get("windows").size() + j.get("outsideCorridors").size()).isBetween(3, 5);
    }
}
