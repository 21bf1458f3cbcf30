/**
 * Region coverage: a {@link space.cosmodrome.coverage.Region} (a latitude-longitude polygon sampled on a grid),
 * {@link space.cosmodrome.coverage.Coverage#find} (which grid points the sensor sees, and when), and the results
 * {@link space.cosmodrome.coverage.RegionCoverage} (covered fraction over time, time to first and to full
 * coverage, revisit) and {@link space.cosmodrome.coverage.PointCoverage} (per grid point).
 */
package space.cosmodrome.coverage;
