package space.cosmodrome.conjunction;

import space.cosmodrome.sgp4.Sgp4Errors;
import space.cosmodrome.sgp4.Sgp4States;

/**
 * One block of coarse-step states in time-major order: {@code x[step][object]}. {@link space.cosmodrome.sgp4.BatchSgp4}
 * writes object-major blocks (all the times of one object together), which is what its recurrences want; the grid
 * reads every object at one step, and reading that from the object-major block touches a new cache line per object
 * and component. Copying the block once into this layout makes every step's pass sequential. States that SGP4 does not
 * give as valid ({@link Sgp4Errors#NONE}) are stored with {@code x = NaN}.
 */
final class StepStates {
    /** Objects per tile of the copy: a tile's block rows stay in the first-level caches. */
    private static final int TILE = 64;

    final int objects;
    final int steps;
    final double[][] x;
    final double[][] y;
    final double[][] z;
    final double[][] vx;
    final double[][] vy;
    final double[][] vz;

    StepStates(int objects, int steps) {
        this.objects = objects;
        this.steps = steps;
        x = new double[steps][objects];
        y = new double[steps][objects];
        z = new double[steps][objects];
        vx = new double[steps][objects];
        vy = new double[steps][objects];
        vz = new double[steps][objects];
    }

    /**
     * Copies objects {@code [from, to)} of an object-major block; several threads may copy disjoint ranges.
     * @param block states of every object at {@code steps} times
     */
    void copy(Sgp4States block, int from, int to) {
        int count = block.timeCount();
        double[] bx = block.xKm();
        double[] by = block.yKm();
        double[] bz = block.zKm();
        double[] bvx = block.vxKmPerS();
        double[] bvy = block.vyKmPerS();
        double[] bvz = block.vzKmPerS();
        int[] err = block.errorCode();
        for (int t0 = from; t0 < to; t0 += TILE) {
            int t1 = Math.min(to, t0 + TILE);
            for (int c = 0; c < count; c++) {
                double[] cx = x[c];
                double[] cy = y[c];
                double[] cz = z[c];
                double[] cvx = vx[c];
                double[] cvy = vy[c];
                double[] cvz = vz[c];
                for (int i = t0, j = t0 * count + c; i < t1; i++, j += count) {
                    cx[i] = err[j] == Sgp4Errors.NONE ? bx[j] : Double.NaN;
                    cy[i] = by[j];
                    cz[i] = bz[j];
                    cvx[i] = bvx[j];
                    cvy[i] = bvy[j];
                    cvz[i] = bvz[j];
                }
            }
        }
    }
}
