package space.cosmodrome.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.TopocentricFrame;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Spacecraft;
import space.cosmodrome.orbit.Trajectory;

class ContactsTest {
    static Trajectory trajectory;
    static final GroundStation SVALBARD = new GroundStation("svalbard", Math.toRadians(78.23), Math.toRadians(15.39), 500, Math.toRadians(5));
    static final GroundStation MOSCOW = new GroundStation("moscow", Math.toRadians(55.75), Math.toRadians(37.62), 150, Math.toRadians(10));

    /** @return the shared 12-hour trajectory, propagated once */
    static synchronized Trajectory trajectory() {
        if (trajectory == null) {
            propagate();
        }
        return trajectory;
    }

    @BeforeAll
    static synchronized void propagate() {
        if (trajectory != null) {
            return;
        }
        OrekitData.context();
        AbsoluteDate epoch = new AbsoluteDate(2026, 12, 1, 0, 0, 0.0, OrekitData.utc());
        OrbitSpec spec = new OrbitSpec.SunSynchronous(500_000, 10.5, epoch);
        trajectory = Trajectory.propagate(spec.initialOrbit(), new Spacecraft(350, 2, 2.2, 2, 1.3), PropagationModel.J2,
                epoch, epoch.shiftedBy(12 * 3600), 30, f -> { });
    }

    @Test
    void contactsAreSortedDisjointPerStationAndAosBeforeLos() {
        ContactReport r = Contacts.find(trajectory, List.of(SVALBARD, MOSCOW));
        assertThat(r.contacts()).isNotEmpty();
        for (int i = 1; i < r.contacts().size(); i++) {
            assertThat(r.contacts().get(i).aos()).isGreaterThanOrEqualTo(r.contacts().get(i - 1).aos());
        }
        for (GroundStation s : List.of(SVALBARD, MOSCOW)) {
            List<Contact> cs = r.of(s);
            for (int i = 0; i < cs.size(); i++) {
                Contact c = cs.get(i);
                assertThat(c.aos()).isLessThan(c.los());
                assertThat(c.culmination()).isBetween(c.aos(), c.los());
                assertThat(c.maxElevationRad()).isGreaterThanOrEqualTo(s.minElevationRad());
                if (i > 0) {
                    assertThat(c.aos()).isGreaterThan(cs.get(i - 1).los());
                }
            }
        }
        // Svalbard at 78 N sees a polar orbiter on most revolutions
        assertThat(r.of(SVALBARD).size()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aLowerElevationMaskNeverGivesLessContactTime() {
        double previous = Double.POSITIVE_INFINITY;
        for (double maskDeg : new double[] {0, 5, 10, 20, 40}) {
            GroundStation s = new GroundStation("m", MOSCOW.latitudeRad(), MOSCOW.longitudeRad(), MOSCOW.altitudeM(), Math.toRadians(maskDeg));
            double total = Contacts.find(trajectory, List.of(s)).totalDurationS();
            assertThat(total).as("mask %s deg", maskDeg).isLessThanOrEqualTo(previous);
            previous = total;
        }
    }

    @Test
    void contactTimesMatchBruteForceElevationSamplingWithinOneSecond() {
        OneAxisEllipsoid earth = Bodies.earth();
        TopocentricFrame topo = Contacts.frameOf(earth, SVALBARD);
        // brute force: elevation every 0.5 s, transitions through the minimum
        List<AbsoluteDate> transitions = new java.util.ArrayList<>();
        boolean above = Contacts.elevation(topo, trajectory, trajectory.start()) > SVALBARD.minElevationRad();
        for (double t = 0.5; t <= trajectory.durationS(); t += 0.5) {
            AbsoluteDate d = trajectory.start().shiftedBy(t);
            boolean now = Contacts.elevation(topo, trajectory, d) > SVALBARD.minElevationRad();
            if (now != above) {
                transitions.add(d.shiftedBy(-0.25));
                above = now;
            }
        }
        List<Contact> found = Contacts.find(trajectory, List.of(SVALBARD)).contacts();
        List<AbsoluteDate> eventTimes = new java.util.ArrayList<>();
        for (Contact c : found) {
            if (!c.truncated()) {
                eventTimes.add(c.aos());
                eventTimes.add(c.los());
            }
        }
        assertThat(eventTimes).hasSameSizeAs(transitions);
        // culmination: no sampled elevation inside a pass exceeds the reported maximum
        for (Contact c : found) {
            double max = Double.NEGATIVE_INFINITY;
            for (double t = 0; t <= c.durationS(); t += 0.5) {
                max = Math.max(max, Contacts.elevation(topo, trajectory, c.aos().shiftedBy(t)));
            }
            assertThat(c.maxElevationRad()).isGreaterThanOrEqualTo(max - 1e-9);
            assertThat(c.maxElevationRad() - max).isLessThan(Math.toRadians(0.01));
        }
        for (int i = 0; i < transitions.size(); i++) {
            assertThat(Math.abs(eventTimes.get(i).durationFrom(transitions.get(i)))).isLessThan(1.0);
        }
    }
}
