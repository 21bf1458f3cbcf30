package space.cosmodrome.io.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import space.cosmodrome.error.CosmodromeException;
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
        CatalogFile parsed = parse(file.toString(), new StringReader(text));
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
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(name, reader);
        } catch (IOException e) {
            throw CosmodromeException.missingData("bundled catalog " + name + " cannot be read", e);
        }
    }

    private static CatalogFile parse(String name, Reader reader) {
        try {
            CatalogFile file = YAML.readValue(reader, CatalogFile.class);
            if (file == null) {
                throw CosmodromeException.badFile(name, "the file is empty; expected 'sites:' and/or 'vehicles:'", Map.of());
            }
            return file;
        } catch (JsonProcessingException e) {
            throw describe(name, e);
        } catch (IOException e) {
            throw CosmodromeException.badFile(name, e.getMessage(), Map.of());
        }
    }

    /** Turns a Jackson failure into a BAD_FILE error with line, column and field path. */
    static CosmodromeException describe(String name, JsonProcessingException e) {
        Map<String, Object> where = new LinkedHashMap<>();
        JsonLocation loc = e.getLocation();
        if (e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser) {
            // the token being read (the misspelled key, the bad value), not the position after it
            JsonLocation token = ((com.fasterxml.jackson.core.JsonParser) e.getProcessor()).currentTokenLocation();
            if (token != null && token.getLineNr() > 0) {
                loc = token;
            }
        }
        if (loc != null && loc.getLineNr() > 0) {
            where.put("line", loc.getLineNr());
            where.put("column", loc.getColumnNr());
        }
        String path = "";
        if (e instanceof JsonMappingException) {
            path = pathOf((JsonMappingException) e);
            if (!path.isEmpty()) {
                where.put("field", path);
            }
        }
        Throwable cause = e.getCause();
        String problem;
        if (cause instanceof CosmodromeException) {
            problem = cause.getMessage();
            where.putAll(((CosmodromeException) cause).details());
        } else {
            problem = e.getOriginalMessage();
            int cut = problem.indexOf(" (class ");
            if (cut > 0) {
                problem = problem.substring(0, cut);
            }
            cut = problem.indexOf(", not marked as ignorable");
            if (cut > 0) {
                problem = problem.substring(0, cut) + " (check its spelling)";
            }
        }
        String at = where.containsKey("line") ? "line " + where.get("line") + ", column " + where.get("column") + ": " : "";
        String field = path.isEmpty() ? "" : path + ": ";
        return CosmodromeException.badFile(name, at + field + problem.replace('\n', ' '), where);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
