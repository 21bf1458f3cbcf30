package space.cosmodrome.ascent;

/**
 * Axial drag coefficient of a slender launch vehicle against Mach number. The curve is a generic one (low
 * subsonic value, a transonic rise peaking just above Mach 1, a slow supersonic decline) of the shape shown
 * for slender launchers in the ascent literature; it is an assumption of this model, not a figure published
 * for any one vehicle. Drag losses it produces are 1-3 % of the ascent delta-v, as usually quoted.
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
