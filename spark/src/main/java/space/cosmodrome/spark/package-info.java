/**
 * Conjunction screening as an Apache Spark job. The work is cut into time slices (aligned on the coarse steps of
 * the single-machine screener, each run with a margin on both sides) and radial shells (an object enters every shell
 * its perigee/apogee band can reach); each (slice, shell) task runs the core
 * {@link space.cosmodrome.conjunction.ConjunctionScreener} on its objects and keeps the approaches it owns; the
 * element sets are broadcast; approaches found twice near a border are merged. See docs/screening.md.
 */
package space.cosmodrome.spark;
