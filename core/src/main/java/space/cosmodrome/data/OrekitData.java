package space.cosmodrome.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.orekit.data.DataContext;
import org.orekit.data.DirectoryCrawler;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.time.TimeScale;

import space.cosmodrome.error.CosmodromeException;

/**
 * The one place where Cosmodrome loads Orekit's data set (leap seconds, Earth orientation, JPL ephemerides,
 * gravity field, space weather). The project carries the set in {@code data/orekit-data}; a directory given
 * with {@code --data DIR}, the system property {@value #PROPERTY} or the environment variable {@value #ENV}
 * takes its place.
 */
public final class OrekitData {
    /** System property naming the data directory. */
    public static final String PROPERTY = "cosmodrome.data";
    /** Environment variable naming the data directory. */
    public static final String ENV = "COSMODROME_DATA";
    /** Files without which nothing works. */
    private static final List<String> REQUIRED = List.of("tai-utc.dat");

    private static DataContext context;
    private static Path directory;

    private OrekitData() {
    }

    /**
     * Loads the data set from a directory and makes it Orekit's default context. Calling it again with the
     * same directory does nothing.
     * @param dir directory holding the Orekit data files
     * @return the loaded context
     */
    public static synchronized DataContext load(Path dir) {
        Path normalized = dir.toAbsolutePath().normalize();
        if (context != null && normalized.equals(directory)) {
            return context;
        }
        if (!Files.isDirectory(normalized)) {
            throw CosmodromeException.missingData("Orekit data directory " + dir + " does not exist", null);
        }
        for (String name : REQUIRED) {
            if (!containsFile(normalized, name)) {
                throw CosmodromeException.missingData("Orekit data directory " + dir + " has no " + name, null);
            }
        }
        LazyLoadedDataContext loaded = new LazyLoadedDataContext();
        loaded.getDataProvidersManager().addProvider(new DirectoryCrawler(normalized.toFile()));
        DataContext.setDefault(loaded);
        context = loaded;
        directory = normalized;
        return loaded;
    }

    /** @return the loaded context, loading the bundled data set first if nothing was loaded yet */
    public static synchronized DataContext context() {
        if (context == null) {
            load(defaultDirectory().orElseThrow(() -> CosmodromeException.missingData(
                    "no Orekit data directory found; give one with --data DIR, -D" + PROPERTY
                            + "=DIR or " + ENV + "=DIR", null)));
        }
        return context;
    }

    /** @return the directory the data was loaded from, once loaded */
    public static synchronized Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** @return UTC from the loaded data set */
    public static TimeScale utc() {
        return context().getTimeScales().getUTC();
    }

    /**
     * Where the data set is looked for when none was named: the property, the environment, then
     * {@code data/orekit-data} in the working directory or in a parent of the code's location.
     */
    static Optional<Path> defaultDirectory() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            starts.add(Path.of(OrekitData.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code location: only the working directory is searched
        }
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path candidate = p.resolve("data").resolve("orekit-data");
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean containsFile(Path dir, String name) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().equals(name));
        } catch (IOException e) {
            return false;
        }
    }
}
