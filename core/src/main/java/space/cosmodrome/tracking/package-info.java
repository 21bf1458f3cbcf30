/**
 * Tracking real satellites from their element sets.
 * <ul>
 * <li>{@link space.cosmodrome.tracking.Ephemerides}: states of many sets on a time grid or at offsets from each
 * epoch, in TEME, GCRF or ITRF ({@link space.cosmodrome.tracking.OutputFrame}).</li>
 * <li>{@link space.cosmodrome.tracking.Where}: sub-satellite point, altitude, speed and illumination at a date
 * ({@link space.cosmodrome.tracking.SubSatellitePoint}).</li>
 * <li>{@link space.cosmodrome.tracking.EpochCheck}: sets used too far from their epoch.</li>
 * </ul>
 * Pass prediction is in {@code space.cosmodrome.passes}; the propagator in {@code space.cosmodrome.sgp4}.
 */
package space.cosmodrome.tracking;
