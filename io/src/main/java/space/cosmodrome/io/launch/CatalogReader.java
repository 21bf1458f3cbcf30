package space.cosmodrome.io.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.yaml.YamlErrors;
import space.cosmodrome.launch.LaunchCatalog;

/**
 * Reads launch catalogs from YAML: the bundled one ({@code catalog/sites.yaml} and
 * {@code catalog/vehicles.yaml} on the class path) and users' files. A malformed file is refused with its
 * line, column and field path.
 */
public final class CatalogReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    private CatalogReader() {
    }

    /** @return the catalog that ships with Cosmodrome */
    public static LaunchCatalog bundled() {
        CatalogFile sites = readResource("catalog/sites.yaml");
        CatalogFile vehicles = readResource("catalog/vehicles.yaml");
        return new LaunchCatalog(sites.toSites(), vehicles.toVehicles());
    }

    /** @return the bundled catalog with a user's file laid over it (same ids replace bundled entries) */
    public static LaunchCatalog bundledWith(Path userFile) {
        LaunchCatalog catalog = bundled();
        return userFile == null ? catalog : catalog.with(read(userFile));
    }

    /** @return the entries of one user file */
    public static LaunchCatalog read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CosmodromeException.badValue("--catalog", file.toString(), "the file does not exist");
        } catch (IOException e) {
            throw CosmodromeException.badValue("--catalog", file.toString(), "a readable UTF-8 YAML file (" + e.getMessage() + ")");
        }
        CatalogFile parsed = parse(file.toString(), text);
        try {
            return new LaunchCatalog(parsed.toSites(), parsed.toVehicles());
        } catch (CosmodromeException e) {
            Map<String, Object> where = new LinkedHashMap<>(e.details());
            throw CosmodromeException.badFile(file.toString(), e.getMessage(), where);
        }
    }

    private static CatalogFile readResource(String name) {
        InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw CosmodromeException.missingData("bundled catalog " + name + " is not on the class path", null);
        }
        try (InputStream stream = in) {
            return parse(name, new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CosmodromeException.missingData("bundled catalog " + name + " cannot be read", e);
        }
    }

    private static CatalogFile parse(String name, String text) {
        try {
            CatalogFile file = YAML.readValue(text, CatalogFile.class);
            if (file == null) {
                throw CosmodromeException.badFile(name, "the file is empty; expected 'sites:' and/or 'vehicles:'", Map.of());
            }
            return file;
        } catch (JsonProcessingException e) {
            throw YamlErrors.describe(name, e, text);
        }
    }
}
