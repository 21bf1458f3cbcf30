package space.cosmodrome.contact;

import org.orekit.time.AbsoluteDate;

/**
 * One pass of the satellite above a station's minimum elevation.
 *
 * @param station the station
 * @param aos acquisition of signal: the elevation rises through the minimum (or the span starts)
 * @param los loss of signal: the elevation falls through the minimum (or the span ends)
 * @param culmination time of the highest elevation
 * @param maxElevationRad highest elevation (rad)
 * @param truncated whether the span cut the pass (AOS or LOS is a span edge)
 */
public record Contact(GroundStation station, AbsoluteDate aos, AbsoluteDate los, AbsoluteDate culmination,
                      double maxElevationRad, boolean truncated) {
    /** @return LOS - AOS (s) */
    public double durationS() {
        return los.durationFrom(aos);
    }
}
