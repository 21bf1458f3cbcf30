package space.cosmodrome.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.DoubleAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.conjunction.Conjunction;
import space.cosmodrome.conjunction.ConjunctionScreener;
import space.cosmodrome.conjunction.Screening;
import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.conjunction.ScreeningStatistics;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.tle.TleElements;

/**
 * Conjunction screening as a Spark job. The driver computes the radial bands and the {@link ScreeningPlan},
 * broadcasts the element sets with the plan ({@link ScreeningInput}), runs one task per (time slice, radial shell)
 * ({@link SliceScreening}), merges the approaches found twice near borders by pair ({@link Duplicates}, one
 * shuffle of the few approaches found) and collects them. Results can be written as Parquet and CSV.
 */
public final class SparkScreening {
    /** Sub-directory of the output directory holding the Parquet files. */
    public static final String PARQUET = "conjunctions.parquet";
    /** Sub-directory of the output directory holding the CSV file. */
    public static final String CSV = "conjunctions.csv";

    private SparkScreening() {
    }

    /**
     * A screening done by Spark.
     *
     * @param screening the approaches and counters, as the single-machine screener gives them
     * @param plan how the work was cut
     * @param tasks number of (slice, shell) tasks run
     * @param found approaches found by the tasks before duplicates near borders were merged
     */
    public record Outcome(Screening screening, ScreeningPlan plan, int tasks, long found) {
    }

    /**
     * A local Spark session for embedded runs and tests: no web UI, UTC, few shuffle partitions.
     * @param master Spark master, such as {@code local[*]} or {@code local[2]}
     * @return the session (stop it when done)
     */
    public static SparkSession localSession(String master) {
        return SparkSession.builder().appName("cosmodrome-screen").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /**
     * The entry point of {@code cosmodrome screen --spark MASTER} (called by reflection, so that the command line
     * does not need Spark on its class path): starts a session on that master, screens, writes Parquet and CSV
     * when asked, stops the session.
     * @param master Spark master
     * @param catalog element sets, one per catalog number
     * @param start first instant
     * @param spanSeconds span (s)
     * @param options threshold and step (threads are Spark's business)
     * @param primaries catalog numbers of the primaries, empty for all against all
     * @param out directory for the Parquet and CSV results, or null
     * @param progress where to report finished tasks (every 10 %), or null
     * @return the screening
     */
    public static Screening screenEmbedded(String master, List<TleElements> catalog, Instant start,
            double spanSeconds, ScreeningOptions options, Set<Integer> primaries, Path out, PrintWriter progress) {
        SparkSession spark = localSession(master);
        try {
            if (progress != null) {
                spark.sparkContext().addSparkListener(new TaskProgress(progress));
            }
            Outcome outcome = screen(spark, catalog, start, spanSeconds, options, primaries,
                    ScreeningPlan.DEFAULT_SLICE_HOURS, 0, ScreeningPlan.DEFAULT_MIN_SHELL_KM);
            if (progress != null) {
                progress.printf(Locale.ROOT, "spark: %d tasks (%d time slices of %.1f h x %d radial shells), %d "
                        + "approaches found, %d after merging those found twice near borders%n", outcome.tasks(),
                        outcome.plan().slices(), outcome.plan().sliceSeconds() / 3600.0, outcome.plan().shells(),
                        outcome.found(), outcome.screening().conjunctions().size());
                progress.flush();
            }
            if (out != null) {
                write(spark, outcome.screening(), out.toString());
            }
            return outcome.screening();
        } finally {
            spark.stop();
        }
    }

    /** Progress lines on standard error: screening tasks done, every 10 %. */
    private static final class TaskProgress extends SparkListener {
        private final PrintWriter out;
        private final long start = System.nanoTime();
        private int total;
        private int done;
        private int lastTenth;

        TaskProgress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public synchronized void onStageSubmitted(SparkListenerStageSubmitted stage) {
            if (total == 0) {
                total = stage.stageInfo().numTasks();
            }
        }

        @Override
        public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
            if (total == 0 || done >= total) {
                return;
            }
            done++;
            int tenth = done * 10 / total;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.printf(Locale.ROOT, "spark: %3d %% of %d screening tasks, %.0f s%n", done * 100 / total, total,
                        (System.nanoTime() - start) * 1e-9);
                out.flush();
            }
        }
    }

    /**
     * Screens on the session's cluster.
     * @param spark the session
     * @param catalog element sets, one per catalog number
     * @param start first instant
     * @param spanSeconds span (s)
     * @param options threshold and step
     * @param primaries catalog numbers of the primaries, empty for all against all
     * @param sliceHours length of a time slice (h)
     * @param shells number of radial shells wanted; 0 for enough to give the cluster's cores three tasks each
     *        with the time slices (at most {@value ScreeningPlan#MAX_AUTO_SHELLS}): each shell repeats the work on
     *        the objects near its borders
     * @param minShellKm smallest thickness of a radial shell (km)
     * @return the screening and how it was cut
     */
    public static Outcome screen(SparkSession spark, List<TleElements> catalog, Instant start, double spanSeconds,
            ScreeningOptions options, Set<Integer> primaries, double sliceHours, int shells, double minShellKm) {
        long wallStart = System.nanoTime();
        ConjunctionScreener.of(catalog); // the core's checks: not empty, one set per catalog number
        if (!(spanSeconds > 0.0) || !Double.isFinite(spanSeconds)) {
            throw CosmodromeException.badValue("durationSeconds", spanSeconds, "more than 0 s");
        }
        int n = catalog.size();
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = catalog.get(i).catalogNumber();
        }
        for (int id : primaries) {
            if (Arrays.stream(ids).noneMatch(x -> x == id)) {
                throw CosmodromeException.unknownId("primaries", Integer.toString(id), "not in the catalog");
            }
        }
        AbsoluteDate startDate = new AbsoluteDate(start, OrekitData.utc());
        RadialBands.Bands bands = RadialBands.of(catalog, startDate, spanSeconds);
        int shellCount = shells;
        if (shellCount == 0) {
            int slices = ScreeningPlan.of(spanSeconds, options, sliceHours, 1, minShellKm, bands).slices();
            int cores = spark.sparkContext().defaultParallelism();
            shellCount = Math.max(1, Math.min(ScreeningPlan.MAX_AUTO_SHELLS, (3 * cores + slices - 1) / slices));
        }
        ScreeningPlan plan = ScreeningPlan.of(spanSeconds, options, sliceHours, shellCount, minShellKm, bands);
        ScreeningInput input = new ScreeningInput(ElementLines.of(catalog), start, spanSeconds, options.thresholdKm(),
                options.stepSeconds(), primaries, plan);
        List<int[]> tasks = new ArrayList<>(plan.tasks(ids, primaries));
        // the fullest shells first, so that the long tasks do not start last
        tasks.sort(Comparator.comparingInt((int[] t) -> -plan.members(t[1]).length).thenComparingInt(t -> t[0]));

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ScreeningInput> shared = jsc.broadcast(input);
        LongAccumulator gridPairs = spark.sparkContext().longAccumulator("gridPairs");
        LongAccumulator linearPairs = spark.sparkContext().longAccumulator("linearPairs");
        LongAccumulator foundCount = spark.sparkContext().longAccumulator("found");
        DoubleAccumulator propagation = spark.sparkContext().doubleAccumulator("propagationSeconds");
        List<FoundConjunction> merged = List.of();
        if (!tasks.isEmpty()) {
            int partitions = Math.max(1, Math.min(tasks.size(),
                    Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"))));
            JavaRDD<FoundConjunction> found = jsc.parallelize(tasks, tasks.size()).flatMap(task -> {
                SliceScreening.Result r = SliceScreening.run(shared.value(), task[0], task[1]);
                gridPairs.add(r.gridPairs());
                linearPairs.add(r.linearPairs());
                foundCount.add(r.found().size());
                propagation.add(r.propagationSeconds());
                return r.found().iterator();
            });
            merged = found.keyBy(FoundConjunction::pairKey).groupByKey(partitions)
                    .flatMap(pair -> Duplicates.merge(pair._2()).iterator()).collect();
        }
        shared.destroy();

        List<Conjunction> conjunctions = new ArrayList<>(merged.size());
        for (FoundConjunction f : merged) {
            conjunctions.add(f.toConjunction(startDate));
        }
        conjunctions.sort(Comparator.comparing(Conjunction::tca).thenComparingInt(c -> c.object1().catalogNumber())
                .thenComparingInt(c -> c.object2().catalogNumber()));
        int valid = 0;
        for (double lo : bands.lo()) {
            valid += Double.isNaN(lo) ? 0 : 1;
        }
        long[] pairs = bandPairs(bands, ids, primaries, options.thresholdKm());
        int steps = (int) Math.ceil(spanSeconds / options.stepSeconds() - 1e-9) + 1;
        ScreeningStatistics stats = new ScreeningStatistics(n, valid, bands.rejected(), pairs[0], pairs[1], steps,
                gridPairs.value(), linearPairs.value(), conjunctions.size(), (System.nanoTime() - wallStart) * 1e-9,
                propagation.value());
        Screening screening = new Screening(startDate, startDate.shiftedBy(spanSeconds), options, conjunctions, stats);
        return new Outcome(screening, plan, tasks.size(), foundCount.value());
    }

    /**
     * Writes {@code out/conjunctions.parquet} (all columns, with the TEME states) and {@code out/conjunctions.csv}
     * (one CSV file with a header, without the states), replacing earlier results there.
     * @param spark the session
     * @param screening the result
     * @param out output directory (any path Spark writes to)
     */
    public static void write(SparkSession spark, Screening screening, String out) {
        List<Row> rows = new ArrayList<>();
        for (Conjunction c : screening.conjunctions()) {
            Instant tca = c.tca().toInstant(OrekitData.context().getTimeScales());
            rows.add(RowFactory.create(c.object1().catalogNumber(), c.object1().name(),
                    c.object1().internationalDesignator(), c.object2().catalogNumber(), c.object2().name(),
                    c.object2().internationalDesignator(), Timestamp.from(tca), c.missDistanceKm(),
                    c.relativeSpeedKmps(), c.radialKm(), c.inTrackKm(), c.crossTrackKm(), c.state1(), c.state2()));
        }
        // rows spread over partitions of at most 2,000 (small tasks), then one shuffle into one file per format
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Dataset<Row> table = spark.createDataFrame(jsc.parallelize(rows, Math.max(1, rows.size() / 2000)), schema())
                .repartition(1);
        String base = out.endsWith("/") ? out : out + "/";
        table.write().mode(SaveMode.Overwrite).parquet(base + PARQUET);
        table.drop("state1TemeKmKmps", "state2TemeKmKmps").write().mode(SaveMode.Overwrite)
                .option("header", "true").option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                .csv(base + CSV);
    }

    /** @return the columns of the written results, named as in the JSON output */
    public static StructType schema() {
        List<StructField> f = new ArrayList<>();
        f.add(DataTypes.createStructField("object1CatalogNumber", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("object1Name", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("object1InternationalDesignator", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("object2CatalogNumber", DataTypes.IntegerType, false));
        f.add(DataTypes.createStructField("object2Name", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("object2InternationalDesignator", DataTypes.StringType, false));
        f.add(DataTypes.createStructField("tcaUtc", DataTypes.TimestampType, false));
        f.add(DataTypes.createStructField("missDistanceKm", DataTypes.DoubleType, false));
        f.add(DataTypes.createStructField("relativeSpeedKmps", DataTypes.DoubleType, false));
        f.add(DataTypes.createStructField("radialKm", DataTypes.DoubleType, false));
        f.add(DataTypes.createStructField("inTrackKm", DataTypes.DoubleType, false));
        f.add(DataTypes.createStructField("crossTrackKm", DataTypes.DoubleType, false));
        f.add(DataTypes.createStructField("state1TemeKmKmps", DataTypes.createArrayType(DataTypes.DoubleType, false),
                false));
        f.add(DataTypes.createStructField("state2TemeKmKmps", DataTypes.createArrayType(DataTypes.DoubleType, false),
                false));
        return DataTypes.createStructType(f);
    }

    /** @return {pairs to screen, pairs whose radial bands meet within the threshold}, over objects SGP4 accepts */
    static long[] bandPairs(RadialBands.Bands bands, int[] ids, Set<Integer> primaries, double threshold) {
        double[] lo = bands.lo();
        double[] hi = bands.hi();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < lo.length; i++) {
            if (!Double.isNaN(lo[i])) {
                valid.add(i);
            }
        }
        long n = valid.size();
        if (primaries.isEmpty()) {
            double[] sortedLo = valid.stream().mapToDouble(i -> lo[i]).sorted().toArray();
            long disjoint = 0;
            for (int i : valid) {
                int k = Arrays.binarySearch(sortedLo, Math.nextUp(hi[i] + threshold));
                int firstAbove = k >= 0 ? k : -k - 1;
                while (firstAbove > 0 && sortedLo[firstAbove - 1] > hi[i] + threshold) {
                    firstAbove--;
                }
                while (firstAbove < sortedLo.length && sortedLo[firstAbove] <= hi[i] + threshold) {
                    firstAbove++;
                }
                disjoint += sortedLo.length - firstAbove;
            }
            return new long[] {n * (n - 1) / 2, n * (n - 1) / 2 - disjoint};
        }
        long total = 0;
        long meet = 0;
        for (int a : valid) {
            if (!primaries.contains(ids[a])) {
                continue;
            }
            for (int b : valid) {
                if (b == a || (primaries.contains(ids[b]) && b < a)) {
                    continue;
                }
                total++;
                if (lo[b] <= hi[a] + threshold && lo[a] <= hi[b] + threshold) {
                    meet++;
                }
            }
        }
        return new long[] {total, meet};
    }
}
