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
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
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
 *       {@link #GRAVITY_DEGREE} unless given), NRLMSISE-00 drag with the CSSI space weather file, solar radiation
 *       pressure with Earth shadow, Sun and Moon as third bodies.</li>
 *   <li>{@link #SGP4}: the element set of a TLE orbit, propagated by Orekit's SGP4/SDP4 (see {@link #build(TLE)}).</li>
 * </ul>
 */
public enum PropagationModel {
    KEPLERIAN, J2, NUMERICAL, SGP4;

    /** Default degree and order of the gravity field in numerical propagation. */
    public static final int GRAVITY_DEGREE = 12;
    /** Highest degree and order accepted (the bundled field goes further, but the cost grows as its square). */
    public static final int MAX_GRAVITY_DEGREE = 70;

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
        return build(orbit, spacecraft, GRAVITY_DEGREE, GRAVITY_DEGREE);
    }

    /**
     * Builds a propagator for an orbit and a spacecraft.
     * @param orbit initial orbit
     * @param spacecraft physical properties (mass, areas, coefficients)
     * @param gravityDegree degree of the gravity field (numerical only), 2 to {@link #MAX_GRAVITY_DEGREE}
     * @param gravityOrder order of the gravity field (numerical only), 0 to the degree
     * @return a fresh propagator whose initial state is the orbit
     */
    public Propagator build(Orbit orbit, Spacecraft spacecraft, int gravityDegree, int gravityOrder) {
        checkGravity(gravityDegree, gravityOrder);
        if (this == SGP4) {
            throw CosmodromeException.badValue("propagation", "sgp4", "sgp4 propagates a TLE: give the orbit as orbit.tle, "
                    + "or choose keplerian, j2 or numerical");
        }
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
                    return numerical(state, spacecraft, gravityDegree, gravityOrder);
            }
        } catch (OrekitException e) {
            throw CosmodromeException.missingData("building the " + id() + " propagator: " + e.getMessage(), e);
        }
    }

    /**
     * @param tle an element set
     * @param massKg the satellite's mass (kg)
     * @return Orekit's SGP4/SDP4 propagator for it
     */
    public static Propagator build(TLE tle, double massKg) {
        try {
            return TLEPropagator.selectExtrapolator(tle, org.orekit.propagation.Propagator.getDefaultLaw(org.orekit.frames.FramesFactory.getFrames()),
                    massKg);
        } catch (OrekitException e) {
            throw CosmodromeException.badValue("orbit.tle", tle.getSatelliteNumber(), "an element set SGP4 can start from (" + e.getMessage() + ")");
        }
    }

    /** Checks a gravity field's degree and order. */
    public static void checkGravity(int degree, int order) {
        if (!(degree >= 2 && degree <= MAX_GRAVITY_DEGREE)) {
            throw CosmodromeException.badValue("propagationOptions.gravityDegree", degree, "allowed: 2 to " + MAX_GRAVITY_DEGREE);
        }
        if (!(order >= 0 && order <= degree)) {
            throw CosmodromeException.badValue("propagationOptions.gravityOrder", order, "allowed: 0 to the degree (" + degree + ")");
        }
    }

    private static Propagator numerical(SpacecraftState state, Spacecraft spacecraft, int degree, int order) {
        Orbit orbit = state.getOrbit();
        DormandPrince853IntegratorBuilder builder = new DormandPrince853IntegratorBuilder(1e-3, 300, 1.0);
        NumericalPropagator p = new NumericalPropagator(builder.buildIntegrator(orbit, OrbitType.CARTESIAN, PositionAngleType.TRUE));
        p.setOrbitType(OrbitType.CARTESIAN);
        OneAxisEllipsoid earth = Bodies.earth();
        NormalizedSphericalHarmonicsProvider gravity = GravityFieldFactory.getNormalizedProvider(degree, order);
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
