package space.cosmodrome.passes;

import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;

/**
 * One object's ITRF positions (km) and velocities (km/s) on its coarse grid, and the state between grid points
 * from the cubic Hermite polynomial through the two neighbouring positions and velocities.
 *
 * <p>Why Hermite instead of more SGP4 calls: with position and velocity at both ends, the cubic's error is about
 * {@code r (nΔ)⁴ / 384} for an orbit of radius r swept at angular rate n over a step Δ. The steps are chosen so that
 * nΔ stays below {@link PassPredictor#MAX_STEP_ANGLE_RAD} at perigee, about 30 m for a low orbit, which moves a
 * rise or set by a few milliseconds; SGP4 itself is good to a kilometre. A grid state that SGP4 could not compute
 * is NaN.</p>
 */
final class Trajectory {
    double step;
    int count;
    double[] p;
    double[] v;
    /** Index of the first grid point that failed, -1 when none. */
    int firstFailure;
    int failureCode;

    Trajectory(int capacity) {
        p = new double[3 * capacity];
        v = new double[3 * capacity];
    }

    /** @return the most grid points this trajectory holds */
    int capacity() {
        return p.length / 3;
    }

    /**
     * Loads one object of a batch, rotated into ITRF.
     * @param states SGP4 output on the grid {@code k * factor * grid step}
     * @param object object index in the states
     * @param grid Earth rotation grid
     * @param factor step of this trajectory in grid steps
     * @param stepSeconds the same in seconds
     */
    void load(Sgp4States states, int object, EarthGrid grid, int factor, double stepSeconds) {
        step = stepSeconds;
        count = states.timeCount();
        int row = states.index(object, 0);
        double[] x = states.xKm();
        double[] y = states.yKm();
        double[] z = states.zKm();
        double[] vx = states.vxKmPerS();
        double[] vy = states.vyKmPerS();
        double[] vz = states.vzKmPerS();
        int[] err = states.errorCode();
        firstFailure = -1;
        failureCode = Sgp4Errors.NONE;
        for (int k = 0; k < count; k++) {
            int j = row + k;
            if (err[j] == Sgp4Errors.NONE) {
                grid.toItrfAt(k * factor, x[j], y[j], z[j], vx[j], vy[j], vz[j], p, v, k);
            } else {
                if (firstFailure < 0) {
                    firstFailure = k;
                    failureCode = err[j];
                }
                for (int a = 0; a < 3; a++) {
                    p[3 * k + a] = Double.NaN;
                    v[3 * k + a] = Double.NaN;
                }
            }
        }
    }

    /**
     * Position at t seconds from the grid start, from the Hermite cubic of its interval.
     * @param t time (s), within the grid
     * @param out receives {x, y, z} (km); NaN when an end of the interval failed
     */
    void positionAt(double t, double[] out) {
        int k = (int) Math.floor(t / step);
        k = Math.max(0, Math.min(count - 2, k));
        double s = (t - k * step) / step;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = (s3 - 2 * s2 + s) * step;
        double h01 = 1 - h00;
        double h11 = (s3 - s2) * step;
        int a = 3 * k;
        int b = a + 3;
        for (int c = 0; c < 3; c++) {
            out[c] = h00 * p[a + c] + h10 * v[a + c] + h01 * p[b + c] + h11 * v[b + c];
        }
    }

    /**
     * State at t seconds from the grid start, from the Hermite cubic of its interval.
     * @param t time (s), within the grid
     * @param out receives {x, y, z, vx, vy, vz} (km, km/s); NaN when an end of the interval failed
     */
    void at(double t, double[] out) {
        int k = (int) Math.floor(t / step);
        k = Math.max(0, Math.min(count - 2, k));
        double s = (t - k * step) / step;
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = (s3 - 2 * s2 + s) * step;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = (s3 - s2) * step;
        double d00 = (6 * s2 - 6 * s) / step;
        double d10 = 3 * s2 - 4 * s + 1;
        double d01 = -d00;
        double d11 = 3 * s2 - 2 * s;
        int a = 3 * k;
        int b = a + 3;
        for (int c = 0; c < 3; c++) {
            double p0 = p[a + c];
            double v0 = v[a + c];
            double p1 = p[b + c];
            double v1 = v[b + c];
            out[c] = h00 * p0 + h10 * v0 + h01 * p1 + h11 * v1;
            out[3 + c] = d00 * p0 + d10 * v0 + d01 * p1 + d11 * v1;
        }
    }
}
