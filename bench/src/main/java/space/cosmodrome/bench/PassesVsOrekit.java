package space.cosmodrome.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.PassPrediction;
import space.cosmodrome.passes.PassPredictor;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Whole-command comparison for pass prediction: the plain Orekit way (one TLEPropagator with one ElevationDetector
 * per satellite and observer, max check 60 s, threshold 1 ms) against {@link PassPredictor}, both on one thread,
 * on a subset of the catalog (every k-th object), over the ten observers of
 * {@code examples/tracking/observers-10.yaml} (positions only, minimum elevation 10°) for 7 days. The Orekit time
 * is extrapolated to the whole catalog by the number of objects.
 *
 * <p>Run: {@code java -cp 'bench/target/cosmodrome-bench.jar:bench/target/lib/*' space.cosmodrome.bench.PassesVsOrekit [objects]}</p>
 */
public final class PassesVsOrekit {
    private PassesVsOrekit() {
    }

    public static void main(String[] args) {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path root = Paths.get(System.getProperty("cosmodrome.root", "."));
        OrekitData.load(root.resolve("data/orekit-data"));
        List<TleElements> all = TleReader.create().withLenient(true)
                .read(root.resolve("data/tle/celestrak_active_2026-05-07.txt")).elementSets();
        List<TleElements> subset = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / wanted)) {
            subset.add(all.get(i));
        }
        double[][] sites = {{51.884, 128.333, 250}, {55.7558, 37.6173, 150}, {48.8566, 2.3522, 35},
            {5.236, -52.769, 10}, {29.7604, -95.3698, 15}, {35.6762, 139.6503, 40}, {-33.8688, 151.2093, 60},
            {-1.2921, 36.8219, 1795}, {-33.4489, -70.6693, 570}, {78.2298, 15.4078, 500}};
        List<Observer> observers = new ArrayList<>();
        for (int o = 0; o < sites.length; o++) {
            observers.add(Observer.ofDegrees("site" + o, sites[o][0], sites[o][1], sites[o][2]));
        }
        AbsoluteDate start = new AbsoluteDate(2026, 5, 7, OrekitData.utc());
        double duration = 7 * 86400.0;
        double minElevation = Math.toRadians(10.0);

        PassPredictor predictor = PassPredictor.create().withMinElevation(minElevation).withThreads(1);
        predictor.predict(subset.subList(0, Math.min(20, subset.size())), observers, start, 86400.0); // warm-up
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = mx.getCurrentThreadCpuTime();
        PassPrediction ours = predictor.predict(subset, observers, start, duration);
        double oursSeconds = (System.nanoTime() - t0) / 1e9;
        double oursCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;

        Frame itrf = OrekitData.context().getFrames().getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, itrf);
        List<TopocentricFrame> topos = new ArrayList<>();
        for (int o = 0; o < sites.length; o++) {
            topos.add(new TopocentricFrame(earth, new GeodeticPoint(Math.toRadians(sites[o][0]),
                    Math.toRadians(sites[o][1]), sites[o][2]), "site" + o));
        }
        runOrekit(subset.subList(0, Math.min(5, subset.size())), topos, start, 86400.0, minElevation); // warm-up
        t0 = System.nanoTime();
        c0 = mx.getCurrentThreadCpuTime();
        long events = runOrekit(subset, topos, start, duration, minElevation);
        double orekitSeconds = (System.nanoTime() - t0) / 1e9;
        double orekitCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;

        double scale = (double) all.size() / subset.size();
        System.out.printf(Locale.ROOT, "subset: %d of %d objects x %d observers x 7 days, 1 thread%n", subset.size(),
                all.size(), observers.size());
        System.out.printf(Locale.ROOT, "PassPredictor: %d passes in %.2f s (CPU %.2f s)%n", ours.passes().size(),
                oursSeconds, oursCpu);
        System.out.printf(Locale.ROOT, "Orekit ElevationDetector: %d events (~%d passes) in %.2f s (CPU %.2f s)%n",
                events, events / 2, orekitSeconds, orekitCpu);
        System.out.printf(Locale.ROOT, "ratio %.1fx wall, %.1fx CPU; Orekit extrapolated to the whole catalog: %.0f s"
                + " CPU on 1 thread%n", orekitSeconds / oursSeconds, orekitCpu / oursCpu, orekitCpu * scale);
    }

    private static long runOrekit(List<TleElements> sets, List<TopocentricFrame> topos, AbsoluteDate start,
            double duration, double minElevation) {
        long events = 0;
        for (TleElements set : sets) {
            for (TopocentricFrame topo : topos) {
                try {
                    TLEPropagator propagator = TLEPropagator.selectExtrapolator(
                            new TLE(set.line1(), set.line2(), OrekitData.utc()));
                    EventsLogger logger = new EventsLogger();
                    propagator.addEventDetector(logger.monitorDetector(new ElevationDetector(topo)
                            .withConstantElevation(minElevation).withMaxCheck(60.0).withThreshold(1.0e-3)
                            .withHandler(new ContinueOnEvent())));
                    propagator.propagate(start, start.shiftedBy(duration));
                    events += logger.getLoggedEvents().size();
                } catch (RuntimeException e) {
                    // a decayed object: Orekit stops; counted as no more events
                }
            }
        }
        return events;
    }
}
