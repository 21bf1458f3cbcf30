package space.cosmodrome.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.passes.HorizonMask;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.PassListener;
import space.cosmodrome.passes.PassPredictor;
import space.cosmodrome.passes.PassRun;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Where the pass predictor's time goes, in thread CPU time (for shared machines): the active catalog over the ten
 * observers of {@code examples/tracking/observers-10.yaml} (Svalbard with its mask), 7 days, minimum elevation 10°,
 * one thread, no output. First the batch SGP4 alone on the same coarse grids the predictor uses, then the whole
 * predictor; the difference is frame conversion, the geometric filter, the refinement and building the passes.
 *
 * <p>Run: {@code java -cp 'bench/target/cosmodrome-bench.jar:bench/target/lib/*' space.cosmodrome.bench.PassesCpuTime
 * [every-kth-object]}</p>
 */
public final class PassesCpuTime {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private PassesCpuTime() {
    }

    static List<Observer> observers() {
        double[][] sites = {{51.884, 128.333, 250}, {55.7558, 37.6173, 150}, {48.8566, 2.3522, 35},
            {5.236, -52.769, 10}, {29.7604, -95.3698, 15}, {35.6762, 139.6503, 40}, {-33.8688, 151.2093, 60},
            {-1.2921, 36.8219, 1795}, {-33.4489, -70.6693, 570}, {78.2298, 15.4078, 500}};
        String[] names = {"Vostochny", "Moscow", "Paris", "Kourou", "Houston", "Tokyo", "Sydney", "Nairobi",
            "Santiago", "Svalbard"};
        List<Observer> observers = new ArrayList<>();
        for (int o = 0; o < sites.length; o++) {
            observers.add(Observer.ofDegrees(names[o], sites[o][0], sites[o][1], sites[o][2]));
        }
        observers.set(9, observers.get(9).withMinElevation(Math.toRadians(5)).withMask(
                HorizonMask.ofDegrees(new double[] {0, 90, 180, 270}, new double[] {5, 12, 8, 15})));
        return observers;
    }

    public static void main(String[] args) {
        int every = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path root = Paths.get(System.getProperty("cosmodrome.root", "."));
        OrekitData.load(root.resolve("data/orekit-data"));
        List<TleElements> all = TleReader.create().withLenient(true)
                .read(root.resolve("data/tle/celestrak_active_2026-05-07.txt")).elementSets();
        List<TleElements> sets = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            sets.add(all.get(i));
        }
        AbsoluteDate start = new AbsoluteDate(2026, 5, 7, OrekitData.utc());
        double duration = 7 * 86400.0;
        PassPredictor predictor = PassPredictor.create().withMinElevation(Math.toRadians(10)).withThreads(1);
        List<Observer> observers = observers();
        long[] passes = new long[1];
        PassListener count = (index, set, found, failure) -> passes[0] += found.size();
        predictor.predict(sets.subList(0, Math.min(300, sets.size())), observers, start, duration, count); // warm-up

        Map<Double, List<TleElements>> byStep = new TreeMap<>();
        for (TleElements set : sets) {
            byStep.computeIfAbsent(predictor.coarseStepSeconds(set), k -> new ArrayList<>()).add(set);
        }
        long c0 = MX.getCurrentThreadCpuTime();
        long states = 0;
        for (Map.Entry<Double, List<TleElements>> e : byStep.entrySet()) {
            int n = (int) Math.ceil(duration / e.getKey()) + 1;
            List<TleElements> group = e.getValue();
            for (int from = 0; from < group.size(); from += 32) {
                BatchSgp4 sgp4 = BatchSgp4.of(group.subList(from, Math.min(group.size(), from + 32)));
                Sgp4States s = sgp4.newStates(n);
                sgp4.propagate(start, e.getKey(), n, s);
                states += (long) sgp4.size() * n;
            }
        }
        double sgp4Cpu = (MX.getCurrentThreadCpuTime() - c0) / 1e9;

        passes[0] = 0;
        c0 = MX.getCurrentThreadCpuTime();
        PassRun run = predictor.predict(sets, observers, start, duration, count);
        double totalCpu = (MX.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(Locale.ROOT, "%d objects x %d observers x 7 days, 1 thread: %d passes%n", sets.size(),
                observers.size(), run.passCount());
        System.out.printf(Locale.ROOT, "coarse grids: %s%n", byStep.entrySet().stream()
                .map(e -> (int) (double) e.getKey() + " s: " + e.getValue().size()).reduce((a, b) -> a + ", " + b)
                .orElse(""));
        System.out.printf(Locale.ROOT, "batch SGP4 on those grids: %.2f s CPU (%d states, %.0f ns/state)%n", sgp4Cpu,
                states, sgp4Cpu * 1e9 / states);
        System.out.printf(Locale.ROOT, "whole predictor: %.2f s CPU; the rest (ITRF, filter, refinement, passes): "
                + "%.2f s%n", totalCpu, totalCpu - sgp4Cpu);
    }
}
