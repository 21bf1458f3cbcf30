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
 * at every time of one day at 60 s steps (1441 times) from the catalog's latest epoch. One operation is that whole
 * work (22.1 million states on the active catalog) for every benchmark, so the ratio of two scores is the speed-up
 * per core and a score divided by {@code objects x 1441} is the time per state.
 *
 * <p>The batch propagator is called in chunks of {@value #OBJECTS_PER_CALL} objects over the whole day
 * ({@link #batchSgp4}, the shape a catalog user asks for; {@link #batchSgp4PositionsOnly} the same with positions
 * only), and, beside it, the whole catalog in calls of {@value #SHORT_CALL} times ({@link #batchSgp4Calls60}), the
 * shape of the earlier measurements.</p>
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
    /** Objects per call of the batch propagator, over all the times of the day. */
    static final int OBJECTS_PER_CALL = 512;
    /** Times per call in the shape of the earlier measurements (the whole catalog per call). */
    static final int SHORT_CALL = 60;

    @Param("data/tle/celestrak_active_2026-05-07.txt")
    public String catalog;

    @Param("0")
    public int objects;

    @Param("1441")
    public int times;

    @Param("60")
    public double stepSeconds;

    private BatchSgp4 sgp4;
    private Sgp4States[] chunks;
    private Sgp4States[] positionChunks;
    private Sgp4States[] shortBlocks;
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
        int chunkCount = (sets.size() + OBJECTS_PER_CALL - 1) / OBJECTS_PER_CALL;
        chunks = new Sgp4States[chunkCount];
        positionChunks = new Sgp4States[chunkCount];
        for (int c = 0; c < chunkCount; c++) {
            int n = Math.min(OBJECTS_PER_CALL, sets.size() - c * OBJECTS_PER_CALL);
            // the last, shorter chunk gets its own arrays; the others share one set, as a caller would
            chunks[c] = c > 0 && n == OBJECTS_PER_CALL ? chunks[0] : new Sgp4States(n, times);
            positionChunks[c] = c > 0 && n == OBJECTS_PER_CALL ? positionChunks[0] : Sgp4States.positionsOnly(n, times);
        }
        int blockCount = (times + SHORT_CALL - 1) / SHORT_CALL;
        shortBlocks = new Sgp4States[blockCount];
        for (int b = 0; b < blockCount; b++) {
            int n = Math.min(SHORT_CALL, times - b * SHORT_CALL);
            shortBlocks[b] = b > 0 && n == SHORT_CALL ? shortBlocks[0] : sgp4.newStates(n);
        }
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
        System.err.printf("catalog %s: one operation = %d objects x %d times = %d states%n", catalog, sets.size(),
                times, states);
    }

    /** The batch propagator, one thread: the whole day, in chunks of objects. */
    @Benchmark
    public void batchSgp4(Blackhole hole) {
        for (int c = 0; c < chunks.length; c++) {
            sgp4.propagate(c * OBJECTS_PER_CALL, start, stepSeconds, times, chunks[c]);
            hole.consume(chunks[c].xKm());
        }
    }

    /** The same writing positions only (what pass prediction and coarse screening need). */
    @Benchmark
    public void batchSgp4PositionsOnly(Blackhole hole) {
        for (int c = 0; c < positionChunks.length; c++) {
            sgp4.propagate(c * OBJECTS_PER_CALL, start, stepSeconds, times, positionChunks[c]);
            hole.consume(positionChunks[c].xKm());
        }
    }

    /** The batch propagator in the shape of the earlier measurements: the whole catalog, 60 times per call. */
    @Benchmark
    public void batchSgp4Calls60(Blackhole hole) {
        for (int b = 0; b < shortBlocks.length; b++) {
            sgp4.propagate(start.shiftedBy(b * SHORT_CALL * stepSeconds), stepSeconds, shortBlocks[b].timeCount(),
                    shortBlocks[b]);
            hole.consume(shortBlocks[b].xKm());
        }
    }

    /** Orekit's TLEPropagator, one per object, getPVCoordinates(date), on the same work. */
    @Benchmark
    public void orekitTlePropagator(Blackhole hole) {
        for (TLEPropagator p : propagators) {
            for (int k = 0; k < times; k++) {
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
