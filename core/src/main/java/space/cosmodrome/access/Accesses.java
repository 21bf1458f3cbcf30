package space.cosmodrome.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.FunctionalDetector;
import org.orekit.propagation.events.handlers.RecordAndContinue;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.Trajectory;

/**
 * Finds target accesses. The condition is the minimum of three angles (rad), positive when all hold: the
 * margin to the off-nadir limit (geocentric nadir), the target's elevation of the satellite (above the
 * horizon), and the Sun's elevation at the target above its minimum. Orekit's event detection finds where
 * that minimum crosses zero.
 */
public final class Accesses {
    /** Largest step between checks (s): accesses shorter than this may be missed. */
    public static final double MAX_CHECK_S = 10;
    /** Convergence of event times (s). */
    public static final double THRESHOLD_S = 1e-3;

    private Accesses() {
    }

    /**
     * @param trajectory the propagated orbit
     * @param targets the targets
     * @param limits the sensor limits
     * @return accesses and revisit statistics
     */
    public static AccessReport find(Trajectory trajectory, List<Target> targets, SensorLimits limits) {
        OneAxisEllipsoid earth = Bodies.earth();
        CelestialBody sun = Bodies.sun();
        List<Access> all = new ArrayList<>();
        List<Revisit> revisits = new ArrayList<>();
        for (Target target : targets) {
            List<Access> found = accesses(trajectory, earth, sun, target, limits);
            all.addAll(found);
            revisits.add(revisit(target, found, trajectory.start()));
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
     * @return min(off-nadir margin, target elevation of satellite, Sun elevation margin)
     */
    public static double condition(SpacecraftState s, TopocentricFrame topo, CelestialBody sun, SensorLimits limits) {
        Frame frame = s.getFrame();
        AbsoluteDate date = s.getDate();
        Vector3D sat = s.getPosition();
        Vector3D target = topo.getPosition(date, frame);
        double offNadir = Vector3D.angle(sat.negate(), target.subtract(sat));
        double g = Math.min(limits.maxOffNadirRad() - offNadir, topo.getElevation(sat, frame, date));
        if (limits.needsSun()) {
            g = Math.min(g, topo.getElevation(sun.getPosition(date, frame), frame, date) - limits.minSunElevationRad());
        }
        return g;
    }

    /** @return the off-nadir angle (rad) from the satellite at a position (frame) to a target */
    static double offNadir(Vector3D sat, Frame frame, AbsoluteDate date, TopocentricFrame topo) {
        Vector3D target = topo.getPosition(date, frame);
        return Vector3D.angle(sat.negate(), target.subtract(sat));
    }

    private static List<Access> accesses(Trajectory trajectory, OneAxisEllipsoid earth, CelestialBody sun, Target target,
                                         SensorLimits limits) {
        TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0), target.name());
        BoundedPropagator p = trajectory.propagator();
        boolean inAtStart = condition(trajectory.samples().get(0), topo, sun, limits) > 0;
        RecordAndContinue events = new RecordAndContinue();
        p.addEventDetector(new FunctionalDetector().withFunction(s -> condition(s, topo, sun, limits))
                .withMaxCheck(MAX_CHECK_S).withThreshold(THRESHOLD_S).withHandler(events));
        try {
            p.propagate(trajectory.start(), trajectory.end());
        } catch (OrekitException e) {
            throw CosmodromeException.internal("finding accesses to " + target.name(), e);
        }
        trajectory.propagator();
        List<Access> out = new ArrayList<>();
        AbsoluteDate start = inAtStart ? trajectory.start() : null;
        boolean truncated = inAtStart;
        for (RecordAndContinue.Event e : events.getEvents()) {
            AbsoluteDate d = e.getState().getDate();
            if (e.isIncreasing()) {
                start = d;
                truncated = false;
            } else if (start != null) {
                out.add(new Access(target, start, d, minOffNadir(trajectory, topo, start, d), truncated));
                start = null;
            }
        }
        if (start != null) {
            out.add(new Access(target, start, trajectory.end(), minOffNadir(trajectory, topo, start, trajectory.end()), true));
        }
        return out;
    }

    private static double minOffNadir(Trajectory trajectory, TopocentricFrame topo, AbsoluteDate a, AbsoluteDate b) {
        BoundedPropagator e = trajectory.ephemeris();
        Frame frame = e.getFrame();
        double min = Double.POSITIVE_INFINITY;
        double span = b.durationFrom(a);
        for (double t = 0; t <= span; t += 1) {
            AbsoluteDate d = a.shiftedBy(t);
            min = Math.min(min, offNadir(e.getPosition(d, frame), frame, d, topo));
        }
        min = Math.min(min, offNadir(e.getPosition(b, frame), frame, b, topo));
        return min;
    }

    static Revisit revisit(Target target, List<Access> accesses, AbsoluteDate spanStart) {
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
