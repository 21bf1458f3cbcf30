package space.cosmodrome.tracking;

import org.orekit.time.AbsoluteDate;

/**
 * Where a satellite is at one date.
 *
 * @param catalogNumber catalog number
 * @param name object name (may be empty)
 * @param date the date
 * @param latitudeRad geodetic latitude of the sub-satellite point (rad, WGS-84)
 * @param longitudeRad longitude (rad, -π to π)
 * @param altitudeM altitude above the WGS-84 ellipsoid (m)
 * @param inertialSpeedMps speed in GCRF (m/s)
 * @param groundSpeedMps speed relative to the rotating Earth, in ITRF (m/s)
 * @param sunlit true when outside the Earth's shadow (conical umbra model)
 * @param errorCode SGP4 error code; when not 0 the other numbers are NaN
 */
public record SubSatellitePoint(int catalogNumber, String name, AbsoluteDate date, double latitudeRad,
        double longitudeRad, double altitudeM, double inertialSpeedMps, double groundSpeedMps, boolean sunlit,
        int errorCode) {
}
