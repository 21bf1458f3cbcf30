package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.LofOffset;
import org.orekit.forces.gravity.NewtonianAttraction;
import org.orekit.forces.maneuvers.ConstantThrustManeuver;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.frames.LOFType;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;

/**
 * The kick stage's finite burns against an independent implementation: Orekit's numerical propagator (point-mass
 * gravity, Dormand-Prince 8(5,3) at tight tolerances) with one {@link ConstantThrustManeuver} per burn, same
 * thrust, Isp and start times and durations, thrust along the velocity (the TNW frame's T axis).
 *
 * <p>Tolerance: our fixed-step RK4 (5 s burning, 20 s coasting) has a local error of order (n h)^5 ~ 1e-8 of the
 * radius per step at 5 s, so a few thousand steps leave well under 100 m and 0.1 m/s; the 1 km / 1 m/s bounds
 * leave room for that and for the 1e-7 s cut of each burn's end, and are still far below what matters for the
 * propellant (1 m/s is 0.1 kg for Electron's stack).
 */
class KickStageBurnsMatchOrekitConstantThrustManeuverTest {
    /** Curie (Electron's kick stage): 120 N, 320 s; a 340 kg stack of which 100 kg propellant. */
    private static final double CURIE_N = 120;
    private static final double CURIE_ISP_S = 320;

    @BeforeAll
    static void data() {
        OrekitData.load(Path.of(System.getProperty("cosmodrome.data")));
    }

    @Test
    void completionAndApogeeBurnsMatchOrekit() {
        // an ascent stage that ran dry short of orbit: 214 km up, climbing at 0.3 deg, 7.6 km/s (perigee below
        // the ground): the kick stage must burn at once, then again at apogee, to a 500 km circular orbit
        double r0 = Earth.EQUATORIAL_RADIUS + 214e3;
        double gamma = Math.toRadians(0.3);
        double v0 = 7_600;
        double inc = Math.toRadians(97.4);
        double[] start = {r0, 0, 0, v0 * Math.sin(gamma), v0 * Math.cos(gamma) * Math.cos(inc),
                v0 * Math.cos(gamma) * Math.sin(inc)};
        double target = Earth.EQUATORIAL_RADIUS + 500e3;
        KickStageBurns burns = new KickStageBurns(CURIE_N, CURIE_ISP_S, 3);
        KickStageBurns.Outcome o = burns.fly(start, 340, 500, true, target, target, 240);
        System.out.printf("%s%nfinal %.2f x %.2f km, %.2f kg burned, lowest %.1f km%n", o.burns,
                o.perigeeApogee()[0] / 1e3, o.perigeeApogee()[1] / 1e3, o.propellantKg, o.lowestAltitudeM / 1e3);
        assertThat(o.reachesOrbit()).isTrue();
        assertThat(o.burns).hasSizeGreaterThanOrEqualTo(2);
        // the burns stop on the target's energy (two-body semi-major axis) within a metre
        assertThat(Math.abs(KickStageBurns.semiMajorAxis(o.state) - target)).isLessThan(1.0);

        SpacecraftState orekit = propagateWithOrekit(start, 340, 500, o, CURIE_N, CURIE_ISP_S);
        double[] ours = o.state;
        double dr = orekit.getPosition().distance(new Vector3D(ours[0], ours[1], ours[2]));
        double dv = orekit.getPVCoordinates().getVelocity().distance(new Vector3D(ours[3], ours[4], ours[5]));
        System.out.printf("Orekit: %.3f m, %.5f m/s, %.5f kg apart%n", dr, dv, Math.abs(orekit.getMass() - ours[6]));
        assertThat(dr).isLessThan(1_000);
        assertThat(dv).isLessThan(1.0);
        assertThat(Math.abs(orekit.getMass() - ours[6])).isLessThan(0.01);
    }

    @Test
    void pitchedCompletionBurnMatchesOrekit() {
        // the same start, the completion burn's thrust 30 deg above the velocity (in the orbit plane: -N in TNW,
        // whose N axis is W x T, towards the Earth), the apogee burn tangential
        double r0 = Earth.EQUATORIAL_RADIUS + 214e3;
        double gamma = Math.toRadians(0.3);
        double v0 = 7_600;
        double inc = Math.toRadians(97.4);
        double[] start = {r0, 0, 0, v0 * Math.sin(gamma), v0 * Math.cos(gamma) * Math.cos(inc),
                v0 * Math.cos(gamma) * Math.sin(inc)};
        double target = Earth.EQUATORIAL_RADIUS + 500e3;
        double pitch = Math.toRadians(30);
        KickStageBurns.Outcome o = new KickStageBurns(CURIE_N, CURIE_ISP_S, 3).fly(start, 340, 500, true, target,
                target, 240, pitch);
        assertThat(o.failure).isNull();
        assertThat(o.burns).hasSizeGreaterThanOrEqualTo(2);
        Vector3D pitched = new Vector3D(Math.cos(pitch), -Math.sin(pitch), 0);
        SpacecraftState orekit = propagateWithOrekit(start, 340, 500, o, CURIE_N, CURIE_ISP_S, pitched);
        double[] ours = o.state;
        double dr = orekit.getPosition().distance(new Vector3D(ours[0], ours[1], ours[2]));
        double dv = orekit.getPVCoordinates().getVelocity().distance(new Vector3D(ours[3], ours[4], ours[5]));
        System.out.printf("pitched: %s%nOrekit: %.3f m, %.5f m/s apart%n", o.burns, dr, dv);
        assertThat(dr).isLessThan(1_000);
        assertThat(dv).isLessThan(1.0);
        assertThat(Math.abs(orekit.getMass() - ours[6])).isLessThan(0.01);
    }

    @Test
    void splitApogeeBurnsMatchOrekit() {
        // from a 200 x 700 km orbit at perigee, a stack too heavy for one short burn: Vega-C's AVUM+ masses with
        // 2.2 t of payload, at a fifth of its 2.5 kN; the raise at apogee would take about 1/6 of the period
        // (more than the 1/8 allowed), so it is split over two apogees
        double rp = Earth.EQUATORIAL_RADIUS + 200e3;
        double ra = Earth.EQUATORIAL_RADIUS + 700e3;
        double vp = Math.sqrt(Earth.MU * (2 / rp - 2 / (rp + ra)));
        double[] start = {rp, 0, 0, 0, vp, 0};
        double mass = 2_200 + 698 + 740;
        KickStageBurns burns = new KickStageBurns(500, 315.5, 5);
        KickStageBurns.Outcome o = burns.fly(start, mass, 0, false, ra, ra, mass - 740);
        System.out.printf("%s%nfinal %.2f x %.2f km, %.2f kg burned%n", o.burns, o.perigeeApogee()[0] / 1e3,
                o.perigeeApogee()[1] / 1e3, o.propellantKg);
        assertThat(o.reachesOrbit()).isTrue();
        assertThat(o.burns).hasSizeGreaterThanOrEqualTo(2);
        SpacecraftState orekit = propagateWithOrekit(start, mass, 0, o, 500, 315.5);
        double[] ours = o.state;
        assertThat(orekit.getPosition().distance(new Vector3D(ours[0], ours[1], ours[2]))).isLessThan(1_000);
        assertThat(orekit.getPVCoordinates().getVelocity().distance(new Vector3D(ours[3], ours[4], ours[5])))
                .isLessThan(1.0);
        assertThat(Math.abs(orekit.getMass() - ours[6])).isLessThan(0.01);
    }

    @Test
    void aStrongStagesApogeeBurnCostsWhatTheImpulsiveVisVivaBurnCosts() {
        // 200 x 500 km to 500 km circular at apogee: vis-viva gives the impulse, the rocket equation its propellant
        double rp = Earth.EQUATORIAL_RADIUS + 200e3;
        double ra = Earth.EQUATORIAL_RADIUS + 500e3;
        double vp = Math.sqrt(Earth.MU * (2 / rp - 2 / (rp + ra)));
        double impulse = Math.sqrt(Earth.MU / ra) - Math.sqrt(Earth.MU * (2 / ra - 2 / (rp + ra)));
        double[] start = {rp, 0, 0, 0, vp, 0};
        // an upper stage of 30 kN on 8 t (a Soyuz Block I class stage at a tenth of its thrust: 0.4 g) and
        // Electron's Curie on its 340 kg stack
        double[][] cases = {{30_000, 8_000, 359}, {CURIE_N, 340, CURIE_ISP_S}};
        double[] excess = new double[cases.length];
        for (int i = 0; i < cases.length; i++) {
            double thrust = cases[i][0];
            double mass = cases[i][1];
            double c = cases[i][2] * 9.80665;
            KickStageBurns.Outcome o = new KickStageBurns(thrust, cases[i][2], 1).fly(start, mass, 0, false, ra, ra,
                    mass * 0.5);
            // the burn stops on the target's energy; the eccentricity a finite burn leaves is trimmed (impulsive)
            double trim = AscentSearch.apsisTrimMps(o.state, TargetOrbit.circular(500e3, 0));
            double finiteKg = o.propellantKg + o.state[6] * (1 - Math.exp(-trim / c));
            double impulsiveKg = mass * (1 - Math.exp(-impulse / c));
            excess[i] = finiteKg / impulsiveKg - 1;
            System.out.printf("%.0f N on %.0f kg: %.1f s burn, %.4f kg with a %.3f m/s trim against %.4f kg "
                            + "impulsive (%+.4f %%), burn ends on %.2f x %.2f km%n", thrust, mass,
                    o.burns.get(0).durationS(), finiteKg, trim, impulsiveKg, 100 * excess[i],
                    o.perigeeApogee()[0] / 1e3, o.perigeeApogee()[1] / 1e3);
        }
        // the strong stage: a 22 s burn, no measurable difference (so upper stages keep impulsive burns)
        assertThat(Math.abs(excess[0])).isLessThan(1e-4);
        // Curie: a 240 s burn over 15 deg of arc costs more than the impulse, but only a little more: the
        // large loss is in continuing a short ascent stage's burn (the other tests), not at apogee
        assertThat(excess[1]).isBetween(0.0, 0.02);
    }

    /** Orekit propagation of the same start with one constant-thrust manoeuvre per burn, to the end of the last. */
    private static SpacecraftState propagateWithOrekit(double[] start, double massKg, double startTimeS,
                                                       KickStageBurns.Outcome o, double thrust, double isp) {
        return propagateWithOrekit(start, massKg, startTimeS, o, thrust, isp, Vector3D.PLUS_I);
    }

    /** The same, the first burn's thrust along a given direction of the TNW frame (the others along T). */
    private static SpacecraftState propagateWithOrekit(double[] start, double massKg, double startTimeS,
                                                       KickStageBurns.Outcome o, double thrust, double isp,
                                                       Vector3D firstBurnDirection) {
        Frame frame = FramesFactory.getGCRF();
        AbsoluteDate t0 = AbsoluteDate.J2000_EPOCH.shiftedBy(startTimeS);
        CartesianOrbit orbit = new CartesianOrbit(new PVCoordinates(new Vector3D(start[0], start[1], start[2]),
                new Vector3D(start[3], start[4], start[5])), frame, t0, Earth.MU);
        NumericalPropagator propagator = new NumericalPropagator(new DormandPrince853Integrator(1e-6, 30, 1e-4, 1e-12));
        propagator.setOrbitType(OrbitType.CARTESIAN);
        propagator.addForceModel(new NewtonianAttraction(Earth.MU));
        LofOffset alongVelocity = new LofOffset(frame, LOFType.TNW);
        for (KickStageBurns.Burn b : o.burns) {
            propagator.addForceModel(new ConstantThrustManeuver(AbsoluteDate.J2000_EPOCH.shiftedBy(b.startS()),
                    b.durationS(), thrust, isp, alongVelocity, b == o.burns.get(0) ? firstBurnDirection : Vector3D.PLUS_I));
        }
        propagator.setInitialState(new SpacecraftState(orbit).withMass(massKg));
        return propagator.propagate(AbsoluteDate.J2000_EPOCH.shiftedBy(o.endTimeS));
    }
}
