package space.cosmodrome.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/**
 * Loads Orekit's data set in an executor. Embedded runs share the driver's JVM, where it is loaded already. On a
 * cluster the job jar carries the set under {@code orekit-data/}: it is unpacked once per executor into a temporary
 * directory (Orekit reads a directory). Without either, the usual places ({@code -Dcosmodrome.data},
 * {@code COSMODROME_DATA}, {@code data/orekit-data} up from the code) are tried.
 */
final class OrekitDataOnExecutors {
    private static final String PREFIX = "orekit-data/";

    private OrekitDataOnExecutors() {
    }

    static synchronized void ensureLoaded() {
        if (OrekitData.directory().isPresent()) {
            return;
        }
        URL marker = OrekitDataOnExecutors.class.getClassLoader().getResource(PREFIX + "tai-utc.dat");
        try {
            if (marker == null) {
                OrekitData.context();
            } else if ("file".equals(marker.getProtocol())) {
                OrekitData.load(Path.of(marker.toURI()).getParent());
            } else {
                OrekitData.load(unpack(marker));
            }
        } catch (IOException | URISyntaxException e) {
            throw CosmodromeException.missingData("Orekit data set in the job jar (" + marker + ")", e);
        }
    }

    private static Path unpack(URL marker) throws IOException {
        Path dir = Files.createTempDirectory("cosmodrome-orekit-data");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(PREFIX) || entry.isDirectory() || entry.getName().contains("..")) {
                    continue;
                }
                Path target = dir.resolve(entry.getName().substring(PREFIX.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
