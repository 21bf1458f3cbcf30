package space.cosmodrome.eclipse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.EclipseDetector;
import org.orekit.propagation.events.NodeDetector;
import org.orekit.propagation.events.handlers.RecordAndContinue;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.Trajectory;

/**
 * Finds eclipses with Orekit's {@link EclipseDetector} (conical shadow of the WGS84 ellipsoid, Sun from the
 * JPL ephemerides; g is negative in shadow), the ascending nodes with {@link NodeDetector} in GCRF, and the
 * beta angle from the sampled states.
 */
public final class Eclipses {
    /** Largest step between checks (s). */
    public static final double MAX_CHECK_S = 60;
    /** Convergence of event times (s). */
    public static final double THRESHOLD_S = 1e-3;
    /** Beta angle sampling (s). */
    public static final double BETA_STEP_S = 600;

    private Eclipses() {
    }

    /** @return umbra and penumbra intervals, per-orbit eclipse and the beta angle over the trajectory's span */
    public static EclipseReport find(Trajectory trajectory) {
        OneAxisEllipsoid earth = Bodies.earth();
        CelestialBody sun = Bodies.sun();
        EclipseDetector umbra = new EclipseDetector(sun, Constants.SUN_RADIUS, earth).withUmbra()
                .withMaxCheck(MAX_CHECK_S).withThreshold(THRESHOLD_S);
        EclipseDetector penumbra = new EclipseDetector(sun, Constants.SUN_RADIUS, earth).withPenumbra()
                .withMaxCheck(MAX_CHECK_S).withThreshold(THRESHOLD_S);
        BoundedPropagator p = trajectory.propagator();
        SpacecraftState first = trajectory.samples().get(0);
        boolean inUmbraAtStart = umbra.g(first) < 0;
        boolean inPenumbraAtStart = penumbra.g(first) < 0;
        RecordAndContinue umbraEvents = new RecordAndContinue();
        RecordAndContinue penumbraEvents = new RecordAndContinue();
        RecordAndContinue nodeEvents = new RecordAndContinue();
        p.addEventDetector(umbra.withHandler(umbraEvents));
        p.addEventDetector(penumbra.withHandler(penumbraEvents));
        p.addEventDetector(new NodeDetector(Bodies.gcrf()).withMaxCheck(MAX_CHECK_S).withThreshold(THRESHOLD_S).withHandler(nodeEvents));
        try {
            p.propagate(trajectory.start(), trajectory.end());
        } catch (OrekitException e) {
            throw CosmodromeException.internal("finding eclipses", e);
        } finally {
            // detach the detectors: left on the ephemeris they would run on every later read of it
            trajectory.propagator();
        }
        List<EclipseInterval> intervals = new ArrayList<>();
        intervals.addAll(intervals(umbraEvents, inUmbraAtStart, true, trajectory));
        intervals.addAll(intervals(penumbraEvents, inPenumbraAtStart, false, trajectory));
        intervals.sort(Comparator.comparing(EclipseInterval::start).thenComparing(EclipseInterval::umbra));

        List<AbsoluteDate> nodes = new ArrayList<>();
        for (RecordAndContinue.Event e : nodeEvents.getEvents()) {
            if (e.isIncreasing()) {
                nodes.add(e.getState().getDate());
            }
        }
        List<OrbitEclipse> orbits = new ArrayList<>();
        for (int i = 0; i + 1 < nodes.size(); i++) {
            AbsoluteDate a = nodes.get(i);
            AbsoluteDate b = nodes.get(i + 1);
            orbits.add(new OrbitEclipse(i + 1, a, b.durationFrom(a), overlap(intervals, true, a, b), overlap(intervals, false, a, b)));
        }
        double span = trajectory.durationS();
        double umbraFraction = overlap(intervals, true, trajectory.start(), trajectory.end()) / span;
        double penumbraFraction = overlap(intervals, false, trajectory.start(), trajectory.end()) / span;
        return new EclipseReport(List.copyOf(intervals), List.copyOf(orbits), beta(trajectory, sun), umbraFraction, penumbraFraction);
    }

    /**
     * Fraction of a circular orbit spent in a cylindrical shadow of a spherical Earth:
     * f = acos(√(h² + 2Rh) / ((R + h) cos β)) / π when |β| is below asin(R / (R + h)), else 0.
     * @param altitudeM orbit altitude (m)
     * @param betaRad beta angle (rad)
     * @return fraction of the period in shadow
     */
    public static double cylindricalFraction(double altitudeM, double betaRad) {
        double r = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
        double beta = Math.abs(betaRad);
        if (beta >= Math.asin(r / (r + altitudeM))) {
            return 0;
        }
        return Math.acos(Math.sqrt(altitudeM * altitudeM + 2 * r * altitudeM) / ((r + altitudeM) * Math.cos(beta))) / Math.PI;
    }

    /** @return beta angle (rad) of a state: asin(Sun direction · orbit normal) */
    public static double beta(SpacecraftState s, CelestialBody sun) {
        Frame frame = s.getFrame();
        Vector3D normal = s.getPVCoordinates().getMomentum().normalize();
        Vector3D toSun = sun.getPosition(s.getDate(), frame).normalize();
        return Math.asin(Math.max(-1, Math.min(1, Vector3D.dotProduct(normal, toSun))));
    }

    private static List<BetaSample> beta(Trajectory trajectory, CelestialBody sun) {
        List<BetaSample> out = new ArrayList<>();
        AbsoluteDate last = null;
        for (SpacecraftState s : trajectory.samples()) {
            if (last == null || s.getDate().durationFrom(last) >= BETA_STEP_S - 1e-6) {
                out.add(new BetaSample(s.getDate(), beta(s, sun)));
                last = s.getDate();
            }
        }
        return List.copyOf(out);
    }

    private static List<EclipseInterval> intervals(RecordAndContinue events, boolean inAtStart, boolean umbra, Trajectory t) {
        List<EclipseInterval> out = new ArrayList<>();
        AbsoluteDate entry = inAtStart ? t.start() : null;
        boolean truncated = inAtStart;
        for (RecordAndContinue.Event e : events.getEvents()) {
            AbsoluteDate d = e.getState().getDate();
            if (!e.isIncreasing()) {
                entry = d;
                truncated = false;
            } else if (entry != null) {
                out.add(new EclipseInterval(entry, d, umbra, truncated));
                entry = null;
                truncated = false;
            }
        }
        if (entry != null) {
            out.add(new EclipseInterval(entry, t.end(), umbra, true));
        }
        return out;
    }

    private static double overlap(List<EclipseInterval> intervals, boolean umbra, AbsoluteDate a, AbsoluteDate b) {
        double sum = 0;
        for (EclipseInterval i : intervals) {
            if (i.umbra() == umbra) {
                AbsoluteDate s = i.start().compareTo(a) > 0 ? i.start() : a;
                AbsoluteDate e = i.end().compareTo(b) < 0 ? i.end() : b;
                sum += Math.max(0, e.durationFrom(s));
            }
        }
        return sum;
    }
}
