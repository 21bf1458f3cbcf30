package space.cosmodrome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orekit.data.DataSource;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.cdm.Cdm;

import com.fasterxml.jackson.databind.JsonNode;

import space.cosmodrome.io.json.Json;

/** The screen command: the JSON contract, CSV, CDMs read back by Orekit, primaries, and bad input. */
class ScreenCommandTest {
    static final String SAMPLE = Paths.get(System.getProperty("cosmodrome.root", ".."))
            .resolve("core/src/test/resources/conjunction/sample_2023-10.3le").toString();
    static final String[] BASE = {"screen", "--catalog", SAMPLE, "--from", "2023-10-10T00:00:00Z", "--days", "0.25",
        "--threshold-km", "10", "--quiet"};

    @TempDir
    Path dir;

    static String[] args(String... more) {
        return Stream.concat(Stream.of(BASE), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void jsonHasTheContractFields() throws Exception {
        CliRunner r = CliRunner.run(args("--json", "--sigma-km", "0.2"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = Json.mapper().readTree(r.out());
        JsonNode list = root.get("conjunctions");
        assertThat(list.size()).isPositive();
        assertThat(root.get("statistics").get("conjunctions").asInt()).isEqualTo(list.size());
        assertThat(root.get("collisionProbability").get("note").asText()).contains("no covariance");
        for (JsonNode c : list) {
            assertThat(c.get("object1").get("catalogNumber").asInt()).isLessThan(c.get("object2").get("catalogNumber").asInt());
            assertThat(c.get("object1").has("name")).isTrue();
            assertThat(c.get("tcaUtc").asText()).matches("2023-10-10T\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
            double miss = c.get("missDistanceKm").asDouble();
            assertThat(miss).isBetween(0.0, 10.0);
            double r2 = Math.pow(c.get("radialKm").asDouble(), 2) + Math.pow(c.get("inTrackKm").asDouble(), 2)
                    + Math.pow(c.get("crossTrackKm").asDouble(), 2);
            assertThat(Math.sqrt(r2)).isCloseTo(miss, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(c.get("relativeSpeedKmps").asDouble()).isBetween(0.0, 20.0);
            assertThat(c.get("collisionProbability").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void primariesAgainstTheCatalogAndCsv() throws Exception {
        JsonNode all = Json.mapper().readTree(CliRunner.run(args("--json")).out()).get("conjunctions");
        int one = all.get(0).get("object1").get("catalogNumber").asInt();
        Path ids = dir.resolve("primaries.txt");
        Files.writeString(ids, "# the primary\n" + one + "\n");
        CliRunner r = CliRunner.run(args("--primary", ids.toString(), "--format", "csv"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().collect(Collectors.toList());
        assertThat(lines.get(0)).startsWith("catalogNumber1,name1,catalogNumber2,name2,tcaUtc,missDistanceKm");
        assertThat(lines).hasSizeGreaterThan(1);
        long expected = 0;
        for (JsonNode c : all) {
            if (c.get("object1").get("catalogNumber").asInt() == one || c.get("object2").get("catalogNumber").asInt() == one) {
                expected++;
            }
        }
        assertThat(lines.size() - 1L).isEqualTo(expected);
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith(one + ","));
    }

    @Test
    void cdmFilesReadBackWithOrekit() throws Exception {
        Path out = dir.resolve("cdm");
        CliRunner r = CliRunner.run(args("--format", "cdm", "--out", out.toString(), "--sigma-km", "0.5"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        Cdm cdm = new ParserBuilder().buildCdmParser().parseMessage(new DataSource(files.get(0).toFile()));
        assertThat(cdm.getRelativeMetadata().getMissDistance()).isBetween(0.0, 10_000.0);
        assertThat(cdm.getRelativeMetadata().getCollisionProbability()).isBetween(0.0, 1.0);
        assertThat(cdm.getSegments()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "--threshold-km;0;--threshold-km",
        "--threshold-km;-3;--threshold-km",
        "--days;45;--days",
        "--primary;99999999;--primary",
        "--format;xml;--format",
        "--from;yesterday;--from"})
    void badInputExitsTwoWithOneErrorLine(String flag, String value, String named) {
        String[] a = args();
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(flag)) {
                a[i + 1] = value;
            }
        }
        CliRunner r = CliRunner.run(List.of(a).contains(flag) ? a : args(flag, value));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).hasSize(1);
        assertThat(r.err()).contains(named).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void emptyCatalogIsRefused() throws Exception {
        Path empty = dir.resolve("empty.tle");
        Files.writeString(empty, "\n");
        CliRunner r = CliRunner.run("screen", "--catalog", empty.toString(), "--from", "2023-10-10", "--days", "1",
                "--threshold-km", "5");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("no element sets");
    }

    @Test
    void cdmInputGivesTheProbabilityOfAlfanoCase4() throws Exception {
        // Alfano (AAS 09-233) test case 4 as NASA CARA distributes it: 2D Pc 0.049323406 for a combined radius of 15 m
        String cdm = Paths.get(System.getProperty("cosmodrome.root", ".."))
                .resolve("io/src/test/resources/conjunction/AlfanoTestCase04.cdm").toString();
        CliRunner r = CliRunner.run("screen", "--cdm", cdm, "--hard-body-radius-m", "7.5", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode root = Json.mapper().readTree(r.out());
        assertThat(root.get("collisionProbability").asDouble()).isCloseTo(0.049323406,
                org.assertj.core.data.Offset.offset(1e-5));
        assertThat(root.get("combinedHardBodyRadiusM").asDouble()).isEqualTo(15.0);
        assertThat(root.get("collisionProbabilityByMethod").get("ALFANO_2005").asDouble()).isCloseTo(0.049323406,
                org.assertj.core.data.Offset.offset(1e-5));

        CliRunner mixed = CliRunner.run("screen", "--cdm", cdm, "--days", "1");
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).startsWith("error: ").contains("--cdm");
        CliRunner csv = CliRunner.run("screen", "--cdm", cdm, "--hard-body-radius-m", "7.5", "--format", "csv");
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).startsWith("error: ").contains("--format");
        CliRunner noRadius = CliRunner.run("screen", "--cdm", cdm);
        assertThat(noRadius.exitCode()).isEqualTo(2);
        assertThat(noRadius.err()).startsWith("error: ").contains("--hard-body-radius-m");
    }

    @Test
    void duplicatesAreNamedAndTheNewestEpochKept() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(SAMPLE));
        Path twice = dir.resolve("twice.3le");
        // the first object again, with an older epoch (day 23200) first and the sample's own after it
        String l1 = lines.get(1);
        String older = withChecksum(l1.substring(0, 18) + "23200.00000000" + l1.substring(32, 68));
        Files.writeString(twice, String.join("\n", lines.get(0), older, lines.get(2)) + "\n"
                + String.join("\n", lines) + "\n");
        CliRunner r = CliRunner.run("screen", "--catalog", twice.toString(), "--from", "2023-10-10T00:00:00Z", "--days",
                "0.1", "--threshold-km", "10", "--quiet", "--lenient", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String number = l1.substring(2, 7).trim();
        assertThat(r.err()).contains("appear more than once").contains("kept the newest epoch").contains(number);
        assertThat(Json.mapper().readTree(r.out()).get("duplicatesDropped").asInt()).isEqualTo(1);
    }

    @Test
    void missingFlagsAndAMalformedCatalogAreNamed() throws Exception {
        CliRunner none = CliRunner.run("screen", "--from", "2023-10-10T00:00:00Z", "--days", "1", "--threshold-km", "5");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).startsWith("error: ").contains("--catalog");
        Path junk = dir.resolve("junk.tle");
        Files.writeString(junk, "this is not\na catalog\n");
        CliRunner bad = CliRunner.run("screen", "--catalog", junk.toString(), "--from", "2023-10-10", "--days", "1",
                "--threshold-km", "5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: ").contains("junk.tle").doesNotContain("\tat ");
    }

    /** @return the first 68 columns of a TLE line and their checksum (digits summed, minus signs count 1, mod 10) */
    static String withChecksum(String line68) {
        int sum = 0;
        for (char ch : line68.toCharArray()) {
            sum += Character.isDigit(ch) ? ch - '0' : ch == '-' ? 1 : 0;
        }
        return line68 + (sum % 10);
    }
}
