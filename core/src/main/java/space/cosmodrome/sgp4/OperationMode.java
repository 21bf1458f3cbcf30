package space.cosmodrome.sgp4;

/**
 * The two ways of running SGP4 described in "Revisiting Spacetrack Report #3" (Vallado et al. 2006).
 * They differ only for deep-space objects: the Greenwich sidereal angle at epoch and the quadrant of the node in
 * the Lyddane modification for low inclinations.
 */
public enum OperationMode {
    /** As the operational AFSPC code does; the published verification output is made this way. The default. */
    AFSPC,
    /** With the improvements the paper proposes (IAU-82 sidereal time at epoch, no node quadrant fix). */
    IMPROVED
}
