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

    public static void main(String[] args) {
        Path root = Paths.get(System.getProperty("cosmodrome.root", "."));
        OrekitData.load(root.resolve("data/orekit-data"));
        List<TleElements> all = TleReader.create().withLenient(true)
                .read(root.resolve(args.length > 0 ? args[0] : "data/tle/celestrak_active_2026-05-07.txt")).elementSets();
        AbsoluteDate start = all.stream().map(TleElements::epoch).max(AbsoluteDate::compareTo).orElseThrow();
        BatchSgp4 sgp4 = BatchSgp4.of(all);
        List<TleElements> near = new ArrayList<>();
        List<TleElements> deep = new ArrayList<>();
        for (int i = 0; i < sgp4.size(); i++) {
            (sgp4.deepSpace(i) ? deep : near).add(all.get(i));
        }
        List<TLEPropagator> propagators = new ArrayList<>();
        for (TleElements e : all) {
            propagators.add(TLEPropagator.selectExtrapolator(new TLE(e.line1(), e.line2(), OrekitData.utc())));
        }
        int times = 1441;
        double step = 60.0;
        double batch = 0;
        double positionsOnly = 0;
        double orekit = 0;
        double[] parts = new double[2];
        for (int round = 0; round < 7; round++) {
            double b = batchCpu(sgp4, start, times, step, false);
            double o = orekitCpu(propagators, start, times, step);
            double p = batchCpu(sgp4, start, times, step, true);
            if (round >= 2) {
                batch += b / 5;
                orekit += o / 5;
                positionsOnly += p / 5;
                parts[0] += batchCpu(BatchSgp4.of(near), start, times, step, false) / 5;
                parts[1] += batchCpu(BatchSgp4.of(deep), start, times, step, false) / 5;
            }
        }
        long states = (long) all.size() * times;
        System.out.printf(Locale.ROOT, "%d objects (%d near-Earth, %d deep-space) x %d times = %d states, 1 thread%n",
                all.size(), near.size(), deep.size(), times, states);
        System.out.printf(Locale.ROOT, "batch SGP4:           %.1f ns/state CPU (near-Earth %.1f, deep-space %.1f)%n",
                batch / states * 1e9, parts[0] / ((long) near.size() * times) * 1e9,
                parts[1] / ((long) deep.size() * times) * 1e9);
        System.out.printf(Locale.ROOT, "batch SGP4 positions only: %.1f ns/state CPU%n", positionsOnly / states * 1e9);
        System.out.printf(Locale.ROOT, "Orekit TLEPropagator: %.1f ns/state CPU%n", orekit / states * 1e9);
        System.out.printf(Locale.ROOT, "ratio: %.2fx per core (positions only: %.2fx)%n", orekit / batch,
                orekit / positionsOnly);
    }

    private static double batchCpu(BatchSgp4 sgp4, AbsoluteDate start, int times, double step, boolean positions) {
        Sgp4States block = positions ? sgp4.newPositionStates(60) : sgp4.newStates(60);
        long c0 = MX.getCurrentThreadCpuTime();
        for (int first = 0; first < times; first += 60) {
            int n = Math.min(60, times - first);
            Sgp4States out = n == 60 ? block : positions ? sgp4.newPositionStates(n) : sgp4.newStates(n);
            sgp4.propagate(start.shiftedBy(first * step), step, n, out);
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
