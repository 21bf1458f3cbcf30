package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScalesFactory;

import space.cosmodrome.data.OrekitData;

/** The launch hands its insertion to Orekit as a plain orbit that mission analysis can propagate. */
class HandOffTest {
    @BeforeAll
    static void data() {
        OrekitData.load(Path.of(System.getProperty("cosmodrome.data")));
    }

    @Test
    void insertionAndDeliveredOrbitsMatchTheAscent() {
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), TestVehicles.vostochny(List.of()),
                TargetOrbit.sunSynchronous(500e3));
        AbsoluteDate liftoff = new AbsoluteDate(2026, 12, 1, 1, 18, 49.0, TimeScalesFactory.getUTC());

        KeplerianOrbit insertion = new KeplerianOrbit(r.insertionOrbit(liftoff));
        assertThat(insertion.getDate().durationFrom(liftoff)).isCloseTo(r.cutoffTimeS(), within(1e-3));
        double rp = insertion.getA() * (1 - insertion.getE()) - Earth.EQUATORIAL_RADIUS;
        double ra = insertion.getA() * (1 + insertion.getE()) - Earth.EQUATORIAL_RADIUS;
        assertThat(rp).isCloseTo(r.insertion().perigeeAltitudeM(), within(100.0));
        assertThat(ra).isCloseTo(r.insertion().apogeeAltitudeM(), within(100.0));
        // the inclination is the one to the true equator of date (GCRF's pole is off by precession, ~0.1 deg)
        org.orekit.frames.Frame tod = org.orekit.frames.FramesFactory.getTOD(org.orekit.utils.IERSConventions.IERS_2010, true);
        KeplerianOrbit inTod = new KeplerianOrbit(insertion.getPVCoordinates(tod), tod, insertion.getDate(), insertion.getMu());
        assertThat(Math.toDegrees(inTod.getI())).isCloseTo(97.40, within(0.01));

        Orbit delivered = r.deliveredOrbit(liftoff);
        KeplerianOrbit k = new KeplerianOrbit(delivered);
        assertThat(k.getA() - Earth.EQUATORIAL_RADIUS).isCloseTo(500e3, within(1_000.0));
        assertThat(k.getE()).isLessThan(1e-3);
        // delivered after the apogee burn: the same equator of date (the eighth session found the equator-of-date
        // inclination put straight into GCRF elements, 97.29 deg to the true equator)
        assertThat(r.extraBurns()).isNotEmpty();
        KeplerianOrbit deliveredInTod = new KeplerianOrbit(delivered.getPVCoordinates(tod), tod, delivered.getDate(),
                delivered.getMu());
        assertThat(Math.toDegrees(deliveredInTod.getI())).isCloseTo(97.40, within(0.01));
        // and Orekit propagates it: one period later the satellite is back where it was
        KeplerianPropagator p = new KeplerianPropagator(delivered);
        double period = delivered.getKeplerianPeriod();
        double back = p.propagate(delivered.getDate().shiftedBy(period)).getPosition()
                .distance(delivered.getPosition());
        assertThat(back).isLessThan(1.0);
    }
}
