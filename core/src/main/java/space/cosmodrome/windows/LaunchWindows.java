package space.cosmodrome.windows;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.frames.StaticTransform;
import org.orekit.orbits.Orbit;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.Earth;
import space.cosmodrome.ascent.LaunchGeometry;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;

/**
 * Launch windows: the instants at which a site, carried round by the Earth, crosses a target orbit plane,
 * and the spans around them in which it stays within a yaw allowance (the largest plane change, in
 * angle, the ascent may make by yawing). The crossing is a root of n(t) · r̂(t), with n the plane normal
 * and r̂ the site direction in the same inertial frame; it is bracketed on a 5-minute grid and refined
 * with a Brent solver to a millisecond.
 */
public final class LaunchWindows {
    /** Longest span searched (days). */
    public static final double MAX_DAYS = 366;
    private static final double GRID_S = 300;
    private static final double ROOT_ACCURACY_S = 1e-3;
    /** Yaw allowance above which the window is no longer a narrow span around the crossing (rad). */
    public static final double MAX_YAW_RAD = Math.toRadians(20);

    private LaunchWindows() {
    }

    /**
     * Finds the windows in a span.
     * @param site launch site
     * @param plane target plane
     * @param from start of the span
     * @param days length of the span (days, up to {@value #MAX_DAYS})
     * @param yawAllowanceRad yaw allowance (rad, 0 for instantaneous windows)
     * @return windows in time order
     */
    public static List<LaunchWindow> find(LaunchSite site, TargetPlane plane, AbsoluteDate from, double days,
                                          double yawAllowanceRad) {
        if (!(days > 0 && days <= MAX_DAYS)) {
            throw CosmodromeException.badValue("--days", days, "allowed: more than 0 and at most " + MAX_DAYS);
        }
        if (!(yawAllowanceRad >= 0 && yawAllowanceRad <= MAX_YAW_RAD)) {
            throw CosmodromeException.badValue("--yaw-deg", Math.toDegrees(yawAllowanceRad),
                    "allowed: 0 to " + Math.toDegrees(MAX_YAW_RAD) + " deg");
        }
        // the plane passes through the Earth's centre: the pad's geocentric latitude decides whether it can
        double latitude = LaunchGeometry.geocentricLatitudeRad(site);
        if (Math.abs(latitude) > plane.inclinationRad() + 1e-9 && Math.abs(latitude) > Math.PI - plane.inclinationRad() + 1e-9) {
            throw CosmodromeException.unreachable(String.format(java.util.Locale.ROOT,
                    "a plane of inclination %.2f deg from %s (geocentric latitude %.2f deg)",
                    Math.toDegrees(plane.inclinationRad()), site.id(), Math.toDegrees(latitude)),
                    "the site never lies in that plane: its latitude exceeds the inclination",
                    java.util.Map.of());
        }
        SiteInFrame siteInFrame = new SiteInFrame(site, plane.frame());
        UnivariateFunction outOfPlane = dt -> plane.normal(from.shiftedBy(dt)).dotProduct(siteInFrame.direction(from.shiftedBy(dt)));
        double sinYaw = Math.sin(yawAllowanceRad);
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(ROOT_ACCURACY_S, 5);
        double end = days * 86_400;
        List<LaunchWindow> windows = new ArrayList<>();
        double t0 = 0;
        double f0 = outOfPlane.value(t0);
        for (double t1 = GRID_S; t0 < end; t1 = Math.min(t1 + GRID_S, end)) {
            double f1 = outOfPlane.value(t1);
            if (f0 * f1 <= 0 && !(f0 == 0 && t0 > 0)) {
                double crossing = f0 == f1 ? t0 : solver.solve(100, outOfPlane, t0, t1);
                windows.add(window(site, plane, from, crossing, sinYaw, outOfPlane, solver, siteInFrame));
            }
            t0 = t1;
            f0 = f1;
            if (t1 >= end) {
                break;
            }
        }
        return windows;
    }

    /**
     * How much earlier (negative) or later to lift off than the window's optimal time so that the ascent delivers
     * into the target plane. The optimal time puts the pad in the plane, but an ascent does not stay in the
     * pad's plane: while it removes the pad's sideways speed its node drifts (about 1 deg east for Angara-1.2
     * from Vostochny to a 500 km SSO). The Earth turns every plane through a fixed pad by its rate about the pole,
     * so the drift, measured on the ascent flown at the optimal time, is undone by lifting off earlier by
     * drift / ω⊕ (precession during the ascent is common to both planes).
     * @param ascent the ascent, as flown from the window's site
     * @param plane the target plane
     * @param optimal the window's optimal time
     * @return the shift of the liftoff time (s)
     */
    public static double ascentNodeShiftS(AscentResult ascent, TargetPlane plane, AbsoluteDate optimal) {
        Orbit delivered = ascent.deliveredOrbit(optimal);
        Vector3D h = delivered.getPVCoordinates(plane.frame()).getMomentum();
        Vector3D n = plane.normal(delivered.getDate());
        if (n.dotProduct(h) < 0) {
            n = n.negate();
        }
        // node lines (z x normal) of the delivered and the target plane, and the signed angle between them
        Vector3D nodeDelivered = Vector3D.crossProduct(Vector3D.PLUS_K, h);
        Vector3D nodeTarget = Vector3D.crossProduct(Vector3D.PLUS_K, n);
        double drift = Math.atan2(Vector3D.crossProduct(nodeTarget, nodeDelivered).getZ(),
                nodeTarget.dotProduct(nodeDelivered));
        return -drift / Constants.WGS84_EARTH_ANGULAR_VELOCITY;
    }

    private static LaunchWindow window(LaunchSite site, TargetPlane plane, AbsoluteDate from, double crossing,
                                       double sinYaw, UnivariateFunction outOfPlane,
                                       BracketingNthOrderBrentSolver solver, SiteInFrame siteInFrame) {
        AbsoluteDate optimal = from.shiftedBy(crossing);
        Vector3D n = plane.normal(optimal);
        Vector3D r = siteInFrame.direction(optimal);
        // direction of orbital motion at the site, and its azimuth in the local north-east frame
        Vector3D motion = Vector3D.crossProduct(n, r).normalize();
        Vector3D east = Vector3D.crossProduct(siteInFrame.pole(optimal), r).normalize();
        Vector3D north = Vector3D.crossProduct(r, east);
        double inertialAz = Math.atan2(motion.dotProduct(east), motion.dotProduct(north));
        double ground = LaunchGeometry.groundAzimuth(inertialAz, Earth.surfaceSpeed(site.latitudeRad(), site.altitudeM()));
        double groundDeg = Math.toDegrees(ground);
        String corridor = site.corridors().isEmpty() ? "none known"
                : site.corridors().stream().filter(c -> c.contains(groundDeg)).map(AzimuthCorridor::name)
                .findFirst().orElse(null);
        boolean ascending = Math.cos(ground) >= 0;
        double open = crossing;
        double close = crossing;
        if (sinYaw > 0) {
            double slope = (outOfPlane.value(crossing + 1) - outOfPlane.value(crossing - 1)) / 2;
            double guess = sinYaw / Math.max(Math.abs(slope), 1e-9);
            open = edge(outOfPlane, solver, crossing, -guess, Math.signum(-slope) * sinYaw);
            close = edge(outOfPlane, solver, crossing, guess, Math.signum(slope) * sinYaw);
        }
        return new LaunchWindow(from.shiftedBy(open), from.shiftedBy(close), optimal, ground, ascending,
                corridor != null, corridor);
    }

    /** Time at which the out-of-plane sine reaches a level, searched from the crossing towards a side. */
    private static double edge(UnivariateFunction f, BracketingNthOrderBrentSolver solver, double crossing,
                               double guess, double level) {
        UnivariateFunction g = t -> f.value(t) - level;
        double step = Math.abs(guess) * 1.5 + 1;
        double far = crossing + Math.signum(guess) * step;
        for (int i = 0; i < 10 && g.value(crossing) * g.value(far) > 0; i++) {
            step *= 2;
            far = crossing + Math.signum(guess) * step;
        }
        double lo = Math.min(crossing, far);
        double hi = Math.max(crossing, far);
        return g.value(lo) * g.value(hi) > 0 ? far : solver.solve(100, g, lo, hi);
    }

    /** The site's direction and the Earth's pole in an inertial frame. */
    private static final class SiteInFrame {
        private final Vector3D siteFixed;
        private final Frame itrf;
        private final Frame frame;

        SiteInFrame(LaunchSite site, Frame frame) {
            this.itrf = FramesFactory.getITRF(IERSConventions.IERS_2010, true);
            OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                    Constants.WGS84_EARTH_FLATTENING, itrf);
            this.siteFixed = earth.transform(new GeodeticPoint(site.latitudeRad(), site.longitudeRad(), site.altitudeM()));
            this.frame = frame;
        }

        Vector3D direction(AbsoluteDate date) {
            StaticTransform t = itrf.getStaticTransformTo(frame, date);
            return t.transformPosition(siteFixed).normalize();
        }

        Vector3D pole(AbsoluteDate date) {
            return itrf.getStaticTransformTo(frame, date).transformVector(Vector3D.PLUS_K).normalize();
        }
    }
}
