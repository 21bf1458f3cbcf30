package space.cosmodrome.eclipse;

import org.orekit.time.AbsoluteDate;

/**
 * The shadow in one orbit, from one ascending node to the next.
 *
 * @param number orbit number in the span, from 1
 * @param start ascending node that begins it
 * @param periodS time to the next ascending node (s)
 * @param umbraS time in umbra (s)
 * @param penumbraS time in penumbra, umbra included (s)
 */
public record OrbitEclipse(int number, AbsoluteDate start, double periodS, double umbraS, double penumbraS) {
    /** @return umbra time over the period */
    public double umbraFraction() {
        return umbraS / periodS;
    }

    /** @return sunlit time (not in penumbra or umbra) (s) */
    public double sunlitS() {
        return periodS - penumbraS;
    }
}
