package space.cosmodrome.lifetime;

import java.util.List;

/**
 * Orbit lifetime, disposal and drag make-up of a satellite under the solar-activity scenarios.
 *
 * @param semiMajorAxisM mean semi-major axis of the operational orbit (m)
 * @param eccentricity its mean eccentricity
 * @param inclinationRad its inclination (rad)
 * @param ballisticCoefficientM2PerKg Cd·A/m (m²/kg)
 * @param reentryAltitudeM the perigee altitude taken as re-entry (m)
 * @param horizonS longest time integrated (s); a lifetime equal to it means "at least"
 * @param deorbitDeltaVMPerS one burn at apogee that lowers the perigee to {@link Lifetimes#DEORBIT_PERIGEE_M}
 *        for a prompt re-entry (m/s)
 * @param scenarios one per scenario, in the order given
 */
public record LifetimeReport(double semiMajorAxisM, double eccentricity, double inclinationRad,
                             double ballisticCoefficientM2PerKg, double reentryAltitudeM, double horizonS,
                             double deorbitDeltaVMPerS, List<ScenarioLifetime> scenarios) {
    public LifetimeReport {
        scenarios = List.copyOf(scenarios);
    }

    /** @return perigee altitude above the equatorial radius (m) */
    public double perigeeAltitudeM() {
        return semiMajorAxisM * (1 - eccentricity) - org.orekit.utils.Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    }

    /** @return apogee altitude above the equatorial radius (m) */
    public double apogeeAltitudeM() {
        return semiMajorAxisM * (1 + eccentricity) - org.orekit.utils.Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    }
}
