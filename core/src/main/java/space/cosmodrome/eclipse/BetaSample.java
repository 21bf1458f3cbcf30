package space.cosmodrome.eclipse;

import org.orekit.time.AbsoluteDate;

/**
 * The beta angle: the Sun's elevation above the orbit plane.
 *
 * @param date when
 * @param betaRad angle (rad), positive on the side of the orbit's angular momentum
 */
public record BetaSample(AbsoluteDate date, double betaRad) {
}
