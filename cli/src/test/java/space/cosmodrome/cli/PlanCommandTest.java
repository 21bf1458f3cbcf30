package space.cosmodrome.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.plan.PlanFiles;

class PlanCommandTest {
    @TempDir
    Path dir;

    static Path example() {
        return Path.of(System.getProperty("cosmodrome.root", "..")).resolve("examples/vostochny-eo.yaml");
    }

    @Test
    void theBundledExampleWritesEveryFileAndPrintsTheSummaryAsJson() throws Exception {
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("plan", example().toString(), "--out", out.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String name : PlanFiles.NAMES) {
            assertThat(out.resolve(name)).as(name).isNotEmptyFile();
        }
        // standard output holds the summary and nothing else; it matches summary.json
        JsonNode printed = Json.mapper().readTree(r.out());
        JsonNode written = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertThat(printed).isEqualTo(written);
        assertThat(printed.get("launch").get("vehicle").asText()).isEqualTo("angara-1.2");
        assertThat(printed.get("launch").get("marginKg").asDouble()).isPositive();
        // sun-synchronous at 500 km: 97.40 deg to the Earth's equator, which the launch reports
        assertThat(printed.get("launch").get("deliveredInclinationDeg").asDouble()).isBetween(97.3, 97.5);
        // the orbit is given in GCRF, whose equator (J2000) is tilted from today's by precession, about 0.15 deg in
        // 2026: since Angara-1.2 flies a direct ascent (its URM-2 lights once, thirteenth research round) the
        // delivered orbit is the insertion state rotated into GCRF, 97.29 deg here. The parking plan flown before
        // built its delivered orbit from the equator-of-date inclination put straight into GCRF (97.40)
        assertThat(printed.get("orbit").get("inclinationDeg").asDouble()).isBetween(97.2, 97.6);
        // and to the mean equator of date, as the launch targets it
        assertThat(printed.get("orbit").get("inclinationOfDateDeg").asDouble()).isCloseTo(97.40, within(0.02));
        // the launch time is the window's liftoffUtc for LTAN 10:30, which allows for the ascent's node drift;
        // the plan and the window both measure the node in the mean equinox of date (SolarTime)
        String[] ltan = printed.get("orbit").get("ltan").asText().split(":");
        int ltanMinutes = Integer.parseInt(ltan[0]) * 60 + Integer.parseInt(ltan[1]);
        assertThat(ltanMinutes).isBetween(10 * 60 + 30 - 1, 10 * 60 + 30 + 1);
        assertThat(printed.get("contacts").get("count").asInt()).isPositive();
        double umbra = printed.get("eclipses").get("umbraFraction").asDouble();
        assertThat(umbra).isBetween(0.2, 0.45);
        assertThat(printed.get("access").get("targets").size()).isEqualTo(20);
        // region coverage: a percentage, first coverage before full coverage, the curve never falling
        JsonNode region = printed.get("coverage").get(0);
        assertThat(region.get("gridPoints").asInt()).isGreaterThan(50);
        assertThat(region.get("coveredPercent").asDouble()).isBetween(0.0, 100.0);
        double previous = 0;
        for (JsonNode step : region.get("coveredPercentOverTime")) {
            assertThat(step.get("coveredPercent").asDouble()).isGreaterThanOrEqualTo(previous);
            previous = step.get("coveredPercent").asDouble();
        }
        if (region.has("timeToFullCoverageS")) {
            assertThat(region.get("timeToFullCoverageS").asDouble()).isGreaterThanOrEqualTo(region.get("timeToFirstCoverageS").asDouble());
        }
        assertThat(Files.readString(out.resolve("coverage.csv"))).startsWith("region,latitudeDeg,longitudeDeg");
        JsonNode footprints = Json.mapper().readTree(out.resolve("footprints.geojson").toFile());
        assertThat(footprints.get("features").get(0).get("properties").get("kind").asText()).isEqualTo("swath");
        assertThat(footprints.get("features").size()).isGreaterThan(1);
        JsonNode czml = Json.mapper().readTree(out.resolve("orbit.czml").toFile());
        assertThat(czml.get(0).get("id").asText()).isEqualTo("document");
        assertThat(czml.get(1).get("position").get("referenceFrame").asText()).isEqualTo("INERTIAL");
        // a station with an elevation mask carries it into the summary
        assertThat(printed.get("contacts").get("stations").findValues("elevationMaskDeg")).isNotEmpty();
        // lifetime: three scenarios, the lowest activity lasting longest; a rule that fails comes with its delta-v
        JsonNode scenarios = printed.get("lifetime").get("scenarios");
        assertThat(scenarios).hasSize(3);
        double low = scenarios.get(0).get("lifetimeYears").asDouble();
        double nominal = scenarios.get(1).get("lifetimeYears").asDouble();
        double high = scenarios.get(2).get("lifetimeYears").asDouble();
        assertThat(low).isGreaterThan(nominal);
        assertThat(nominal).isGreaterThan(high).isBetween(1.0, 20.0);
        for (JsonNode s : scenarios) {
            JsonNode rule = s.get("rule25Years");
            assertThat(rule.get("compliant").asBoolean()).isEqualTo(s.get("lifetimeYears").asDouble() <= 25);
            assertThat(rule.get("deltaVMPerS").asDouble()).isEqualTo(rule.get("compliant").asBoolean() ? 0.0 : rule.get("deltaVMPerS").asDouble());
            assertThat(s.get("stationKeepingDeltaVMPerSPerYear").asDouble()).isPositive();
        }
        assertThat(printed.get("lifetime").get("deorbitDeltaVMPerS").asDouble()).isBetween(100.0, 160.0);
        assertThat(Files.readString(out.resolve("lifetime.csv"))).startsWith("activity,years,perigeeAltitudeKm,apogeeAltitudeKm");
        // the OEM is a CCSDS OEM, the report is self-contained
        assertThat(Files.readString(out.resolve("orbit.oem"))).startsWith("CCSDS_OEM_VERS").contains("REF_FRAME", "GCRF");
        // Orekit reads the OEM back: one segment covering the span at the step
        org.orekit.files.ccsds.ndm.odm.oem.Oem oem = new org.orekit.files.ccsds.ndm.ParserBuilder().buildOemParser()
                .parseMessage(new org.orekit.data.DataSource(out.resolve("orbit.oem").toFile()));
        assertThat(oem.getSegments()).hasSize(1);
        double spanS = printed.get("analysis").get("durationS").asDouble();
        assertThat(oem.getSegments().get(0).getData().getEphemeridesDataLines())
                .hasSize((int) Math.floor(spanS / printed.get("analysis").get("stepS").asDouble()) + 1);
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<svg", "Orbit lifetime", "25-year rule", "Region coverage", "Revisit histogram", "swath").doesNotContain("<script", "<link", "@import", "url(");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(Json.mapper().readTree(out.resolve("ground-track.geojson").toFile()).get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(r.err()).contains("propagating");
        // no temporary directory is left behind
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(PlanFiles.NAMES);
        }
    }

    @Test
    void aMalformedMissionFileExitsTwoWithLineAndColumnAndWritesNothing() throws Exception {
        Path mission = dir.resolve("bad.yaml");
        Files.writeString(mission, Files.readString(example()).replace("massKg: 350", "massKg: -5"));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("plan", mission.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("line ", "column ", "satellite.massKg").doesNotContain("Exception", "\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(out).doesNotExist();

        Files.writeString(mission, "name: x\nsatellite: {massKg: 350\n");
        r = CliRunner.run("plan", mission.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("line ", "column ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingMissionFileExitsTwo() {
        CliRunner r = CliRunner.run("plan", dir.resolve("nope.yaml").toString(), "--out", dir.resolve("o").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("does not exist");
    }

    static final String WALKER = String.join("\n",
            "name: small walker",
            "satellite:",
            "  massKg: 100",
            "  sensor: {halfAngleDeg: 1, maxOffNadirDeg: 30, minSunElevationDeg: 10}",
            "  data: {collectMbitPerS: 500, imagingSPerAccess: 10, downlinkMbitPerS: 300}",
            "orbit:",
            "  walker:",
            "    totalSatellites: 6",
            "    planes: 3",
            "    phasing: 1",
            "    altitudeKm: 550",
            "    inclinationDeg: 53",
            "    raanDeg: 200",
            "    epochUtc: 2026-06-01T00:00:00Z",
            "groundStations:",
            "  - {name: a, latitudeDeg: 55, longitudeDeg: 37}",
            "targets:",
            "  - {name: t1, latitudeDeg: 45, longitudeDeg: 20}",
            "  - {name: t2, latitudeDeg: 30, longitudeDeg: 100}",
            "regions:",
            "  - name: r",
            "    gridStepDeg: 2",
            "    polygon: [[40, 10], [40, 20], [46, 20], [46, 10]]",
            "analysis: {durationDays: 1, stepS: 60}",
            "");

    @Test
    void aWalkerConstellationWritesEverySatelliteAndTheUnion() throws Exception {
        Path mission = dir.resolve("walker.yaml");
        Files.writeString(mission, WALKER);
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("plan", mission.toString(), "--out", out.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode s = Json.mapper().readTree(r.out());
        assertThat(s.get("orbit").get("kind").asText()).isEqualTo("walker");
        assertThat(s.get("orbit").get("raanSpacingDeg").asDouble()).isEqualTo(120.0);
        assertThat(s.get("orbit").get("inPlaneSpacingDeg").asDouble()).isEqualTo(180.0);
        assertThat(s.get("orbit").get("interPlanePhaseDeg").asDouble()).isEqualTo(60.0);
        JsonNode satellites = s.get("constellation").get("perSatellite");
        assertThat(satellites).hasSize(6);
        assertThat(satellites.get(5).get("satellite").asText()).isEqualTo("P3S2");
        // the union: never fewer accesses in total time than any satellite; the merged list names no satellite
        for (int t = 0; t < 2; t++) {
            JsonNode target = s.get("access").get("targets").get(t);
            double unseen = target.get("longestWithoutAccessS").asDouble();
            for (JsonNode one : satellites) {
                assertThat(target.get("totalAccessS").asDouble()).isGreaterThanOrEqualTo(
                        one.get("access").get("targets").get(t).get("totalAccessS").asDouble() - 0.1);
            }
            assertThat(unseen).isLessThanOrEqualTo(86_400.0);
        }
        double union = s.get("coverage").get(0).get("coveredPercent").asDouble();
        for (JsonNode one : s.get("coverage").get(0).get("satellites")) {
            assertThat(union).isGreaterThanOrEqualTo(one.get("coveredPercent").asDouble());
        }
        assertThat(s.get("lifetime").get("sharedBy").asText()).contains("6 satellites");
        for (String name : new String[] {"summary.json", "satellites.csv", "contacts.csv", "eclipses.csv", "access.csv",
                "constellation-access.csv", "coverage.csv", "lifetime.csv", "orbit-P1S1.oem", "orbit-P3S2.oem", "ground-track.geojson",
                "footprints.geojson", "coverage.geojson", "orbit.czml", "report.html"}) {
            assertThat(out.resolve(name)).as(name).isNotEmptyFile();
        }
        assertThat(Files.readAllLines(out.resolve("satellites.csv"))).hasSize(7);
        assertThat(Files.readString(out.resolve("contacts.csv"))).startsWith("satellite,station,aosUtc");
        JsonNode czml = Json.mapper().readTree(out.resolve("orbit.czml").toFile());
        int satelliteEntities = 0;
        for (JsonNode e : czml) {
            satelliteEntities += e.get("id").asText().startsWith("satellite/") ? 1 : 0;
        }
        assertThat(satelliteEntities).isEqualTo(6);
        assertThat(Json.mapper().readTree(out.resolve("ground-track.geojson").toFile()).get("features").get(5)
                .get("properties").get("satellite").asText()).isEqualTo("P3S2");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Constellation", "P3S2", "Walker delta");
    }

    @Test
    void aWalkerWhosePlanesDoNotDivideItsSatellitesExitsTwoNamingTheField() throws Exception {
        Path mission = dir.resolve("walker.yaml");
        Files.writeString(mission, WALKER.replace("planes: 3", "planes: 4"));
        Path out = dir.resolve("out");
        CliRunner r = CliRunner.run("plan", mission.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 9", "orbit.walker.planes", "1, 2, 3, 6").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
