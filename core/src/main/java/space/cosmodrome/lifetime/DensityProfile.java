package space.cosmodrome.lifetime;

/**
 * Orbit-averaged air density as a function of altitude: what a long-term decay integration reads. The
 * altitude is the geocentric distance less the WGS84 equatorial radius, the quantity a circular orbit keeps.
 */
@FunctionalInterface
public interface DensityProfile {
    /**
     * @param altitudeM geocentric distance less the equatorial radius (m)
     * @return mean density (kg/m³), 0 or more
     */
    double densityKgPerM3(double altitudeM);
}
