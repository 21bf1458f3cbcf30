package space.cosmodrome.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.sgp4.BatchSgp4;
import space.cosmodrome.sgp4.Sgp4States;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Batch SGP4 against Orekit's TLEPropagator used the plain way (one propagator per object,
 * {@code getPVCoordinates(date)} per state), both single-threaded, on the same work: every object of the catalog
 * at every time of one day at 60 s steps (1441 times) from the catalog's latest epoch. One operation is every
 * object at the next 60 times of that day (operations cycle through the day), so a score divided by
 * {@code objects x 60} is the time per state, and the ratio of the two scores is the speed-up per core.
 *
 * <p>The catalog defaults to {@code data/tle/celestrak_active_2026-05-07.txt} (15,347 objects); give another with
 * {@code -p catalog=FILE}; {@code -p objects=N} keeps every k-th object so that about N remain (0 = all).</p>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class Sgp4Benchmark {
    /** Times per call of the batch propagator: one day at 60 s is propagated in blocks of this many times. */
    private static final int BLOCK = 60;

    @Param("data/tle/celestrak_active_2026-05-07.txt")
    public String catalog;

    @Param("0")
    public int objects;

    @Param("1441")
    public int times;

    @Param("60")
    public double stepSeconds;

    private BatchSgp4 sgp4;
    private Sgp4States block;
    private Sgp4States positionBlock;
    private TLEPropagator[] propagators;
    private AbsoluteDate start;
    private AbsoluteDate[] dates;
    private long states;

    @Setup(Level.Trial)
    public void setUp() {
        Path root = Paths.get(System.getProperty("cosmodrome.root", "."));
        Path data = root.resolve("data/orekit-data");
        OrekitData.load(data);
        List<TleElements> sets = TleReader.create().withLenient(true).read(root.resolve(catalog)).elementSets();
        if (objects > 0 && objects < sets.size()) {
            int stride = sets.size() / objects;
            List<TleElements> kept = new java.util.ArrayList<>();
            for (int i = 0; i < sets.size(); i += stride) {
                kept.add(sets.get(i));
            }
            sets = kept;
        }
        start = sets.stream().map(TleElements::epoch).max(AbsoluteDate::compareTo).orElseThrow();
        sgp4 = BatchSgp4.of(sets);
        block = sgp4.newStates(BLOCK);
        positionBlock = sgp4.newPositionStates(BLOCK);
        propagators = new TLEPropagator[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            propagators[i] = TLEPropagator.selectExtrapolator(
                    new TLE(sets.get(i).line1(), sets.get(i).line2(), OrekitData.utc()));
        }
        dates = new AbsoluteDate[times];
        for (int k = 0; k < times; k++) {
            dates[k] = start.shiftedBy(k * stepSeconds);
        }
        states = (long) sets.size() * times;
        System.err.printf("catalog %s: %d objects x %d times; one operation = %d objects x %d times = %d states%n",
                catalog, sets.size(), times, sets.size(), BLOCK, (long) sets.size() * BLOCK);
    }

    /** Block of the day the next operation propagates; operations cycle through the day. */
    private int nextBlock;

    private int blockStart() {
        int blocks = (times + BLOCK - 1) / BLOCK;
        int b = nextBlock;
        nextBlock = (b + 1) % blocks;
        return b * BLOCK;
    }

    /** The batch propagator, one thread: every object at the 60 times of the next block of the day. */
    @Benchmark
    public void batchSgp4(Blackhole hole) {
        int first = blockStart();
        int n = Math.min(BLOCK, times - first);
        Sgp4States out = n == BLOCK ? block : sgp4.newStates(n);
        sgp4.propagate(start.shiftedBy(first * stepSeconds), stepSeconds, n, out);
        hole.consume(out.xKm());
    }

    /** The batch propagator writing positions only (what pass prediction and coarse screening need). */
    @Benchmark
    public void batchSgp4PositionsOnly(Blackhole hole) {
        int first = blockStart();
        int n = Math.min(BLOCK, times - first);
        Sgp4States out = n == BLOCK ? positionBlock : sgp4.newPositionStates(n);
        sgp4.propagate(start.shiftedBy(first * stepSeconds), stepSeconds, n, out);
        hole.consume(out.xKm());
    }

    /** Orekit's TLEPropagator, one per object, getPVCoordinates(date), on the same block. */
    @Benchmark
    public void orekitTlePropagator(Blackhole hole) {
        int first = blockStart();
        int last = Math.min(times, first + BLOCK);
        for (TLEPropagator p : propagators) {
            for (int k = first; k < last; k++) {
                try {
                    PVCoordinates pv = p.getPVCoordinates(dates[k]);
                    hole.consume(pv);
                } catch (OrekitException e) {
                    hole.consume(e);
                }
            }
        }
    }

    /** @return states per operation, to turn the scores into time per state */
    public long statesPerOperation() {
        return states;
    }
}
