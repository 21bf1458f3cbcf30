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
            SampleInterpolator samples = SampleInterpolator.of(trajectory, frame);
            for (int i = 0; i < n; i++) {
                double t = Math.min(i * stepS, span);
                Vector3D inertial = samples != null ? samples.position(t) : e.getPosition(start.shiftedBy(t), frame);
                put(sat, i, track.fixed(t, inertial));
                put(sun, i, track.fixed(t, track.sunInertial(t)));
            }
            return track;
        } catch (OrekitException ex) {
            throw CosmodromeException.internal("sampling the ground track", ex);
        }
    }

    /**
     * Positions between an analytic trajectory's samples, by Hermite interpolation on the positions and velocities
     * of the four nearest samples (degree 7). Orekit's analytic propagators (Keplerian, Eckstein-Hechler) compute
     * each date afresh with derivatives, which made the 10 s track most of a J2 plan's time; the samples are
     * exact states of the same propagator, and with at most {@link #MAX_INTERPOLATION_STEP_S} between them the
     * interpolation error is far below a millimetre in low Earth orbit (the truncation term scales as (n h)^8 with
     * n h = 0.07 rad). Numerical trajectories keep reading their ephemeris.
     */
    static final class SampleInterpolator {
        private final double[] times;
        private final double[][] pos;
        private final double[][] vel;

        private SampleInterpolator(double[] times, double[][] pos, double[][] vel) {
            this.times = times;
            this.pos = pos;
            this.vel = vel;
        }

        /** @return an interpolator over the trajectory's samples, or null where they do not suit (numerical, sparse) */
        static SampleInterpolator of(Trajectory trajectory, Frame frame) {
            if (trajectory.model() != PropagationModel.KEPLERIAN && trajectory.model() != PropagationModel.J2) {
                return null;
            }
            java.util.List<org.orekit.propagation.SpacecraftState> samples = new java.util.ArrayList<>(trajectory.samples());
            if (!samples.isEmpty() && samples.get(samples.size() - 1).getDate().durationFrom(trajectory.end()) < -1e-6) {
                // a span that is not a whole number of steps: its end is not a sample
                samples.add(trajectory.ephemeris().propagate(trajectory.end()));
            }
            int n = samples.size();
            if (n < 4) {
                return null;
            }
            double[] times = new double[n];
            double[][] pos = new double[n][];
            double[][] vel = new double[n][];
            for (int k = 0; k < n; k++) {
                times[k] = samples.get(k).getDate().durationFrom(trajectory.start());
                if (k > 0 && !(times[k] > times[k - 1] && times[k] - times[k - 1] <= MAX_INTERPOLATION_STEP_S + 1e-9)) {
                    return null;
                }
                org.orekit.utils.PVCoordinates pv = samples.get(k).getPVCoordinates(frame);
                pos[k] = pv.getPosition().toArray();
                vel[k] = pv.getVelocity().toArray();
            }
            if (times[0] > 1e-6 || times[n - 1] < trajectory.durationS() - 1e-6) {
                return null;
            }
            return new SampleInterpolator(times, pos, vel);
        }

        /** @return the position at a time from the start (s) */
        Vector3D position(double t) {
            int k = java.util.Arrays.binarySearch(times, t);
            if (k >= 0) {
                return new Vector3D(pos[k]);
            }
            int right = -k - 1;
            int first = Math.max(0, Math.min(times.length - 4, right - 2));
            double[] out = new double[3];
            double[] z = new double[8];
            double[] c = new double[8];
            for (int axis = 0; axis < 3; axis++) {
                // divided differences on the doubled nodes: f[z2j, z2j+1] is the derivative (the velocity)
                for (int j = 0; j < 4; j++) {
                    z[2 * j] = times[first + j];
                    z[2 * j + 1] = times[first + j];
                    c[2 * j] = pos[first + j][axis];
                    c[2 * j + 1] = pos[first + j][axis];
                }
                for (int level = 1; level < 8; level++) {
                    for (int i = 7; i >= level; i--) {
                        if (level == 1 && i % 2 == 1) {
                            c[i] = vel[first + i / 2][axis];
                        } else {
                            c[i] = (c[i] - c[i - 1]) / (z[i] - z[i - level]);
                        }
                    }
                }
                double value = c[7];
                for (int i = 6; i >= 0; i--) {
                    value = value * (t - z[i]) + c[i];
                }
                out[axis] = value;
            }
            return new Vector3D(out);
        }
    }

    /** Largest step between samples that {@link SampleInterpolator} interpolates (s). */
    static final double MAX_INTERPOLATION_STEP_S = 60;

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
