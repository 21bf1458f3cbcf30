/**
 * Orbits and how they move: {@link space.cosmodrome.orbit.OrbitSpec} (circular, sun-synchronous, from a
 * launch's delivery), {@link space.cosmodrome.orbit.Spacecraft} (the physical properties propagation needs),
 * {@link space.cosmodrome.orbit.PropagationModel} (Keplerian, J2 analytic, numerical) and
 * {@link space.cosmodrome.orbit.Trajectory} (one propagation over an analysis span, kept as an ephemeris that
 * every analysis reads). {@link space.cosmodrome.orbit.Bodies} holds the Earth model and the Sun.
 */
package space.cosmodrome.orbit;
