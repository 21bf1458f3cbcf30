package space.cosmodrome.windows;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.ascent.Earth;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.orbit.SolarTime;

/**
 * An orbit plane that moves with time, as a launch window sees it: its unit normal (the direction of the
 * orbit's angular momentum) in an inertial frame at any date.
 */
public sealed interface TargetPlane permits TargetPlane.SunSynchronous, TargetPlane.NodeAtEpoch, TargetPlane.OfTle {

    /** @return the inertial frame the normal is given in */
    Frame frame();

    /** @return unit normal of the plane at a date, in {@link #frame()} */
    Vector3D normal(AbsoluteDate date);

    /** @return inclination of the plane (rad) */
    double inclinationRad();

    /** Normal of a plane from its inclination and right ascension of the ascending node (rad). */
    static Vector3D normal(double inclinationRad, double raanRad) {
        double si = FastMath.sin(inclinationRad);
        return new Vector3D(si * FastMath.sin(raanRad), -si * FastMath.cos(raanRad), FastMath.cos(inclinationRad));
    }

    /**
     * J2 drift of the ascending node of a circular orbit: dΩ/dt = -3/2 n J2 (Re/a)² cos i (rad/s).
     * @param semiMajorAxisM semi-major axis (m)
     * @param inclinationRad inclination (rad)
     * @return node drift rate (rad/s)
     */
    static double nodeDriftRate(double semiMajorAxisM, double inclinationRad) {
        double n = Math.sqrt(Earth.MU / (semiMajorAxisM * semiMajorAxisM * semiMajorAxisM));
        double ratio = Earth.EQUATORIAL_RADIUS / semiMajorAxisM;
        return -1.5 * n * Earth.J2 * ratio * ratio * Math.cos(inclinationRad);
    }

    /**
     * A sun-synchronous plane fixed by its local time of ascending node: the node sits at the right ascension
     * of the mean Sun plus 15 deg per hour of LTAN past noon, in the mean equator and equinox of date.
     *
     * @param inclinationRad inclination (rad)
     * @param ltanHours local time of ascending node (h, 0-24)
     * @param utc UTC time scale
     */
    record SunSynchronous(double inclinationRad, double ltanHours, TimeScale utc) implements TargetPlane {
        public SunSynchronous {
            if (!(ltanHours >= 0 && ltanHours < 24)) {
                throw CosmodromeException.badValue("--ltan", ltanHours, "allowed: 00:00 to 23:59");
            }
        }

        @Override
        public Frame frame() {
            return SolarTime.nodeFrame();
        }

        @Override
        public Vector3D normal(AbsoluteDate date) {
            return TargetPlane.normal(inclinationRad, SolarTime.raanOfLtan(ltanHours, date));
        }
    }

    /**
     * A plane given by its node at an epoch in GCRF, drifting under J2.
     *
     * @param inclinationRad inclination (rad)
     * @param raanRad right ascension of the ascending node at the epoch, GCRF (rad)
     * @param epoch the epoch of the node
     * @param semiMajorAxisM semi-major axis, for the drift rate (m)
     */
    record NodeAtEpoch(double inclinationRad, double raanRad, AbsoluteDate epoch, double semiMajorAxisM)
            implements TargetPlane {
        @Override
        public Frame frame() {
            return FramesFactory.getGCRF();
        }

        @Override
        public Vector3D normal(AbsoluteDate date) {
            double drift = nodeDriftRate(semiMajorAxisM, inclinationRad) * date.durationFrom(epoch);
            return TargetPlane.normal(inclinationRad, raanRad + drift);
        }
    }

    /**
     * The plane of a catalog object, from its element set propagated with SGP4 (TEME).
     *
     * @param tle the element set
     */
    record OfTle(TLE tle) implements TargetPlane {
        @Override
        public Frame frame() {
            return FramesFactory.getTEME();
        }

        @Override
        public Vector3D normal(AbsoluteDate date) {
            PVCoordinates pv = TLEPropagator.selectExtrapolator(tle).getPVCoordinates(date, frame());
            return pv.getMomentum().normalize();
        }

        @Override
        public double inclinationRad() {
            return tle.getI();
        }
    }
}
