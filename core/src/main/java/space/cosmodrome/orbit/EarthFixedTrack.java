package space.cosmodrome.orbit;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.frames.Transform;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.error.CosmodromeException;

/**
 * The satellite and the Sun in the Earth-fixed frame (ITRF) at a fixed step over a trajectory's span, computed
 * once so that the ground analyses (target access, region coverage, station contacts) scan plain arrays
 * instead of asking the ephemeris and the frames for every point on the ground. An analysis scans the samples
 * for a change of sign of its condition and then refines the time with {@link #satelliteAt} and {@link #sunAt},
 * which are exact (the ephemeris at that date; the Sun as below); a window shorter than the step can be missed,
 * as with an event detector's largest check interval.
 *
 * <p>The full inertial-to-ITRF transform (precession, nutation, Earth rotation angle, polar motion, with its
 * rotation rate) is computed every {@link #FRAME_STEP_S}; in between, a position is turned with the nearest
 * transform shifted by the time offset ({@link Transform#staticShiftedBy}: a rotation at the transform's own
 * rate about its own axis). Over at most 30 s the neglected change of precession, nutation and polar motion
 * moves a LEO position by well under a millimetre; computing the transform at random dates instead (as an event
 * solver asks) costs a nutation series each time. The Sun is read from the JPL ephemerides every {@link #SUN_STEP_S} in the inertial frame and
 * interpolated linearly there (it moves about 0.04 deg per hour, so the chord is off by less than 1e-7 rad).
 */
public final class EarthFixedTrack {
    /** Default sampling step (s): the largest check interval the ground analyses had with event detectors. */
    public static final double DEFAULT_STEP_S = 10;
    /** Step of the Sun's ephemeris reads (s). */
    public static final double SUN_STEP_S = 3600;
    /** Step of the full inertial-to-ITRF transforms (s). */
    public static final double FRAME_STEP_S = 60;

    private final AbsoluteDate start;
    private final double stepS;
    private final double durationS;
    private final double[] satellite;
    private final double[] sun;
    private final BoundedPropagator ephemeris;
    private final Transform[] toItrf;
    private final Vector3D[] sunInertial;

    private EarthFixedTrack(AbsoluteDate start, double stepS, double durationS, double[] satellite, double[] sun,
                            BoundedPropagator ephemeris, Transform[] toItrf, Vector3D[] sunInertial) {
        this.start = start;
        this.stepS = stepS;
        this.durationS = durationS;
        this.satellite = satellite;
        this.sun = sun;
        this.ephemeris = ephemeris;
        this.toItrf = toItrf;
        this.sunInertial = sunInertial;
    }

    /**
     * @param trajectory the propagated span
     * @param stepS sampling step (s), positive; the last sample is the span's end
     * @return the samples
     */
    public static EarthFixedTrack sample(Trajectory trajectory, double stepS) {
        if (!(stepS > 0)) {
            throw CosmodromeException.badValue("stepS", stepS, "allowed: above 0 s");
        }
        double span = trajectory.durationS();
        int n = (int) Math.ceil(span / stepS - 1e-9) + 1;
        Frame itrf = Bodies.itrf();
        CelestialBody sunBody = Bodies.sun();
        BoundedPropagator e = trajectory.propagator();
        Frame frame = e.getFrame();
        double[] sat = new double[3 * n];
        double[] sun = new double[3 * n];
        AbsoluteDate start = trajectory.start();
        Transform[] transforms = new Transform[(int) Math.ceil(span / FRAME_STEP_S) + 2];
        Vector3D[] sunInertial = new Vector3D[(int) Math.ceil(span / SUN_STEP_S) + 2];
        try {
            for (int k = 0; k < transforms.length; k++) {
                transforms[k] = frame.getTransformTo(itrf, start.shiftedBy(k * FRAME_STEP_S));
            }
            for (int k = 0; k < sunInertial.length; k++) {
                sunInertial[k] = sunBody.getPosition(start.shiftedBy(k * SUN_STEP_S), frame);
            }
            EarthFixedTrack track = new EarthFixedTrack(start, stepS, span, sat, sun, e, transforms, sunInertial);
            for (int i = 0; i < n; i++) {
                double t = Math.min(i * stepS, span);
                put(sat, i, track.fixed(t, e.getPosition(start.shiftedBy(t), frame)));
                put(sun, i, track.fixed(t, track.sunInertial(t)));
            }
            return track;
        } catch (OrekitException ex) {
            throw CosmodromeException.internal("sampling the ground track", ex);
        }
    }

    /** @return an inertial position (the ephemeris frame) at a time from the start (s) turned into ITRF */
    private Vector3D fixed(double timeS, Vector3D inertial) {
        int k = (int) Math.round(timeS / FRAME_STEP_S);
        k = Math.max(0, Math.min(toItrf.length - 1, k));
        double dt = timeS - k * FRAME_STEP_S;
        return (dt == 0 ? toItrf[k] : toItrf[k].staticShiftedBy(dt)).transformPosition(inertial);
    }

    /** @return the Sun in the ephemeris frame, interpolated linearly between hourly reads (m) */
    private Vector3D sunInertial(double timeS) {
        int k = (int) Math.floor(timeS / SUN_STEP_S);
        k = Math.max(0, Math.min(sunInertial.length - 2, k));
        double f = timeS / SUN_STEP_S - k;
        return new Vector3D(1 - f, sunInertial[k], f, sunInertial[k + 1]);
    }

    private static void put(double[] a, int i, Vector3D v) {
        a[3 * i] = v.getX();
        a[3 * i + 1] = v.getY();
        a[3 * i + 2] = v.getZ();
    }

    /** @return number of samples */
    public int size() {
        return satellite.length / 3;
    }

    /** @return the first date */
    public AbsoluteDate start() {
        return start;
    }

    /** @return the span's length (s) */
    public double durationS() {
        return durationS;
    }

    /** @return the sampling step (s) */
    public double stepS() {
        return stepS;
    }

    /** @return time of sample i from the start (s) */
    public double timeS(int i) {
        return Math.min(i * stepS, durationS);
    }

    /** @return the satellite's ITRF position array, x, y, z of each sample in turn (m); do not modify */
    public double[] satellite() {
        return satellite;
    }

    /** @return the Sun's ITRF position array, x, y, z of each sample in turn (m); do not modify */
    public double[] sun() {
        return sun;
    }

    /** @return the satellite's ITRF position at sample i (m) */
    public Vector3D satellite(int i) {
        return new Vector3D(satellite[3 * i], satellite[3 * i + 1], satellite[3 * i + 2]);
    }

    /** @return the Sun's ITRF position at sample i (m) */
    public Vector3D sun(int i) {
        return new Vector3D(sun[3 * i], sun[3 * i + 1], sun[3 * i + 2]);
    }

    /** @return the satellite's ITRF position at a time from the start (s), exact from the ephemeris (m) */
    public Vector3D satelliteAt(double timeS) {
        try {
            return fixed(timeS, ephemeris.getPosition(start.shiftedBy(timeS), ephemeris.getFrame()));
        } catch (OrekitException ex) {
            throw CosmodromeException.internal("reading the ephemeris at +" + timeS + " s", ex);
        }
    }

    /** @return the Sun's ITRF position at a time from the start (s), from the JPL ephemerides (m) */
    public Vector3D sunAt(double timeS) {
        return fixed(timeS, sunInertial(timeS));
    }
}
