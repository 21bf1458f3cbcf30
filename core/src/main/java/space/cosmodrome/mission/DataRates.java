package space.cosmodrome.mission;

import space.cosmodrome.error.CosmodromeException;

/**
 * The payload data flow, for the budget per day.
 *
 * @param collectMbitPerS data rate while imaging (Mbit/s)
 * @param imagingSPerAccess seconds imaged per target access (one scene), at most the access's length; NaN to image
 *        for the whole time a target is accessible (a sensor that records everything in reach)
 * @param downlinkMbitPerS downlink rate during contacts (Mbit/s)
 */
public record DataRates(double collectMbitPerS, double imagingSPerAccess, double downlinkMbitPerS) {
    public DataRates {
        if (!(collectMbitPerS >= 0 && collectMbitPerS < 1e6)) {
            throw CosmodromeException.badValue("satellite.data.collectMbitPerS", collectMbitPerS, "allowed: 0 to 1,000,000 Mbit/s");
        }
        if (!Double.isNaN(imagingSPerAccess) && !(imagingSPerAccess > 0 && imagingSPerAccess <= 3600)) {
            throw CosmodromeException.badValue("satellite.data.imagingSPerAccess", imagingSPerAccess, "allowed: above 0 to 3600 s");
        }
        if (!(downlinkMbitPerS >= 0 && downlinkMbitPerS < 1e6)) {
            throw CosmodromeException.badValue("satellite.data.downlinkMbitPerS", downlinkMbitPerS, "allowed: 0 to 1,000,000 Mbit/s");
        }
    }

    /** Rates that image for the whole of every access. */
    public DataRates(double collectMbitPerS, double downlinkMbitPerS) {
        this(collectMbitPerS, Double.NaN, downlinkMbitPerS);
    }

    /** @return whether each access images one scene of {@link #imagingSPerAccess} rather than its whole length */
    public boolean perScene() {
        return !Double.isNaN(imagingSPerAccess);
    }
}
