/**
 * Eclipses: {@link space.cosmodrome.eclipse.Eclipses#find} gives the umbra and penumbra intervals
 * ({@link space.cosmodrome.eclipse.EclipseInterval}), the eclipse of each orbit from ascending node to ascending
 * node ({@link space.cosmodrome.eclipse.OrbitEclipse}) and the beta angle over the span
 * ({@link space.cosmodrome.eclipse.BetaSample}). {@link space.cosmodrome.eclipse.Eclipses#cylindricalFraction}
 * is the analytic cross-check.
 */
package space.cosmodrome.eclipse;
