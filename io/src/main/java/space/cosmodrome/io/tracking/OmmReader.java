package space.cosmodrome.io.tracking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.orekit.data.DataSource;
import org.orekit.errors.OrekitException;
import org.orekit.files.ccsds.ndm.Ndm;
import org.orekit.files.ccsds.ndm.NdmConstituent;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.odm.omm.Omm;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;

import com.fasterxml.jackson.databind.JsonNode;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleFile;
import space.cosmodrome.tle.TleReader;

/**
 * Reads CCSDS OMM element sets: XML or KVN with Orekit's CCSDS parsers, and the JSON and CSV layouts of
 * CelesTrak's GP service (keys {@code OBJECT_NAME, OBJECT_ID, EPOCH, MEAN_MOTION, ECCENTRICITY, INCLINATION,
 * RA_OF_ASC_NODE, ARG_OF_PERICENTER, MEAN_ANOMALY, EPHEMERIS_TYPE, CLASSIFICATION_TYPE, NORAD_CAT_ID,
 * ELEMENT_SET_NO, REV_AT_EPOCH, BSTAR, MEAN_MOTION_DOT, MEAN_MOTION_DDOT}). Each element set is turned into TLE
 * lines (alpha-5 numbers from 100,000 to 339,999) and checked by {@link TleReader}, so the rest of the program sees
 * the same {@link TleElements}. Catalog numbers from 340,000 to 999,999,999 (CCSDS allows nine digits), which only
 * OMM can carry, are read the same way under a placeholder number and then given back their own, without TLE
 * lines ({@link TleElements#hasTleLines}): they propagate and print like any other; only what needs TLE lines
 * refuses them. In lenient mode bad entries are skipped and collected.
 */
public final class OmmReader {
    private OmmReader() {
    }

    /** @return true when the file name looks like an OMM file (.xml, .kvn, .omm, .json, .csv) */
    public static boolean isOmm(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xml") || name.endsWith(".kvn") || name.endsWith(".omm") || name.endsWith(".json")
                || name.endsWith(".csv");
    }

    /**
     * @param file OMM file
     * @param lenient skip bad entries instead of throwing the first
     * @return the element sets
     */
    public static TleFile read(Path file, boolean lenient) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CosmodromeException.badFile(name, "file not found", Map.of());
        } catch (IOException e) {
            throw CosmodromeException.badFile(name, "cannot be read: " + e.getMessage(), Map.of());
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<TleElements> sets = new ArrayList<>();
        List<CosmodromeException> skipped = new ArrayList<>();
        if (lower.endsWith(".json")) {
            JsonNode root;
            try {
                root = Json.mapper().readTree(text);
            } catch (IOException e) {
                throw CosmodromeException.badFile(name, "not valid JSON: " + e.getMessage().split("\n")[0], Map.of());
            }
            if (root.isObject()) {
                root = Json.mapper().createArrayNode().add(root);
            }
            for (int k = 0; k < root.size(); k++) {
                JsonNode node = root.get(k);
                Map<String, String> fields = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
                add(name, "entry " + (k + 1), fields, lenient, sets, skipped);
            }
        } else if (lower.endsWith(".csv")) {
            List<String> lines = text.lines().toList();
            if (lines.isEmpty()) {
                throw CosmodromeException.badFile(name, "empty file", Map.of());
            }
            String[] header = lines.get(0).split(",", -1);
            for (int k = 1; k < lines.size(); k++) {
                if (lines.get(k).isBlank()) {
                    continue;
                }
                String[] cells = lines.get(k).split(",", -1);
                Map<String, String> fields = new LinkedHashMap<>();
                for (int c = 0; c < header.length && c < cells.length; c++) {
                    fields.put(header[c].trim(), cells[c].trim());
                }
                add(name, "line " + (k + 1), fields, lenient, sets, skipped);
            }
        } else {
            try {
                Ndm ndm = new ParserBuilder(OrekitData.context()).withParsedUnitsBehavior(
                        org.orekit.files.ccsds.ndm.ParsedUnitsBehavior.CONVERT_COMPATIBLE).buildNdmParser()
                        .parseMessage(new DataSource(name, () -> new java.io.ByteArrayInputStream(
                                fillEmptyHeader(text).getBytes(StandardCharsets.UTF_8))));
                int k = 0;
                for (NdmConstituent<?, ?> c : ndm.getConstituents()) {
                    k++;
                    if (c instanceof Omm) {
                        try {
                            TLE tle = ((Omm) c).generateTLE();
                            sets.add(elements(((Omm) c).getMetadata().getObjectName(), tle));
                        } catch (OrekitException | CosmodromeException e) {
                            CosmodromeException bad = CosmodromeException.badFile(name, "OMM " + k + ": " + e.getMessage(),
                                    Map.of("entry", k));
                            if (!lenient) {
                                throw bad;
                            }
                            skipped.add(bad);
                        }
                    }
                }
            } catch (OrekitException e) {
                throw CosmodromeException.badFile(name, "not a CCSDS OMM that Orekit can read: " + e.getMessage(), Map.of());
            }
        }
        return new TleFile(name, sets, skipped);
    }

    /**
     * CelesTrak writes empty CREATION_DATE and ORIGINATOR header fields, which the standard requires and Orekit
     * refuses; they say nothing about the elements, so they are filled with placeholders before parsing.
     */
    static String fillEmptyHeader(String text) {
        return text.replace("<CREATION_DATE/>", "<CREATION_DATE>2000-01-01T00:00:00</CREATION_DATE>")
                .replace("<ORIGINATOR/>", "<ORIGINATOR>UNKNOWN</ORIGINATOR>")
                .replaceAll("(?m)^(\\s*CREATION_DATE\\s*=)\\s*$", "$1 2000-01-01T00:00:00")
                .replaceAll("(?m)^(\\s*ORIGINATOR\\s*=)\\s*$", "$1 UNKNOWN");
    }

    /** Largest catalog number of an OMM: CCSDS 502.0-B-3 allows nine digits. */
    static final int LARGEST_CATALOG_NUMBER = 999_999_999;

    /**
     * The elements of an Orekit TLE as {@link TleElements}, through its lines; a catalog number TLE lines cannot hold
     * is written as 0 in them and put back afterwards.
     */
    private static TleElements elements(String name, TLE tle) {
        int number = tle.getSatelliteNumber();
        if (number <= TleElements.LARGEST_TLE_CATALOG_NUMBER) {
            return TleReader.create().parse(name, tle.getLine1(), tle.getLine2());
        }
        TLE placeholder = new TLE(0, tle.getClassification(), tle.getLaunchYear(), tle.getLaunchNumber(),
                tle.getLaunchPiece(), tle.getEphemerisType(), tle.getElementNumber(), tle.getDate(), tle.getMeanMotion(),
                tle.getMeanMotionFirstDerivative(), tle.getMeanMotionSecondDerivative(), tle.getE(), tle.getI(),
                tle.getPerigeeArgument(), tle.getRaan(), tle.getMeanAnomaly(), tle.getRevolutionNumberAtEpoch(),
                tle.getBStar(), OrekitData.utc());
        return TleReader.create().parse(name, placeholder.getLine1(), placeholder.getLine2())
                .withCatalogNumberBeyondTle(number);
    }

    private static void add(String file, String entry, Map<String, String> f, boolean lenient, List<TleElements> sets,
            List<CosmodromeException> skipped) {
        try {
            sets.add(fromFields(file, entry, f));
        } catch (CosmodromeException e) {
            if (!lenient) {
                throw e;
            }
            skipped.add(e);
        }
    }

    static TleElements fromFields(String file, String entry, Map<String, String> f) {
        int catalog = (int) number(file, entry, f, "NORAD_CAT_ID", 0, LARGEST_CATALOG_NUMBER);
        String id = f.getOrDefault("OBJECT_ID", "");
        int launchYear = 2000;
        int launchNumber = 0;
        String piece = "A";
        if (id.matches("\\d{4}-\\d{3}[A-Z]{1,3}")) {
            launchYear = Integer.parseInt(id.substring(0, 4));
            launchNumber = Integer.parseInt(id.substring(5, 8));
            piece = id.substring(8);
        }
        AbsoluteDate epoch;
        try {
            epoch = new AbsoluteDate(f.getOrDefault("EPOCH", ""), OrekitData.utc());
        } catch (RuntimeException e) {
            throw bad(file, entry, "EPOCH", f.get("EPOCH"), "an ISO-8601 UTC time like 2026-07-03T23:17:18.238272");
        }
        double revPerDay = number(file, entry, f, "MEAN_MOTION", 1e-3, 20);
        double twoPi = 2 * Math.PI;
        try {
            TLE tle = new TLE(catalog, f.getOrDefault("CLASSIFICATION_TYPE", "U").isEmpty() ? 'U'
                    : f.getOrDefault("CLASSIFICATION_TYPE", "U").charAt(0), launchYear, launchNumber, piece,
                    (int) number(file, entry, f, "EPHEMERIS_TYPE", 0, 9, 0),
                    (int) number(file, entry, f, "ELEMENT_SET_NO", 0, 9999, 999), epoch,
                    revPerDay * twoPi / 86400.0,
                    number(file, entry, f, "MEAN_MOTION_DOT", -1, 1, 0) * 2 * twoPi / (86400.0 * 86400.0),
                    number(file, entry, f, "MEAN_MOTION_DDOT", -1, 1, 0) * 6 * twoPi / (86400.0 * 86400.0 * 86400.0),
                    number(file, entry, f, "ECCENTRICITY", 0, 0.9999999),
                    Math.toRadians(number(file, entry, f, "INCLINATION", 0, 180)),
                    Math.toRadians(number(file, entry, f, "ARG_OF_PERICENTER", 0, 360)),
                    Math.toRadians(number(file, entry, f, "RA_OF_ASC_NODE", 0, 360)),
                    Math.toRadians(number(file, entry, f, "MEAN_ANOMALY", 0, 360)),
                    (int) number(file, entry, f, "REV_AT_EPOCH", 0, 99999, 0),
                    number(file, entry, f, "BSTAR", -1, 1, 0), OrekitData.utc());
            return elements(f.getOrDefault("OBJECT_NAME", ""), tle);
        } catch (OrekitException e) {
            throw CosmodromeException.badFile(file, entry + ": cannot be written as TLE lines: " + e.getMessage(),
                    Map.of("entry", entry));
        }
    }

    private static double number(String file, String entry, Map<String, String> f, String key, double min, double max) {
        return number(file, entry, f, key, min, max, Double.NaN);
    }

    private static double number(String file, String entry, Map<String, String> f, String key, double min, double max,
            double fallback) {
        String text = f.get(key);
        if (text == null || text.isBlank() || text.equals("null")) {
            if (!Double.isNaN(fallback)) {
                return fallback;
            }
            throw bad(file, entry, key, "(missing)", "a number from " + min + " to " + max);
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw bad(file, entry, key, text, "a number from " + min + " to " + max);
        }
        if (!(v >= min && v <= max)) {
            throw bad(file, entry, key, text, "a number from " + min + " to " + max);
        }
        return v;
    }

    private static CosmodromeException bad(String file, String entry, String field, String value, String expected) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("entry", entry);
        where.put("field", field);
        where.put("value", value);
        where.put("expected", expected);
        return CosmodromeException.badFile(file, entry + ", " + field + ": found " + value + ", expected " + expected,
                where);
    }
}
