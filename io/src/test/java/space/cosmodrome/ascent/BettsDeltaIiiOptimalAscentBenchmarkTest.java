package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import space.cosmodrome.io.launch.CatalogReader;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * Betts' Delta III ascent (J. T. Betts, Practical Methods for Optimal Control and Estimation Using Nonlinear
 * Programming, 2nd ed., SIAM 2010, Example 6.15), the benchmark of many optimal-control packages: the largest mass
 * at the end of an ascent into a GTO, with the payload fixed at 4,164 kg. Its optimum, 7,529.712 kg at cut-off after
 * 924.139 s, is the true optimum of that problem: no feasible ascent of the same problem ends heavier. The model flies
 * the benchmark's vehicle (test resource {@code launch/betts-delta-iii.yaml}, every figure with its source) with its
 * own guidance (vertical rise, pitch-over search, gravity turn, linear-tangent closed loop) and its own physics; what
 * it ends with at the same payload must not beat the optimum by more than the differences between the two problems
 * can give it, and a guidance within a few per cent of the optimum should not fall short by more than that.
 *
 * <p>The problems differ (docs/validation/launch.md, "Optimal-control benchmark: Betts' Delta III", has the figures):
 * <ul>
 *   <li>drag: the benchmark's exponential atmosphere (1.225 kg/m^3, scale height 7,200 m) and constant CD 0.5, the
 *       model's US 1976 atmosphere and Mach-dependent CD, both on 4 pi m^2. The production code has no hook to swap
 *       them, so the difference is estimated here: the benchmark's drag integrated along the model's own path, less
 *       the model's (first order, the path held);</li>
 *   <li>J2 in the model, a spherical Earth in the benchmark: J2's part of the gravity loss along the path;</li>
 *   <li>the model's pad lies 4.9 km nearer the Earth's centre (WGS84 at 28.5 deg geocentric against a 6,378,145 m
 *       sphere): that is against the model, so it does not widen the upper band; the lower band holds it;</li>
 *   <li>the benchmark fixes the node (269.8 deg) and the argument of perigee (130.5 deg); the model leaves both free,
 *       which can only add mass. It lands within a degree of both (checked below).</li>
 * </ul>
 */
class BettsDeltaIiiOptimalAscentBenchmarkTest {
    /** Betts' optimal final mass (kg): JUMP_D3 quotes 7,529.712412 kg, ASSET_D3 7,529.712 kg (its own 7,529.749). */
    private static final double OPTIMAL_FINAL_MASS_KG = 7_529.712412;
    /** Betts' optimal cut-off time (s), JUMP_D3. */
    private static final double OPTIMAL_CUTOFF_S = 924.139;
    private static final double PAYLOAD_KG = 4_164;
    /** Target orbit (all five sources): a = 24,361,140 m, e = 0.7308, i = 28.5 deg, node 269.8 deg, perigee 130.5 deg. */
    private static final double TARGET_A_M = 24_361_140;
    private static final double TARGET_E = 0.7308;
    private static final double TARGET_I_DEG = 28.5;
    private static final double TARGET_NODE_DEG = 269.8;
    private static final double TARGET_PERIGEE_ARG_DEG = 130.5;
    /** The benchmark's Earth and air: radius (m), mu (m^3/s^2), sea-level density (kg/m^3), scale height (m), CD. */
    private static final double BENCH_RADIUS_M = 6_378_145;
    private static final double BENCH_MU = 3.986012e14;
    private static final double BENCH_RHO0 = 1.225;
    private static final double BENCH_SCALE_HEIGHT_M = 7_200;
    private static final double BENCH_CD = 0.5;
    private static final double REFERENCE_AREA_M2 = 4 * Math.PI;

    /**
     * Drag's whole cost in final mass over its direct loss: the model flown without drag (a 1 mm body) ends with 7,611 kg
     * against 7,423 kg, 188 kg for a 65 m/s drag loss (107 kg by the rocket equation): the path drag forces (steeper,
     * so more gravity loss) costs about as much again. 2 bounds it.
     */
    private static final double DRAG_TOTAL_OVER_DIRECT = 2;
    /**
     * Allowance (kg) for what the model's freer problem may gain besides drag and J2: the node, fixed by the benchmark at
     * 269.8 deg, within 0.6 deg of the model's (the pad's geometry fixes it near 270 deg in both; turning the plane by
     * the 0.28 deg that moves it, at the cut-off speed, 10.2 km/s, would cost 49 m/s, but the benchmark's own 0.2 deg from
     * 270 deg costs it at most 17 m/s, 28 kg); the argument of perigee, within 0.7 deg of the benchmark's (moving the
     * model's cut-off anomaly by 0.7 deg changes its final mass by 2-4 kg); the RK4 steps and the searches' tolerances
     * (the payload root to 0.5 kg, the anomaly to 0.3 deg), a few kg. 40 kg.
     */
    private static final double FREER_PROBLEM_ALLOWANCE_KG = 40;
    /**
     * Shortfall allowed (share of the optimum): "a few per cent". The pad 4.9 km lower costs the model 8 kg by energy
     * (47.8 kJ/kg more to give, at the cut-off speed) and up to 49 kg by its own sensitivity to the pad's height flown
     * without drag (7,611 kg at 0 m, 7,660 kg at 4,877 m, guidance switch included), 0.7 %; the benchmark's heavier drag
     * on the model's path (below) about as much; a linear-tangent guidance after a zero-lift gravity turn is a
     * near-optimal family, not the optimum, for the rest. 3 %.
     */
    private static final double SHORTFALL_ALLOWED = 0.03;

    private static LaunchVehicle vehicle;
    private static AscentResult flown;

    @BeforeAll
    static void flyTheBenchmarkPayload() throws URISyntaxException {
        Path file = Path.of(BettsDeltaIiiOptimalAscentBenchmarkTest.class.getClassLoader()
                .getResource("launch/betts-delta-iii.yaml").toURI());
        LaunchCatalog catalog = CatalogReader.read(file);
        vehicle = catalog.vehicle("betts-delta-iii");
        // the target by its radii, the same as the benchmark's: altitudes over the model's equatorial radius
        // (179.882 x 35,786.124 km; over the benchmark's radius 179.874 x 35,786.116 km)
        double rp = TARGET_A_M * (1 - TARGET_E);
        double ra = TARGET_A_M * (1 + TARGET_E);
        TargetOrbit target = new TargetOrbit(rp - Earth.EQUATORIAL_RADIUS, ra - Earth.EQUATORIAL_RADIUS,
                Math.toRadians(TARGET_I_DEG));
        // the payload path of `cosmodrome launch --payload-kg 4164`: the capacity search, then this payload flown
        flown = PayloadCapacity.fly(vehicle, catalog.site("betts-pad"), target, PAYLOAD_KG);
    }

    /** Final mass at cut-off (kg): payload, second-stage dry mass and all its propellant left, reserve included. */
    private static double finalMassKg() {
        List<TrajectoryPoint> path = flown.trajectory();
        double atCutoff = path.get(path.size() - 1).massKg();
        // burns after cut-off (a plane change the yaw left) would spend some of it; none is expected here
        return atCutoff - flown.extraBurns().stream().mapToDouble(AscentResult.Burn::propellantKg).sum();
    }

    /** Final mass per m/s of delta-v at the end of the second stage's burn (kg s/m): m_f / (Isp g0). */
    private static double kgPerMps() {
        return OPTIMAL_FINAL_MASS_KG / (vehicle.upperStage().ispVacuumS() * Stage.G0);
    }

    @Test
    void thrustAndMassFlowIntegrateToTheRocketEquationOnTheBenchmarksStageMasses() {
        // the benchmark's phases, by the rocket equation with constant thrust T and flow q: dv = T/q ln(m0/m1)
        double srbFlow = 17_010 / 75.2;
        double coreFlow = 95_550 / 261.0;
        double secondFlow = 16_820 / 700.0;
        double m = 301_454;
        double ideal = 0;
        double[][] phases = {
            {6 * 628_500 + 1_083_100, 6 * srbFlow + coreFlow, 75.2, 6 * 2_280},
            {3 * 628_500 + 1_083_100, 3 * srbFlow + coreFlow, 75.2, 3 * 2_280},
            {1_083_100, coreFlow, 261 - 150.4, 8_830},
        };
        for (double[] p : phases) {
            double end = m - p[1] * p[2];
            ideal += p[0] / p[1] * Math.log(m / end);
            m = end - p[3];
        }
        assertThat(m).isCloseTo(19_300 + PAYLOAD_KG, within(1e-6));   // the second stage and payload at 261 s
        double burn = flown.cutoffTimeS() - 261;
        double end = m - secondFlow * burn;
        ideal += 110_094 / secondFlow * Math.log(m / end);
        System.out.printf(Locale.ROOT, "Betts Delta III: ideal delta-v %.3f m/s (rocket equation %.3f), mass at cut-off %.2f kg"
                + " (benchmark's flows %.2f kg) at %.2f s%n", flown.deltaV().idealMps(), ideal, finalMassKg(), end,
                flown.cutoffTimeS());
        assertThat(flown.deltaV().idealMps()).isCloseTo(ideal, within(0.05));
        assertThat(finalMassKg()).isCloseTo(end, within(0.05));
        // the staging as the benchmark's: six boosters out and three lit at 75.2 s, those out at 150.4 s, the core at 261 s
        assertThat(eventTime("stage 1 (6 ground-lit solid boosters) burnout")).isCloseTo(75.2, within(1e-6));
        assertThat(eventTime("stage 2 (3 air-lit solid boosters) ignition")).isCloseTo(75.2, within(1e-6));
        assertThat(eventTime("stage 2 (3 air-lit solid boosters) burnout")).isCloseTo(150.4, within(1e-6));
        assertThat(eventTime("stage 3 (First stage) burnout")).isCloseTo(261, within(1e-6));
    }

    private static double eventTime(String prefix) {
        return flown.events().stream().filter(e -> e.name().startsWith(prefix)).findFirst().orElseThrow().timeS();
    }

    @Test
    void insertionIsTheBenchmarksOrbitWithNodeAndPerigeeWithinADegree() {
        double[] el = elements(flown.cutoffPositionM(), flown.cutoffVelocityMps(), BENCH_MU);
        System.out.printf(Locale.ROOT, "Betts Delta III: insertion a %.1f km, e %.5f, i %.3f deg, node %.2f deg, perigee"
                + " argument %.2f deg (benchmark 24,361.14 km, 0.7308, 28.5, 269.8, 130.5)%n", el[0] / 1000, el[1], el[2],
                el[3], el[4]);
        // the model cuts off on its own mu (WGS84), 3.986004418e14 against the benchmark's 3.986012e14 (1.9e-6 more):
        // read with the benchmark's mu the same state's semi-major axis is 0.3 km short (d(1/a) = v^2/mu^2 dmu): 100 J/kg
        // of orbital energy, 0.01 m/s at the cut-off speed
        assertThat(elements(flown.cutoffPositionM(), flown.cutoffVelocityMps(), Earth.MU)[0]).isCloseTo(TARGET_A_M, within(1.0));
        assertThat(el[0]).isCloseTo(TARGET_A_M, within(1_000.0));
        assertThat(el[1]).isCloseTo(TARGET_E, within(1e-4));
        assertThat(el[2]).isCloseTo(TARGET_I_DEG, within(0.01));
        // the elements the benchmark fixes and the model leaves free: within a degree, so the freedom is worth
        // little (FREER_PROBLEM_ALLOWANCE_KG)
        assertThat(el[3]).isCloseTo(TARGET_NODE_DEG, within(1.0));
        assertThat(el[4]).isCloseTo(TARGET_PERIGEE_ARG_DEG, within(1.0));
    }

    @Test
    void finalMassAtTheBenchmarksPayloadLiesWithinTheProblemsDifferencesOfTheOptimum() {
        double finalMass = finalMassKg();
        double reserve = PayloadCapacity.RESERVE_FRACTION * vehicle.upperStage().propellantMassKg();
        double left = finalMass - PAYLOAD_KG - vehicle.upperStage().dryMassKg();
        double[] drag = dragAlongThePath();
        double dragGainKg = Math.max(0, drag[1] - drag[0]) * DRAG_TOTAL_OVER_DIRECT * kgPerMps();
        double j2 = j2LossAlongThePath();
        // J2 lowers the model's gravity loss where it is negative: a gain the spherical benchmark does not have
        double j2GainKg = Math.max(0, -j2) * kgPerMps();
        double[] pad = flown.trajectory().get(0).positionM();
        double padBelowKm = (BENCH_RADIUS_M - Math.sqrt(pad[0] * pad[0] + pad[1] * pad[1] + pad[2] * pad[2])) / 1000;
        double upper = OPTIMAL_FINAL_MASS_KG + dragGainKg + j2GainKg + FREER_PROBLEM_ALLOWANCE_KG;
        double lower = OPTIMAL_FINAL_MASS_KG * (1 - SHORTFALL_ALLOWED);
        System.out.printf(Locale.ROOT, "Betts Delta III with %.0f kg: final mass %.1f kg at %.1f s = payload + dry %.0f kg +"
                        + " propellant left %.1f kg (%.1f above the %.1f kg reserve); optimum %.1f kg at %.1f s: %+.1f kg (%+.2f %%);"
                        + " capacity %.1f kg%n", PAYLOAD_KG, finalMass, flown.cutoffTimeS(), vehicle.upperStage().dryMassKg(), left,
                left - reserve, reserve, OPTIMAL_FINAL_MASS_KG, OPTIMAL_CUTOFF_S, finalMass - OPTIMAL_FINAL_MASS_KG,
                100 * (finalMass / OPTIMAL_FINAL_MASS_KG - 1), flown.capacityKg());
        System.out.printf(Locale.ROOT, "  budget: ideal %.1f, gravity %.1f, drag %.1f, steering %.1f m/s; drag along the path:"
                        + " model %.1f m/s, benchmark's %.1f m/s; J2 loss %.2f m/s; pad %.3f km under the benchmark's; %.3f kg per m/s; band %.1f to %.1f kg%n",
                flown.deltaV().idealMps(), flown.deltaV().gravityLossMps(), flown.deltaV().dragLossMps(),
                flown.deltaV().steeringLossMps(), drag[0], drag[1], j2, padBelowKm, kgPerMps(), lower, upper);
        // the path integral reproduces the model's own drag loss (which it measures along the velocity gained), so the
        // benchmark's drag on the same samples is comparable with it
        assertThat(drag[0]).isCloseTo(flown.deltaV().dragLossMps(), within(2.0));
        // the drag gain widens the upper band, so a model whose drag fell away would widen the band faster than it
        // gains mass (drag's whole cost is 1.75x its direct loss): keep the model's drag on this path within 30 % of
        // the benchmark's CD 0.5 (it is 0.82x now; AerodynamicsWithinPublishedDragCurvesTest holds the curve itself)
        assertThat(drag[0]).isGreaterThanOrEqualTo(0.7 * drag[1]);
        assertThat(finalMass).isLessThanOrEqualTo(upper);
        assertThat(finalMass).isGreaterThanOrEqualTo(lower);
    }

    /**
     * Drag loss (m/s) along the recorded path, |D| / m integrated (trapezoids on the 1 s samples): the model's (US 1976,
     * its CD of Mach) and the benchmark's (exponential air over the pad's surface, CD 0.5), same reference area.
     */
    private static double[] dragAlongThePath() {
        double[] air = new double[4];
        double model = 0;
        double bench = 0;
        TrajectoryPoint previous = null;
        double prevModel = 0;
        double prevBench = 0;
        for (TrajectoryPoint p : flown.trajectory()) {
            Atmosphere1976.properties(p.altitudeM(), air);
            double v = p.relativeSpeedMps();
            double aModel = 0.5 * air[2] * v * v * Aerodynamics.dragCoefficient(v / air[3]) * REFERENCE_AREA_M2 / p.massKg();
            double rho = BENCH_RHO0 * Math.exp(-p.altitudeM() / BENCH_SCALE_HEIGHT_M);
            double aBench = 0.5 * rho * v * v * BENCH_CD * REFERENCE_AREA_M2 / p.massKg();
            if (previous != null) {
                double dt = p.timeS() - previous.timeS();
                model += 0.5 * (aModel + prevModel) * dt;
                bench += 0.5 * (aBench + prevBench) * dt;
            }
            previous = p;
            prevModel = aModel;
            prevBench = aBench;
        }
        return new double[] {model, bench};
    }

    /** J2's part of the gravity loss (m/s) along the recorded path: its acceleration against the velocity gained. */
    private static double j2LossAlongThePath() {
        double[] padVelocity = flown.trajectory().get(0).velocityMps();
        double[] g = new double[3];
        double loss = 0;
        TrajectoryPoint previous = null;
        double prev = 0;
        for (TrajectoryPoint p : flown.trajectory()) {
            double[] r = p.positionM();
            double[] v = p.velocityMps();
            double rr = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
            Earth.gravity(r[0], r[1], r[2], g);
            double k = Earth.MU / (rr * rr * rr);
            double gx = v[0] - padVelocity[0];
            double gy = v[1] - padVelocity[1];
            double gz = v[2] - padVelocity[2];
            double gained = Math.sqrt(gx * gx + gy * gy + gz * gz);
            double a = gained < 1e-6 ? 0
                    : -((g[0] + k * r[0]) * gx + (g[1] + k * r[1]) * gy + (g[2] + k * r[2]) * gz) / gained;
            if (previous != null) {
                loss += 0.5 * (a + prev) * (p.timeS() - previous.timeS());
            }
            previous = p;
            prev = a;
        }
        return loss;
    }

    /**
     * Two-body elements with a given mu in the liftoff-aligned frame (the benchmark's inertial frame: the pad
     * at longitude 0): a (m), e, i, node, argument of perigee (deg).
     */
    private static double[] elements(double[] r, double[] v, double mu) {
        double rr = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
        double v2 = v[0] * v[0] + v[1] * v[1] + v[2] * v[2];
        double rv = r[0] * v[0] + r[1] * v[1] + r[2] * v[2];
        double hx = r[1] * v[2] - r[2] * v[1];
        double hy = r[2] * v[0] - r[0] * v[2];
        double hz = r[0] * v[1] - r[1] * v[0];
        double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double k = v2 - mu / rr;
        double ex = (k * r[0] - rv * v[0]) / mu;
        double ey = (k * r[1] - rv * v[1]) / mu;
        double ez = (k * r[2] - rv * v[2]) / mu;
        double e = Math.sqrt(ex * ex + ey * ey + ez * ez);
        double a = 1 / (2 / rr - v2 / mu);
        double i = Math.toDegrees(Math.acos(hz / h));
        // node vector z x h = (-hy, hx, 0)
        double nx = -hy;
        double ny = hx;
        double n = Math.hypot(nx, ny);
        double node = Math.toDegrees(Math.atan2(ny, nx));
        node = node < 0 ? node + 360 : node;
        double perigee = Math.toDegrees(Math.acos((nx * ex + ny * ey) / (n * e)));
        perigee = ez < 0 ? 360 - perigee : perigee;
        return new double[] {a, e, i, node, perigee};
    }
}
