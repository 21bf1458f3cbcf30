/**
 * Orbit lifetime: {@link space.cosmodrome.lifetime.Lifetimes#analyse} gives, for each
 * {@link space.cosmodrome.lifetime.SolarActivity} scenario (constant F10.7 and Ap, ECSS-E-ST-10-04C levels), the
 * time to decay to 120 km ({@link space.cosmodrome.lifetime.DecayHistory}), whether the 25-year and 5-year
 * disposal rules hold and the delta-v to meet them ({@link space.cosmodrome.lifetime.Disposal}), the
 * station-keeping delta-v per year and the deorbit delta-v ({@link space.cosmodrome.lifetime.LifetimeReport}).
 * {@link space.cosmodrome.lifetime.Decay} is the semi-analytic integrator (orbit-averaged drag, steps of up to
 * 10 days) over a {@link space.cosmodrome.lifetime.DensityProfile}.
 */
package space.cosmodrome.lifetime;
