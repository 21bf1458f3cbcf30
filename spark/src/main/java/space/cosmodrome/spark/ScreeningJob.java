package space.cosmodrome.spark;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.sql.SparkSession;

import space.cosmodrome.conjunction.ScreeningCatalog;
import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.conjunction.ScreeningStatistics;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.tle.TleFile;
import space.cosmodrome.tle.TleReader;

/**
 * The main class of the job jar, for {@code spark-submit}:
 * <pre>
 * spark-submit --class space.cosmodrome.spark.ScreeningJob cosmodrome-spark-job.jar \
 *     --catalog CATALOG --from 2023-10-10T00:00:00Z --days 7 --threshold-km 5 --out RESULTS [--primary 25544,48274]
 *     [--step-s 60] [--slice-hours 6] [--shells N] [--min-shell-km 200] [--lenient]
 * </pre>
 * The catalog (TLE or 3LE) and the output directory are any paths Spark reads and writes (local, HDFS, S3...).
 * Writes {@code RESULTS/conjunctions.parquet} and {@code RESULTS/conjunctions.csv}; prints one summary line.
 * Exit codes as the command line's: 2 bad input, 3 missing data, 1 internal error.
 */
public final class ScreeningJob {
    private static final Set<String> FLAGS = Set.of("--catalog", "--from", "--days", "--threshold-km", "--out",
            "--primary", "--step-s", "--slice-hours", "--shells", "--min-shell-km");

    private ScreeningJob() {
    }

    /**
     * @param args see the class comment
     */
    public static void main(String[] args) {
        JobArguments.exitWith(args, a -> run(a, System.out));
    }

    static int run(String[] args, PrintStream out) {
        JobArguments values = JobArguments.parse(args, FLAGS, Set.of("--lenient"),
                List.of("--catalog", "--from", "--days", "--threshold-km", "--out"));
        boolean lenient = values.has("--lenient");
        double days = values.days();
        double thresholdKm = values.number("--threshold-km", 5);
        if (!(thresholdKm > 0.0 && thresholdKm <= 200.0)) {
            throw CosmodromeException.badValue("--threshold-km", thresholdKm, "more than 0 and at most 200 km");
        }
        Instant from = values.from();
        ScreeningOptions options = new ScreeningOptions(thresholdKm, values.number("--step-s", 60), 1);
        double sliceHours = values.number("--slice-hours", ScreeningPlan.DEFAULT_SLICE_HOURS);
        int shells = (int) values.number("--shells", 0);
        double minShellKm = values.number("--min-shell-km", ScreeningPlan.DEFAULT_MIN_SHELL_KM);

        SparkSession spark = SparkSession.builder().appName("cosmodrome-screen").getOrCreate();
        try {
            spark.conf().set("spark.sql.session.timeZone", "UTC");
            OrekitDataOnExecutors.ensureLoaded();
            String catalog = values.text("--catalog");
            String text = String.join("\n", spark.read().textFile(catalog).collectAsList()) + "\n";
            TleFile file = TleReader.create().withLenient(lenient).read(catalog, text);
            if (file.skippedCount() > 0) {
                System.err.println("warning: skipped " + file.skippedCount() + " malformed entries of " + catalog);
            }
            ScreeningCatalog unique = ScreeningCatalog.deduplicate(file.elementSets());
            if (!unique.duplicates().isEmpty()) {
                System.err.println("warning: " + unique.duplicates().size() + " catalog number(s) appear more than once;"
                        + " kept the newest epoch of each");
            }
            Set<Integer> primaries = new LinkedHashSet<>();
            if (values.has("--primary")) {
                for (String id : values.text("--primary").split(",")) {
                    try {
                        primaries.add(Integer.parseInt(id.trim()));
                    } catch (NumberFormatException e) {
                        throw CosmodromeException.badValue("--primary", values.text("--primary"),
                                "catalog numbers separated by commas");
                    }
                }
            }
            SparkScreening.Outcome outcome = SparkScreening.screen(spark, unique.sets(), from, days * 86400.0, options,
                    primaries, sliceHours, shells, minShellKm);
            SparkScreening.write(spark, outcome.screening(), values.text("--out"));
            ScreeningStatistics s = outcome.screening().statistics();
            out.printf(Locale.ROOT, "screened %d objects over %.2f days in %.1f s: %d conjunction(s) under %.3f km; "
                    + "%d tasks (%d time slices x %d radial shells); results in %s%n",
                    s.objects(), days, s.seconds(), s.conjunctions(), thresholdKm, outcome.tasks(),
                    outcome.plan().slices(), outcome.plan().shells(), values.text("--out"));
            return 0;
        } finally {
            spark.stop();
        }
    }
}
