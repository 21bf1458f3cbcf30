package space.cosmodrome.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.SpacecraftState;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.ConditionIntervals;
import space.cosmodrome.orbit.EarthFixedTrack;
import space.cosmodrome.orbit.Trajectory;

/**
 * Finds target accesses. The condition is the minimum of three angles (rad), positive when all hold: the
 * margin to the off-nadir limit (geocentric nadir), the satellite's elevation seen from the target above the
 * sensor's minimum, and the Sun's elevation at the target above its minimum. It is scanned on an
 * {@link EarthFixedTrack} (every {@link EarthFixedTrack#DEFAULT_STEP_S} s) and each change of sign is refined on
 * the exact ephemeris to {@link ConditionIntervals#ACCURACY_S}.
 */
public final class Accesses {
    /** Largest step between checks (s): accesses shorter than this may be missed. */
    public static final double MAX_CHECK_S = EarthFixedTrack.DEFAULT_STEP_S;
    /** Convergence of event times (s). */
    public static final double THRESHOLD_S = ConditionIntervals.ACCURACY_S;

    private Accesses() {
    }

    /**
     * @param trajectory the propagated orbit
     * @param targets the targets
     * @param limits the sensor limits
     * @return accesses and revisit statistics
     */
    public static AccessReport find(Trajectory trajectory, List<Target> targets, SensorLimits limits) {
        return find(EarthFixedTrack.sample(trajectory, MAX_CHECK_S), targets, limits);
    }

    /**
     * @param track the sampled trajectory
     * @param targets the targets
     * @param limits the sensor limits
     * @return accesses and revisit statistics
     */
    public static AccessReport find(EarthFixedTrack track, List<Target> targets, SensorLimits limits) {
        OneAxisEllipsoid earth = Bodies.earth();
        List<Access> all = new ArrayList<>();
        List<Revisit> revisits = new ArrayList<>();
        for (Target target : targets) {
            GroundPoint point = new GroundPoint(earth, target.latitudeRad(), target.longitudeRad(), limits);
            List<Access> found = new ArrayList<>();
            for (ConditionIntervals.Interval i : ConditionIntervals.find(track, k -> point.sampled(track, k),
                    t -> point.exact(track, t))) {
                found.add(new Access(target, track.start().shiftedBy(i.startS()), track.start().shiftedBy(i.endS()),
                        minOffNadir(track, point, i.startS(), i.endS()), i.truncated()));
            }
            all.addAll(found);
            revisits.add(revisit(target, found, track.start()));
        }
        all.sort(Comparator.comparing(Access::start));
        return new AccessReport(List.copyOf(all), List.copyOf(revisits));
    }

    /**
     * The access condition (rad): positive when the target can be imaged.
     * @param s satellite state
     * @param topo target's topocentric frame
     * @param sun the Sun
     * @param limits sensor limits
     * @return min(off-nadir margin, target elevation of satellite above its minimum, Sun elevation margin)
     */
    public static double condition(SpacecraftState s, TopocentricFrame topo, CelestialBody sun, SensorLimits limits) {
        Frame frame = s.getFrame();
        AbsoluteDate date = s.getDate();
        Vector3D sat = s.getPosition();
        Vector3D target = topo.getPosition(date, frame);
        double offNadir = Vector3D.angle(sat.negate(), target.subtract(sat));
        double g = Math.min(limits.maxOffNadirRad() - offNadir, topo.getElevation(sat, frame, date) - limits.minElevationRad());
        if (limits.needsSun()) {
            g = Math.min(g, topo.getElevation(sun.getPosition(date, frame), frame, date) - limits.minSunElevationRad());
        }
        return g;
    }

    /** Smallest off-nadir angle in [a, b] (s from the track's start): golden-section search, the angle being unimodal in a pass. */
    private static double minOffNadir(EarthFixedTrack track, GroundPoint point, double a, double b) {
        double ratio = (Math.sqrt(5) - 1) / 2;
        double lo = a;
        double hi = b;
        double best = Math.min(point.offNadir(track.satelliteAt(a)), point.offNadir(track.satelliteAt(b)));
        while (hi - lo > 0.05) {
            double x1 = hi - ratio * (hi - lo);
            double x2 = lo + ratio * (hi - lo);
            double f1 = point.offNadir(track.satelliteAt(x1));
            double f2 = point.offNadir(track.satelliteAt(x2));
            best = Math.min(best, Math.min(f1, f2));
            if (f1 < f2) {
                hi = x2;
            } else {
                lo = x1;
            }
        }
        return best;
    }

    /**
     * @param target the target
     * @param accesses its accesses, sorted by start and disjoint
     * @param spanStart the start of the span
     * @return the revisit statistics
     */
    public static Revisit revisit(Target target, List<Access> accesses, AbsoluteDate spanStart) {
        double total = accesses.stream().mapToDouble(Access::durationS).sum();
        if (accesses.isEmpty()) {
            return new Revisit(target, 0, 0, Double.NaN, Double.NaN, null, Double.NaN, Double.NaN);
        }
        // response: requests between the span's start and the last access's start
        double first = Math.max(0, accesses.get(0).start().durationFrom(spanStart));
        double sumSquares = first * first;
        double maxWait = first;
        double sum = 0;
        double max = 0;
        for (int i = 1; i < accesses.size(); i++) {
            double gap = accesses.get(i).start().durationFrom(accesses.get(i - 1).end());
            sum += gap;
            max = Math.max(max, gap);
            sumSquares += gap * gap;
            maxWait = Math.max(maxWait, gap);
        }
        double window = accesses.get(accesses.size() - 1).start().durationFrom(spanStart);
        double meanResponse = window > 0 ? sumSquares / 2 / window : 0;
        if (accesses.size() < 2) {
            return new Revisit(target, 1, total, Double.NaN, Double.NaN, accesses.get(0).start(), meanResponse, maxWait);
        }
        return new Revisit(target, accesses.size(), total, sum / (accesses.size() - 1), max, accesses.get(0).start(),
                meanResponse, maxWait);
    }
}
