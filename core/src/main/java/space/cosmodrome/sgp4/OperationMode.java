package space.cosmodrome.sgp4;

/**
 * The two ways of running SGP4 described in "Revisiting Spacetrack Report #3" (Vallado et al. 2006).
 * They differ only for deep-space objects: the Greenwich sidereal angle at epoch and the quadrant of the node in
 * the Lyddane modification for low inclinations.
 */
public enum OperationMode {
    /**
     * As the operational AFSPC code does: sidereal angle at epoch from the 1970-based AFSPC formula, and the node
     * brought into [0, 2π) before the Lyddane modification, which shifts the argument of latitude of low-inclination
     * deep-space orbits when the node crosses zero.
     */
    AFSPC,
    /**
     * With the improvements the paper proposes: IAU-82 sidereal time at epoch, no node quadrant shift. The
     * paper's verification output (tcppver.out) is reproduced in this mode (set 23599 tells the two apart), and
     * Orekit's TLEPropagator behaves this way too. The default.
     */
    IMPROVED
}
