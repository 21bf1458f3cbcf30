package space.cosmodrome.io.conjunction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.errors.OrekitException;
import org.orekit.files.ccsds.definitions.BodyFacade;
import org.orekit.files.ccsds.definitions.CelestialBodyFrame;
import org.orekit.files.ccsds.definitions.CenterName;
import org.orekit.files.ccsds.definitions.FrameFacade;
import org.orekit.files.ccsds.definitions.PocMethodFacade;
import org.orekit.files.ccsds.definitions.TimeSystem;
import org.orekit.files.ccsds.definitions.YesNoUnknown;
import org.orekit.files.ccsds.ndm.cdm.Cdm;
import org.orekit.files.ccsds.ndm.cdm.CdmData;
import org.orekit.files.ccsds.ndm.cdm.CdmHeader;
import org.orekit.files.ccsds.ndm.cdm.CdmMetadata;
import org.orekit.files.ccsds.ndm.cdm.CdmRelativeMetadata;
import org.orekit.files.ccsds.ndm.cdm.CdmSegment;
import org.orekit.files.ccsds.ndm.cdm.CdmWriter;
import org.orekit.files.ccsds.ndm.cdm.CovarianceMethod;
import org.orekit.files.ccsds.ndm.cdm.Maneuvrable;
import org.orekit.files.ccsds.ndm.cdm.RTNCovariance;
import org.orekit.files.ccsds.ndm.cdm.StateVector;
import org.orekit.files.ccsds.section.CommentsContainer;
import org.orekit.files.ccsds.utils.generation.KvnGenerator;
import org.orekit.frames.Frame;
import org.orekit.frames.Transform;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.PVCoordinates;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import space.cosmodrome.conjunction.CollisionProbability;
import space.cosmodrome.conjunction.Conjunction;
import space.cosmodrome.conjunction.ConjunctionObject;
import space.cosmodrome.conjunction.Screening;
import space.cosmodrome.conjunction.ScreeningStatistics;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.json.Json;

/**
 * Writes screening results. JSON and CSV are streamed (a week of the full catalog gives a hundred thousand
 * conjunctions); times are ISO-8601 UTC to the millisecond, numbers carry their unit in their names. CDMs are CCSDS
 * Conjunction Data Messages 1.0 in KVN, one file per conjunction, written by Orekit's {@link CdmWriter}.
 */
public final class ConjunctionFiles {
    /** Said wherever a probability is written. */
    public static final String COVARIANCE_NOTE = "element sets (TLE) carry no covariance: the collision probability "
            + "assumes the isotropic 1-sigma position uncertainty given per object (--sigma-km), uncorrelated; it "
            + "ranks conjunctions, it is not an operational probability";

    private ConjunctionFiles() {
    }

    /** @return the date as ISO-8601 UTC, rounded to the millisecond */
    public static String utc(AbsoluteDate date) {
        Instant instant = date.toInstant(OrekitData.context().getTimeScales());
        long nanos = instant.getNano();
        return instant.minusNanos(nanos).plusMillis(Math.round(nanos / 1.0e6)).toString();
    }

    /**
     * Writes the screening as one JSON document.
     * @param screening the result
     * @param header fields written first (catalog file, span, primaries, probability settings ...)
     * @param probability probability model, or null for none
     * @param out where to write (not closed)
     */
    public static void json(Screening screening, Map<String, Object> header, CollisionProbability probability,
            Writer out) {
        try {
            JsonGenerator g = Json.mapper().getFactory().createGenerator(out);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            for (Map.Entry<String, Object> e : header.entrySet()) {
                g.writeFieldName(e.getKey());
                Json.mapper().writeValue(g, e.getValue());
            }
            if (probability != null) {
                g.writeObjectFieldStart("collisionProbability");
                g.writeStringField("method", probability.method().name());
                g.writeNumberField("sigma1Km", probability.sigma1Km());
                g.writeNumberField("sigma2Km", probability.sigma2Km());
                g.writeNumberField("combinedHardBodyRadiusM", probability.combinedRadiusKm() * 1000.0);
                g.writeStringField("note", COVARIANCE_NOTE);
                g.writeEndObject();
            }
            ScreeningStatistics s = screening.statistics();
            g.writeObjectFieldStart("statistics");
            g.writeNumberField("objects", s.objects());
            g.writeNumberField("objectsScreened", s.objectsScreened());
            g.writeNumberField("objectsFailed", s.objectsFailed());
            g.writeNumberField("pairsTotal", s.pairsTotal());
            g.writeNumberField("pairsAfterPerigeeApogee", s.pairsAfterPerigeeApogee());
            g.writeNumberField("steps", s.steps());
            g.writeNumberField("gridPairs", s.gridPairs());
            g.writeNumberField("linearPairs", s.linearPairs());
            g.writeNumberField("conjunctions", s.conjunctions());
            g.writeNumberField("durationS", Json.round(s.seconds(), 3));
            g.writeNumberField("propagationS", Json.round(s.propagationSeconds(), 3));
            g.writeEndObject();
            g.writeArrayFieldStart("conjunctions");
            for (Conjunction c : screening.conjunctions()) {
                g.writeStartObject();
                object(g, "object1", c.object1());
                object(g, "object2", c.object2());
                g.writeStringField("tcaUtc", utc(c.tca()));
                g.writeNumberField("missDistanceKm", Json.round(c.missDistanceKm(), 6));
                g.writeNumberField("relativeSpeedKmps", Json.round(c.relativeSpeedKmps(), 6));
                g.writeNumberField("radialKm", Json.round(c.radialKm(), 6));
                g.writeNumberField("inTrackKm", Json.round(c.inTrackKm(), 6));
                g.writeNumberField("crossTrackKm", Json.round(c.crossTrackKm(), 6));
                if (probability != null) {
                    g.writeNumberField("collisionProbability", probability.of(c));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write(System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void object(JsonGenerator g, String field, ConjunctionObject o) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("catalogNumber", o.catalogNumber());
        g.writeStringField("name", o.name());
        g.writeStringField("internationalDesignator", o.internationalDesignator());
        g.writeEndObject();
    }

    /**
     * Writes one CSV line per conjunction, with a header line.
     * @param screening the result
     * @param probability probability model, or null for none
     * @param out where to write (not closed)
     */
    public static void csv(Screening screening, CollisionProbability probability, Writer out) {
        try {
            out.write("catalogNumber1,name1,catalogNumber2,name2,tcaUtc,missDistanceKm,relativeSpeedKmps,radialKm,"
                    + "inTrackKm,crossTrackKm" + (probability != null ? ",collisionProbability" : "") + "\n");
            for (Conjunction c : screening.conjunctions()) {
                StringBuilder line = new StringBuilder(160);
                line.append(c.object1().catalogNumber()).append(',').append(csvText(c.object1().name())).append(',')
                        .append(c.object2().catalogNumber()).append(',').append(csvText(c.object2().name()))
                        .append(',').append(utc(c.tca()))
                        .append(String.format(Locale.ROOT, ",%.6f,%.6f,%.6f,%.6f,%.6f", c.missDistanceKm(),
                                c.relativeSpeedKmps(), c.radialKm(), c.inTrackKm(), c.crossTrackKm()));
                if (probability != null) {
                    line.append(String.format(Locale.ROOT, ",%.6e", probability.of(c)));
                }
                out.write(line.append('\n').toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvText(String text) {
        if (text.contains(",") || text.contains("\"")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * Writes one CCSDS CDM (KVN) per conjunction into a directory, named
     * {@code cdm_<tca>_<catalog1>_<catalog2>.cdm}. States are given in GCRF (converted from TEME by Orekit); the
     * RTN covariance is the isotropic assumption of {@code probability} (with {@code COVARIANCE_METHOD = DEFAULT}), or,
     * without one, zero with a comment saying that it is unknown.
     * @param screening the result
     * @param probability probability model, or null for none
     * @param directory created if missing
     * @return the files written
     */
    public static List<Path> cdms(Screening screening, CollisionProbability probability, Path directory) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            Frame teme = OrekitData.context().getFrames().getTEME();
            Frame gcrf = OrekitData.context().getFrames().getGCRF();
            AbsoluteDate now = new AbsoluteDate(Instant.now(), OrekitData.utc());
            int k = 0;
            for (Conjunction c : screening.conjunctions()) {
                k++;
                String name = String.format(Locale.ROOT, "cdm_%s_%d_%d.cdm", utc(c.tca()).replace(":", ""),
                        c.object1().catalogNumber(), c.object2().catalogNumber());
                Path file = directory.resolve(name);
                Cdm cdm = cdm(c, screening, probability, now, k, teme, gcrf);
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    new CdmWriter(IERSConventions.IERS_2010, OrekitData.context()).writeMessage(
                            new KvnGenerator(w, CdmWriter.KVN_PADDING_WIDTH, name, Constants.JULIAN_DAY, 0), cdm);
                }
                written.add(file);
            }
        } catch (IOException e) {
            throw CosmodromeException.badFile(directory.toString(), "cannot be written: " + e.getMessage(), Map.of());
        } catch (OrekitException e) {
            throw CosmodromeException.internal("writing CDMs to " + directory, e);
        }
        return written;
    }

    private static Cdm cdm(Conjunction c, Screening screening, CollisionProbability probability, AbsoluteDate now,
            int number, Frame teme, Frame gcrf) {
        CdmHeader header = new CdmHeader();
        header.setFormatVersion(1.0);
        header.setCreationDate(now);
        header.setOriginator("COSMODROME");
        header.setMessageId(String.format(Locale.ROOT, "COSMODROME_%d_%d_%s", c.object1().catalogNumber(),
                c.object2().catalogNumber(), utc(c.tca()).replace(":", "")));

        double[] s1 = c.state1();
        double[] s2 = c.state2();
        CdmRelativeMetadata rel = new CdmRelativeMetadata();
        rel.setTimeSystem(TimeSystem.UTC);
        rel.addComment("Screening by Cosmodrome: SGP4 on TLE element sets, threshold "
                + screening.options().thresholdKm() + " km; conjunction " + number);
        rel.setTca(c.tca());
        rel.setMissDistance(c.missDistanceKm() * 1000.0);
        rel.setRelativeSpeed(c.relativeSpeedKmps() * 1000.0);
        rel.setRelativePositionR(c.radialKm() * 1000.0);
        rel.setRelativePositionT(c.inTrackKm() * 1000.0);
        rel.setRelativePositionN(c.crossTrackKm() * 1000.0);
        double[] dv = rtn(s1, s2[3] - s1[3], s2[4] - s1[4], s2[5] - s1[5]);
        rel.setRelativeVelocityR(dv[0] * 1000.0);
        rel.setRelativeVelocityT(dv[1] * 1000.0);
        rel.setRelativeVelocityN(dv[2] * 1000.0);
        rel.setStartScreenPeriod(screening.start());
        rel.setStopScreenPeriod(screening.end());
        if (probability != null) {
            rel.addComment(COVARIANCE_NOTE);
            rel.setCollisionProbability(probability.of(c));
            rel.setCollisionProbaMethod(new PocMethodFacade(probability.method().name(),
                    probability.method().getCCSDSType()));
        }
        CdmMetadata m1 = metadata(c.object1(), "OBJECT1", rel);
        CdmMetadata m2 = metadata(c.object2(), "OBJECT2", rel);
        Transform toGcrf = teme.getTransformTo(gcrf, c.tca());
        CdmData d1 = data(s1, toGcrf, probability == null ? Double.NaN : probability.sigma1Km());
        CdmData d2 = data(s2, toGcrf, probability == null ? Double.NaN : probability.sigma2Km());
        return new Cdm(header, List.of(new CdmSegment(m1, d1), new CdmSegment(m2, d2)), IERSConventions.IERS_2010,
                OrekitData.context());
    }

    private static CdmMetadata metadata(ConjunctionObject o, String which, CdmRelativeMetadata rel) {
        CdmMetadata m = new CdmMetadata(OrekitData.context());
        m.setRelativeMetadata(rel);
        m.setObject(which);
        m.setObjectDesignator(Integer.toString(o.catalogNumber()));
        m.setCatalogName("SATCAT");
        m.setObjectName(o.name().isEmpty() ? "UNKNOWN" : o.name());
        m.setInternationalDes(cospar(o.internationalDesignator()));
        m.setEphemName("NONE");
        m.setCovarianceMethod(CovarianceMethod.DEFAULT);
        m.setManeuverable(Maneuvrable.N_A);
        m.setOrbitCenter(new BodyFacade(CenterName.EARTH.name(), CenterName.EARTH.getCelestialBody(
                OrekitData.context().getCelestialBodies())));
        m.setRefFrame(new FrameFacade(OrekitData.context().getFrames().getGCRF(), CelestialBodyFrame.GCRF, null,
                null, "GCRF"));
        m.setGravityModel("SGP4-WGS72", 4, 0);
        m.setAtmosphericModel("SGP4-BSTAR");
        m.setSolarRadiationPressure(YesNoUnknown.NO);
        m.setEarthTides(YesNoUnknown.NO);
        m.setIntrackThrust(YesNoUnknown.NO);
        return m;
    }

    /** "98067A" as written in a TLE becomes "1998-067A"; anything else is kept, "UNKNOWN" when empty. */
    static String cospar(String tle) {
        if (tle.matches("[0-9]{5}[A-Z]{1,3}")) {
            int yy = Integer.parseInt(tle.substring(0, 2));
            return (yy < 57 ? 2000 + yy : 1900 + yy) + "-" + tle.substring(2);
        }
        return tle.isEmpty() ? "UNKNOWN" : tle;
    }

    private static CdmData data(double[] s, Transform toGcrf, double sigmaKm) {
        PVCoordinates pv = toGcrf.transformPVCoordinates(new PVCoordinates(
                new Vector3D(s[0] * 1000.0, s[1] * 1000.0, s[2] * 1000.0),
                new Vector3D(s[3] * 1000.0, s[4] * 1000.0, s[5] * 1000.0)));
        StateVector sv = new StateVector();
        sv.setX(pv.getPosition().getX());
        sv.setY(pv.getPosition().getY());
        sv.setZ(pv.getPosition().getZ());
        sv.setXdot(pv.getVelocity().getX());
        sv.setYdot(pv.getVelocity().getY());
        sv.setZdot(pv.getVelocity().getZ());
        RTNCovariance cov = new RTNCovariance();
        double p = Double.isNaN(sigmaKm) ? 0.0 : sigmaKm * 1000.0 * sigmaKm * 1000.0;
        if (Double.isNaN(sigmaKm)) {
            cov.addComment("element sets carry no covariance: unknown, written as zero");
        } else {
            cov.addComment("assumed isotropic 1-sigma position uncertainty of " + sigmaKm + " km (element sets carry no covariance)");
        }
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j <= i; j++) {
                cov.setCovarianceMatrixEntry(i, j, i == j && i < 3 ? p : 0.0);
            }
        }
        return new CdmData(new CommentsContainer(), null, null, sv, cov);
    }

    private static double[] rtn(double[] state, double dx, double dy, double dz) {
        Vector3D r = new Vector3D(state[0], state[1], state[2]).normalize();
        Vector3D n = Vector3D.crossProduct(new Vector3D(state[0], state[1], state[2]),
                new Vector3D(state[3], state[4], state[5])).normalize();
        Vector3D t = Vector3D.crossProduct(n, r);
        Vector3D d = new Vector3D(dx, dy, dz);
        return new double[] {d.dotProduct(r), d.dotProduct(t), d.dotProduct(n)};
    }
}
