package space.cosmodrome.passes;

import org.orekit.time.AbsoluteDate;

/**
 * One pass of a satellite over an observer: from acquisition of signal (rise above the observer's minimum elevation
 * and mask) through culmination (highest elevation) to loss of signal.
 *
 * @param catalogNumber satellite catalog number
 * @param objectName satellite name (may be empty)
 * @param observer observer name
 * @param aos acquisition of signal, or the window start when the pass was already under way
 * @param tca culmination: time of highest elevation within the window
 * @param los loss of signal, or the window end when the pass goes on past it
 * @param maxElevationRad elevation at culmination (rad)
 * @param aosAzimuthRad azimuth at AOS (rad, from north through east)
 * @param tcaAzimuthRad azimuth at culmination (rad)
 * @param losAzimuthRad azimuth at LOS (rad)
 * @param tcaRangeM range at culmination (m)
 * @param visible true when the satellite is sunlit while the observer's Sun is low enough (sampled at AOS, TCA,
 *        LOS and the coarse grid inside the pass)
 * @param startsBeforeWindow true when the satellite was already up at the window start (no rise found)
 * @param endsAfterWindow true when it is still up at the window end (no set found)
 */
public record Pass(int catalogNumber, String objectName, String observer, AbsoluteDate aos, AbsoluteDate tca,
        AbsoluteDate los, double maxElevationRad, double aosAzimuthRad, double tcaAzimuthRad, double losAzimuthRad,
        double tcaRangeM, boolean visible, boolean startsBeforeWindow, boolean endsAfterWindow) {

    /** @return true when the satellite stays above the horizon over the whole window (a GEO case) */
    public boolean alwaysAbove() {
        return startsBeforeWindow && endsAfterWindow;
    }

    /** @return duration from AOS to LOS (s) */
    public double durationSeconds() {
        return los.durationFrom(aos);
    }
}
