package space.cosmodrome.tle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.orekit.propagation.analytical.tle.TLE;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;

class TleReaderTest {
    private static final String ISS0 = "ISS (ZARYA)             ";
    private static final String ISS1 = "1 25544U 98067A   26150.51748228  .00011776  00000+0  21767-3 0  9998";
    private static final String ISS2 = "2 25544  51.6337  27.5746 0007245 114.7080 245.4664 15.49496548569014";

    private final TleReader reader = TleReader.create(OrekitData.utc());

    static String resource(String name) throws IOException {
        try (InputStream in = TleReaderTest.class.getResourceAsStream("/tle/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void readsCelestrakCrlfFileWithNames() throws IOException {
        TleFile file = reader.read("stations.tle", resource("celestrak_stations_2026-05-30.tle"));
        assertThat(file.elementSets()).hasSize(25);
        TleElements iss = file.elementSets().get(0);
        assertThat(iss.catalogNumber()).isEqualTo(25544);
        assertThat(iss.name()).isEqualTo("ISS (ZARYA)");
        assertThat(iss.internationalDesignator()).isEqualTo("98067A");
        assertThat(iss.line1()).hasSize(69);
        assertThat(iss.lineNumber()).isEqualTo(2);
    }

    @Test
    void fieldsAgreeWithOrekitsTle() {
        TleElements e = reader.parse(ISS0, ISS1, ISS2);
        TLE tle = new TLE(ISS1, ISS2, OrekitData.utc());
        assertThat(e.epoch()).isEqualTo(tle.getDate());
        assertThat(e.epochUtc()).isEqualTo(Instant.parse("2026-05-30T12:25:10.469Z").plusNanos(
                Math.round((0.51748228 * 86400.0 - 44710.469) * 1e9)));
        assertThat(e.meanMotionRadPerS()).isCloseTo(tle.getMeanMotion(), org.assertj.core.data.Percentage.withPercentage(1e-13));
        assertThat(e.eccentricity()).isEqualTo(tle.getE());
        assertThat(e.inclinationRad()).isCloseTo(tle.getI(), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(e.raanRad()).isCloseTo(tle.getRaan(), org.assertj.core.data.Offset.offset(1e-14));
        assertThat(e.argumentOfPerigeeRad()).isCloseTo(tle.getPerigeeArgument(), org.assertj.core.data.Offset.offset(1e-14));
        assertThat(e.meanAnomalyRad()).isCloseTo(tle.getMeanAnomaly(), org.assertj.core.data.Offset.offset(1e-14));
        assertThat(e.bStarPerEarthRadius()).isCloseTo(tle.getBStar(), org.assertj.core.data.Offset.offset(1e-18));
        assertThat(e.meanMotionDotRadPerS2()).isCloseTo(tle.getMeanMotionFirstDerivative(),
                org.assertj.core.data.Offset.offset(1e-25));
        assertThat(e.revolutionNumber()).isEqualTo(56901);
        assertThat(e.elementSetNumber()).isEqualTo(999);
    }

    @Test
    void readsSpaceTrack3leWithBlankPaddedAndAlpha5Numbers() throws IOException {
        TleFile file = reader.read("3le.txt", resource("spacetrack_full_catalog_3le_2023-10_sample.txt"));
        assertThat(file.elementSets()).hasSize(80);
        assertThat(file.elementSets().get(0).name()).isEqualTo("VANGUARD 1");
        assertThat(file.elementSets().get(0).catalogNumber()).isEqualTo(5);
        assertThat(file.elementSets().get(40).line1()).startsWith("1   ");
        TleElements alpha = file.elementSets().get(60);
        assertThat(alpha.line1()).startsWith("1 T0000");
        assertThat(alpha.catalogNumber()).isEqualTo(270000);
    }

    @Test
    void decodesAlpha5() {
        String l1 = "1 A0001U 98067A   26150.51748228  .00011776  00000+0  21767-3 0  999";
        String l2 = "2 A0001  51.6337  27.5746 0007245 114.7080 245.4664 15.49496548569014";
        TleElements e = reader.withChecksums(false).parse("", l1 + "0", l2);
        assertThat(e.catalogNumber()).isEqualTo(100001);
        assertThat(reader.withChecksums(false).parse("", l1.replace("A0001", "Z9999") + "0",
                l2.replace("A0001", "Z9999")).catalogNumber()).isEqualTo(339999);
    }

    @Test
    void badChecksumNamesFileLineFieldAndExpectation() {
        String text = ISS0 + "\n" + ISS1 + "\n" + ISS2.substring(0, 68) + "1\n";
        assertThatThrownBy(() -> reader.read("iss.tle", text))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
                    assertThat(e.details()).containsEntry("file", "iss.tle").containsEntry("line", 3)
                            .containsEntry("field", "checksum").containsKey("expected");
                    assertThat(String.valueOf(e.details().get("expected"))).startsWith("4");
                });
    }

    @Test
    void badColumnIsReported() {
        String bad = ISS2.substring(0, 8) + "5X.6325" + ISS2.substring(15);
        assertThatThrownBy(() -> reader.withChecksums(false).read("x.tle", ISS1 + "\r\n" + bad + "\r\n"))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details())
                        .containsEntry("line", 2).containsEntry("field", "inclination").containsEntry("columns", "9-16"));
        String shortLine = ISS1.substring(0, 60);
        assertThatThrownBy(() -> reader.read("x.tle", shortLine + "\n" + ISS2 + "\n"))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details())
                        .containsEntry("line", 1).containsEntry("field", "line length"));
        assertThatThrownBy(() -> reader.read("x.tle", ISS0 + "\n" + ISS1 + "\n"))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details())
                        .containsEntry("line", 3).containsEntry("field", "line 2"));
        String otherNumber = "2 25545" + ISS2.substring(7, 68) + "1";
        assertThatThrownBy(() -> reader.read("x.tle", ISS1 + "\n" + otherNumber + "\n"))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> assertThat(e.details())
                        .containsEntry("line", 2).containsEntry("field", "catalog number"));
    }

    @Test
    void lenientModeSkipsAndCounts() throws IOException {
        String good = resource("celestrak_stations_2026-05-30.tle");
        String[] lines = good.split("\r\n");
        lines[4] = lines[4].substring(0, 68) + (char) ('0' + (lines[4].charAt(68) - '0' + 1) % 10); // checksum
        lines[8] = lines[8].substring(0, 20); // truncated line 2
        String text = String.join("\r\n", lines) + "\r\n" + "garbage line\r\n";
        TleFile file = reader.withLenient(true).read("broken.tle", text);
        assertThat(file.elementSets()).hasSize(23);
        assertThat(file.skippedCount()).isEqualTo(3);
        assertThat(file.skipped().get(0).details()).containsEntry("line", 5).containsEntry("field", "checksum");
        assertThat(file.skipped().get(1).details()).containsEntry("line", 9);
        assertThatThrownBy(() -> reader.read("broken.tle", text)).isInstanceOf(CosmodromeException.class);
    }

    @Test
    void readsWholeActiveSampleAndGeoFile() throws IOException {
        assertThat(reader.read("a", resource("celestrak_active_2026-05-07_first300.txt")).elementSets()).hasSize(300);
        assertThat(reader.read("g", resource("celestrak_geo_2026-05-30.tle")).elementSets()).hasSize(574);
    }
}
