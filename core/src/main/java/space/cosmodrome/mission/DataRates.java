package space.cosmodrome.mission;

import space.cosmodrome.error.CosmodromeException;

/**
 * The payload data flow, for the budget per day.
 *
 * @param collectMbitPerS data rate while imaging (Mbit/s)
 * @param downlinkMbitPerS downlink rate during contacts (Mbit/s)
 */
public record DataRates(double collectMbitPerS, double downlinkMbitPerS) {
    public DataRates {
        if (!(collectMbitPerS >= 0 && collectMbitPerS < 1e6)) {
            throw CosmodromeException.badValue("satellite.data.collectMbitPerS", collectMbitPerS, "allowed: 0 to 1,000,000 Mbit/s");
        }
        if (!(downlinkMbitPerS >= 0 && downlinkMbitPerS < 1e6)) {
            throw CosmodromeException.badValue("satellite.data.downlinkMbitPerS", downlinkMbitPerS, "allowed: 0 to 1,000,000 Mbit/s");
        }
    }
}
