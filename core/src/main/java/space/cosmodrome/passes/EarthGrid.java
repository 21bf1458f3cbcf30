package space.cosmodrome.passes;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * TEME-to-ITRF rotations and Sun positions in ITRF on a regular time grid, computed once with Orekit and shared by
 * every object. Between grid points the rotation is carried forward by the Earth's rotation about the TEME pole,
 * {@code M(t_k + dt) = M(t_k) R3(ω dt)}, which leaves out only the change of precession, nutation and polar motion
 * over one step (below a millimetre for a 60 s step); the Sun is interpolated linearly.
 */
final class EarthGrid {
    /** Earth rotation rate relative to TEME (rad/s). */
    static final double OMEGA = 7.292115146706979e-5;

    private final double stepSeconds;
    private final int count;
    /** Row-major 3x3 matrices, 9 per grid point. */
    private final double[] m;
    /** Sun position in ITRF (km), 3 per grid point. */
    private final double[] sun;

    EarthGrid(Frame teme, Frame itrf, CelestialBody sunBody, AbsoluteDate start, double stepSeconds, int count) {
        this.stepSeconds = stepSeconds;
        this.count = count;
        m = new double[9 * count];
        sun = new double[3 * count];
        for (int k = 0; k < count; k++) {
            AbsoluteDate t = start.shiftedBy(k * stepSeconds);
            double[][] r = teme.getStaticTransformTo(itrf, t).getRotation().getMatrix();
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    m[9 * k + 3 * a + b] = r[a][b];
                }
            }
            Vector3D s = sunBody.getPosition(t, itrf);
            sun[3 * k] = s.getX() / 1000.0;
            sun[3 * k + 1] = s.getY() / 1000.0;
            sun[3 * k + 2] = s.getZ() / 1000.0;
        }
    }

    double stepSeconds() {
        return stepSeconds;
    }

    /**
     * Rotates a TEME state into ITRF.
     * @param t seconds from the grid start
     * @param teme {x, y, z, vx, vy, vz} (km, km/s) in TEME
     * @param out receives {x, y, z, vx, vy, vz} (km, km/s) in ITRF (velocity relative to the rotating Earth)
     * @param withVelocity false to convert the position only
     */
    void toItrf(double t, double[] teme, double[] out, boolean withVelocity) {
        int k = (int) Math.floor(t / stepSeconds);
        k = Math.max(0, Math.min(count - 1, k));
        double dt = t - k * stepSeconds;
        double c = Math.cos(OMEGA * dt);
        double s = Math.sin(OMEGA * dt);
        int b = 9 * k;
        double x = c * teme[0] + s * teme[1];
        double y = -s * teme[0] + c * teme[1];
        double z = teme[2];
        double px = m[b] * x + m[b + 1] * y + m[b + 2] * z;
        double py = m[b + 3] * x + m[b + 4] * y + m[b + 5] * z;
        double pz = m[b + 6] * x + m[b + 7] * y + m[b + 8] * z;
        out[0] = px;
        out[1] = py;
        out[2] = pz;
        if (withVelocity) {
            double vx = c * teme[3] + s * teme[4];
            double vy = -s * teme[3] + c * teme[4];
            double vz = teme[5];
            double qx = m[b] * vx + m[b + 1] * vy + m[b + 2] * vz;
            double qy = m[b + 3] * vx + m[b + 4] * vy + m[b + 5] * vz;
            double qz = m[b + 6] * vx + m[b + 7] * vy + m[b + 8] * vz;
            // transport term: the Earth turns about its pole (ITRF z, to well below 1e-6 rad)
            out[3] = qx + OMEGA * py;
            out[4] = qy - OMEGA * px;
            out[5] = qz;
        }
    }

    /**
     * Rotates a TEME state on a grid point into ITRF.
     * @param k grid index
     * @param pos receives the position (km), three entries from {@code 3 * index}
     * @param vel receives the velocity relative to the rotating Earth (km/s), likewise
     */
    void toItrfAt(int k, double x, double y, double z, double vx, double vy, double vz, double[] pos, double[] vel,
            int index) {
        int b = 9 * k;
        double px = m[b] * x + m[b + 1] * y + m[b + 2] * z;
        double py = m[b + 3] * x + m[b + 4] * y + m[b + 5] * z;
        int i = 3 * index;
        pos[i] = px;
        pos[i + 1] = py;
        pos[i + 2] = m[b + 6] * x + m[b + 7] * y + m[b + 8] * z;
        vel[i] = m[b] * vx + m[b + 1] * vy + m[b + 2] * vz + OMEGA * py;
        vel[i + 1] = m[b + 3] * vx + m[b + 4] * vy + m[b + 5] * vz - OMEGA * px;
        vel[i + 2] = m[b + 6] * vx + m[b + 7] * vy + m[b + 8] * vz;
    }

    /**
     * @param t seconds from the grid start
     * @param out receives the Sun position in ITRF (km)
     */
    void sun(double t, double[] out) {
        double u = t / stepSeconds;
        int k = Math.max(0, Math.min(count - 2, (int) Math.floor(u)));
        double f = u - k;
        for (int a = 0; a < 3; a++) {
            out[a] = sun[3 * k + a] + f * (sun[3 * k + 3 + a] - sun[3 * k + a]);
        }
    }
}
