package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;

/** {@code cosmodrome bench ...}: timings anyone can run on their machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time the engines on your machine.",
        subcommands = {BenchCommand.Sgp4.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "sgp4", mixinStandardHelpOptions = true,
            description = "Batch SGP4 over a catalog on a time grid (and plain Orekit TLEPropagator with --orekit).")
    static final class Sgp4 implements Callable<Integer> {
        /**
         * Objects and times per call of the batch propagator: long calls are faster per state (its vector passes run
         * over the times of a call), and 512 objects x 1441 times (a day at 60 s) hold 38 MB of states.
         */
        private static final int OBJECTS_PER_CALL = 512;
        private static final int TIMES_PER_CALL = 1441;

        @Spec
        CommandSpec spec;
        @Option(names = "--catalog", required = true, paramLabel = "FILE", description = "TLE or 3LE catalog.")
        Path catalog;
        @Option(names = "--days", defaultValue = "1", paramLabel = "D", description = "Span (days, default 1).")
        double days;
        @Option(names = "--step-s", defaultValue = "60", paramLabel = "S", description = "Step (s, default 60).")
        double stepS;
        @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Threads for the batch propagator (default 1).")
        int threads;
        @Option(names = "--orekit", description = "Also time Orekit's TLEPropagator, one per object, getPVCoordinates(date), one thread.")
        boolean orekit;
        @Option(names = "--lenient", description = "Skip malformed entries instead of stopping.")
        boolean lenient;
        @Option(names = "--json", description = "Print one JSON document on standard output.")
        boolean json;
        @Option(names = "--data", paramLabel = "DIR", description = "Orekit data directory.")
        Path data;

        @Override
        public Integer call() {
            Common.range("--days", days, 1e-4, 366, "days");
            Common.range("--step-s", stepS, 1, 86400, "s");
            Common.range("--threads", threads, 1, 256, "threads");
            if (data != null) {
                OrekitData.load(data);
            } else {
                OrekitData.context();
            }
            PrintWriter err = spec.commandLine().getErr();
            List<TleElements> sets = TleInput.load(catalog, "--catalog", lenient, null, err);
            int count = (int) Math.floor(days * 86400.0 / stepS) + 1;
            AbsoluteDate start = sets.stream().map(TleElements::epoch).max(AbsoluteDate::compareTo).orElseThrow();

            long t0 = System.nanoTime();
            BatchSgp4 sgp4 = BatchSgp4.of(sets);
            double initSeconds = (System.nanoTime() - t0) / 1e9;
            batch(sgp4, start, Math.min(count, 241)); // warm-up
            t0 = System.nanoTime();
            long failed = batch(sgp4, start, count);
            double batchSeconds = (System.nanoTime() - t0) / 1e9;
            long states = (long) sets.size() * count;
            err.printf(Locale.ROOT, "batch SGP4: %d objects x %d times = %d states in %.3f s (%.3g states/s, %d threads)%n",
                    sets.size(), count, states, batchSeconds, states / batchSeconds, threads);

            Object orekitResult = null;
            double ratio = Double.NaN;
            if (orekit) {
                TLEPropagator[] propagators = new TLEPropagator[sets.size()];
                for (int i = 0; i < sets.size(); i++) {
                    propagators[i] = TLEPropagator.selectExtrapolator(sets.get(i).orekitTle(OrekitData.utc()));
                }
                plainOrekit(propagators, start, Math.min(count, 180)); // warm-up
                t0 = System.nanoTime();
                long orekitFailed = plainOrekit(propagators, start, count);
                double orekitSeconds = (System.nanoTime() - t0) / 1e9;
                err.printf(Locale.ROOT, "Orekit TLEPropagator: %d states in %.3f s (%.3g states/s, 1 thread)%n", states,
                        orekitSeconds, states / orekitSeconds);
                ratio = orekitSeconds / batchSeconds;
                orekitResult = Json.object("objects", sets.size(), "states", states, "seconds", Json.round(orekitSeconds, 3),
                        "statesPerSecond", Math.round(states / orekitSeconds), "threads", 1, "failedStates", orekitFailed);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(Json.object("objects", sets.size(), "times", count, "states", states,
                        "seconds", Json.round(batchSeconds, 3), "statesPerSecond", Math.round(states / batchSeconds),
                        "threads", threads, "objectsPerCall", Math.min(OBJECTS_PER_CALL, sets.size()),
                        "timesPerCall", Math.min(TIMES_PER_CALL, count),
                        "initializationSeconds", Json.round(initSeconds, 3), "failedStates", failed,
                        "stepS", stepS, "days", days, "orekit", orekitResult,
                        "speedup", orekit ? Json.round(ratio, 2) : null)));
            } else {
                out.printf(Locale.ROOT, "objects %d, states %d, seconds %.3f, statesPerSecond %.0f%s%n", sets.size(), states,
                        batchSeconds, states / batchSeconds, orekit ? String.format(Locale.ROOT, ", %.1fx Orekit", ratio) : "");
            }
            out.flush();
            return 0;
        }

        /** Every object at every time, in calls of up to {@link #OBJECTS_PER_CALL} x {@link #TIMES_PER_CALL}. */
        private long batch(BatchSgp4 sgp4, AbsoluteDate start, int count) {
            long failed = 0;
            Map<Long, Sgp4States> blocks = new HashMap<>();
            for (int firstObject = 0; firstObject < sgp4.size(); firstObject += OBJECTS_PER_CALL) {
                int objects = Math.min(OBJECTS_PER_CALL, sgp4.size() - firstObject);
                for (int first = 0; first < count; first += TIMES_PER_CALL) {
                    int n = Math.min(TIMES_PER_CALL, count - first);
                    Sgp4States out = blocks.computeIfAbsent((long) objects << 32 | n, key -> new Sgp4States(objects, n));
                    sgp4.propagate(firstObject, start.shiftedBy(first * stepS), stepS, n, out, threads);
                    failed += out.failedCount();
                }
            }
            return failed;
        }

        private long plainOrekit(TLEPropagator[] propagators, AbsoluteDate start, int count) {
            long failed = 0;
            double sink = 0;
            for (TLEPropagator p : propagators) {
                for (int k = 0; k < count; k++) {
                    try {
                        sink += p.getPVCoordinates(start.shiftedBy(k * stepS)).getPosition().getX();
                    } catch (OrekitException e) {
                        failed++;
                    }
                }
            }
            if (sink == 42.0) {
                spec.commandLine().getErr().print("");
            }
            return failed;
        }
    }

}
