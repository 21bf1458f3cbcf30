package space.cosmodrome.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.orbit.Bodies;

class ElevationMaskTest {
    static double[] rad(double... deg) {
        double[] r = new double[deg.length];
        for (int i = 0; i < deg.length; i++) {
            r[i] = Math.toRadians(deg[i]);
        }
        return r;
    }

    @Test
    void theTableIsInterpolatedLinearlyInAzimuthAndWrapsThroughNorth() {
        ElevationMask m = new ElevationMask(rad(0, 90, 180, 270), rad(10, 20, 0, 30));
        assertThat(Math.toDegrees(m.elevationAt(Math.toRadians(45)))).isCloseTo(15, offset(1e-9));
        assertThat(Math.toDegrees(m.elevationAt(Math.toRadians(135)))).isCloseTo(10, offset(1e-9));
        // from 270 (30 deg) to 360 = 0 (10 deg)
        assertThat(Math.toDegrees(m.elevationAt(Math.toRadians(315)))).isCloseTo(20, offset(1e-9));
        assertThat(Math.toDegrees(m.elevationAt(Math.toRadians(-45)))).isCloseTo(20, offset(1e-9));
        // a table starting past north wraps back to its last entry
        ElevationMask late = new ElevationMask(rad(90, 270), rad(0, 20));
        assertThat(Math.toDegrees(late.elevationAt(0))).isCloseTo(10, offset(1e-9));
        assertThatThrownBy(() -> new ElevationMask(rad(0, 0), rad(1, 2))).isInstanceOf(CosmodromeException.class);
        assertThatThrownBy(() -> new ElevationMask(rad(0, 360), rad(1, 2))).isInstanceOf(CosmodromeException.class);
        assertThatThrownBy(() -> new ElevationMask(rad(0), rad(-1))).isInstanceOf(CosmodromeException.class);
    }

    @Test
    void aFlatMaskGivesTheSameContactsAsTheSameMinimumElevation() {
        GroundStation plain = new GroundStation("s", Math.toRadians(78.23), Math.toRadians(15.39), 500, Math.toRadians(10));
        GroundStation masked = new GroundStation("s", plain.latitudeRad(), plain.longitudeRad(), 500, 0,
                new ElevationMask(rad(0, 180), rad(10, 10)));
        List<Contact> a = Contacts.find(ContactsTest.trajectory(), List.of(plain)).contacts();
        List<Contact> b = Contacts.find(ContactsTest.trajectory(), List.of(masked)).contacts();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Math.abs(a.get(i).aos().durationFrom(b.get(i).aos()))).isLessThan(1e-2);
            assertThat(Math.abs(a.get(i).los().durationFrom(b.get(i).los()))).isLessThan(1e-2);
        }
    }

    @Test
    void maskedContactTimesMatchBruteForceSamplingOfOrekitsAzimuthAndElevationWithinOneSecond() {
        GroundStation s = new GroundStation("svalbard", Math.toRadians(78.23), Math.toRadians(15.39), 500, Math.toRadians(2),
                new ElevationMask(rad(0, 90, 150, 210, 300), rad(3, 8, 25, 10, 3)));
        TopocentricFrame topo = Contacts.frameOf(Bodies.earth(), s);
        BoundedPropagator p = ContactsTest.trajectory().propagator();
        AbsoluteDate start = ContactsTest.trajectory().start();
        List<AbsoluteDate> transitions = new ArrayList<>();
        boolean above = false;
        for (double t = 0; t <= ContactsTest.trajectory().durationS(); t += 0.5) {
            AbsoluteDate d = start.shiftedBy(t);
            var pos = p.getPosition(d, p.getFrame());
            double el = topo.getElevation(pos, p.getFrame(), d);
            double az = topo.getAzimuth(pos, p.getFrame(), d);
            boolean now = el > s.minElevationAt(az);
            if (t == 0) {
                above = now;
            } else if (now != above) {
                transitions.add(d.shiftedBy(-0.25));
                above = now;
            }
        }
        List<AbsoluteDate> events = new ArrayList<>();
        for (Contact c : Contacts.find(ContactsTest.trajectory(), List.of(s)).contacts()) {
            if (!c.aos().equals(start)) {
                events.add(c.aos());
            }
            if (!c.los().equals(ContactsTest.trajectory().end())) {
                events.add(c.los());
            }
        }
        assertThat(events).hasSameSizeAs(transitions).isNotEmpty();
        for (int i = 0; i < events.size(); i++) {
            assertThat(Math.abs(events.get(i).durationFrom(transitions.get(i)))).isLessThan(1.0);
        }
    }
}
