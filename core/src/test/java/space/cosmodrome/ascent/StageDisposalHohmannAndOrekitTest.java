package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.frames.FramesFactory;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.UpperStageDisposal;

/**
 * The disposal burns after separation against references written independently of {@link StageDisposal}: the
 * textbook Hohmann-transfer impulses (Curtis, Orbital Mechanics for Engineering Students, sec. 6.2:
 * dv1 = sqrt(mu/r1) (1 - sqrt(2 r2 / (r1 + r2))), dv2 = sqrt(mu/r2) (sqrt(2 r1 / (r1 + r2)) - 1)), and Orekit's
 * Keplerian elements of the state after the impulse (and after the half revolution to the next apsis); the
 * propellant against the rocket equation; and, in the capacity search, that the propellant kept is exactly the
 * leftover the payload loses at a fixed ascent.
 */
class StageDisposalHohmannAndOrekitTest {
    private static final double MU = Earth.MU;
    private static final double RE = Earth.EQUATORIAL_RADIUS;

    @BeforeAll
    static void data() {
        OrekitData.load(Path.of(System.getProperty("cosmodrome.data")));
    }

    private static UpperStageDisposal deorbit(double perigeeKm) {
        return new UpperStageDisposal(UpperStageDisposal.Policy.DEORBIT, perigeeKm * 1000, "TEST", null);
    }

    private static UpperStageDisposal lower(double altitudeKm) {
        return new UpperStageDisposal(UpperStageDisposal.Policy.LOWER, altitudeKm * 1000, "TEST", null);
    }

    /** The first Hohmann impulse, from the circular orbit of radius r1 onto the ellipse with the other apsis at r2. */
    private static double hohmannFirst(double r1, double r2) {
        return Math.abs(Math.sqrt(MU / r1) * (1 - Math.sqrt(2 * r2 / (r1 + r2))));
    }

    private static double hohmannSecond(double r1, double r2) {
        return Math.abs(Math.sqrt(MU / r2) * (Math.sqrt(2 * r1 / (r1 + r2)) - 1));
    }

    /** The orbit at its apogee (true anomaly 180 deg), in GCRF. */
    private static KeplerianOrbit atApogee(double perigeeKm, double apogeeKm) {
        double rp = RE + perigeeKm * 1000;
        double ra = RE + apogeeKm * 1000;
        return new KeplerianOrbit((rp + ra) / 2, (ra - rp) / (ra + rp), Math.toRadians(98), 0.3, 1.1, Math.PI,
                PositionAngleType.TRUE, FramesFactory.getGCRF(), AbsoluteDate.J2000_EPOCH, MU);
    }

    /** The orbit after a tangential impulse (negative: retrograde) at the orbit's state. */
    private static KeplerianOrbit afterImpulse(Orbit o, double dvMps) {
        PVCoordinates pv = o.getPVCoordinates();
        Vector3D v = pv.getVelocity();
        Vector3D v2 = v.add(v.normalize().scalarMultiply(dvMps));
        return new KeplerianOrbit(new CartesianOrbit(new PVCoordinates(pv.getPosition(), v2), o.getFrame(), o.getDate(), MU));
    }

    @Test
    void deorbitFromACircularOrbitIsTheFirstHohmannImpulseAndOrekitSeesTheNewPerigee() {
        StageDisposal.Manoeuvre m = StageDisposal.plan(deorbit(50), 800_000, 800_000, 6_400, 457);
        double r1 = RE + 800_000;
        double r2 = RE + 50_000;
        assertThat(m.deltaVMps()).isCloseTo(hohmannFirst(r1, r2), within(1e-6));
        assertThat(m.deltaVMps()).isBetween(200.0, 215.0);
        KeplerianOrbit after = afterImpulse(atApogee(800, 800), -m.deltaVMps());
        assertThat(after.getA() * (1 - after.getE()) - RE).isCloseTo(50_000, within(1.0));
        assertThat(after.getA() * (1 + after.getE()) - RE).isCloseTo(800_000, within(1.0));
        assertThat(m.perigeeAfterM()).isEqualTo(50_000);
    }

    @Test
    void deorbitFromAnEllipseBurnsAtApogee() {
        // the 270 x 1,250 km orbit Vega's first AVUM was left in: lowering its perigee to 50 km at apogee
        StageDisposal.Manoeuvre m = StageDisposal.plan(deorbit(50), 270_000, 1_250_000, 700, 315.5);
        KeplerianOrbit after = afterImpulse(atApogee(270, 1250), -m.deltaVMps());
        assertThat(after.getA() * (1 - after.getE()) - RE).isCloseTo(50_000, within(1.0));
        assertThat(after.getA() * (1 + after.getE()) - RE).isCloseTo(1_250_000, within(1.0));
    }

    @Test
    void loweringToACircularOrbitIsTheHohmannTransferDown() {
        // PSLV-C56's PS4: 536 km circular to 300 km circular
        StageDisposal.Manoeuvre m = StageDisposal.plan(lower(300), 536_000, 536_000, 945, 308);
        double r1 = RE + 536_000;
        double r2 = RE + 300_000;
        double first = hohmannFirst(r1, r2);
        double second = hohmannSecond(r1, r2);
        assertThat(m.deltaVMps()).isCloseTo(first + second, within(1e-6));
        // flown with Orekit: the first impulse, half a revolution (Keplerian) to the new perigee, the second
        KeplerianOrbit transfer = afterImpulse(atApogee(536, 536), -first);
        KeplerianOrbit atPerigee = transfer.shiftedBy(Math.PI * Math.sqrt(Math.pow(transfer.getA(), 3) / MU));
        KeplerianOrbit done = afterImpulse(atPerigee, -second);
        assertThat(done.getA() - RE).isCloseTo(300_000, within(1.0));
        assertThat(done.getE()).isLessThan(1e-7);
        assertThat(m.perigeeAfterM()).isEqualTo(300_000);
        assertThat(m.apogeeAfterM()).isEqualTo(300_000);
    }

    @Test
    void loweringAnOrbitWhosePerigeeIsAlreadyLowBringsTheApogeeDownAtPerigee() {
        StageDisposal.Manoeuvre m = StageDisposal.plan(lower(300), 250_000, 800_000, 945, 308);
        KeplerianOrbit atPerigee = atApogee(250, 800).shiftedBy(
                Math.PI * Math.sqrt(Math.pow(atApogee(250, 800).getA(), 3) / MU));
        KeplerianOrbit done = afterImpulse(atPerigee, -m.deltaVMps());
        assertThat(done.getA() * (1 + done.getE()) - RE).isCloseTo(300_000, within(1.0));
        assertThat(done.getA() * (1 - done.getE()) - RE).isCloseTo(250_000, within(1.0));
    }

    @Test
    void propellantIsTheRocketEquationWithTheStageAloneAfterSeparation() {
        StageDisposal.Manoeuvre m = StageDisposal.plan(deorbit(50), 700_000, 700_000, 705, 315.5);
        double c = 315.5 * 9.80665;
        // m0 / mf = exp(dv / c): what burns is m0 - mf, with mf the stage's mass once done (no payload)
        assertThat(m.propellantKg()).isCloseTo(705 * (Math.exp(m.deltaVMps() / c) - 1), within(1e-9));
        assertThat(705 + m.propellantKg()).isCloseTo(705 * Math.exp(m.deltaVMps() / c), within(1e-9));
        assertThat(m.stageMassKg()).isEqualTo(705);
    }

    @Test
    void noBurnWhereNoneIsNeededOrOutsideTheLeoRegion() {
        // already low enough
        assertThat(StageDisposal.plan(deorbit(50), 40_000, 300_000, 1_000, 300).propellantKg()).isZero();
        assertThat(StageDisposal.plan(lower(300), 200_000, 200_000, 1_000, 300).propellantKg()).isZero();
        // Galileo's 22,922 km (VA266) and a sub-GTO: above the LEO protected region, left alone
        StageDisposal.Manoeuvre meo = StageDisposal.plan(deorbit(50), 22_922_000, 22_922_000, 6_400, 457);
        assertThat(meo.propellantKg()).isZero();
        assertThat(meo.note()).contains("LEO protected region");
        assertThat(StageDisposal.plan(lower(300), 284_000, 20_650_000, 945, 308).propellantKg()).isZero();
        assertThat(StageDisposal.plan(UpperStageDisposal.NONE, 800_000, 800_000, 6_400, 457).propellantKg()).isZero();
    }

    @Test
    void theCapacitySearchKeepsExactlyTheDisposalPropellantFromThePayload() {
        LaunchVehicle plain = TestVehicles.angara12();
        LaunchVehicle disposing = withDisposal(plain, deorbit(50));
        LaunchSite site = TestVehicles.equatorial();
        TargetOrbit target = new TargetOrbit(400_000, 400_000, 0);
        StageDisposal.Manoeuvre m = AscentSearch.disposalOf(disposing, target);
        // URM-2: 2,355 kg dry and 1 % of 25,700 kg unburnt
        assertThat(m.stageMassKg()).isCloseTo(2_355 + 257, within(1e-9));
        AscentResult with = PayloadCapacity.maximize(disposing, site, target, AscentProfile.DIRECT);
        assertThat(with.disposal().propellantKg()).isCloseTo(m.propellantKg(), within(1e-9));
        assertThat(with.disposal().deltaVMps()).isCloseTo(hohmannFirst(RE + 400_000, RE + 50_000), within(1e-6));
        // the same ascent (payload, pitch-over, guidance warm start) flown by both: the leftover differs by exactly
        // the disposal propellant
        LaunchGeometry.Approach approach = LaunchGeometry.approach(site, target.inclinationRad());
        AscentSearch plainSearch = new AscentSearch(plain, site, approach, AscentSearch.Plan.direct(target));
        AscentSearch.Solution plainBest = plainSearch.run();
        assertThat(PayloadCapacity.maximize(plain, site, target, AscentProfile.DIRECT).disposal().propellantKg()).isZero();
        AscentSearch disposingSearch = new AscentSearch(disposing, site, approach, AscentSearch.Plan.direct(target));
        disposingSearch.kick = plainSearch.kick;
        disposingSearch.coast = plainSearch.coast;
        disposingSearch.tanPitch0 = plainSearch.tanPitch0;
        disposingSearch.pitchRate = plainSearch.pitchRate;
        AscentSearch.Solution disposingAtPlainCapacity = disposingSearch.at(plainBest.payloadKg);
        AscentSearch.Solution plainAtItsCapacity = plainSearch.at(plainBest.payloadKg);
        assertThat(plainAtItsCapacity.leftoverKg - disposingAtPlainCapacity.leftoverKg).isCloseTo(m.propellantKg(),
                within(1e-6));
        // the payload lost is of the order of the propellant kept: the ratio is 1 / (propellant a kilogram of payload
        // costs the last stage), about 0.7-1 kg on real vehicles (Vega-C 1.44, PSLV 1.35 in docs/validation); the band
        // is wide on purpose, a sign or scale error would leave it
        assertThat(plainBest.capacityKg - with.capacityKg()).isBetween(0.3 * m.propellantKg(), 2.0 * m.propellantKg());
    }

    private static LaunchVehicle withDisposal(LaunchVehicle v, UpperStageDisposal d) {
        return new LaunchVehicle(v.id(), v.name(), v.manufacturer(), v.stages(), v.fairingMassKg(),
                v.payloadAdapterMassKg(), v.diameterM(), v.maxAccelerationG(), v.upperStageIgnitions(),
                v.publishedLiftoffMassKg(), v.confidence(), v.sources(), List.of(), v.notes(), v.maxDynamicPressurePa(), d);
    }
}
