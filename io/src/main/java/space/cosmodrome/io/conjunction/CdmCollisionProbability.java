package space.cosmodrome.io.conjunction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hipparchus.exception.MathRuntimeException;
import org.orekit.data.DataSource;
import org.orekit.errors.OrekitException;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.cdm.Cdm;
import org.orekit.files.ccsds.ndm.cdm.CdmData;
import org.orekit.files.ccsds.ndm.cdm.CdmMetadata;
import org.orekit.files.ccsds.ndm.cdm.StateVector;
import org.orekit.ssa.collision.shorttermencounter.probability.twod.ShortTermEncounter2DPOCMethodType;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/**
 * Probability of collision from a CCSDS Conjunction Data Message, where the covariance is known: Orekit's
 * {@code CdmParser} reads the two objects' states and covariances at the time of closest approach, and each of Orekit's
 * short-term encounter methods ({@code org.orekit.ssa.collision.shorttermencounter.probability.twod}) projects them
 * on the encounter plane and integrates over the combined hard-body disk.
 *
 * @param file the CDM read
 * @param messageId its MESSAGE_ID
 * @param tca time of closest approach (TCA)
 * @param object1 OBJECT_DESIGNATOR and OBJECT_NAME of object 1
 * @param object2 the same for object 2
 * @param missDistanceKm range between the two states at TCA (km)
 * @param relativeSpeedKmps relative speed at TCA (km/s)
 * @param combinedRadiusM hard-body radius of the pair used (m)
 * @param probabilities probability by Orekit method, in the order of {@link ShortTermEncounter2DPOCMethodType}
 * @param statedProbability COLLISION_PROBABILITY written in the CDM, NaN when absent
 * @param statedMethod COLLISION_PROBABILITY_METHOD written in the CDM, null when absent
 */
public record CdmCollisionProbability(Path file, String messageId, AbsoluteDate tca, String[] object1,
        String[] object2, double missDistanceKm, double relativeSpeedKmps, double combinedRadiusM,
        Map<ShortTermEncounter2DPOCMethodType, Double> probabilities, double statedProbability, String statedMethod) {

    /**
     * Reads a CDM (KVN or XML).
     * @param file the message
     * @return it, as Orekit parses it
     */
    public static Cdm read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CosmodromeException.badValue("--cdm", file, "an existing CCSDS CDM file (KVN or XML)");
        }
        try {
            return new ParserBuilder(OrekitData.context()).buildCdmParser()
                    .parseMessage(new DataSource(file.toFile()));
        } catch (OrekitException e) {
            throw CosmodromeException.badFile(file.toString(), "is not a CCSDS CDM Orekit can read: " + e.getMessage(),
                    Map.of("field", "--cdm"));
        }
    }

    /**
     * @param cdm the message (both objects with a state and an RTN position covariance)
     * @param file where it came from, for messages
     * @param combinedRadiusM hard-body radius of the pair (m), more than 0; NaN to take the sum of the objects' HBR
     *        from the message (CDM 2.0 additional parameters)
     * @return the probability by every Orekit method
     */
    public static CdmCollisionProbability of(Cdm cdm, Path file, double combinedRadiusM) {
        double radius = combinedRadiusM;
        if (Double.isNaN(radius)) {
            double h1 = hbr(cdm.getDataObject1());
            double h2 = hbr(cdm.getDataObject2());
            radius = h1 + h2;
            if (!(radius > 0.0)) {
                throw CosmodromeException.missing("--hard-body-radius-m", "the CDM gives no hard-body radius (HBR) for "
                        + "both objects: give the radius of each object (m)");
            }
        }
        if (!(radius > 0.0) || !Double.isFinite(radius)) {
            throw CosmodromeException.badValue("--hard-body-radius-m", radius / 2.0, "more than 0 m");
        }
        StateVector s1 = cdm.getDataObject1().getStateVectorBlock();
        StateVector s2 = cdm.getDataObject2().getStateVectorBlock();
        if (s1 == null || s2 == null || cdm.getDataObject1().getRTNCovarianceBlock() == null
                || cdm.getDataObject2().getRTNCovarianceBlock() == null) {
            throw CosmodromeException.badFile(file.toString(), "lacks a state vector or an RTN covariance for an object",
                    Map.of("field", "--cdm"));
        }
        // CDM states are in the same frame at TCA: their difference needs no frame change
        double miss = s1.getPositionVector().distance(s2.getPositionVector()) / 1000.0;
        double speed = s1.getVelocityVector().distance(s2.getVelocityVector()) / 1000.0;
        Map<ShortTermEncounter2DPOCMethodType, Double> values = new LinkedHashMap<>();
        for (ShortTermEncounter2DPOCMethodType type : ShortTermEncounter2DPOCMethodType.values()) {
            try {
                values.put(type, type.getMethod().compute(cdm, radius).getValue());
            } catch (OrekitException | MathRuntimeException e) {
                throw CosmodromeException.badFile(file.toString(), "Orekit cannot compute the probability ("
                        + type + "): " + e.getMessage(), Map.of("field", "--cdm"));
            }
        }
        double stated = cdm.getRelativeMetadata().getCollisionProbability();
        String statedMethod = cdm.getRelativeMetadata().getCollisionProbaMethod() == null ? null
                : cdm.getRelativeMetadata().getCollisionProbaMethod().getName();
        return new CdmCollisionProbability(file, cdm.getHeader().getMessageId(), cdm.getRelativeMetadata().getTca(),
                names(cdm.getMetadataObject1()), names(cdm.getMetadataObject2()), miss, speed, radius, values,
                stated, statedMethod);
    }

    private static double hbr(CdmData data) {
        if (data.getAdditionalParametersBlock() == null) {
            return Double.NaN;
        }
        return data.getAdditionalParametersBlock().getHbr();
    }

    private static String[] names(CdmMetadata m) {
        return new String[] {m.getObjectDesignator(), m.getObjectName()};
    }
}
