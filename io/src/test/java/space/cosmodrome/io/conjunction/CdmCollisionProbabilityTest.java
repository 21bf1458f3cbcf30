package space.cosmodrome.io.conjunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orekit.ssa.collision.shorttermencounter.probability.twod.ShortTermEncounter2DPOCMethodType;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/**
 * Probability from a CDM against a published value: Alfano's test case 4 (AAS 09-233, 2009) as NASA CARA distributes
 * it, 2D probability 0.049323406 for a combined hard-body radius of 15 m (see {@code resources/conjunction/README.md}).
 */
class CdmCollisionProbabilityTest {
    static Path alfano4() throws Exception {
        return Path.of(CdmCollisionProbabilityTest.class.getResource("/conjunction/AlfanoTestCase04.cdm").toURI());
    }

    @Test
    void alfanoCase4MatchesNasaCara() throws Exception {
        OrekitData.context();
        Path file = alfano4();
        CdmCollisionProbability pc = CdmCollisionProbability.of(CdmCollisionProbability.read(file), file, 15.0);
        for (ShortTermEncounter2DPOCMethodType exact : new ShortTermEncounter2DPOCMethodType[] {
                ShortTermEncounter2DPOCMethodType.PATERA_2005, ShortTermEncounter2DPOCMethodType.ALFANO_2005,
                ShortTermEncounter2DPOCMethodType.LAAS_2015}) {
            assertThat(pc.probabilities().get(exact)).as(exact.name()).isCloseTo(0.049323406, Offset.offset(1e-5));
        }
        // the CDM's MISS_DISTANCE and RELATIVE_SPEED, recomputed from its two states
        assertThat(pc.missDistanceKm()).isCloseTo(0.134408521, Offset.offset(1e-6));
        assertThat(pc.relativeSpeedKmps()).isCloseTo(0.019033420e-3, Offset.offset(1e-9));
        assertThat(pc.messageId()).isEqualTo("A09_case_04");
        assertThat(pc.statedProbability()).isNaN();
    }

    @Test
    void refusesWhatIsNotACdmAndAMissingRadius(@TempDir Path dir) throws Exception {
        OrekitData.context();
        Path bad = dir.resolve("bad.cdm");
        Files.writeString(bad, "CCSDS_CDM_VERS = 1.0\nnot a cdm\n");
        assertThatThrownBy(() -> CdmCollisionProbability.read(bad)).isInstanceOf(CosmodromeException.class)
                .hasMessageContaining("bad.cdm");
        assertThatThrownBy(() -> CdmCollisionProbability.read(dir.resolve("missing.cdm")))
                .isInstanceOf(CosmodromeException.class).hasMessageContaining("--cdm");
        Path file = alfano4();
        // CDM 1.0 carries no hard-body radius: one must be given
        assertThatThrownBy(() -> CdmCollisionProbability.of(CdmCollisionProbability.read(file), file, Double.NaN))
                .isInstanceOf(CosmodromeException.class).hasMessageContaining("--hard-body-radius-m");
    }
}
