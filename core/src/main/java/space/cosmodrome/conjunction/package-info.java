/**
 * Conjunction screening: close approaches between catalog objects propagated with batch SGP4.
 * <ul>
 * <li>{@link space.cosmodrome.conjunction.ConjunctionScreener}: the engine. All objects against all, or a list of
 * primaries against the catalog, over a span of days: perigee/apogee filter, spatial grid on coarse time steps with
 * a pad that covers the motion between steps, closest-approach refinement on the exact SGP4 range.</li>
 * <li>{@link space.cosmodrome.conjunction.ScreeningOptions}: threshold, coarse step, threads.</li>
 * <li>{@link space.cosmodrome.conjunction.Conjunction}, {@link space.cosmodrome.conjunction.ConjunctionObject},
 * {@link space.cosmodrome.conjunction.Screening}, {@link space.cosmodrome.conjunction.ScreeningStatistics}:
 * results: time of closest approach, miss distance, relative speed, miss vector in the primary's radial /
 * in-track / cross-track frame, and the pair counts after each filter.</li>
 * <li>{@link space.cosmodrome.conjunction.ScreeningCatalog}: duplicate catalog numbers (the newest epoch is kept).</li>
 * <li>{@link space.cosmodrome.conjunction.CollisionProbability}: probability of collision with Orekit's
 * short-term encounter methods from a position uncertainty given per object. Element sets carry no covariance:
 * the uncertainty is the user's assumption, not a property of the data.</li>
 * </ul>
 */
package space.cosmodrome.conjunction;
