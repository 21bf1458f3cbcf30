package space.cosmodrome.sgp4;

import java.util.Arrays;

/**
 * States written by {@link BatchSgp4}: position (km) and velocity (km/s) in TEME, and an SGP4 error code, for
 * {@link #objectCount()} objects at {@link #timeCount()} times each. Entry {@code (object, time)} is at index
 * {@code object * timeCount + time} of every array. The arrays are returned as they are, not copied, so that
 * benchmarks and converters can read them without cost; the class is not thread-safe for concurrent propagations.
 *
 * <p>States made by {@link #positionsOnly} hold no velocities (their velocity arrays are empty): the propagator
 * then skips the velocity terms, which saves about a fifth of its work and half of the memory, for callers that
 * need positions only (visibility, coarse screening).</p>
 */
public final class Sgp4States {
    private final int objectCount;
    private final int timeCount;
    private final double[] xKm;
    private final double[] yKm;
    private final double[] zKm;
    private final double[] vxKmPerS;
    private final double[] vyKmPerS;
    private final double[] vzKmPerS;
    private final int[] errorCode;

    /**
     * @param objectCount number of objects
     * @param timeCount number of times per object
     */
    public Sgp4States(int objectCount, int timeCount) {
        this(objectCount, timeCount, true);
    }

    /**
     * @param objectCount number of objects
     * @param timeCount number of times per object
     * @return states holding positions and error codes only; the velocity arrays are empty
     */
    public static Sgp4States positionsOnly(int objectCount, int timeCount) {
        return new Sgp4States(objectCount, timeCount, false);
    }

    private Sgp4States(int objectCount, int timeCount, boolean velocities) {
        if (objectCount < 0 || timeCount < 0 || (long) objectCount * timeCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("cannot hold " + objectCount + " x " + timeCount + " states");
        }
        this.objectCount = objectCount;
        this.timeCount = timeCount;
        int size = objectCount * timeCount;
        xKm = new double[size];
        yKm = new double[size];
        zKm = new double[size];
        int velocitySize = velocities ? size : 0;
        vxKmPerS = new double[velocitySize];
        vyKmPerS = new double[velocitySize];
        vzKmPerS = new double[velocitySize];
        errorCode = new int[size];
    }

    /** @return number of objects */
    public int objectCount() {
        return objectCount;
    }

    /** @return true unless made by {@link #positionsOnly} */
    public boolean hasVelocities() {
        return vxKmPerS.length == xKm.length;
    }

    /** @return number of times per object */
    public int timeCount() {
        return timeCount;
    }

    /**
     * @param object object index
     * @param time time index
     * @return index of that state in the arrays
     */
    public int index(int object, int time) {
        return object * timeCount + time;
    }

    /** @return x positions (km), live array */
    public double[] xKm() {
        return xKm;
    }

    /** @return y positions (km), live array */
    public double[] yKm() {
        return yKm;
    }

    /** @return z positions (km), live array */
    public double[] zKm() {
        return zKm;
    }

    /** @return x velocities (km/s), live array */
    public double[] vxKmPerS() {
        return vxKmPerS;
    }

    /** @return y velocities (km/s), live array */
    public double[] vyKmPerS() {
        return vyKmPerS;
    }

    /** @return z velocities (km/s), live array */
    public double[] vzKmPerS() {
        return vzKmPerS;
    }

    /** @return SGP4 error codes ({@link Sgp4Errors}), live array */
    public int[] errorCode() {
        return errorCode;
    }

    /**
     * @param object object index
     * @param time time index
     * @return the state as {x, y, z, vx, vy, vz} (km, km/s); velocities are NaN for {@link #positionsOnly} states
     */
    public double[] state(int object, int time) {
        int k = index(object, time);
        if (!hasVelocities()) {
            return new double[] {xKm[k], yKm[k], zKm[k], Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {xKm[k], yKm[k], zKm[k], vxKmPerS[k], vyKmPerS[k], vzKmPerS[k]};
    }

    /**
     * @param object object index
     * @param time time index
     * @return the error code of that state
     */
    public int error(int object, int time) {
        return errorCode[index(object, time)];
    }

    /** @return number of states with an error code other than 0 */
    public int failedCount() {
        return (int) Arrays.stream(errorCode).filter(c -> c != 0).count();
    }
}
