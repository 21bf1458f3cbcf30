package space.cosmodrome.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.orekit.time.TimeScales;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.Pass;
import space.cosmodrome.passes.PassPrediction;
import space.cosmodrome.passes.ShadowModel;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Pass prediction for many observers, for {@code spark-submit}:
 * <pre>
 * spark-submit --class space.cosmodrome.spark.PassesJob cosmodrome-spark-job.jar \
 *     --tle CATALOG --observers OBSERVERS.csv --from 2026-05-30T00:00:00Z --days 1 --out RESULTS
 *     [--min-elevation-deg 10] [--object-block 500] [--observer-block 16]
 * </pre>
 * OBSERVERS.csv: one observer a line, {@code name,latitudeDeg,longitudeDeg,altitudeM} ({@code #} comments). Writes
 * {@code RESULTS/passes.parquet} and {@code RESULTS/passes.csv}.
 */
public final class PassesJob {
    private static final Set<String> FLAGS = Set.of("--tle", "--observers", "--from", "--days", "--out",
            "--min-elevation-deg", "--object-block", "--observer-block");

    private PassesJob() {
    }

    /**
     * @param args see the class comment
     */
    public static void main(String[] args) {
        JobArguments.exitWith(args, PassesJob::run);
    }

    static int run(String[] args) {
        JobArguments values = JobArguments.parse(args, FLAGS, Set.of(),
                List.of("--tle", "--observers", "--from", "--days", "--out"));
        double days = values.days();
        Instant from = values.from();
        SparkPasses.Settings settings = new SparkPasses.Settings(
                Math.toRadians(values.number("--min-elevation-deg", 0)), Math.toRadians(-6.0),
                ShadowModel.CYLINDRICAL, 60.0);
        int objectBlock = (int) values.number("--object-block", SparkPasses.DEFAULT_OBJECT_BLOCK);
        int observerBlock = (int) values.number("--observer-block", SparkPasses.DEFAULT_OBSERVER_BLOCK);
        if (objectBlock < 1 || observerBlock < 1) {
            throw CosmodromeException.badValue("--object-block/--observer-block", objectBlock + "/" + observerBlock,
                    "1 or more");
        }

        SparkSession spark = SparkSession.builder().appName("cosmodrome-passes").getOrCreate();
        try {
            spark.conf().set("spark.sql.session.timeZone", "UTC");
            OrekitDataOnExecutors.ensureLoaded();
            String tle = values.text("--tle");
            List<TleElements> sets = TleReader.create().read(tle,
                    String.join("\n", spark.read().textFile(tle).collectAsList()) + "\n").elementSets();
            List<Observer> observers = observers(values.text("--observers"),
                    spark.read().textFile(values.text("--observers")).collectAsList());
            PassPrediction prediction = SparkPasses.predict(spark, sets, observers, from, days * 86400.0, settings,
                    objectBlock, observerBlock);
            write(spark, prediction, values.text("--out"));
            System.out.printf(Locale.ROOT, "%d passes of %d objects over %d observers in %.2f days; results in %s%n",
                    prediction.passes().size(), sets.size(), observers.size(), days, values.text("--out"));
            return 0;
        } finally {
            spark.stop();
        }
    }

    static List<Observer> observers(String file, List<String> lines) {
        List<Observer> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.replaceAll("#.*", "").trim();
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split(",");
            try {
                if (f.length != 4) {
                    throw new NumberFormatException();
                }
                out.add(Observer.ofDegrees(f[0].trim(), Double.parseDouble(f[1].trim()), Double.parseDouble(f[2].trim()),
                        Double.parseDouble(f[3].trim())));
            } catch (NumberFormatException e) {
                throw CosmodromeException.badFile(file, "line " + n + ": '" + line
                        + "' is not name,latitudeDeg,longitudeDeg,altitudeM", Map.of("line", n));
            }
        }
        if (out.isEmpty()) {
            throw CosmodromeException.badFile(file, "no observers", Map.of());
        }
        return out;
    }

    /** Writes {@code out/passes.parquet} and {@code out/passes.csv} (one file with a header). */
    static void write(SparkSession spark, PassPrediction prediction, String out) {
        TimeScales scales = OrekitData.context().getTimeScales();
        List<Row> rows = new ArrayList<>();
        for (Pass p : prediction.passes()) {
            rows.add(RowFactory.create(p.catalogNumber(), p.objectName(), p.observer(),
                    Timestamp.from(p.aos().toInstant(scales)), Timestamp.from(p.tca().toInstant(scales)),
                    Timestamp.from(p.los().toInstant(scales)), Math.toDegrees(p.maxElevationRad()),
                    Math.toDegrees(p.aosAzimuthRad()), Math.toDegrees(p.tcaAzimuthRad()),
                    Math.toDegrees(p.losAzimuthRad()), p.tcaRangeM() / 1000.0, p.visible(), p.startsBeforeWindow(),
                    p.endsAfterWindow()));
        }
        StructType schema = new StructType()
                .add("catalogNumber", DataTypes.IntegerType, false).add("objectName", DataTypes.StringType, false)
                .add("observer", DataTypes.StringType, false).add("aosUtc", DataTypes.TimestampType, false)
                .add("tcaUtc", DataTypes.TimestampType, false).add("losUtc", DataTypes.TimestampType, false)
                .add("maxElevationDeg", DataTypes.DoubleType, false).add("aosAzimuthDeg", DataTypes.DoubleType, false)
                .add("tcaAzimuthDeg", DataTypes.DoubleType, false).add("losAzimuthDeg", DataTypes.DoubleType, false)
                .add("tcaRangeKm", DataTypes.DoubleType, false).add("visible", DataTypes.BooleanType, false)
                .add("startsBeforeWindow", DataTypes.BooleanType, false)
                .add("endsAfterWindow", DataTypes.BooleanType, false);
        String base = out.endsWith("/") ? out : out + "/";
        var table = spark.createDataFrame(rows, schema).coalesce(1);
        table.write().mode(SaveMode.Overwrite).parquet(base + "passes.parquet");
        table.write().mode(SaveMode.Overwrite).option("header", "true")
                .option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").csv(base + "passes.csv");
    }
}
