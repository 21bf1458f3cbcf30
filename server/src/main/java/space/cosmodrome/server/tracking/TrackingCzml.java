package space.cosmodrome.server.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.orekit.time.AbsoluteDate;

import com.fasterxml.jackson.core.JsonGenerator;

import space.cosmodrome.io.json.Json;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;

/**
 * Earth-fixed (ITRF) states as CZML for Cesium: one packet per object with its sampled positions (Lagrange
 * interpolation), a point coloured by orbit regime, a trail of half an orbit and, for a few objects, a label.
 * Cesium's {@code FIXED} reference frame is the Earth-fixed frame, so ITRF positions are drawn as they are.
 * States SGP4 could not compute are left out of the samples.
 */
final class TrackingCzml {
    /** Labels only up to this many objects: more would hide the globe. */
    static final int LABELLED = 40;

    private TrackingCzml() {
    }

    static void write(space.cosmodrome.tracking.Ephemerides e, String name, Writer out) {
        Sgp4States s = e.states();
        AbsoluteDate start = e.date(0, 0);
        AbsoluteDate end = e.date(0, s.timeCount() - 1);
        String startUtc = Tracking.utc(start);
        String interval = startUtc + "/" + Tracking.utc(end);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringField("id", "document");
            g.writeStringField("name", name);
            g.writeStringField("version", "1.0");
            g.writeObjectFieldStart("clock");
            g.writeStringField("interval", interval);
            g.writeStringField("currentTime", startUtc);
            g.writeNumberField("multiplier", 60);
            g.writeStringField("range", "LOOP_STOP");
            g.writeStringField("step", "SYSTEM_CLOCK_MULTIPLIER");
            g.writeEndObject();
            g.writeEndObject();
            boolean labels = s.objectCount() <= LABELLED;
            for (int i = 0; i < s.objectCount(); i++) {
                TleElements set = e.sets().get(i);
                g.writeStartObject();
                g.writeStringField("id", "sat-" + set.catalogNumber() + (i > 0 && duplicate(e, i) ? "-" + i : ""));
                g.writeStringField("name", set.name().isEmpty() ? Integer.toString(set.catalogNumber()) : set.name());
                g.writeStringField("description", set.catalogNumber() + " " + set.internationalDesignator() + ", epoch "
                        + Tracking.utc(set.epoch()) + ", period " + Math.round(set.periodSeconds() / 6.0) / 10.0 + " min");
                g.writeStringField("availability", interval);
                g.writeObjectFieldStart("properties");
                g.writeNumberField("catalogNumber", set.catalogNumber());
                g.writeEndObject();
                g.writeObjectFieldStart("position");
                g.writeStringField("epoch", startUtc);
                g.writeStringField("referenceFrame", "FIXED");
                g.writeStringField("interpolationAlgorithm", "LAGRANGE");
                g.writeNumberField("interpolationDegree", 5);
                g.writeArrayFieldStart("cartesian");
                for (int k = 0; k < s.timeCount(); k++) {
                    int j = s.index(i, k);
                    if (s.errorCode()[j] != Sgp4Errors.NONE) {
                        continue;
                    }
                    g.writeNumber(Math.round(e.date(i, k).durationFrom(start) * 1000) / 1000.0);
                    g.writeNumber(Math.round(s.xKm()[j] * 1000.0));
                    g.writeNumber(Math.round(s.yKm()[j] * 1000.0));
                    g.writeNumber(Math.round(s.zKm()[j] * 1000.0));
                }
                g.writeEndArray();
                g.writeEndObject();
                int[] rgba = color(set.periodSeconds() / 60.0);
                g.writeObjectFieldStart("point");
                g.writeNumberField("pixelSize", labels ? 8 : 5);
                rgba(g, "color", rgba);
                g.writeObjectFieldStart("outlineColor");
                g.writeArrayFieldStart("rgba");
                g.writeNumber(0);
                g.writeNumber(0);
                g.writeNumber(0);
                g.writeNumber(200);
                g.writeEndArray();
                g.writeEndObject();
                g.writeNumberField("outlineWidth", 1);
                g.writeEndObject();
                g.writeObjectFieldStart("path");
                g.writeNumberField("leadTime", 0);
                g.writeNumberField("trailTime", Math.round(set.periodSeconds() / 2));
                g.writeNumberField("width", 1);
                g.writeNumberField("resolution", 60);
                g.writeObjectFieldStart("material");
                g.writeObjectFieldStart("solidColor");
                rgba(g, "color", new int[] {rgba[0], rgba[1], rgba[2], 110});
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
                if (labels) {
                    g.writeObjectFieldStart("label");
                    g.writeStringField("text", set.name().isEmpty() ? Integer.toString(set.catalogNumber()) : set.name());
                    g.writeStringField("font", "11px sans-serif");
                    g.writeStringField("style", "FILL_AND_OUTLINE");
                    g.writeNumberField("outlineWidth", 2);
                    g.writeStringField("horizontalOrigin", "LEFT");
                    g.writeObjectFieldStart("pixelOffset");
                    g.writeArrayFieldStart("cartesian2");
                    g.writeNumber(8);
                    g.writeNumber(0);
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Two element sets of one object (different epochs) get distinct packet ids. */
    private static boolean duplicate(space.cosmodrome.tracking.Ephemerides e, int i) {
        int n = e.sets().get(i).catalogNumber();
        for (int k = 0; k < i; k++) {
            if (e.sets().get(k).catalogNumber() == n) {
                return true;
            }
        }
        return false;
    }

    /** Low orbits yellow, medium green, geosynchronous red, the rest (highly elliptical ...) violet. */
    static int[] color(double periodMin) {
        if (periodMin < 128) {
            return new int[] {255, 214, 10, 255};
        } else if (periodMin < 1300) {
            return new int[] {50, 213, 131, 255};
        } else if (periodMin < 1500) {
            return new int[] {255, 90, 90, 255};
        }
        return new int[] {190, 120, 255, 255};
    }

    private static void rgba(JsonGenerator g, String field, int[] c) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("rgba");
        for (int v : c) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
