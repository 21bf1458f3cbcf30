package space.cosmodrome.sgp4;

/**
 * The error codes SGP4 returns per object and time, numbered as in "Revisiting Spacetrack Report #3". A code other
 * than {@link #NONE} means the state at that time is not usable; the position and velocity are NaN except for
 * {@link #DECAYED}, where the theory's last state is kept as the reference implementation does.
 */
public final class Sgp4Errors {
    /** No error. */
    public static final int NONE = 0;
    /** Mean eccentricity out of range (e &lt; -0.001 or e &gt;= 1). */
    public static final int MEAN_ECCENTRICITY = 1;
    /** Mean motion less than or equal to zero. */
    public static final int MEAN_MOTION = 2;
    /** Perturbed eccentricity out of range (deep space, e &lt; 0 or e &gt; 1). */
    public static final int PERTURBED_ECCENTRICITY = 3;
    /** Semi-latus rectum below zero. */
    public static final int SEMI_LATUS_RECTUM = 4;
    /** Orbit radius below one earth radius: the object has decayed. */
    public static final int DECAYED = 6;

    private Sgp4Errors() {
    }

    /**
     * @param code an error code from a propagation
     * @return what it means, in words
     */
    public static String describe(int code) {
        switch (code) {
            case NONE:
                return "no error";
            case MEAN_ECCENTRICITY:
                return "mean eccentricity out of range [-0.001, 1)";
            case MEAN_MOTION:
                return "mean motion not positive";
            case PERTURBED_ECCENTRICITY:
                return "perturbed eccentricity out of range [0, 1]";
            case SEMI_LATUS_RECTUM:
                return "semi-latus rectum negative";
            case DECAYED:
                return "orbit radius below one earth radius: the object has decayed";
            default:
                return "unknown SGP4 error " + code;
        }
    }
}
