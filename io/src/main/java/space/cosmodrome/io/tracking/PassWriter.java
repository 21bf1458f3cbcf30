package space.cosmodrome.io.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.passes.ObjectFailure;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.Pass;
import space.cosmodrome.passes.PassListener;
import space.cosmodrome.passes.PassRun;
import space.cosmodrome.tle.TleElements;

/**
 * Writes passes as they come from a streamed {@link space.cosmodrome.passes.PassPredictor} run, in JSON or CSV,
 * without holding them: a whole catalog over a week is millions of passes. Text is formatted by hand (fixed
 * decimals, times to the millisecond) because general-purpose formatting was most of the command's time.
 *
 * <p>JSON: {@code {fromUtc, toUtc, objects, observers, passes: [one object per line], passCount, objectsDone,
 * cancelled, failures}}; each pass has {@code catalogNumber, name, observer, aosUtc, tcaUtc, losUtc, durationS,
 * maxElevationDeg, aosAzimuthDeg, tcaAzimuthDeg, losAzimuthDeg, tcaRangeKm, visible}, and
 * {@code startsBeforeWindow}, {@code endsAfterWindow}, {@code alwaysAbove} when true. CSV: one header line, one
 * line per pass with the same fields.</p>
 */
public final class PassWriter implements PassListener {
    /** Output formats. */
    public enum Format {
        /** One JSON document. */
        JSON,
        /** Comma-separated values with a header line. */
        CSV
    }

    private static final String CSV_HEADER = "catalogNumber,name,observer,aosUtc,tcaUtc,losUtc,durationS,"
            + "maxElevationDeg,aosAzimuthDeg,tcaAzimuthDeg,losAzimuthDeg,tcaRangeKm,visible,startsBeforeWindow,"
            + "endsAfterWindow\n";

    private final Writer out;
    private final Format format;
    private final boolean visibleOnly;
    private final AbsoluteDate start;
    private final UtcText clock;
    private final StringBuilder line = new StringBuilder(512);
    private final List<ObjectFailure> failures = new ArrayList<>();
    private long written;
    private boolean first = true;

    private PassWriter(Writer out, Format format, boolean visibleOnly, AbsoluteDate start, AbsoluteDate end) {
        this.out = out;
        this.format = format;
        this.visibleOnly = visibleOnly;
        this.start = start;
        this.clock = new UtcText(start, end);
    }

    /**
     * Starts the output: writes the JSON header or the CSV header line.
     * @param out where to write (buffered by the caller)
     * @param format output format
     * @param visibleOnly write only visible passes
     * @param start window start
     * @param end window end
     * @param objectCount number of element sets
     * @param observers the observers
     * @return the writer, to give to the predictor as its listener, then {@link #finish}
     */
    public static PassWriter start(Writer out, Format format, boolean visibleOnly, AbsoluteDate start, AbsoluteDate end,
            int objectCount, List<Observer> observers) {
        PassWriter w = new PassWriter(out, format, visibleOnly, start, end);
        StringBuilder b = w.line;
        if (format == Format.CSV) {
            b.append(CSV_HEADER);
        } else {
            b.append("{\n  \"fromUtc\": ");
            w.clock.append(b, 0.0, true);
            b.append(",\n  \"toUtc\": ");
            w.clock.append(b, end.durationFrom(start), true);
            b.append(",\n  \"objects\": ").append(objectCount).append(",\n  \"observers\": [");
            for (int o = 0; o < observers.size(); o++) {
                b.append(o == 0 ? "" : ", ");
                jsonString(b, observers.get(o).name());
            }
            b.append("],\n  \"visibleOnly\": ").append(visibleOnly).append(",\n  \"passes\": [");
        }
        w.flushLine();
        return w;
    }

    @Override
    public void objectDone(int index, TleElements set, List<Pass> passes, ObjectFailure failure) {
        if (failure != null) {
            failures.add(failure);
        }
        for (Pass p : passes) {
            if (visibleOnly && !p.visible()) {
                continue;
            }
            pass(p);
            written++;
            if (line.length() > 1 << 16) {
                flushLine();
            }
        }
        flushLine();
    }

    /** @return passes written so far */
    public long written() {
        return written;
    }

    /**
     * Ends the output: pass count, whether the run was cancelled, failures.
     * @param run what the run did
     */
    public void finish(PassRun run) {
        if (format == Format.JSON) {
            StringBuilder b = line;
            b.append(first ? "],\n" : "\n  ],\n");
            b.append("  \"passCount\": ").append(written).append(",\n  \"objectsDone\": ").append(run.objectsDone())
                    .append(",\n  \"cancelled\": ").append(run.cancelled()).append(",\n  \"failures\": [");
            failures.sort((x, y) -> Integer.compare(x.catalogNumber(), y.catalogNumber()));
            for (int k = 0; k < failures.size(); k++) {
                ObjectFailure f = failures.get(k);
                b.append(k == 0 ? "\n    " : ",\n    ").append("{\"catalogNumber\": ").append(f.catalogNumber())
                        .append(", \"errorCode\": ").append(f.errorCode()).append(", \"error\": ");
                jsonString(b, f.message());
                b.append(", \"fromUtc\": ");
                clock.append(b, f.firstFailure().durationFrom(start), true);
                b.append('}');
            }
            b.append(failures.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        }
        flushLine();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass: a JSON object (flags only when true) or a CSV line (every column), the same fields in order. */
    private void pass(Pass p) {
        boolean json = format == Format.JSON;
        StringBuilder b = line;
        if (json) {
            b.append(first ? "\n    {" : ",\n    {");
            first = false;
        }
        field("catalogNumber", true).append(p.catalogNumber());
        if (!json || !p.objectName().isEmpty()) {
            text(field("name", false), p.objectName());
        }
        text(field("observer", false), p.observer());
        clock.append(field("aosUtc", false), p.aos().durationFrom(start), json);
        clock.append(field("tcaUtc", false), p.tca().durationFrom(start), json);
        clock.append(field("losUtc", false), p.los().durationFrom(start), json);
        fixed(field("durationS", false), p.durationSeconds(), 1);
        fixed(field("maxElevationDeg", false), Math.toDegrees(p.maxElevationRad()), 2);
        fixed(field("aosAzimuthDeg", false), Math.toDegrees(p.aosAzimuthRad()), 2);
        fixed(field("tcaAzimuthDeg", false), Math.toDegrees(p.tcaAzimuthRad()), 2);
        fixed(field("losAzimuthDeg", false), Math.toDegrees(p.losAzimuthRad()), 2);
        fixed(field("tcaRangeKm", false), p.tcaRangeM() / 1000.0, 1);
        field("visible", false).append(p.visible());
        if (!json || p.startsBeforeWindow()) {
            field("startsBeforeWindow", false).append(p.startsBeforeWindow());
        }
        if (!json || p.endsAfterWindow()) {
            field("endsAfterWindow", false).append(p.endsAfterWindow());
        }
        if (json && p.alwaysAbove()) {
            field("alwaysAbove", false).append(true);
        }
        b.append(json ? '}' : '\n');
    }

    /** Starts a field: its JSON key, or the CSV separator (the CSV header names the columns). */
    private StringBuilder field(String name, boolean firstField) {
        if (format == Format.JSON) {
            line.append(firstField ? "\"" : ", \"").append(name).append("\": ");
        } else if (!firstField) {
            line.append(',');
        }
        return line;
    }

    private void text(StringBuilder b, String s) {
        if (format == Format.JSON) {
            jsonString(b, s);
        } else {
            csvString(b, s);
        }
    }

    private void flushLine() {
        if (line.length() == 0) {
            return;
        }
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
    }

    /** Appends a number with a fixed count of decimals (0 to 6), {@code null} when not finite. */
    static void fixed(StringBuilder b, double value, int decimals) {
        if (!Double.isFinite(value)) {
            b.append("null");
            return;
        }
        long scale = 1;
        for (int k = 0; k < decimals; k++) {
            scale *= 10;
        }
        long units = Math.round(Math.abs(value) * scale);
        if (value < 0 && units != 0) {
            b.append('-');
        }
        b.append(units / scale);
        if (decimals > 0) {
            b.append('.');
            long fraction = units % scale;
            for (long d = scale / 10; d > 0; d /= 10) {
                b.append((char) ('0' + fraction / d % 10));
            }
        }
    }

    static void jsonString(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }

    static void csvString(StringBuilder b, String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            b.append(s);
            return;
        }
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
    }

    /**
     * ISO-8601 UTC text of times given as seconds from a window start, to the millisecond, by integer arithmetic
     * from the start's calendar day when UTC does not change its offset from TAI within the window (no leap second);
     * through Orekit otherwise.
     */
    static final class UtcText {
        private final AbsoluteDate start;
        private final long startMillis;
        private final boolean uniform;
        private long cachedDay = Long.MIN_VALUE;
        private String cachedDate;

        UtcText(AbsoluteDate start, AbsoluteDate end) {
            this.start = start;
            this.startMillis = start.toInstant(OrekitData.context().getTimeScales()).toEpochMilli();
            var utc = OrekitData.utc();
            this.uniform = utc.offsetFromTAI(start).equals(utc.offsetFromTAI(end));
        }

        void append(StringBuilder b, double secondsFromStart, boolean quoted) {
            if (quoted) {
                b.append('"');
            }
            long millis;
            if (uniform) {
                millis = startMillis + Math.round(secondsFromStart * 1000.0);
            } else {
                millis = start.shiftedBy(secondsFromStart).toInstant(OrekitData.context().getTimeScales())
                        .toEpochMilli();
            }
            long day = Math.floorDiv(millis, 86_400_000L);
            if (day != cachedDay) {
                cachedDay = day;
                cachedDate = LocalDate.ofEpochDay(day).toString();
            }
            int ms = (int) (millis - day * 86_400_000L);
            b.append(cachedDate).append('T');
            two(b, ms / 3_600_000);
            b.append(':');
            two(b, ms / 60_000 % 60);
            b.append(':');
            two(b, ms / 1000 % 60);
            b.append('.');
            int frac = ms % 1000;
            b.append((char) ('0' + frac / 100)).append((char) ('0' + frac / 10 % 10)).append((char) ('0' + frac % 10));
            b.append('Z');
            if (quoted) {
                b.append('"');
            }
        }

        private static void two(StringBuilder b, int v) {
            b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
        }
    }
}
