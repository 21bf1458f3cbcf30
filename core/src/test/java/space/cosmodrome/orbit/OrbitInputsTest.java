package space.cosmodrome.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.forces.gravity.HolmesFeatherstoneAttractionModel;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.propagation.events.NodeDetector;
import org.orekit.propagation.events.handlers.RecordAndContinue;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/** The orbit inputs besides a launch and a sun-synchronous circle, each against an independent check. */
class OrbitInputsTest {
    static AbsoluteDate epoch;

    @BeforeAll
    static void data() {
        OrekitData.context();
        epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
    }

    /** Longitudes (deg) of the ascending nodes over a span, from an Orekit propagator (J2 to J6, Eckstein-Hechler). */
    private static List<Double> nodeLongitudes(Orbit orbit, double days) {
        Propagator p = new EcksteinHechlerPropagator(orbit, GravityFieldFactory.getUnnormalizedProvider(6, 0));
        RecordAndContinue nodes = new RecordAndContinue();
        p.addEventDetector(new NodeDetector(Bodies.gcrf()).withHandler(nodes));
        // one revolution past the cycle: the start sits on a node, which the detector may not report
        p.propagate(orbit.getDate().shiftedBy(days * 86_400 + 7000));
        List<Double> out = new ArrayList<>();
        for (RecordAndContinue.Event e : nodes.getEvents()) {
            if (e.isIncreasing()) {
                SpacecraftState s = e.getState();
                GeodeticPoint g = Bodies.earth().transform(s.getPosition(), s.getFrame(), s.getDate());
                out.add(Math.toDegrees(g.getLongitude()));
            }
        }
        return out;
    }

    @Test
    void aRepeatGroundTrackReturnsOverTheSameNodeAfterItsCycle() {
        for (OrbitSpec.RepeatGroundTrack r : List.of(new OrbitSpec.RepeatGroundTrack(15, 1, 0, 10.5, 0, epoch),
                new OrbitSpec.RepeatGroundTrack(43, 3, Math.toRadians(51.6), Double.NaN, 0, epoch))) {
            List<Double> lon = nodeLongitudes(r.initialOrbit(), r.days());
            assertThat(lon.size()).as(r.describe()).isGreaterThan(r.revolutions());
            double drift = Math.IEEEremainder(lon.get(r.revolutions()) - lon.get(0), 360);
            // J4 and beyond, left out of the solution, move the node by a few km per cycle
            assertThat(Math.abs(drift)).as(r.describe()).isLessThan(0.1);
            // while one revolution more or less than the cycle lands far from it
            assertThat(Math.abs(Math.IEEEremainder(lon.get(r.revolutions() - 1) - lon.get(0), 360))).isGreaterThan(1.0);
        }
        // the sun-synchronous 15-in-1 cycle sits near 560 km (Landsat-class orbits of 14.56 rev/day sit higher, at 705 km)
        assertThat(new OrbitSpec.RepeatGroundTrack(15, 1, 0, 10.5, 0, epoch).altitudeM() / 1000).isBetween(540.0, 580.0);
        assertThatThrownBy(() -> new OrbitSpec.RepeatGroundTrack(18, 1, Math.toRadians(50), Double.NaN, 0, epoch))
                .isInstanceOfSatisfying(CosmodromeException.class,
                        e -> assertThat(e.details().get("field")).isEqualTo("orbit.repeatGroundTrack.revolutions"));
    }

    @Test
    void aFrozenOrbitKeepsItsEccentricityVectorWhereAnOrdinaryOneTurns() {
        OrbitSpec.Frozen frozen = new OrbitSpec.Frozen(800_000, Math.toRadians(98.6), 0, epoch);
        // -(J3 / 2 J2)(R / a) sin i with J2 = 1.0826e-3, J3 = -2.5327e-6
        assertThat(frozen.eccentricity()).isCloseTo(1.1697e-3 * 6378.137 / 7178.137 * Math.sin(Math.toRadians(98.6)), offset(2e-6));
        double[] f = meanEccentricityVector(frozen.initialOrbit(), 12);
        assertThat(Math.toDegrees(Math.atan2(f[1], f[0]))).isCloseTo(90, offset(10.0));
        assertThat(Math.hypot(f[0], f[1])).isCloseTo(frozen.eccentricity(), offset(0.25 * frozen.eccentricity()));
        // the same eccentricity with the perigee on the equator turns by tens of degrees in 12 days (about 3 deg a day at 98.6 deg)
        KeplerianOrbit k = new KeplerianOrbit(frozen.initialOrbit());
        Orbit ordinary = new KeplerianOrbit(k.getA(), frozen.eccentricity(), k.getI(), 0, k.getRightAscensionOfAscendingNode(),
                0, org.orekit.orbits.PositionAngleType.MEAN, k.getFrame(), epoch, k.getMu());
        double[] o = meanEccentricityVector(ordinary, 12);
        assertThat(Math.abs(Math.toDegrees(Math.atan2(o[1], o[0])))).isGreaterThan(30);
    }

    /** The eccentricity vector (e cos ω, e sin ω) averaged over the last day of a J2 + J3 numerical propagation. */
    private static double[] meanEccentricityVector(Orbit orbit, double days) {
        NumericalPropagator p = new NumericalPropagator(new DormandPrince853Integrator(1e-3, 300, 1e-6, 1e-9));
        p.setOrbitType(OrbitType.CARTESIAN);
        p.addForceModel(new HolmesFeatherstoneAttractionModel(Bodies.itrf(), GravityFieldFactory.getNormalizedProvider(3, 0)));
        p.setInitialState(new SpacecraftState(new org.orekit.orbits.CartesianOrbit(orbit)));
        double[] sum = new double[2];
        int[] n = {0};
        AbsoluteDate from = epoch.shiftedBy((days - 1) * 86_400);
        p.getMultiplexer().add(60, s -> {
            if (s.getDate().compareTo(from) >= 0) {
                KeplerianOrbit k = new KeplerianOrbit(s.getOrbit());
                sum[0] += k.getE() * Math.cos(k.getPerigeeArgument());
                sum[1] += k.getE() * Math.sin(k.getPerigeeArgument());
                n[0]++;
            }
        });
        p.propagate(epoch.shiftedBy(days * 86_400));
        return new double[] {sum[0] / n[0], sum[1] / n[0]};
    }

    @Test
    void aKeplerianOrbitBelowTheSurfaceIsRefused() {
        assertThatThrownBy(() -> new OrbitSpec.Keplerian(6_500_000, 0.05, 1, 0, 0, 0, epoch))
                .isInstanceOfSatisfying(CosmodromeException.class, e -> {
                    assertThat(e.details().get("field")).isEqualTo("orbit.keplerian.semiMajorAxisKm");
                    assertThat(e.getMessage()).contains("below the surface");
                });
        // a two-body orbit returns to its state after one period
        OrbitSpec.Keplerian k = new OrbitSpec.Keplerian(7_000_000, 0.01, Math.toRadians(45), 1, 2, 3, epoch);
        Orbit o = k.initialOrbit();
        Trajectory t = Trajectory.propagate(o, new Spacecraft(100, 1, 2.2, 1, 1.3), PropagationModel.KEPLERIAN, epoch,
                epoch.shiftedBy(o.getKeplerianPeriod()), 60, x -> { });
        assertThat(t.ephemeris().getPosition(epoch.shiftedBy(o.getKeplerianPeriod()), o.getFrame()).distance(o.getPosition()))
                .isLessThan(1e-3);
    }

    @Test
    void aTleOrbitPropagatesWithOrekitsSgp4() {
        TLE tle = new TLE("1 25544U 98067A   26150.50000000  .00016717  00000-0  30092-3 0  9993",
                "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.49525083 12345", OrekitData.utc());
        OrbitSpec.FromTle spec = new OrbitSpec.FromTle(tle);
        Propagator p = PropagationModel.build(tle, 400_000);
        Trajectory t = Trajectory.propagate(p, PropagationModel.SGP4, tle.getDate(), tle.getDate().shiftedBy(86_400), 60, x -> { });
        TLEPropagator plain = TLEPropagator.selectExtrapolator(tle);
        AbsoluteDate d = tle.getDate().shiftedBy(43_210);
        assertThat(t.ephemeris().getPosition(d, Bodies.gcrf()).distance(plain.getPosition(d, Bodies.gcrf()))).isLessThan(1e-3);
        assertThat(spec.initialOrbit().getPosition(Bodies.gcrf()).distance(plain.getPosition(tle.getDate(), Bodies.gcrf()))).isLessThan(1e-6);
        assertThat(spec.initialOrbit().getFrame()).isEqualTo(Bodies.gcrf());
        assertThat(spec.describe()).contains("25544");
    }

    @Test
    void theGravityFieldIsCheckedAndUsed() {
        assertThatThrownBy(() -> PropagationModel.checkGravity(1, 0)).isInstanceOf(CosmodromeException.class);
        assertThatThrownBy(() -> PropagationModel.checkGravity(8, 9)).isInstanceOfSatisfying(CosmodromeException.class,
                e -> assertThat(e.details().get("field")).isEqualTo("propagationOptions.gravityOrder"));
        Orbit o = new OrbitSpec.Circular(500_000, 1.0, 0, epoch).initialOrbit();
        Spacecraft sc = new Spacecraft(100, 0, 0, 0, 0);
        var a = Trajectory.propagate(PropagationModel.NUMERICAL.build(o, sc, 2, 0), PropagationModel.NUMERICAL, epoch,
                epoch.shiftedBy(6000), 60, x -> { });
        var b = Trajectory.propagate(PropagationModel.NUMERICAL.build(o, sc, 12, 12), PropagationModel.NUMERICAL, epoch,
                epoch.shiftedBy(6000), 60, x -> { });
        // tesseral terms move a LEO satellite by tens to hundreds of metres in one orbit
        double gap = a.ephemeris().getPosition(epoch.shiftedBy(6000), o.getFrame()).distance(b.ephemeris().getPosition(epoch.shiftedBy(6000), o.getFrame()));
        assertThat(gap).isBetween(1.0, 5000.0);
        assertThat(Constants.WGS84_EARTH_MU).isPositive();
    }
}
