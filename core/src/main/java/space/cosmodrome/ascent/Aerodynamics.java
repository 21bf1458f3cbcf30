package space.cosmodrome.ascent;

/**
 * Axial drag coefficient of a slender launch vehicle against Mach number, on the body's own cross-section. The
 * curve is a generic one (low subsonic value, a transonic rise peaking just above Mach 1, a slow supersonic
 * decline), not a figure published for any one vehicle. Two published curves bracket it from Mach 0.5 to 5
 * (AerodynamicsWithinPublishedDragCurvesTest): the V-2's below (Sutton, Rocket Propulsion Elements, fig. 4-2) and
 * ISAS's M-V's above. A vehicle with strap-on boosters is priced as bodies side by side: the coefficient times the
 * frontal area of the core and of every booster still attached (LaunchVehicle#referenceAreaM2), which leaves out
 * the interference between them.
 */
final class Aerodynamics {
    private static final double[] MACH = {0.0, 0.5, 0.8, 0.95, 1.05, 1.2, 1.5, 2.0, 3.0, 4.0, 6.0, 10.0};
    private static final double[] CD = {0.30, 0.28, 0.30, 0.42, 0.52, 0.50, 0.44, 0.38, 0.31, 0.27, 0.24, 0.22};

    private Aerodynamics() {
    }

    /** @return axial drag coefficient at a Mach number, linear between table points, flat outside */
    static double dragCoefficient(double mach) {
        if (mach <= MACH[0]) {
            return CD[0];
        }
        for (int i = 1; i < MACH.length; i++) {
            if (mach < MACH[i]) {
                double f = (mach - MACH[i - 1]) / (MACH[i] - MACH[i - 1]);
                return CD[i - 1] + f * (CD[i] - CD[i - 1]);
            }
        }
        return CD[CD.length - 1];
    }
}
