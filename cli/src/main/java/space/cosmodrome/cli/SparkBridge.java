package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import space.cosmodrome.conjunction.Screening;
import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.tle.TleElements;

/**
 * {@code screen --spark}: runs the screening through the spark module's job, embedded, found by name on the class
 * path. The command line does not depend on that module, so the launcher's first build and every command without
 * {@code --spark} stay free of Spark; {@code ./cosmodrome} builds the module and adds it (with Spark) to the class
 * path the first time {@code --spark} is given.
 */
final class SparkBridge {
    static final String ENTRY = "space.cosmodrome.spark.SparkScreening";
    static final String HOW_TO_BUILD = "run it through ./cosmodrome (which builds the spark module the first time "
            + "--spark is given), or build it with 'mvn -q -B -DskipTests package -pl spark -am' and put "
            + "spark/target/cosmodrome-spark.jar and spark/target/lib/* on the class path";

    private SparkBridge() {
    }

    /** Checks --spark and --spark-out before anything is read. */
    static void checkOptions(String master, Path out) {
        if (out != null && master == null) {
            throw CosmodromeException.missing("--spark", "--spark-out is written by the Spark job: give --spark local[*]");
        }
        if (master != null && !master.matches("local(\\[[0-9*]+(,[0-9]+)?\\])?|yarn|(spark|k8s)://\\S+")) {
            throw CosmodromeException.badValue("--spark", master, "a Spark master: local[*], local[N], spark://HOST:PORT");
        }
        if (master != null) {
            entry();
        }
    }

    /** @return the embedded entry point of the spark module, or a missing-data error saying how to get it */
    private static Method entry() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession");
            return Class.forName(ENTRY).getMethod("screenEmbedded", String.class, List.class, Instant.class,
                    double.class, ScreeningOptions.class, Set.class, Path.class, PrintWriter.class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            throw CosmodromeException.missingData("Spark and the spark module are not on the class path: "
                    + HOW_TO_BUILD, e);
        }
    }

    static Screening screen(String master, List<TleElements> catalog, Instant start, double spanSeconds,
            ScreeningOptions options, Set<Integer> primaries, Path out, PrintWriter progress) {
        Method entry = entry();
        try {
            return (Screening) entry.invoke(null, master, catalog, start, spanSeconds, options, primaries, out, progress);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw CosmodromeException.internal("Spark screening", e.getCause());
        } catch (IllegalAccessException e) {
            throw CosmodromeException.internal("Spark screening", e);
        }
    }
}
