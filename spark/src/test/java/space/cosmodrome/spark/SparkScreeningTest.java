package space.cosmodrome.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.conjunction.Conjunction;
import space.cosmodrome.conjunction.ConjunctionScreener;
import space.cosmodrome.conjunction.Screening;
import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * The Spark job against the reference nobody here changed for it: the single-machine {@link ConjunctionScreener}
 * on the same 332-object sample of the October 2023 catalog (see {@code resources/screening/README.md}). Small time
 * slices and thin radial shells make many borders, so that approaches found twice near them are merged. A local[2]
 * session with two shuffle partitions.
 */
class SparkScreeningTest {
    static SparkSession spark;
    static List<TleElements> sample;
    static final Instant START = Instant.parse("2023-10-10T00:00:00Z");
    static final double SPAN = 6 * 3600.0;
    static final double THRESHOLD_KM = 30.0;

    @BeforeAll
    static void start() throws Exception {
        OrekitData.context();
        try (Reader r = new InputStreamReader(SparkScreeningTest.class.getResourceAsStream(
                "/screening/sample_2023-10.3le"), StandardCharsets.US_ASCII)) {
            sample = TleReader.create().read("sample_2023-10.3le", r).elementSets();
        }
        spark = TestSpark.session();
    }

    @Test
    void allAgainstAllMatchesTheSingleMachineScreener(@TempDir Path out) throws Exception {
        ScreeningOptions options = new ScreeningOptions(THRESHOLD_KM, 60.0, 2);
        Screening single = ConjunctionScreener.of(sample).screen(new AbsoluteDate(START, OrekitData.utc()), SPAN,
                options);
        SparkScreening.Outcome spread = SparkScreening.screen(spark, sample, START, SPAN, options, Set.of(), 1.0, 8, 20.0);

        assertThat(single.conjunctions()).hasSizeGreaterThan(20);
        assertSame(spread.screening().conjunctions(), single.conjunctions());
        assertThat(spread.plan().slices()).isEqualTo(6);
        assertThat(spread.plan().shells()).isGreaterThan(3);
        assertThat(spread.tasks()).isGreaterThan(spread.plan().slices() * 3);
        // borders were crossed: some approaches came out of two tasks and were merged
        assertThat(spread.found()).isGreaterThan(single.conjunctions().size());

        SparkScreening.write(spark, spread.screening(), out.toString());
        Dataset<Row> parquet = spark.read().parquet(out.resolve(SparkScreening.PARQUET).toString());
        assertThat(parquet.count()).isEqualTo(single.conjunctions().size());
        assertThat(parquet.columns()).contains("object1CatalogNumber", "tcaUtc", "missDistanceKm", "state1TemeKmKmps");
        List<Path> csv;
        try (Stream<Path> files = Files.list(out.resolve(SparkScreening.CSV))) {
            csv = files.filter(p -> p.toString().endsWith(".csv")).collect(Collectors.toList());
        }
        assertThat(csv).hasSize(1);
        List<String> lines = Files.readAllLines(csv.get(0));
        assertThat(lines.get(0)).startsWith("object1CatalogNumber,object1Name,");
        assertThat(lines).hasSize(single.conjunctions().size() + 1);
    }

    @Test
    void primariesMatchTheSingleMachineScreener() {
        ScreeningOptions options = new ScreeningOptions(THRESHOLD_KM, 60.0, 2);
        List<Conjunction> all = ConjunctionScreener.of(sample).screen(new AbsoluteDate(START, OrekitData.utc()), SPAN,
                options).conjunctions();
        Set<Integer> primaries = Set.of(all.get(0).object1().catalogNumber(), all.get(all.size() / 2).object2()
                .catalogNumber());
        Screening single = ConjunctionScreener.of(sample).screen(new AbsoluteDate(START, OrekitData.utc()), SPAN,
                options, primaries, ConjunctionScreener.Progress.NONE);
        SparkScreening.Outcome spread = SparkScreening.screen(spark, sample, START, SPAN, options, primaries, 3.0, 3, 40.0);
        assertThat(single.conjunctions()).isNotEmpty();
        assertSame(spread.screening().conjunctions(), single.conjunctions());
    }

    @Test
    void anApproachOnASliceBorderIsReportedOnce() {
        ScreeningOptions options = new ScreeningOptions(THRESHOLD_KM, 60.0, 2);
        AbsoluteDate start = new AbsoluteDate(START, OrekitData.utc());
        Conjunction c = ConjunctionScreener.of(sample).screen(start, SPAN, options).conjunctions().get(5);
        // move the start so that the border after 60 coarse steps falls on this approach's time of closest approach
        double offset = c.tca().durationFrom(start) - 60 * 60.0;
        Instant shifted = START.plusNanos(Math.round(offset * 1e9));
        Screening single = ConjunctionScreener.of(sample).screen(new AbsoluteDate(shifted, OrekitData.utc()), SPAN,
                options);
        SparkScreening.Outcome spread = SparkScreening.screen(spark, sample, shifted, SPAN, options, Set.of(),
                60 * 60.0 / 3600.0, 1, 200.0);
        assertSame(spread.screening().conjunctions(), single.conjunctions());
        long onBorder = spread.screening().conjunctions().stream()
                .filter(x -> x.object1().equals(c.object1()) && x.object2().equals(c.object2())
                        && Math.abs(x.tca().durationFrom(c.tca())) < 1.0)
                .count();
        assertThat(onBorder).isEqualTo(1);
    }

    @Test
    void theEntryPointOfTheCommandLineExists() throws Exception {
        // cli's SparkBridge finds it by name: screen --spark
        assertThat(SparkScreening.class.getMethod("screenEmbedded", String.class, List.class, Instant.class,
                double.class, ScreeningOptions.class, Set.class, Path.class, java.io.PrintWriter.class)).isNotNull();
    }

    /**
     * Same approaches: same pair, time of closest approach within 1 ms and miss distance within 1 m; for slow
     * encounters (under 100 m/s), whose range is flat at the minimum, the time within 0.5 s (as the core's brute-force
     * test allows).
     */
    static void assertSame(List<Conjunction> actual, List<Conjunction> expected) {
        List<String> missing = new ArrayList<>();
        List<Conjunction> left = new ArrayList<>(actual);
        for (Conjunction e : expected) {
            Conjunction match = null;
            for (Conjunction a : left) {
                double tolerance = e.relativeSpeedKmps() < 0.1 ? 0.5 : 1e-3;
                if (a.object1().equals(e.object1()) && a.object2().equals(e.object2())
                        && Math.abs(a.tca().durationFrom(e.tca())) <= tolerance
                        && Math.abs(a.missDistanceKm() - e.missDistanceKm()) <= 1e-3) {
                    match = a;
                    break;
                }
            }
            if (match == null) {
                missing.add(describe(e));
            } else {
                left.remove(match);
            }
        }
        assertThat(missing).as("approaches of the single-machine run missing from the Spark run").isEmpty();
        assertThat(left.stream().map(SparkScreeningTest::describe).collect(Collectors.toList()))
                .as("approaches of the Spark run that the single-machine run does not have").isEmpty();
    }

    static String describe(Conjunction c) {
        return c.object1().catalogNumber() + "-" + c.object2().catalogNumber() + " at " + c.tca() + " "
                + c.missDistanceKm() + " km, " + c.relativeSpeedKmps() + " km/s";
    }
}
