package space.cosmodrome.sgp4;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.Frames;
import org.orekit.frames.Transform;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/**
 * Turns {@link Sgp4States} from TEME into another Earth-centred frame (ITRF, GCRF, ...) in place. The transform is
 * computed once per time step with Orekit and applied to every object at that time, instead of once per object.
 * Positions are rotated; velocities are rotated and, for a rotating target frame, corrected by the transport
 * term (ω × r), exactly as Orekit's {@code Transform.transformPVCoordinates} does.
 */
public final class FrameConversion {
    private final Frame teme;
    private final Frame target;

    private FrameConversion(Frame teme, Frame target) {
        this.teme = teme;
        this.target = target;
    }

    /** @return conversion from TEME to ITRF (IERS 2010 conventions, simple EOP interpolation), bundled data set */
    public static FrameConversion temeToItrf() {
        Frames frames = OrekitData.context().getFrames();
        return new FrameConversion(frames.getTEME(), frames.getITRF(IERSConventions.IERS_2010, true));
    }

    /** @return conversion from TEME to GCRF, bundled data set */
    public static FrameConversion temeToGcrf() {
        Frames frames = OrekitData.context().getFrames();
        return new FrameConversion(frames.getTEME(), frames.getGCRF());
    }

    /**
     * @param teme the TEME frame
     * @param target an Earth-centred frame
     * @return conversion from TEME to the target frame
     */
    public static FrameConversion between(Frame teme, Frame target) {
        return new FrameConversion(teme, target);
    }

    /** @return the frame states are converted to */
    public Frame target() {
        return target;
    }

    /**
     * Converts states in place; states with an error code keep their NaN or last values.
     * @param states states in TEME, computed at {@code times}
     * @param times the dates of the time columns of {@code states}
     */
    public void convertInPlace(Sgp4States states, AbsoluteDate[] times) {
        if (times.length != states.timeCount()) {
            throw CosmodromeException.badValue("times", times.length, states.timeCount() + " dates, one per column");
        }
        double[] x = states.xKm();
        double[] y = states.yKm();
        double[] z = states.zKm();
        double[] vx = states.vxKmPerS();
        double[] vy = states.vyKmPerS();
        double[] vz = states.vzKmPerS();
        int count = states.timeCount();
        int objects = states.objectCount();
        for (int k = 0; k < count; k++) {
            Transform transform = teme.getTransformTo(target, times[k]);
            if (transform.getTranslation().getNorm() > 1.0e-3 || transform.getVelocity().getNorm() > 1.0e-6) {
                throw CosmodromeException.badValue("frame", target.getName(), "an Earth-centred frame");
            }
            double[][] m = transform.getRotation().getMatrix();
            Vector3D omega = transform.getRotationRate();
            double m00 = m[0][0], m01 = m[0][1], m02 = m[0][2];
            double m10 = m[1][0], m11 = m[1][1], m12 = m[1][2];
            double m20 = m[2][0], m21 = m[2][1], m22 = m[2][2];
            double wx = omega.getX();
            double wy = omega.getY();
            double wz = omega.getZ();
            for (int i = 0, j = k; i < objects; i++, j += count) {
                double px = m00 * x[j] + m01 * y[j] + m02 * z[j];
                double py = m10 * x[j] + m11 * y[j] + m12 * z[j];
                double pz = m20 * x[j] + m21 * y[j] + m22 * z[j];
                double qx = m00 * vx[j] + m01 * vy[j] + m02 * vz[j];
                double qy = m10 * vx[j] + m11 * vy[j] + m12 * vz[j];
                double qz = m20 * vx[j] + m21 * vy[j] + m22 * vz[j];
                x[j] = px;
                y[j] = py;
                z[j] = pz;
                vx[j] = qx - (wy * pz - wz * py);
                vy[j] = qy - (wz * px - wx * pz);
                vz[j] = qz - (wx * py - wy * px);
            }
        }
    }
}
