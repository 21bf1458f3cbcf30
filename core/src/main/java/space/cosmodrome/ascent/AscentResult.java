package space.cosmodrome.ascent;

import java.util.List;
import java.util.Optional;

import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

/**
 * A flown ascent: the payload, how it got there, and the orbit it ends in. {@link #insertionOrbit} and
 * {@link #deliveredOrbit} hand the result to Orekit for propagation.
 *
 * @param vehicle the vehicle flown
 * @param site the site flown from
 * @param target the orbit asked for
 * @param payloadKg payload flown (kg): the capacity, or the payload given
 * @param capacityKg the most payload the vehicle delivers to the target (kg)
 * @param approach azimuth, corridor and dog-leg
 * @param plan how the orbit is reached ("direct", or a parking orbit and a burn at apogee)
 * @param insertion orbit at engine cut-off
 * @param insertionPoint where on that orbit cut-off came (past perigee for an eccentric target)
 * @param delivered orbit after the apogee burn (the same as insertion for a direct ascent)
 * @param deltaV the delta-v budget
 * @param extraBurns burns after cut-off: circularisation, dog-leg plane change
 * @param dogLegPayloadCostKg payload lost to the dog-leg (kg), 0 without one
 * @param cutoffTimeS engine cut-off time after liftoff (s)
 * @param cutoffPositionM position at cut-off in the liftoff-aligned inertial frame (m)
 * @param cutoffVelocityMps velocity at cut-off in the same frame (m/s)
 * @param maxDynamicPressurePa highest dynamic pressure (Pa)
 * @param maxAccelerationG highest sensed acceleration (g)
 * @param events ascent events
 * @param trajectory samples about 1 s apart, 2 s (every integration step) once the vacuum guidance flies
 * @param warnings caveats (no corridor data, low-confidence vehicle data)
 * @param disposal what the last stage does after the payload has left (de-orbit, lowering, or nothing), with the
 *                 delta-v and the propellant it keeps from the payload; not in {@code extraBurns}, which end with
 *                 the payload's delivery
 */
public record AscentResult(LaunchVehicle vehicle, LaunchSite site, TargetOrbit target, double payloadKg,
                           double capacityKg, LaunchGeometry.Approach approach, String plan,
                           OrbitFigures insertion, InsertionPoint insertionPoint, OrbitFigures delivered, DeltaVBudget deltaV,
                           List<Burn> extraBurns, double dogLegPayloadCostKg, double cutoffTimeS,
                           double[] cutoffPositionM, double[] cutoffVelocityMps, double maxDynamicPressurePa,
                           double maxAccelerationG, List<FlightEvent> events, List<TrajectoryPoint> trajectory,
                           List<String> warnings, StageDisposal.Manoeuvre disposal) {

    /** @return capacity less the payload flown (kg); negative when the payload is too heavy */
    public double marginKg() {
        return capacityKg - payloadKg;
    }

    /** @return whether the payload flown reaches the target */
    public boolean reachesOrbit() {
        return marginKg() >= -0.5;
    }

    /**
     * Two-body figures of an orbit.
     *
     * @param perigeeAltitudeM perigee altitude above the equatorial radius (m)
     * @param apogeeAltitudeM apogee altitude (m)
     * @param inclinationRad inclination (rad)
     * @param timeS time after liftoff the figures refer to (s)
     */
    public record OrbitFigures(double perigeeAltitudeM, double apogeeAltitudeM, double inclinationRad,
                               double timeS) {
    }

    /**
     * Where on the insertion orbit the engine cut off, from the two-body elements of the cut-off state in the
     * liftoff-aligned frame (whose z axis is the Earth's rotation axis, so the node, and with it the argument
     * of latitude, is as in an Earth-centred inertial frame to within precession since J2000).
     *
     * @param altitudeM altitude above the ellipsoid at cut-off (m)
     * @param flightPathAngleRad angle of the inertial velocity above the local horizontal (rad)
     * @param trueAnomalyRad true anomaly (rad, in (-π, π]: positive past perigee, climbing); NaN for an orbit too round to have a perigee
     *                       (eccentricity below 1e-4)
     * @param argumentOfLatitudeRad angle from the ascending node to the cut-off position (rad, in [0, 2π));
     *                              NaN for an equatorial orbit
     */
    public record InsertionPoint(double altitudeM, double flightPathAngleRad, double trueAnomalyRad,
                                 double argumentOfLatitudeRad) {

        /** Computes the insertion point of a cut-off state (m, m/s) in a frame with z along the rotation axis. */
        static InsertionPoint of(double[] s) {
            double rx = s[0];
            double ry = s[1];
            double rz = s[2];
            double vx = s[3];
            double vy = s[4];
            double vz = s[5];
            double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
            double v2 = vx * vx + vy * vy + vz * vz;
            double rv = rx * vx + ry * vy + rz * vz;
            double hx = ry * vz - rz * vy;
            double hy = rz * vx - rx * vz;
            double hz = rx * vy - ry * vx;
            double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
            double gamma = Math.asin(rv / (r * Math.sqrt(v2)));
            // eccentricity vector e = ((v² - mu/r) r - (r.v) v) / mu; true anomaly from e.r and the sign of r.v
            double k = v2 - Earth.MU / r;
            double ex = (k * rx - rv * vx) / Earth.MU;
            double ey = (k * ry - rv * vy) / Earth.MU;
            double ez = (k * rz - rv * vz) / Earth.MU;
            double e = Math.sqrt(ex * ex + ey * ey + ez * ez);
            double nu = Double.NaN;
            if (e > 1e-4) {
                // sin(nu) = h (r.v) / (mu e r), cos(nu) = e.r / (e r)
                nu = Math.atan2(h * rv / (Earth.MU * e * r), (ex * rx + ey * ry + ez * rz) / (e * r));
            }
            double u = Double.NaN;
            double nodeNorm = Math.hypot(hx, hy);
            if (nodeNorm > 1e-8 * h) {
                // ascending node along z x h = (-hy, hx, 0)
                double nx = -hy / nodeNorm;
                double ny = hx / nodeNorm;
                double cosU = (rx * nx + ry * ny) / r;
                double sinU = (hx * (ny * rz) - hy * (nx * rz) + hz * (nx * ry - ny * rx)) / (h * r);
                u = Math.atan2(sinU, cosU);
                u = u < 0 ? u + 2 * Math.PI : u;
            }
            return new InsertionPoint(Earth.altitude(rx, ry, rz), gamma, nu, u);
        }
    }

    /**
     * Delta-v budget of the ascent. Ideal less the three losses equals the speed gained since liftoff,
     * |v_cutoff - v_pad|, exactly (the losses are measured along that gained velocity); the cut-off speed is
     * that plus about the Earth-rotation gain, the pad's speed along the launch direction.
     *
     * @param idealMps integral of thrust acceleration, including burns after cut-off (m/s)
     * @param gravityLossMps integral of gravity against the gained velocity (m/s)
     * @param dragLossMps integral of drag against the gained velocity (m/s)
     * @param steeringLossMps thrust spent off the gained velocity's direction (m/s)
     * @param earthRotationGainMps surface speed × cos(latitude) × sin(azimuth) (m/s)
     * @param burnsAfterCutoffMps burns after cut-off (m/s): impulsive ones, and a kick stage's finite burns at
     *                            their ideal delta-v (the finite burns' gravity loss is inside it)
     */
    public record DeltaVBudget(double idealMps, double gravityLossMps, double dragLossMps, double steeringLossMps,
                               double earthRotationGainMps, double burnsAfterCutoffMps) {
    }

    /**
     * A burn after the ascent stage's cut-off: impulsive (duration 0) for the upper stage, or a kick stage's
     * finite, integrated burn.
     *
     * @param name what it does
     * @param timeS time after liftoff (s): the impulse, or the ignition of a finite burn
     * @param deltaVMps its delta-v (m/s): for a finite burn the ideal one, Isp g0 ln(m0 / m1)
     * @param propellantKg propellant it takes (kg)
     * @param durationS burn time (s), 0 for an impulsive burn
     */
    public record Burn(String name, double timeS, double deltaVMps, double propellantKg, double durationS) {
        /** An impulsive burn. */
        public Burn(String name, double timeS, double deltaVMps, double propellantKg) {
            this(name, timeS, deltaVMps, propellantKg, 0);
        }
    }

    /** @return the dog-leg plane change (rad), 0 for a direct ascent */
    public double dogLegRad() {
        return approach.dogLegRad();
    }

    /**
     * The orbit at engine cut-off as an Orekit orbit in GCRF.
     * @param liftoff liftoff date (UTC or any scale)
     * @return the insertion orbit, dated at cut-off
     */
    public Orbit insertionOrbit(AbsoluteDate liftoff) {
        Frame gcrf = FramesFactory.getGCRF();
        // the simulation frame is the Earth-fixed frame frozen at liftoff: rotate it into GCRF
        Rotation toGcrf = FramesFactory.getITRF(IERSConventions.IERS_2010, true)
                .getStaticTransformTo(gcrf, liftoff).getRotation();
        Vector3D p = toGcrf.applyTo(new Vector3D(cutoffPositionM));
        Vector3D v = toGcrf.applyTo(new Vector3D(cutoffVelocityMps));
        return new CartesianOrbit(new PVCoordinates(p, v), gcrf, liftoff.shiftedBy(cutoffTimeS),
                Constants.WGS84_EARTH_MU);
    }

    /**
     * The orbit the payload is delivered to: the insertion orbit, or after a burn at apogee, the orbit
     * with its perigee raised (and plane turned by the dog-leg), dated at that burn.
     * @param liftoff liftoff date
     * @return the delivered orbit in GCRF
     */
    public Orbit deliveredOrbit(AbsoluteDate liftoff) {
        if (extraBurns.isEmpty()) {
            return insertionOrbit(liftoff);
        }
        // built in the simulation's frame, the Earth-fixed frame frozen at liftoff, whose equator (of date) the
        // delivered inclination is measured against, then turned into GCRF: putting that inclination straight into
        // GCRF elements mixed two equators (about 0.1 deg apart in 2026 by precession since J2000)
        Frame gcrf = FramesFactory.getGCRF();
        Frame simulation = FramesFactory.getITRF(IERSConventions.IERS_2010, true)
                .getFrozenFrame(gcrf, liftoff, "Earth-fixed frame frozen at liftoff");
        KeplerianOrbit k = new KeplerianOrbit(new PVCoordinates(new Vector3D(cutoffPositionM),
                new Vector3D(cutoffVelocityMps)), simulation, liftoff.shiftedBy(cutoffTimeS), Constants.WGS84_EARTH_MU);
        Burn last = extraBurns.get(extraBurns.size() - 1);
        AbsoluteDate burnDate = liftoff.shiftedBy(last.timeS());
        KeplerianOrbit atBurn = k.shiftedBy(burnDate.durationFrom(k.getDate()));
        double rp = Earth.EQUATORIAL_RADIUS + delivered.perigeeAltitudeM();
        double ra = Earth.EQUATORIAL_RADIUS + delivered.apogeeAltitudeM();
        double a = (rp + ra) / 2;
        double e = (ra - rp) / (ra + rp);
        // for a circular delivery keep the argument of latitude continuous
        KeplerianOrbit after = new KeplerianOrbit(a, e, delivered.inclinationRad(), atBurn.getPerigeeArgument(),
                atBurn.getRightAscensionOfAscendingNode(), atBurn.getTrueAnomaly(), PositionAngleType.TRUE,
                simulation, burnDate, Constants.WGS84_EARTH_MU);
        return new CartesianOrbit(after.getPVCoordinates(gcrf), gcrf, burnDate, Constants.WGS84_EARTH_MU);
    }

    /** @return the inclination flown before any dog-leg, if a dog-leg is needed */
    public Optional<Double> dogLegFromInclinationRad() {
        return dogLegRad() > 1e-9 ? Optional.of(approach.flownInclinationRad()) : Optional.empty();
    }
}
