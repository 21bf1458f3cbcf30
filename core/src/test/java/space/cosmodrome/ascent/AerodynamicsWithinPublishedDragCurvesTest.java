package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The model's drag coefficient is a generic curve, not a vehicle's. Two published curves of slender rockets bracket
 * it from Mach 0.5 to 5, the range that makes the drag losses (max-q comes near Mach 1.2-1.8):
 * <ul>
 *   <li>below: the V-2 at zero angle of attack (Sutton and Biblarz, Rocket Propulsion Elements, 7th ed., p. 108,
 *       fig. 4-2; 0.15 subsonic, 0.40 at Mach 1.2, 0.15 at Mach 5), read at the points of the piecewise-linear
 *       reading used in public trajectory code;</li>
 *   <li>above: ISAS's M-V, a 2.5 m all-solid launcher (a paper on its aerodynamic characteristics, as tabulated in
 *       MatRockSim, aerodynamics/cd_Rocket.m: 0.28 subsonic, 0.69 at Mach 1.2, 0.33 at Mach 5).</li>
 * </ul>
 * Both are referred to the body's own cross-section, as the model's curve is (see LaunchVehicle#referenceAreaM2).
 */
class AerodynamicsWithinPublishedDragCurvesTest {
    private static final double[] MACH = {0.5, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.5, 3.0, 4.0, 5.0};
    /** V-2, Sutton fig. 4-2 (piecewise linear between 0.8, 1.2, 1.8 and 5). */
    private static final double[] V2 = {0.15, 0.15, 0.275, 0.40, 0.35, 0.30, 0.25, 0.24375, 0.228, 0.2125, 0.18125,
                                        0.15};
    /** M-V (ISAS), at its tabulated points (0.5: between 0.28 at 0.4 and 0.29 at 0.6). */
    private static final double[] MV = {0.285, 0.35, 0.64, 0.69, 0.66, 0.62, 0.58, 0.55, 0.48, 0.42, 0.355, 0.33};

    @Test
    void dragCoefficientLiesBetweenTheV2AndTheMv() {
        for (int i = 0; i < MACH.length; i++) {
            assertThat(Aerodynamics.dragCoefficient(MACH[i])).as("Mach " + MACH[i]).isBetween(V2[i], MV[i]);
        }
    }

    @Test
    void dragPeaksTransonicallyAsBothPublishedCurvesDo() {
        double peakMach = 0;
        double peak = 0;
        for (double m = 0; m <= 6; m += 0.01) {
            if (Aerodynamics.dragCoefficient(m) > peak) {
                peak = Aerodynamics.dragCoefficient(m);
                peakMach = m;
            }
        }
        // V-2 and M-V both peak at Mach 1.2
        assertThat(peakMach).isBetween(1.0, 1.25);
    }
}
