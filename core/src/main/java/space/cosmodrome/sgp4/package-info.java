/**
 * Fast SGP4/SDP4 for whole catalogs.
 * <ul>
 * <li>{@link space.cosmodrome.sgp4.BatchSgp4}: the propagator. Built once from a list of element sets
 * ({@code BatchSgp4.of(sets)}), it propagates every object to many times per call, on one thread or split across
 * threads, into a {@link space.cosmodrome.sgp4.Sgp4States} (TEME km and km/s plus an error code per object and
 * time; {@code newPositionStates} for positions only, which is faster). The theory is that of "Revisiting Spacetrack Report #3" (Vallado et al., AIAA 2006-6753), checked against
 * its verification output.</li>
 * <li>{@link space.cosmodrome.sgp4.Sgp4Errors}: the theory's error codes (1 mean eccentricity, 2 mean motion,
 * 3 perturbed eccentricity, 4 semi-latus rectum, 6 decayed).</li>
 * <li>{@link space.cosmodrome.sgp4.FrameConversion}: TEME to ITRF or GCRF, one transform per time step for all
 * objects.</li>
 * <li>{@link space.cosmodrome.sgp4.GravityModel}, {@link space.cosmodrome.sgp4.OperationMode}: the theory's
 * constants and its two operation modes.</li>
 * </ul>
 * Element sets come from {@code space.cosmodrome.tle}.
 */
package space.cosmodrome.sgp4;
