package space.cosmodrome.io.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.errors.OrekitException;
import org.orekit.files.ccsds.definitions.BodyFacade;
import org.orekit.files.ccsds.definitions.CenterName;
import org.orekit.files.ccsds.definitions.FrameFacade;
import org.orekit.files.ccsds.definitions.TimeSystem;
import org.orekit.files.ccsds.ndm.WriterBuilder;
import org.orekit.files.ccsds.ndm.odm.OdmHeader;
import org.orekit.files.ccsds.ndm.odm.oem.InterpolationMethod;
import org.orekit.files.ccsds.ndm.odm.oem.Oem;
import org.orekit.files.ccsds.ndm.odm.oem.OemData;
import org.orekit.files.ccsds.ndm.odm.oem.OemMetadata;
import org.orekit.files.ccsds.ndm.odm.oem.OemSegment;
import org.orekit.files.ccsds.utils.generation.KvnGenerator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.Constants;
import org.orekit.utils.TimeStampedPVCoordinates;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.passes.ObjectFailure;
import space.cosmodrome.passes.PassRun;
import space.cosmodrome.passes.PassPrediction;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tracking.Ephemerides;
import space.cosmodrome.tracking.GroundTrack;
import space.cosmodrome.tracking.SubSatellitePoint;

/**
 * Writes tracking results: states as JSON, CSV or CCSDS OEM, passes as JSON or CSV, sub-satellite points as JSON.
 * JSON is streamed, so large results do not have to fit in memory twice. Times are ISO-8601 UTC, numbers carry
 * their unit in their names.
 */
public final class TrackingFiles {
    private TrackingFiles() {
    }

    static String utc(AbsoluteDate date) {
        Instant instant = date.toInstant(OrekitData.context().getTimeScales());
        long nanos = instant.getNano();
        long millis = Math.round(nanos / 1.0e6);
        return instant.minusNanos(nanos).plusMillis(millis).toString();
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = Json.mapper().getFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private static void number(JsonGenerator g, double value, int decimals) throws IOException {
        Double v = Json.round(value, decimals);
        if (v == null) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }

    /**
     * States as JSON: {@code {frame, objects, states: [{catalogNumber, timeUtc, minutesSinceEpoch, positionKm,
     * velocityKmps}]}}; an element set that fails carries {@code error: {code, message}} instead of its vectors.
     * @param e the ephemerides
     * @param out where to write
     */
    public static void statesJson(Ephemerides e, Writer out) {
        try (JsonGenerator g = generator(out)) {
            Sgp4States s = e.states();
            g.writeStartObject();
            g.writeStringField("frame", e.frame().name());
            g.writeNumberField("objects", s.objectCount());
            g.writeNumberField("timesPerObject", s.timeCount());
            g.writeArrayFieldStart("states");
            for (int i = 0; i < s.objectCount(); i++) {
                TleElements set = e.sets().get(i);
                for (int k = 0; k < s.timeCount(); k++) {
                    int j = s.index(i, k);
                    g.writeStartObject();
                    g.writeNumberField("catalogNumber", set.catalogNumber());
                    g.writeStringField("timeUtc", utc(e.date(i, k)));
                    g.writeFieldName("minutesSinceEpoch");
                    number(g, e.minutesSinceEpoch(i, k), 6);
                    int code = s.errorCode()[j];
                    if (code != Sgp4Errors.NONE) {
                        g.writeObjectFieldStart("error");
                        g.writeNumberField("code", code);
                        g.writeStringField("message", Sgp4Errors.describe(code));
                        g.writeEndObject();
                    }
                    if (code == Sgp4Errors.NONE) {
                        g.writeArrayFieldStart("positionKm");
                        number(g, s.xKm()[j], 8);
                        number(g, s.yKm()[j], 8);
                        number(g, s.zKm()[j], 8);
                        g.writeEndArray();
                        g.writeArrayFieldStart("velocityKmps");
                        number(g, s.vxKmPerS()[j], 9);
                        number(g, s.vyKmPerS()[j], 9);
                        number(g, s.vzKmPerS()[j], 9);
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * States as CSV: catalogNumber,timeUtc,minutesSinceEpoch,xKm,yKm,zKm,vxKmps,vyKmps,vzKmps,errorCode,error.
     * @param e the ephemerides
     * @param out where to write
     */
    public static void statesCsv(Ephemerides e, Writer out) {
        try {
            out.write("catalogNumber,timeUtc,minutesSinceEpoch,xKm,yKm,zKm,vxKmps,vyKmps,vzKmps,errorCode,error\n");
            Sgp4States s = e.states();
            StringBuilder line = new StringBuilder(160);
            for (int i = 0; i < s.objectCount(); i++) {
                int catalog = e.sets().get(i).catalogNumber();
                for (int k = 0; k < s.timeCount(); k++) {
                    int j = s.index(i, k);
                    int code = s.errorCode()[j];
                    line.setLength(0);
                    line.append(catalog).append(',').append(utc(e.date(i, k))).append(',')
                            .append(String.format(Locale.ROOT, "%.6f", e.minutesSinceEpoch(i, k)));
                    if (code == Sgp4Errors.NONE) {
                        line.append(String.format(Locale.ROOT, ",%.8f,%.8f,%.8f,%.9f,%.9f,%.9f,0,", s.xKm()[j],
                                s.yKm()[j], s.zKm()[j], s.vxKmPerS()[j], s.vyKmPerS()[j], s.vzKmPerS()[j]));
                    } else {
                        line.append(",,,,,,,").append(code).append(',').append(Sgp4Errors.describe(code));
                    }
                    out.write(line.append('\n').toString());
                }
            }
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * States as a CCSDS OEM (KVN, UTC), one segment per object, written by Orekit; objects that fail are left out
     * from their first failure on. Needs a time grid (not offsets from each epoch) of at least two times.
     * @param e the ephemerides
     * @param out where to write
     * @return catalog numbers of the objects left out or cut short
     */
    public static List<Integer> statesOem(Ephemerides e, Writer out) {
        Sgp4States s = e.states();
        List<Integer> dropped = new ArrayList<>();
        List<OemSegment> segments = new ArrayList<>();
        for (int i = 0; i < s.objectCount(); i++) {
            TleElements set = e.sets().get(i);
            OemData data = new OemData();
            int n = 0;
            for (int k = 0; k < s.timeCount(); k++) {
                int j = s.index(i, k);
                if (s.errorCode()[j] != Sgp4Errors.NONE) {
                    dropped.add(set.catalogNumber());
                    break;
                }
                data.addData(new TimeStampedPVCoordinates(e.date(i, k),
                        new Vector3D(s.xKm()[j] * 1000, s.yKm()[j] * 1000, s.zKm()[j] * 1000),
                        new Vector3D(s.vxKmPerS()[j] * 1000, s.vyKmPerS()[j] * 1000, s.vzKmPerS()[j] * 1000)), false);
                n++;
            }
            if (n < 2) {
                if (!dropped.contains(set.catalogNumber())) {
                    dropped.add(set.catalogNumber());
                }
                continue;
            }
            OemMetadata metadata = new OemMetadata(Math.min(7, n - 1));
            metadata.setObjectName(set.name().isEmpty() ? Integer.toString(set.catalogNumber()) : set.name());
            metadata.setObjectID(objectId(set));
            metadata.setCenter(BodyFacade.create(CenterName.EARTH));
            metadata.setReferenceFrame(FrameFacade.map(e.orekitFrame()));
            metadata.setTimeSystem(TimeSystem.UTC);
            metadata.setStartTime(data.getEphemeridesDataLines().get(0).getDate());
            metadata.setStopTime(data.getEphemeridesDataLines().get(n - 1).getDate());
            metadata.setInterpolationMethod(InterpolationMethod.LAGRANGE);
            segments.add(new OemSegment(metadata, data, Constants.WGS84_EARTH_MU));
        }
        if (segments.isEmpty()) {
            throw CosmodromeException.badValue("--format", "oem",
                    "at least two valid times per object (use --from/--to/--step-s, or json/csv)");
        }
        try {
            OdmHeader header = new OdmHeader();
            header.setOriginator("COSMODROME");
            header.setCreationDate(e.date(0, 0));
            header.setFormatVersion(3.0);
            Oem oem = new Oem(header, segments, IERSConventions.IERS_2010, OrekitData.context(), Constants.WGS84_EARTH_MU);
            new WriterBuilder().buildOemWriter().writeMessage(
                    new KvnGenerator(out, 0, "ephemeris.oem", Constants.JULIAN_DAY, 0), oem);
            out.flush();
        } catch (OrekitException | IOException ex) {
            throw CosmodromeException.internal("writing the states as a CCSDS OEM", ex);
        }
        return dropped;
    }

    private static String objectId(TleElements set) {
        return set.internationalDesignator().isEmpty() ? Integer.toString(set.catalogNumber())
                : set.catalogNumber() + " " + set.internationalDesignator();
    }

    /**
     * Passes as JSON (see {@link PassWriter}); for large runs, give a {@link PassWriter} to the predictor instead.
     * @param p the prediction
     * @param visibleOnly keep only visible passes
     * @param out where to write
     */
    public static void passesJson(PassPrediction p, boolean visibleOnly, Writer out) {
        passes(p, PassWriter.Format.JSON, visibleOnly, out);
    }

    /**
     * Passes as CSV (see {@link PassWriter}).
     * @param p the prediction
     * @param visibleOnly keep only visible passes
     * @param out where to write
     */
    public static void passesCsv(PassPrediction p, boolean visibleOnly, Writer out) {
        passes(p, PassWriter.Format.CSV, visibleOnly, out);
    }

    private static void passes(PassPrediction p, PassWriter.Format format, boolean visibleOnly, Writer out) {
        PassWriter w = PassWriter.start(out, format, visibleOnly, p.start(), p.end(), p.objectCount(), p.observers());
        w.objectDone(0, null, p.passes(), null);
        for (ObjectFailure f : p.failures()) {
            w.objectDone(0, null, List.of(), f);
        }
        w.finish(new PassRun(p.objectCount(), p.objectCount(), p.passes().size(), p.failures().size(), false, 0.0));
    }

    /**
     * A ground track as CSV: catalogNumber,timeUtc,latitudeDeg,longitudeDeg,altitudeKm,elementSetEpochUtc,errorCode.
     * @param points the points
     * @param out where to write
     */
    public static void groundTrackCsv(List<GroundTrack.Point> points, Writer out) {
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("catalogNumber,timeUtc,latitudeDeg,longitudeDeg,altitudeKm,elementSetEpochUtc,errorCode\n");
        try {
            for (GroundTrack.Point p : points) {
                b.append(p.catalogNumber()).append(',').append(utc(p.date())).append(',');
                if (p.errorCode() == Sgp4Errors.NONE) {
                    PassWriter.fixed(b, Math.toDegrees(p.latitudeRad()), 4);
                    b.append(',');
                    PassWriter.fixed(b, Math.toDegrees(p.longitudeRad()), 4);
                    b.append(',');
                    PassWriter.fixed(b, p.altitudeM() / 1000.0, 3);
                } else {
                    b.append(",,");
                }
                b.append(',').append(utc(p.elementSetEpoch())).append(',').append(p.errorCode()).append('\n');
                if (b.length() > 1 << 15) {
                    out.append(b);
                    b.setLength(0);
                }
            }
            out.append(b);
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A ground track as JSON: {@code {points: [{catalogNumber, timeUtc, latitudeDeg, longitudeDeg, altitudeKm,
     * elementSetEpochUtc}]}}, a point SGP4 cannot compute carrying {@code error} instead of its coordinates.
     * @param points the points
     * @param out where to write
     */
    public static void groundTrackJson(List<GroundTrack.Point> points, Writer out) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeNumberField("pointCount", points.size());
            g.writeArrayFieldStart("points");
            for (GroundTrack.Point p : points) {
                g.writeStartObject();
                g.writeNumberField("catalogNumber", p.catalogNumber());
                g.writeStringField("timeUtc", utc(p.date()));
                if (p.errorCode() == Sgp4Errors.NONE) {
                    g.writeFieldName("latitudeDeg");
                    number(g, Math.toDegrees(p.latitudeRad()), 4);
                    g.writeFieldName("longitudeDeg");
                    number(g, Math.toDegrees(p.longitudeRad()), 4);
                    g.writeFieldName("altitudeKm");
                    number(g, p.altitudeM() / 1000.0, 3);
                } else {
                    g.writeObjectFieldStart("error");
                    g.writeNumberField("code", p.errorCode());
                    g.writeStringField("message", Sgp4Errors.describe(p.errorCode()));
                    g.writeEndObject();
                }
                g.writeStringField("elementSetEpochUtc", utc(p.elementSetEpoch()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * A ground track as GeoJSON: one feature per object, a MultiLineString cut where the track crosses the
     * antimeridian or SGP4 fails, with the object's catalog number and name as properties.
     * @param points the points
     * @param out where to write
     */
    public static void groundTrackGeoJson(List<GroundTrack.Point> points, Writer out) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            int i = 0;
            while (i < points.size()) {
                int catalog = points.get(i).catalogNumber();
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                g.writeNumberField("catalogNumber", catalog);
                g.writeStringField("name", points.get(i).name());
                g.writeStringField("fromUtc", utc(points.get(i).date()));
                g.writeEndObject();
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "MultiLineString");
                g.writeArrayFieldStart("coordinates");
                boolean open = false;
                double lastLon = Double.NaN;
                for (; i < points.size() && points.get(i).catalogNumber() == catalog; i++) {
                    GroundTrack.Point p = points.get(i);
                    if (p.errorCode() != Sgp4Errors.NONE) {
                        if (open) {
                            g.writeEndArray();
                            open = false;
                        }
                        continue;
                    }
                    double lon = Math.toDegrees(p.longitudeRad());
                    if (open && Math.abs(lon - lastLon) > 180.0) {
                        g.writeEndArray();
                        open = false;
                    }
                    if (!open) {
                        g.writeStartArray();
                        open = true;
                    }
                    g.writeStartArray();
                    number(g, lon, 4);
                    number(g, Math.toDegrees(p.latitudeRad()), 4);
                    g.writeEndArray();
                    lastLon = lon;
                }
                if (open) {
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Sub-satellite points as JSON: {@code {timeUtc, objects: [...]}}.
     * @param points the points
     * @param out where to write
     */
    public static void whereJson(List<SubSatellitePoint> points, Writer out) {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("timeUtc", points.isEmpty() ? null : utc(points.get(0).date()));
            g.writeArrayFieldStart("objects");
            for (SubSatellitePoint p : points) {
                g.writeStartObject();
                g.writeNumberField("catalogNumber", p.catalogNumber());
                if (!p.name().isEmpty()) {
                    g.writeStringField("name", p.name());
                }
                if (p.errorCode() != Sgp4Errors.NONE) {
                    g.writeObjectFieldStart("error");
                    g.writeNumberField("code", p.errorCode());
                    g.writeStringField("message", Sgp4Errors.describe(p.errorCode()));
                    g.writeEndObject();
                } else {
                    g.writeFieldName("latitudeDeg");
                    number(g, Math.toDegrees(p.latitudeRad()), 4);
                    g.writeFieldName("longitudeDeg");
                    number(g, Math.toDegrees(p.longitudeRad()), 4);
                    g.writeFieldName("altitudeKm");
                    number(g, p.altitudeM() / 1000.0, 3);
                    g.writeFieldName("speedKmps");
                    number(g, p.inertialSpeedMps() / 1000.0, 4);
                    g.writeFieldName("groundSpeedKmps");
                    number(g, p.groundSpeedMps() / 1000.0, 4);
                    g.writeBooleanField("sunlit", p.sunlit());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
