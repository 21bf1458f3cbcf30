package space.cosmodrome.passes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Pass prediction against two independent references: dense brute-force sampling (Orekit's TLEPropagator and
 * TopocentricFrame every second) and Orekit's ElevationDetector. Rises, culminations and sets must agree within 1 s.
 */
class PassPredictorTest {
    private static final double MIN_ELEVATION = Math.toRadians(10.0);
    private static List<TleElements> stations;
    private static List<TleElements> geo;
    private static List<TleElements> active;
    private static Frame itrf;
    private static OneAxisEllipsoid earth;

    static List<TleElements> read(String name) throws IOException {
        try (InputStream in = PassPredictorTest.class.getResourceAsStream("/tle/" + name)) {
            return TleReader.create(OrekitData.utc())
                    .read(name, new String(in.readAllBytes(), StandardCharsets.US_ASCII)).elementSets();
        }
    }

    @BeforeAll
    static void setUp() throws IOException {
        stations = read("celestrak_stations_2026-05-30.tle");
        geo = read("celestrak_geo_2026-05-30.tle");
        active = read("celestrak_active_2026-05-07_first300.txt");
        itrf = OrekitData.context().getFrames().getITRF(IERSConventions.IERS_2010, true);
        earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING, itrf);
    }

    private static TleElements byNumber(List<TleElements> sets, int catalog) {
        return sets.stream().filter(s -> s.catalogNumber() == catalog).findFirst().orElseThrow();
    }

    private static final Observer PARIS = Observer.ofDegrees("Paris", 48.8566, 2.3522, 35.0);
    private static final Observer VOSTOCHNY = Observer.ofDegrees("Vostochny", 51.884, 128.333, 250.0);

    /** Crossings of the minimum elevation and the culmination, sampled every second with Orekit. */
    private static List<double[]> bruteForce(TleElements set, Observer observer, AbsoluteDate start, double seconds) {
        TLEPropagator propagator = TLEPropagator.selectExtrapolator(new TLE(set.line1(), set.line2(), OrekitData.utc()));
        TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(observer.latitudeRad(),
                observer.longitudeRad(), observer.altitudeM()), observer.name());
        List<double[]> passes = new ArrayList<>();
        double previous = Double.NaN;
        double aos = Double.NaN;
        double best = -10;
        double tca = Double.NaN;
        for (int s = 0; s <= seconds; s++) {
            AbsoluteDate t = start.shiftedBy(s);
            double el = topo.getElevation(propagator.getPosition(t, itrf), itrf, t) - MIN_ELEVATION;
            if (s > 0 && previous <= 0 && el > 0) {
                aos = s - 1 + previous / (previous - el);
                best = -10;
            }
            if (el > 0 && el > best) {
                best = el;
                tca = s;
            }
            if (s > 0 && previous > 0 && el <= 0 && !Double.isNaN(aos)) {
                passes.add(new double[] {aos, tca, s - 1 + previous / (previous - el)});
                aos = Double.NaN;
            }
            previous = el;
        }
        return passes;
    }

    @Test
    void issOverParisAgreesWithOneSecondBruteForceWithinOneSecond() {
        TleElements iss = byNumber(stations, 25544);
        AbsoluteDate start = iss.epoch();
        double window = 2 * 86400.0;
        PassPrediction prediction = PassPredictor.create().withMinElevation(MIN_ELEVATION)
                .predict(List.of(iss), List.of(PARIS), start, window);
        List<double[]> reference = bruteForce(iss, PARIS, start, window);
        assertThat(reference).hasSizeGreaterThanOrEqualTo(4);
        List<Pass> complete = prediction.passes().stream().filter(p -> !p.startsBeforeWindow() && !p.endsAfterWindow())
                .collect(Collectors.toList());
        assertThat(complete).hasSize(reference.size());
        for (int k = 0; k < reference.size(); k++) {
            Pass p = complete.get(k);
            double[] r = reference.get(k);
            assertThat(p.aos().durationFrom(start)).as("AOS %d", k).isCloseTo(r[0], within(1.0));
            assertThat(p.tca().durationFrom(start)).as("TCA %d", k).isCloseTo(r[1], within(1.0));
            assertThat(p.los().durationFrom(start)).as("LOS %d", k).isCloseTo(r[2], within(1.0));
            assertThat(p.maxElevationRad()).isGreaterThan(MIN_ELEVATION);
        }
    }

    @Test
    void activeSampleAgreesWithOrekitElevationDetectorWithinOneSecond() {
        List<TleElements> sample = new ArrayList<>();
        for (int i = 0; i < active.size(); i += 15) {
            sample.add(active.get(i));
        }
        AbsoluteDate start = sample.stream().map(TleElements::epoch).max(AbsoluteDate::compareTo).orElseThrow();
        double window = 86400.0;
        PassPrediction prediction = PassPredictor.create().withMinElevation(MIN_ELEVATION)
                .predict(sample, List.of(VOSTOCHNY), start, window);
        TopocentricFrame topo = new TopocentricFrame(earth, new GeodeticPoint(VOSTOCHNY.latitudeRad(),
                VOSTOCHNY.longitudeRad(), VOSTOCHNY.altitudeM()), "Vostochny");
        int compared = 0;
        for (TleElements set : sample) {
            TLEPropagator propagator = TLEPropagator.selectExtrapolator(
                    new TLE(set.line1(), set.line2(), OrekitData.utc()));
            EventsLogger logger = new EventsLogger();
            propagator.addEventDetector(logger.monitorDetector(new ElevationDetector(topo)
                    .withConstantElevation(MIN_ELEVATION).withMaxCheck(10.0).withThreshold(1.0e-3)
                    .withHandler(new ContinueOnEvent())));
            propagator.propagate(start, start.shiftedBy(window));
            List<Double> events = logger.getLoggedEvents().stream().map(e -> e.getState().getDate().durationFrom(start))
                    .collect(Collectors.toList());
            List<Double> ours = new ArrayList<>();
            for (Pass p : prediction.passes()) {
                if (p.catalogNumber() == set.catalogNumber()) {
                    if (!p.startsBeforeWindow()) {
                        ours.add(p.aos().durationFrom(start));
                    }
                    if (!p.endsAfterWindow()) {
                        ours.add(p.los().durationFrom(start));
                    }
                }
            }
            assertThat(ours).as("events of %d", set.catalogNumber()).hasSameSizeAs(events);
            for (int k = 0; k < events.size(); k++) {
                assertThat(ours.get(k)).as("event %d of %d", k, set.catalogNumber()).isCloseTo(events.get(k), within(1.0));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    void passesAreSortedDisjointAndOrdered() {
        List<TleElements> sample = active.subList(0, 100);
        AbsoluteDate start = sample.get(0).epoch();
        List<Observer> observers = List.of(PARIS, VOSTOCHNY, Observer.ofDegrees("Kourou", 5.236, -52.769, 10),
                Observer.ofDegrees("McMurdo", -77.846, 166.676, 10).withMinElevation(Math.toRadians(5)));
        PassPrediction prediction = PassPredictor.create().withThreads(2).predict(sample, observers, start, 86400.0);
        assertThat(prediction.passes()).isNotEmpty();
        Pass previous = null;
        for (Pass p : prediction.passes()) {
            assertThat(p.aos()).isLessThan(p.los());
            assertThat(p.aos().compareTo(p.tca())).isLessThanOrEqualTo(0);
            assertThat(p.tca().compareTo(p.los())).isLessThanOrEqualTo(0);
            if (!p.startsBeforeWindow() && !p.endsAfterWindow()) {
                assertThat(p.aos()).isLessThan(p.tca());
                assertThat(p.tca()).isLessThan(p.los());
            }
            if (previous != null && previous.catalogNumber() == p.catalogNumber()
                    && previous.observer().equals(p.observer())) {
                assertThat(previous.los()).isLessThan(p.aos());
            }
            previous = p;
        }
        PassPrediction single = PassPredictor.create().withThreads(1).predict(sample, observers, start, 86400.0);
        assertThat(single.passes()).isEqualTo(prediction.passes());
    }

    @Test
    void geostationaryObjectAboveTheHorizonIsOnePassSpanningTheWindow() {
        // a GEO satellite seen from the sub-satellite longitude, on the equator: always up
        TleElements set = geo.stream().filter(s -> s.eccentricity() < 0.001
                && Math.abs(s.meanMotionRevPerDay() - 1.0027) < 0.001
                && s.inclinationRad() < Math.toRadians(0.1)).findFirst().orElseThrow();
        AbsoluteDate start = set.epoch();
        TLEPropagator propagator = TLEPropagator.selectExtrapolator(new TLE(set.line1(), set.line2(), OrekitData.utc()));
        GeodeticPoint below = earth.transform(propagator.getPosition(start, itrf), itrf, start);
        Observer under = Observer.ofDegrees("under", 0.0, Math.toDegrees(below.getLongitude()), 0.0);
        Observer opposite = Observer.ofDegrees("opposite", 0.0, Math.toDegrees(below.getLongitude()) + 180, 0.0);
        PassPrediction prediction = PassPredictor.create().withMinElevation(MIN_ELEVATION)
                .predict(List.of(set), List.of(under, opposite), start, 3 * 86400.0);
        assertThat(prediction.passes()).hasSize(1);
        Pass pass = prediction.passes().get(0);
        assertThat(pass.observer()).isEqualTo("under");
        assertThat(pass.alwaysAbove()).isTrue();
        assertThat(pass.aos()).isEqualTo(start);
        assertThat(pass.los()).isEqualTo(start.shiftedBy(3 * 86400.0));
        assertThat(Math.toDegrees(pass.maxElevationRad())).isGreaterThan(80);
    }

    @Test
    void horizonMaskDelaysRisesAndRemovesLowPasses() {
        TleElements iss = byNumber(stations, 25544);
        AbsoluteDate start = iss.epoch();
        HorizonMask wall = HorizonMask.ofDegrees(new double[] {0, 90, 180, 270}, new double[] {30, 30, 30, 30});
        PassPrediction open = PassPredictor.create().withMinElevation(MIN_ELEVATION)
                .predict(List.of(iss), List.of(PARIS), start, 86400.0);
        PassPrediction masked = PassPredictor.create().withMinElevation(MIN_ELEVATION)
                .predict(List.of(iss), List.of(PARIS.withMask(wall)), start, 86400.0);
        long high = open.passes().stream().filter(p -> p.maxElevationRad() > Math.toRadians(30)).count();
        assertThat(masked.passes()).hasSize((int) high);
        for (Pass p : masked.passes()) {
            assertThat(p.durationSeconds()).isLessThan(400);
        }
    }

    @Test
    void streamedRunDeliversObjectsInOrderAndStopsWhenCancelled() {
        List<TleElements> sample = active.subList(0, 200);
        AbsoluteDate start = sample.get(0).epoch();
        List<Integer> order = new ArrayList<>();
        PassRun all = PassPredictor.create().withThreads(2).predict(sample, List.of(PARIS), start, 86400.0,
                (index, set, passes, failure) -> order.add(index));
        assertThat(order).hasSize(200);
        for (int k = 0; k < order.size(); k++) {
            assertThat(order.get(k)).isEqualTo(k);
        }
        assertThat(all.cancelled()).isFalse();
        List<Integer> some = new ArrayList<>();
        PassRun stopped = PassPredictor.create().withThreads(2).predict(sample, List.of(PARIS), start, 86400.0,
                new PassListener() {
                    @Override
                    public void objectDone(int index, TleElements set, List<Pass> passes, ObjectFailure failure) {
                        some.add(index);
                    }

                    @Override
                    public boolean cancelled() {
                        return some.size() >= 40;
                    }
                });
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.objectsDone()).isEqualTo(some.size()).isLessThan(200).isGreaterThanOrEqualTo(40);
    }
}
