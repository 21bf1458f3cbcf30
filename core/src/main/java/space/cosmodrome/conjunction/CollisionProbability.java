package space.cosmodrome.conjunction;

import java.util.Locale;

import org.orekit.errors.OrekitException;
import org.orekit.ssa.collision.shorttermencounter.probability.twod.ShortTermEncounter2DPOCMethodType;

import space.cosmodrome.error.CosmodromeException;

/**
 * Probability of collision of a conjunction with Orekit's short-term encounter methods (2D, in the encounter plane).
 *
 * <p><b>Element sets carry no covariance.</b> The position uncertainty here is an assumption given by the user: an
 * isotropic 1-sigma position error per object (the same in radial, in-track and cross-track), uncorrelated between the
 * objects. Real TLE errors are far from isotropic (the in-track error grows fastest), so the probability is a rough
 * indication for ranking, not an operational value; use covariance from a CDM or an orbit determination for that.</p>
 *
 * @param method Orekit's method (Patera 2005 by default; Alfano 2005, Laas 2015, Chan 1997, Alfriend 1999 as well)
 * @param sigma1Km 1-sigma position uncertainty of object1 (km), more than 0
 * @param sigma2Km 1-sigma position uncertainty of object2 (km), more than 0
 * @param combinedRadiusKm sum of the two hard-body radii (km), more than 0
 */
public record CollisionProbability(ShortTermEncounter2DPOCMethodType method, double sigma1Km, double sigma2Km,
        double combinedRadiusKm) {

    /** Checks the values. */
    public CollisionProbability {
        if (method == null) {
            throw CosmodromeException.missing("method", "one of " + java.util.Arrays.toString(
                    ShortTermEncounter2DPOCMethodType.values()));
        }
        if (!(sigma1Km > 0.0) || !(sigma2Km > 0.0) || !Double.isFinite(sigma1Km + sigma2Km)) {
            throw CosmodromeException.badValue("sigmaKm", sigma1Km + "," + sigma2Km, "more than 0 km for each object");
        }
        if (!(combinedRadiusKm > 0.0) || !Double.isFinite(combinedRadiusKm)) {
            throw CosmodromeException.badValue("combinedRadiusKm", combinedRadiusKm, "more than 0 km");
        }
    }

    /**
     * @param methodName name of an Orekit method, case-insensitive ({@code PATERA_2005}, {@code ALFANO_2005}, ...)
     * @return the method
     */
    public static ShortTermEncounter2DPOCMethodType method(String methodName) {
        try {
            return ShortTermEncounter2DPOCMethodType.valueOf(methodName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CosmodromeException.badValue("method", methodName, "one of " + java.util.Arrays.toString(
                    ShortTermEncounter2DPOCMethodType.values()));
        }
    }

    /**
     * The probability in the encounter plane (normal to the relative velocity at closest approach). With isotropic
     * uncorrelated uncertainties the combined covariance is isotropic there, with sigma² = sigma1² + sigma2² on every
     * axis, so the miss vector lies along the first axis of a frame that diagonalises it and Orekit's method is called
     * with (miss distance, 0, sigma, sigma, combined radius).
     * @param conjunction a close approach found by the screener
     * @return the probability of collision (0 to 1)
     */
    public double of(Conjunction conjunction) {
        double sigmaM = Math.sqrt(sigma1Km * sigma1Km + sigma2Km * sigma2Km) * 1000.0;
        try {
            return method.getMethod().compute(conjunction.missDistanceKm() * 1000.0, 0.0, sigmaM, sigmaM,
                    combinedRadiusKm * 1000.0).getValue();
        } catch (OrekitException | org.hipparchus.exception.MathRuntimeException e) {
            throw CosmodromeException.internal("collision probability of " + conjunction.object1().catalogNumber()
                    + " and " + conjunction.object2().catalogNumber() + " at " + conjunction.tca(), e);
        }
    }
}
