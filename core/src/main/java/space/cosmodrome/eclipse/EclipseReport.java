package space.cosmodrome.eclipse;

import java.util.List;

/**
 * Eclipses over an analysis span.
 *
 * @param intervals umbra and penumbra intervals, sorted by start
 * @param orbits the complete orbits (ascending node to ascending node) in the span
 * @param beta the beta angle, sampled at least every {@link Eclipses#BETA_STEP_S}
 * @param umbraFraction time in umbra over the whole span
 * @param penumbraFraction time in penumbra (umbra included) over the whole span
 */
public record EclipseReport(List<EclipseInterval> intervals, List<OrbitEclipse> orbits, List<BetaSample> beta,
                            double umbraFraction, double penumbraFraction) {
    /** @return the longest umbra interval (s), 0 without one */
    public double maxUmbraS() {
        return intervals.stream().filter(EclipseInterval::umbra).mapToDouble(EclipseInterval::durationS).max().orElse(0);
    }

    /** @return the mean nodal period of the complete orbits (s), NaN without one */
    public double meanNodalPeriodS() {
        return orbits.stream().mapToDouble(OrbitEclipse::periodS).average().orElse(Double.NaN);
    }
}
