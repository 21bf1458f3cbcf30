package space.cosmodrome.io.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * OMM input: CelesTrak's XML against the TLE file of the same day, CSV history, JSON with alpha-5 numbers and with
 * catalog numbers past alpha-5 (up to CCSDS's nine digits), which must give the same elements as the same entry
 * under a TLE number and refuse only to become TLE lines.
 */
class OmmReaderTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Paths.get(OmmReaderTest.class.getResource("/omm/" + name).toURI());
    }

    @Test
    void celestrakXmlGivesTheSameElementsAsTheTleFile() throws Exception {
        List<TleElements> omm = OmmReader.read(resource("celestrak_iridium_omm_2023-09-30.xml"), false).elementSets();
        List<TleElements> tle = TleReader.create().read(resource("celestrak_iridium_2023-09-30.tle")).elementSets();
        assertThat(omm).hasSameSizeAs(tle);
        for (int i = 0; i < tle.size(); i++) {
            TleElements a = omm.get(i);
            TleElements b = tle.get(i);
            assertThat(a.catalogNumber()).isEqualTo(b.catalogNumber());
            assertThat(a.epoch().durationFrom(b.epoch())).isBetween(-1e-3, 1e-3);
            assertThat(a.meanMotionRadPerS()).isEqualTo(b.meanMotionRadPerS());
            assertThat(a.eccentricity()).isEqualTo(b.eccentricity());
            assertThat(a.inclinationRad()).isEqualTo(b.inclinationRad());
            assertThat(a.raanRad()).isEqualTo(b.raanRad());
            assertThat(a.bStarPerEarthRadius()).isEqualTo(b.bStarPerEarthRadius());
        }
    }

    @Test
    void csvHistoryAndJsonWithAlphaFiveNumbers() throws Exception {
        assertThat(OmmReader.read(resource("swift_2004-047A_celestrak_omm_history.csv"), false).elementSets())
                .isNotEmpty().allMatch(s -> s.catalogNumber() == 28485);
        Path json = dir.resolve("gp.json");
        Files.writeString(json, "[{\"OBJECT_NAME\":\"TEST\",\"OBJECT_ID\":\"2025-001A\",\"EPOCH\":\"2026-05-01T12:00:00.000000\","
                + "\"MEAN_MOTION\":15.2,\"ECCENTRICITY\":0.0012,\"INCLINATION\":53.0,\"RA_OF_ASC_NODE\":10.0,"
                + "\"ARG_OF_PERICENTER\":90.0,\"MEAN_ANOMALY\":270.0,\"EPHEMERIS_TYPE\":0,\"CLASSIFICATION_TYPE\":\"U\","
                + "\"NORAD_CAT_ID\":270001,\"ELEMENT_SET_NO\":999,\"REV_AT_EPOCH\":100,\"BSTAR\":0.0001,"
                + "\"MEAN_MOTION_DOT\":1.0e-5,\"MEAN_MOTION_DDOT\":0}]");
        TleElements set = OmmReader.read(json, false).elementSets().get(0);
        assertThat(set.catalogNumber()).isEqualTo(270001);
        assertThat(set.line1()).startsWith("1 T0001");
        Files.writeString(json, Files.readString(json).replace("270001", "1000000000"));
        assertThatThrownBy(() -> OmmReader.read(json, false)).isInstanceOfSatisfying(CosmodromeException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
            assertThat(e.details()).containsEntry("field", "NORAD_CAT_ID").containsEntry("value", "1000000000");
        });
        assertThat(OmmReader.read(json, true).skippedCount()).isEqualTo(1);
    }

    @Test
    void catalogNumbersPastAlphaFiveKeepTheirNumberAndTheSameElements() throws Exception {
        String entry = "{\"OBJECT_NAME\":\"FUTURE\",\"OBJECT_ID\":\"2026-101B\",\"EPOCH\":\"2026-05-01T12:00:00.000000\","
                + "\"MEAN_MOTION\":15.2,\"ECCENTRICITY\":0.0012,\"INCLINATION\":53.0,\"RA_OF_ASC_NODE\":10.0,"
                + "\"ARG_OF_PERICENTER\":90.0,\"MEAN_ANOMALY\":270.0,\"EPHEMERIS_TYPE\":0,\"CLASSIFICATION_TYPE\":\"U\","
                + "\"NORAD_CAT_ID\":NUMBER,\"ELEMENT_SET_NO\":999,\"REV_AT_EPOCH\":100,\"BSTAR\":0.0001,"
                + "\"MEAN_MOTION_DOT\":1.0e-5,\"MEAN_MOTION_DDOT\":0}";
        Path json = dir.resolve("big.json");
        Files.writeString(json, "[" + entry.replace("NUMBER", "25544") + "," + entry.replace("NUMBER", "400000") + ","
                + entry.replace("NUMBER", "999999999") + "]");
        List<TleElements> sets = OmmReader.read(json, false).elementSets();
        assertThat(sets).extracting(TleElements::catalogNumber).containsExactly(25544, 400000, 999999999);
        TleElements reference = sets.get(0);
        assertThat(reference.hasTleLines()).isTrue();
        for (TleElements big : sets.subList(1, 3)) {
            assertThat(big.hasTleLines()).isFalse();
            assertThat(big.name()).isEqualTo("FUTURE");
            assertThat(big.internationalDesignator()).isEqualTo(reference.internationalDesignator());
            assertThat(big.epoch()).isEqualTo(reference.epoch());
            assertThat(big.meanMotionRadPerS()).isEqualTo(reference.meanMotionRadPerS());
            assertThat(big.eccentricity()).isEqualTo(reference.eccentricity());
            assertThat(big.bStarPerEarthRadius()).isEqualTo(reference.bStarPerEarthRadius());
            assertThat(big.meanMotionDotRadPerS2()).isEqualTo(reference.meanMotionDotRadPerS2());
            // Orekit's TLE keeps the number as a field: it propagates, and only writing lines is refused
            org.orekit.propagation.analytical.tle.TLE tle = big.orekitTle(space.cosmodrome.data.OrekitData.utc());
            assertThat(tle.getSatelliteNumber()).isEqualTo(big.catalogNumber());
            org.orekit.propagation.analytical.tle.TLE same = reference.orekitTle(space.cosmodrome.data.OrekitData.utc());
            // built from fields rather than read from lines: the same state up to the last bit of a conversion
            assertThat(org.orekit.propagation.analytical.tle.TLEPropagator.selectExtrapolator(tle)
                    .getPVCoordinates(big.epoch().shiftedBy(3600.0)).getPosition()
                    .distance(org.orekit.propagation.analytical.tle.TLEPropagator.selectExtrapolator(same)
                            .getPVCoordinates(big.epoch().shiftedBy(3600.0)).getPosition())).isLessThan(1e-6);
            assertThatThrownBy(() -> big.tleLines("the test")).isInstanceOfSatisfying(CosmodromeException.class,
                    e -> assertThat(e.getMessage()).contains(Integer.toString(big.catalogNumber()))
                            .contains("339999").contains("TLE lines"));
        }
    }
}
