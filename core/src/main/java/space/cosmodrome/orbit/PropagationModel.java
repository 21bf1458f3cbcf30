package space.cosmodrome.orbit;

import org.orekit.forces.drag.DragForce;
import org.orekit.forces.drag.IsotropicDrag;
import org.orekit.forces.gravity.HolmesFeatherstoneAttractionModel;
import org.orekit.forces.gravity.ThirdBodyAttraction;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.forces.gravity.potential.NormalizedSphericalHarmonicsProvider;
import org.orekit.forces.radiation.IsotropicRadiationSingleCoefficient;
import org.orekit.forces.radiation.SolarRadiationPressure;
import org.orekit.models.earth.atmosphere.NRLMSISE00;
import org.orekit.models.earth.atmosphere.data.CssiSpaceWeatherData;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.conversion.DormandPrince853IntegratorBuilder;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.errors.OrekitException;

import space.cosmodrome.error.CosmodromeException;

/**
 * How an orbit is propagated.
 * <ul>
 *   <li>{@link #KEPLERIAN}: two-body.</li>
 *   <li>{@link #J2}: Eckstein-Hechler analytic theory (zonal J2 to J6 of the bundled eigen-6s field; near-circular
 *       orbits, e &lt; 0.1). The initial orbit is taken as osculating.</li>
 *   <li>{@link #NUMERICAL}: Dormand-Prince 8(5,3) with Holmes-Featherstone gravity (degree and order
 *       {@link #GRAVITY_DEGREE}), NRLMSISE-00 drag with the CSSI space weather file, solar radiation pressure
 *       with Earth shadow, Sun and Moon as third bodies.</li>
 * </ul>
 */
public enum PropagationModel {
    KEPLERIAN, J2, NUMERICAL;

    /** Degree and order of the gravity field in numerical propagation. */
    public static final int GRAVITY_DEGREE = 12;

    /** @return whether this model needs F10.7 and Ap (drag with NRLMSISE-00) */
    public boolean needsSpaceWeather() {
        return this == NUMERICAL;
    }

    /** @return the name the mission file uses */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Builds a propagator for an orbit and a spacecraft.
     * @param orbit initial orbit
     * @param spacecraft physical properties (mass, areas, coefficients)
     * @return a fresh propagator whose initial state is the orbit
     */
    public Propagator build(Orbit orbit, Spacecraft spacecraft) {
        try {
            SpacecraftState state = new SpacecraftState(orbit).withMass(spacecraft.massKg());
            switch (this) {
                case KEPLERIAN:
                    return new KeplerianPropagator(orbit, org.orekit.propagation.Propagator.getDefaultLaw(org.orekit.frames.FramesFactory.getFrames()), orbit.getMu(), spacecraft.massKg());
                case J2:
                    if (orbit.getE() >= 0.1) {
                        throw CosmodromeException.badValue("propagation", "j2", "the J2 analytic model needs a near-circular orbit "
                                + "(e below 0.1, this one has " + String.format(java.util.Locale.ROOT, "%.3f", orbit.getE()) + "); use numerical");
                    }
                    return new EcksteinHechlerPropagator(orbit, GravityFieldFactory.getUnnormalizedProvider(6, 0));
                case NUMERICAL:
                default:
                    return numerical(state, spacecraft);
            }
        } catch (OrekitException e) {
            throw CosmodromeException.missingData("building the " + id() + " propagator: " + e.getMessage(), e);
        }
    }

    private static Propagator numerical(SpacecraftState state, Spacecraft spacecraft) {
        Orbit orbit = state.getOrbit();
        DormandPrince853IntegratorBuilder builder = new DormandPrince853IntegratorBuilder(1e-3, 300, 1.0);
        NumericalPropagator p = new NumericalPropagator(builder.buildIntegrator(orbit, OrbitType.CARTESIAN, PositionAngleType.TRUE));
        p.setOrbitType(OrbitType.CARTESIAN);
        OneAxisEllipsoid earth = Bodies.earth();
        NormalizedSphericalHarmonicsProvider gravity = GravityFieldFactory.getNormalizedProvider(GRAVITY_DEGREE, GRAVITY_DEGREE);
        p.addForceModel(new HolmesFeatherstoneAttractionModel(earth.getBodyFrame(), gravity));
        if (spacecraft.dragAreaM2() > 0 && spacecraft.dragCoefficient() > 0) {
            CssiSpaceWeatherData weather = new CssiSpaceWeatherData(CssiSpaceWeatherData.DEFAULT_SUPPORTED_NAMES);
            NRLMSISE00 atmosphere = new NRLMSISE00(weather, Bodies.sun(), earth);
            p.addForceModel(new DragForce(atmosphere, new IsotropicDrag(spacecraft.dragAreaM2(), spacecraft.dragCoefficient())));
        }
        if (spacecraft.srpAreaM2() > 0 && spacecraft.srpCoefficient() > 0) {
            p.addForceModel(new SolarRadiationPressure(Bodies.sun(), earth,
                    new IsotropicRadiationSingleCoefficient(spacecraft.srpAreaM2(), spacecraft.srpCoefficient())));
        }
        p.addForceModel(new ThirdBodyAttraction(Bodies.sun()));
        p.addForceModel(new ThirdBodyAttraction(Bodies.moon()));
        p.setInitialState(state);
        return p;
    }
}
