package space.cosmodrome.ascent;

import java.util.function.DoubleUnaryOperator;

/**
 * Where, within one integration step, a quantity crosses its target: the Illinois variant of the false-position
 * method, which keeps the root bracketed and halves the stale end's value when the same end moves twice.
 */
final class StepRoot {
    private StepRoot() {
    }

    /**
     * @param dt the step's length (s); the root lies in [0, dt]
     * @param fStart the quantity minus its target at the step's start (negative)
     * @param fEnd the same at the step's end (zero or positive)
     * @param f the quantity minus its target after a step of the given length; its last call is at the length
     *          returned, so a caller that integrates into an output array inside it finds the state there
     * @return the step's length (s) at which the quantity reaches its target (within 1e-3 of it, or 1e-7 s)
     */
    static double illinois(double dt, double fStart, double fEnd, DoubleUnaryOperator f) {
        double lo = 0;
        double hi = dt;
        double fLo = fStart;
        double fHi = fEnd;
        int side = 0;
        double h = hi;
        for (int iter = 0; iter < 40 && hi - lo > 1e-7; iter++) {
            h = (lo * fHi - hi * fLo) / (fHi - fLo);
            double value = f.applyAsDouble(h);
            if (Math.abs(value) < 1e-3) {
                break;
            }
            if (value >= 0) {
                hi = h;
                fHi = value;
                if (side == 1) {
                    fLo /= 2;
                }
                side = 1;
            } else {
                lo = h;
                fLo = value;
                if (side == -1) {
                    fHi /= 2;
                }
                side = -1;
            }
        }
        return h;
    }
}
