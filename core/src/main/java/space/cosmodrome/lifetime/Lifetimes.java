package space.cosmodrome.lifetime;

import java.util.ArrayList;
import java.util.List;

import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.errors.OrekitException;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.forces.gravity.potential.UnnormalizedSphericalHarmonicsProvider;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.utils.Constants;
import org.orekit.utils.ExtendedPositionProvider;

import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.Spacecraft;

/**
 * Orbit lifetime under solar-activity scenarios, the 25-year and 5-year disposal rules, station-keeping and
 * deorbit delta-v. The operational orbit is the mean orbit (Eckstein-Hechler, J2 to J6 short-period terms
 * removed) of the initial orbit; the lifetime counts from it, as if the mission ended there (with the altitude
 * held during the mission, that is the post-mission lifetime the rules limit).
 * <p>
 * Each scenario holds F10.7 and Ap constant ({@link SolarActivity}); NRLMSISE-00 gives an orbit-averaged density
 * profile ({@link MsisProfile}) and {@link Decay} integrates the decay. Disposal lowers the perigee with one
 * tangential burn at apogee: the target perigee is found by bisection (to 0.5 km) so the lifetime equals the
 * rule's limit, and Δv = v_apogee(before) − v_apogee(after).
 */
public final class Lifetimes {
    /** Perigee altitude taken as re-entry (m). */
    public static final double REENTRY_ALTITUDE_M = 120_000;
    /** Longest lifetime integrated (s): 200 years. */
    public static final double HORIZON_S = 200 * Decay.JULIAN_YEAR_S;
    /** Perigee altitude of a deorbit burn (m): low enough for re-entry within the next orbit. */
    public static final double DEORBIT_PERIGEE_M = 50_000;
    private static final double MU = Constants.WGS84_EARTH_MU;
    private static final double RE = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;

    private Lifetimes() {
    }

    /**
     * @param initial the initial orbit (osculating)
     * @param spacecraft mass, drag area and coefficient
     * @param scenarios solar-activity scenarios
     * @return the lifetime report
     */
    public static LifetimeReport analyse(Orbit initial, Spacecraft spacecraft, List<SolarActivity> scenarios) {
        double[] mean = meanElements(initial);
        double a = mean[0];
        double e = mean[1];
        double i = mean[2];
        double b = spacecraft.ballisticCoefficientM2PerKg();
        OneAxisEllipsoid earth = Bodies.earth();
        ExtendedPositionProvider sun = Bodies.sun();
        List<ScenarioLifetime> out = new ArrayList<>();
        for (SolarActivity activity : scenarios) {
            DensityProfile profile = new MsisProfile(activity, i, initial.getDate(), earth, sun);
            out.add(scenario(activity, profile, a, e, i, b));
        }
        double rp = a * (1 - e);
        double deorbit = rp <= RE + DEORBIT_PERIGEE_M ? 0 : apogeeBurn(a, e, RE + DEORBIT_PERIGEE_M);
        return new LifetimeReport(a, e, i, b, REENTRY_ALTITUDE_M, HORIZON_S, deorbit, out);
    }

    static ScenarioLifetime scenario(SolarActivity activity, DensityProfile profile, double a, double e, double i, double b) {
        Decay decay = new Decay(profile, b, i);
        DecayHistory history = decay.propagate(a, e, REENTRY_ALTITUDE_M, HORIZON_S);
        double meanDensity = meanDensity(profile, a, e);
        double dvPerYear = decay.meanDragAccelerationMPerS2(a, e) * Decay.JULIAN_YEAR_S;
        return new ScenarioLifetime(activity, history, meanDensity, dvPerYear,
                disposal(decay, a, e, history, 25), disposal(decay, a, e, history, 5));
    }

    /** The disposal that makes the lifetime at most limitYears. */
    static Disposal disposal(Decay decay, double a, double e, DecayHistory asIs, double limitYears) {
        double limitS = limitYears * Decay.JULIAN_YEAR_S;
        double rp = a * (1 - e);
        double ra = a * (1 + e);
        if (asIs.reentered() && asIs.durationS() <= limitS) {
            return new Disposal(limitYears, true, rp - RE, 0);
        }
        // bisection on the new perigee between re-entry (lifetime 0) and the current perigee (too long)
        double lo = RE + REENTRY_ALTITUDE_M;
        double hi = Math.min(rp, ra);
        while (hi - lo > 500) {
            double mid = 0.5 * (lo + hi);
            double a2 = 0.5 * (ra + mid);
            double e2 = (ra - mid) / (ra + mid);
            DecayHistory h = decay.propagate(a2, e2, REENTRY_ALTITUDE_M, limitS * 1.01);
            if (h.reentered() && h.durationS() <= limitS) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new Disposal(limitYears, false, lo - RE, apogeeBurn(a, e, lo));
    }

    /** @return Δv (m/s) of one burn at apogee that moves the perigee to a new distance (m) */
    static double apogeeBurn(double a, double e, double newPerigeeM) {
        double ra = a * (1 + e);
        double before = Math.sqrt(MU * (2 / ra - 1 / a));
        double a2 = 0.5 * (ra + newPerigeeM);
        double after = Math.sqrt(MU * (2 / ra - 1 / a2));
        return Math.abs(before - after);
    }

    private static double meanDensity(DensityProfile profile, double a, double e) {
        double sum = 0;
        int n = Decay.SAMPLES;
        for (int k = 0; k < n; k++) {
            double cosE = Math.cos(2 * Math.PI * (k + 0.5) / n);
            sum += (1 - e * cosE) / n * profile.densityKgPerM3(a * (1 - e * cosE) - RE);
        }
        return sum;
    }

    /** @return {a (m), e, i (rad)}: Eckstein-Hechler mean elements for near-circular orbits, else osculating */
    static double[] meanElements(Orbit orbit) {
        KeplerianOrbit k = new KeplerianOrbit(orbit);
        if (k.getE() < 0.05) {
            try {
                UnnormalizedSphericalHarmonicsProvider gravity = GravityFieldFactory.getUnnormalizedProvider(6, 0);
                CircularOrbit mean = EcksteinHechlerPropagator.computeMeanOrbit(orbit, gravity, gravity.onDate(orbit.getDate()));
                return new double[] {mean.getA(), Math.hypot(mean.getCircularEx(), mean.getCircularEy()), mean.getI()};
            } catch (OrekitException ignored) {
                // no convergence: fall back to the osculating elements
            }
        }
        return new double[] {k.getA(), k.getE(), k.getI()};
    }
}
