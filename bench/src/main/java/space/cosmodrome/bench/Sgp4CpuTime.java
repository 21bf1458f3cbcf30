package space.cosmodrome.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * The work of {@link Sgp4Benchmark} timed in thread CPU time instead of wall time, for machines shared with other
 * jobs, where JMH's wall-clock scores swing with the load: every object of the active catalog over one day at 60 s
 * (in blocks of 60 times), batch SGP4 and Orekit's TLEPropagator alternately, five rounds after two warm-up rounds.
 * Prints the CPU time per state of each and their ratio, also for the near-Earth and deep-space parts and for
 * positions-only states.
 *
 * <p>Run: {@code java -cp 'bench/target/cosmodrome-bench.jar:bench/target/lib/*' space.cosmodrome.bench.Sgp4CpuTime}</p>
 */
public final class Sgp4CpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private Sgp4CpuTime() {
    }

    /** Objects per call of the measured shape. */
    static final int OBJECTS_PER_CALL = 512;
    /** Times per call of the measured shape: the whole day at 60 s. */
    static final int TIMES_PER_CALL = 1441;
    /** Times per call of the earlier shape, reported beside it. */
    static final int SHORT_CALL = 60;

    public static void main(String[] args) {
        Path root = Paths.get(System.getProperty("cosmodrome.root", "."));
        OrekitData.load(root.resolve("data/orekit-data"));
        List<TleElements> all = TleReader.create().withLenient(true)
                .read(root.resolve(args.length > 0 ? args[0] : "data/tle/celestrak_active_2026-05-07.txt")).elementSets();
        AbsoluteDate start = all.stream().map(TleElements::epoch).max(AbsoluteDate::compareTo).orElseThrow();
        BatchSgp4 sgp4 = BatchSgp4.of(all);
        int times = 1441;
        double step = 60.0;
        if (args.length > 1 && args[1].equals("sweep")) {
            sweep(sgp4, start, times, step);
            return;
        }
        if (args.length > 3 && args[1].equals("shape")) {
            // batch SGP4 alone in one call shape, for profiling
            int objects = Integer.parseInt(args[2]);
            int timesPerCall = Integer.parseInt(args[3]);
            for (int round = 0; round < 10; round++) {
                double b = batchCpu(sgp4, start, times, step, false, objects, timesPerCall);
                System.out.printf(Locale.ROOT, "round %d, %d objects x %d times: %.1f ns/state%n", round, objects,
                        timesPerCall, b / ((long) sgp4.size() * times) * 1e9);
            }
            return;
        }
        List<TleElements> near = new ArrayList<>();
        List<TleElements> deep = new ArrayList<>();
        for (int i = 0; i < sgp4.size(); i++) {
            (sgp4.deepSpace(i) ? deep : near).add(all.get(i));
        }
        BatchSgp4 nearSgp4 = BatchSgp4.of(near);
        BatchSgp4 deepSgp4 = BatchSgp4.of(deep);
        List<TLEPropagator> propagators = new ArrayList<>();
        for (TleElements e : all) {
            propagators.add(TLEPropagator.selectExtrapolator(new TLE(e.line1(), e.line2(), OrekitData.utc())));
        }
        double batch = 0;
        double positionsOnly = 0;
        double shortCalls = 0;
        double orekit = 0;
        double[] parts = new double[2];
        for (int round = 0; round < 7; round++) {
            double b = batchCpu(sgp4, start, times, step, false, OBJECTS_PER_CALL, TIMES_PER_CALL);
            double o = orekitCpu(propagators, start, times, step);
            double p = batchCpu(sgp4, start, times, step, true, OBJECTS_PER_CALL, TIMES_PER_CALL);
            double s = batchCpu(sgp4, start, times, step, false, 0, SHORT_CALL);
            if (round >= 2) {
                batch += b / 5;
                orekit += o / 5;
                positionsOnly += p / 5;
                shortCalls += s / 5;
                parts[0] += batchCpu(nearSgp4, start, times, step, false, OBJECTS_PER_CALL, TIMES_PER_CALL) / 5;
                parts[1] += batchCpu(deepSgp4, start, times, step, false, OBJECTS_PER_CALL, TIMES_PER_CALL) / 5;
            }
        }
        long states = (long) all.size() * times;
        System.out.printf(Locale.ROOT, "%d objects (%d near-Earth, %d deep-space) x %d times = %d states, 1 thread%n",
                all.size(), near.size(), deep.size(), times, states);
        System.out.printf(Locale.ROOT, "batch SGP4, calls of %d objects x %d times: %.1f ns/state CPU "
                + "(near-Earth %.1f, deep-space %.1f)%n", OBJECTS_PER_CALL, TIMES_PER_CALL, batch / states * 1e9,
                parts[0] / ((long) near.size() * times) * 1e9, parts[1] / ((long) deep.size() * times) * 1e9);
        System.out.printf(Locale.ROOT, "  positions only: %.1f ns/state CPU%n", positionsOnly / states * 1e9);
        System.out.printf(Locale.ROOT, "  calls of all objects x %d times: %.1f ns/state CPU%n", SHORT_CALL,
                shortCalls / states * 1e9);
        System.out.printf(Locale.ROOT, "Orekit TLEPropagator: %.1f ns/state CPU%n", orekit / states * 1e9);
        System.out.printf(Locale.ROOT, "ratio: %.2fx per core (positions only: %.2fx; calls of %d times: %.2fx)%n",
                orekit / batch, orekit / positionsOnly, SHORT_CALL, orekit / shortCalls);
    }

    /** Batch SGP4 alone in several call shapes (no Orekit), to choose the shape. */
    private static void sweep(BatchSgp4 sgp4, AbsoluteDate start, int times, double step) {
        int[][] shapes = {{0, 60}, {0, 240}, {4096, 480}, {1024, 480}, {256, 480}, {64, 480}, {1024, 1441},
            {512, 1441}, {256, 1441}, {64, 1441}, {16, 1441}, {1024, 721}, {256, 721}};
        long states = (long) sgp4.size() * times;
        for (int round = 0; round < 3; round++) {
            for (int[] shape : shapes) {
                double b = batchCpu(sgp4, start, times, step, false, shape[0], shape[1]);
                double p = batchCpu(sgp4, start, times, step, true, shape[0], shape[1]);
                System.out.printf(Locale.ROOT, "round %d, %5d objects x %4d times: %.1f ns/state, positions %.1f%n",
                        round, shape[0], shape[1], b / states * 1e9, p / states * 1e9);
            }
        }
    }

    /**
     * The whole catalog over the day in calls of {@code objectsPerCall} objects (all when 0) by {@code timesPerCall}
     * times, object chunks outermost; the result arrays of a call are reused.
     */
    static double batchCpu(BatchSgp4 sgp4, AbsoluteDate start, int times, double step, boolean positions,
            int objectsPerCall, int timesPerCall) {
        int chunk = objectsPerCall <= 0 ? sgp4.size() : Math.min(objectsPerCall, sgp4.size());
        java.util.Map<Long, Sgp4States> blocks = new java.util.HashMap<>();
        long c0 = MX.getCurrentThreadCpuTime();
        for (int firstObject = 0; firstObject < sgp4.size(); firstObject += chunk) {
            int objects = Math.min(chunk, sgp4.size() - firstObject);
            for (int first = 0; first < times; first += timesPerCall) {
                int n = Math.min(timesPerCall, times - first);
                Sgp4States out = blocks.computeIfAbsent((long) objects << 32 | n,
                        key -> positions ? Sgp4States.positionsOnly(objects, n) : new Sgp4States(objects, n));
                sgp4.propagate(firstObject, start.shiftedBy(first * step), step, n, out);
            }
        }
        return (MX.getCurrentThreadCpuTime() - c0) / 1e9;
    }

    private static double orekitCpu(List<TLEPropagator> propagators, AbsoluteDate start, int times, double step) {
        double sink = 0;
        long c0 = MX.getCurrentThreadCpuTime();
        for (TLEPropagator p : propagators) {
            for (int k = 0; k < times; k++) {
                try {
                    sink += p.getPVCoordinates(start.shiftedBy(k * step)).getPosition().getX();
                } catch (OrekitException e) {
                    sink += 1;
                }
            }
        }
        double seconds = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
        return sink == 0.5 ? seconds + 1e-12 : seconds;
    }
}
