package space.cosmodrome.tracking;

import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.frames.Transform;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.FrameConversion;
import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;

/**
 * States of many element sets, either on a common time grid (frame conversion once per time step for all objects)
 * or at the same offsets from each set's own epoch (what the SGP4 verification data uses). Immutable once built.
 */
public final class Ephemerides {
    /** Most states one call may ask for. */
    public static final long MAX_STATES = 20_000_000L;

    private final List<TleElements> sets;
    private final Sgp4States states;
    private final OutputFrame frame;
    private final Frame orekitFrame;
    private final AbsoluteDate start;
    private final double stepSeconds;
    private final double[] minutesSinceEpoch;

    private Ephemerides(List<TleElements> sets, Sgp4States states, OutputFrame frame, Frame orekitFrame,
            AbsoluteDate start, double stepSeconds, double[] minutesSinceEpoch) {
        this.sets = sets;
        this.states = states;
        this.frame = frame;
        this.orekitFrame = orekitFrame;
        this.start = start;
        this.stepSeconds = stepSeconds;
        this.minutesSinceEpoch = minutesSinceEpoch;
    }

    /**
     * States on a regular grid from {@code from} to {@code to} (inclusive when the step divides the span).
     * @param sets element sets
     * @param from first date
     * @param to last date
     * @param stepSeconds step (s)
     * @param frame output frame
     * @param threads worker threads
     * @return the ephemerides
     */
    public static Ephemerides onGrid(List<TleElements> sets, AbsoluteDate from, AbsoluteDate to, double stepSeconds,
            OutputFrame frame, int threads) {
        double span = to.durationFrom(from);
        if (!(span >= 0)) {
            throw CosmodromeException.badValue("--to", to, "a time after --from (" + from + ")");
        }
        if (!(stepSeconds > 0)) {
            throw CosmodromeException.badValue("--step-s", stepSeconds, "a positive step (s)");
        }
        int count = (int) Math.min(Integer.MAX_VALUE - 1, Math.floor(span / stepSeconds + 1e-9) + 1);
        checkSize(sets.size(), count);
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        Sgp4States states = sgp4.newStates(count);
        sgp4.propagate(from, stepSeconds, count, states, threads);
        double[] fromEpochMinutes = new double[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            fromEpochMinutes[i] = from.durationFrom(sets.get(i).epoch()) / 60.0;
        }
        holdFailures(states, (i, k) -> fromEpochMinutes[i] + k * stepSeconds / 60.0);
        DataContext context = OrekitData.context();
        Frame target = frame.frame(context);
        if (frame != OutputFrame.TEME) {
            AbsoluteDate[] times = new AbsoluteDate[count];
            for (int k = 0; k < count; k++) {
                times[k] = from.shiftedBy(k * stepSeconds);
            }
            FrameConversion.between(context.getFrames().getTEME(), target).convertInPlace(states, times);
        }
        return new Ephemerides(List.copyOf(sets), states, frame, target, from, stepSeconds, null);
    }

    /**
     * Reads the times of {@link #sinceEpoch} from "START:STOP:STEP" (minutes from each element set's epoch).
     *
     * @param field the flag or parameter the text came from, named in the error
     * @param text the range, like 0:1440:360
     * @return START, START + STEP, ... up to STOP
     * @throws CosmodromeException BAD_INPUT naming the field when the text is malformed, STEP is not positive, STOP
     *                             is before START or the range holds more than ten million times
     */
    public static double[] minutesSinceEpoch(String field, String text) {
        String expected = "START:STOP:STEP in minutes from each epoch, like 0:1440:360, with STEP > 0 and STOP >= START";
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw CosmodromeException.badValue(field, text, expected);
        }
        double a;
        double b;
        double c;
        try {
            a = Double.parseDouble(parts[0]);
            b = Double.parseDouble(parts[1]);
            c = Double.parseDouble(parts[2]);
        } catch (NumberFormatException e) {
            throw CosmodromeException.badValue(field, text, expected);
        }
        if (!(c > 0) || !(b >= a) || !Double.isFinite(a) || !Double.isFinite(b) || (b - a) / c > 10_000_000) {
            throw CosmodromeException.badValue(field, text, expected);
        }
        int n = (int) Math.floor((b - a) / c + 1e-9) + 1;
        double[] m = new double[n];
        for (int k = 0; k < n; k++) {
            m[k] = a + k * c;
        }
        return m;
    }

    /**
     * States at the same offsets from each set's own epoch.
     * @param sets element sets
     * @param minutes offsets from epoch (min)
     * @param frame output frame
     * @return the ephemerides
     */
    public static Ephemerides sinceEpoch(List<TleElements> sets, double[] minutes, OutputFrame frame) {
        checkSize(sets.size(), minutes.length);
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        Sgp4States states = sgp4.newStates(minutes.length);
        sgp4.propagateSinceEpoch(minutes, states);
        holdFailures(states, (i, k) -> minutes[k]);
        DataContext context = OrekitData.context();
        Frame target = frame.frame(context);
        if (frame != OutputFrame.TEME) {
            Frame teme = context.getFrames().getTEME();
            double[] x = states.xKm();
            double[] y = states.yKm();
            double[] z = states.zKm();
            double[] vx = states.vxKmPerS();
            double[] vy = states.vyKmPerS();
            double[] vz = states.vzKmPerS();
            for (int i = 0; i < sets.size(); i++) {
                for (int k = 0; k < minutes.length; k++) {
                    int j = states.index(i, k);
                    if (states.errorCode()[j] != Sgp4Errors.NONE && states.errorCode()[j] != Sgp4Errors.DECAYED) {
                        continue;
                    }
                    AbsoluteDate t = sets.get(i).epoch().shiftedBy(minutes[k] * 60.0);
                    Transform transform = teme.getTransformTo(target, t);
                    PVCoordinates pv = transform.transformPVCoordinates(new PVCoordinates(
                            new Vector3D(x[j], y[j], z[j]), new Vector3D(vx[j], vy[j], vz[j])));
                    x[j] = pv.getPosition().getX();
                    y[j] = pv.getPosition().getY();
                    z[j] = pv.getPosition().getZ();
                    vx[j] = pv.getVelocity().getX();
                    vy[j] = pv.getVelocity().getY();
                    vz[j] = pv.getVelocity().getZ();
                }
            }
        }
        return new Ephemerides(List.copyOf(sets), states, frame, target, null, Double.NaN, minutes.clone());
    }

    /** Minutes from an object's epoch of one of its times. */
    private interface Offsets {
        double minutes(int object, int time);
    }

    /**
     * Once an object's state fails (decayed, eccentricity out of range...), its later states fail too. SGP4 is a
     * function of time alone, so the theory answers again at some times after a decay (28872 of Vallado's set is
     * "decayed" at 55 min after epoch and has a position at 110 min), but those positions mean nothing: Vallado's
     * verification driver stops an object's run at its first error, and so do we. "Later" counts away from epoch,
     * after it and before it separately. Held states keep the first failure's code and have NaN positions.
     */
    private static void holdFailures(Sgp4States states, Offsets offsets) {
        int[] code = states.errorCode();
        int n = states.timeCount();
        for (int i = 0; i < states.objectCount(); i++) {
            double after = Double.POSITIVE_INFINITY;   // offset of the first failure at or after epoch
            double before = Double.NEGATIVE_INFINITY;  // offset of the first failure before epoch, going back
            int afterCode = Sgp4Errors.NONE;
            int beforeCode = Sgp4Errors.NONE;
            for (int k = 0; k < n; k++) {
                int c = code[states.index(i, k)];
                double m = offsets.minutes(i, k);
                if (c == Sgp4Errors.NONE) {
                    continue;
                }
                if (m >= 0 && m < after) {
                    after = m;
                    afterCode = c;
                } else if (m < 0 && m > before) {
                    before = m;
                    beforeCode = c;
                }
            }
            if (afterCode == Sgp4Errors.NONE && beforeCode == Sgp4Errors.NONE) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                int j = states.index(i, k);
                double m = offsets.minutes(i, k);
                int held = m > after ? afterCode : m < before ? beforeCode : Sgp4Errors.NONE;
                if (held != Sgp4Errors.NONE && code[j] == Sgp4Errors.NONE) {
                    code[j] = held;
                    states.xKm()[j] = Double.NaN;
                    states.yKm()[j] = Double.NaN;
                    states.zKm()[j] = Double.NaN;
                    if (states.hasVelocities()) {
                        states.vxKmPerS()[j] = Double.NaN;
                        states.vyKmPerS()[j] = Double.NaN;
                        states.vzKmPerS()[j] = Double.NaN;
                    }
                }
            }
        }
    }

    private static void checkSize(int objects, long times) {
        if ((long) objects * times > MAX_STATES) {
            throw CosmodromeException.badValue("states", objects + " objects x " + times + " times",
                    "at most " + MAX_STATES + " states per call: shorten the span, widen the step or split the file");
        }
    }

    /** @return the element sets, in object order */
    public List<TleElements> sets() {
        return sets;
    }

    /** @return the states (km, km/s) in {@link #frame()}, with SGP4 error codes */
    public Sgp4States states() {
        return states;
    }

    /** @return the output frame */
    public OutputFrame frame() {
        return frame;
    }

    /** @return the Orekit frame of the states */
    public Frame orekitFrame() {
        return orekitFrame;
    }

    /**
     * @param object object index
     * @param time time index
     * @return date of that state
     */
    public AbsoluteDate date(int object, int time) {
        return minutesSinceEpoch != null ? sets.get(object).epoch().shiftedBy(minutesSinceEpoch[time] * 60.0)
                : start.shiftedBy(time * stepSeconds);
    }

    /**
     * @param object object index
     * @param time time index
     * @return minutes from the object's epoch to that state
     */
    public double minutesSinceEpoch(int object, int time) {
        return minutesSinceEpoch != null ? minutesSinceEpoch[time]
                : date(object, time).durationFrom(sets.get(object).epoch()) / 60.0;
    }

    /**
     * Checks the states for SGP4 failures.
     * @param field the flag or parameter that gave the element sets, named when every state failed
     * @return null when no state failed, else one line saying how many failed and the first failure
     * @throws CosmodromeException (bad value of {@code field}) when every state failed
     */
    public String failureWarning(String field) {
        Sgp4States s = states;
        int failed = s.failedCount();
        if (failed == 0) {
            return null;
        }
        int first = 0;
        while (s.errorCode()[first] == Sgp4Errors.NONE) {
            first++;
        }
        int code = s.errorCode()[first];
        TleElements set = sets.get(first / s.timeCount());
        String what = "SGP4 error " + code + " (" + Sgp4Errors.describe(code) + ")";
        if (failed == s.errorCode().length) {
            throw CosmodromeException.badValue(field, set.catalogNumber() + (set.name().isEmpty() ? "" : " " + set.name()),
                    "element sets SGP4 can propagate at the times asked; propagating it failed with " + what);
        }
        return failed + " of " + s.errorCode().length + " states failed and carry their error (first: "
                + set.catalogNumber() + ", " + what + ")";
    }
}
