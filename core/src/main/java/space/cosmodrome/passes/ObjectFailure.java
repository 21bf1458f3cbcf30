package space.cosmodrome.passes;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.sgp4.Sgp4Errors;

/**
 * An element set that SGP4 could not propagate over the whole window; its passes before the failure are kept.
 *
 * @param catalogNumber satellite catalog number
 * @param errorCode SGP4 error code ({@link Sgp4Errors})
 * @param firstFailure first date of the coarse grid at which it failed
 */
public record ObjectFailure(int catalogNumber, int errorCode, AbsoluteDate firstFailure) {
    /** @return the meaning of the error code, in words */
    public String message() {
        return Sgp4Errors.describe(errorCode);
    }
}
