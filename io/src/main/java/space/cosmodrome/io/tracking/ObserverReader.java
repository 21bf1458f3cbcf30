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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.passes.HorizonMask;
import space.cosmodrome.passes.Observer;

/**
 * Reads observers files. YAML or JSON: a list of observers, or a map with an {@code observers} list; each has
 * {@code name}, {@code latitudeDeg}, {@code longitudeDeg}, {@code altitudeM}, optional {@code minElevationDeg} and
 * optional {@code mask}, a list of {@code [azimuthDeg, elevationDeg]} pairs. CSV: a header line naming the same
 * columns, the mask written as {@code az:el;az:el;...}. Errors name the file, the entry (or line) and the field.
 */
public final class ObserverReader {
    private ObserverReader() {
    }

    /**
     * @param file observers file (.yaml, .yml, .json or .csv)
     * @return the observers in file order
     */
    public static List<Observer> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CosmodromeException.badFile(file.toString(), "file not found", Map.of());
        } catch (IOException e) {
            throw CosmodromeException.badFile(file.toString(), "cannot be read: " + e.getMessage(), Map.of());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Observer> observers = name.endsWith(".csv") ? csv(file.toString(), text) : yaml(file.toString(), text);
        if (observers.isEmpty()) {
            throw CosmodromeException.badFile(file.toString(), "no observers in the file", Map.of());
        }
        return observers;
    }

    static List<Observer> yaml(String file, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (JsonProcessingException e) {
            Map<String, Object> where = new LinkedHashMap<>();
            if (e.getLocation() != null) {
                where.put("line", e.getLocation().getLineNr());
            }
            throw CosmodromeException.badFile(file, "not valid YAML/JSON" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr()) + ": " + e.getOriginalMessage(), where);
        }
        if (root != null && root.isObject() && root.has("observers")) {
            root = root.get("observers");
        }
        if (root == null || !root.isArray()) {
            throw CosmodromeException.badFile(file, "expected a list of observers (or 'observers:' with a list)",
                    Map.of());
        }
        List<Observer> observers = new ArrayList<>();
        for (int k = 0; k < root.size(); k++) {
            JsonNode node = root.get(k);
            String entry = "observer " + (k + 1);
            if (!node.isObject()) {
                throw bad(file, entry, "observer", node.toString(), "a map with name, latitudeDeg, longitudeDeg, altitudeM");
            }
            String name = node.hasNonNull("name") ? node.get("name").asText() : "observer-" + (k + 1);
            entry = "observer '" + name + "'";
            double lat = number(file, entry, node, "latitudeDeg", -90, 90, true);
            double lon = number(file, entry, node, "longitudeDeg", -180, 360, true);
            double alt = node.has("altitudeM") ? number(file, entry, node, "altitudeM", -500, 100000, true) : 0.0;
            Observer o = Observer.ofDegrees(name, lat, lon, alt);
            if (node.has("minElevationDeg")) {
                o = o.withMinElevation(Math.toRadians(number(file, entry, node, "minElevationDeg", -90, 90, true)));
            }
            if (node.has("mask")) {
                JsonNode mask = node.get("mask");
                if (!mask.isArray()) {
                    throw bad(file, entry, "mask", mask.toString(), "a list of [azimuthDeg, elevationDeg] pairs");
                }
                double[] az = new double[mask.size()];
                double[] el = new double[mask.size()];
                for (int m = 0; m < mask.size(); m++) {
                    JsonNode pair = mask.get(m);
                    if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                        throw bad(file, entry, "mask", pair.toString(), "[azimuthDeg, elevationDeg] pairs of numbers");
                    }
                    az[m] = pair.get(0).asDouble();
                    el[m] = pair.get(1).asDouble();
                    check(file, entry, "mask azimuthDeg", az[m], 0, 360);
                    check(file, entry, "mask elevationDeg", el[m], -90, 90);
                }
                o = o.withMask(HorizonMask.ofDegrees(az, el));
            }
            observers.add(o);
        }
        return observers;
    }

    static List<Observer> csv(String file, String text) {
        List<String> lines = text.lines().toList();
        int headerLine = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (!lines.get(k).isBlank() && !lines.get(k).startsWith("#")) {
                headerLine = k;
                break;
            }
        }
        if (headerLine < 0) {
            return List.of();
        }
        String[] header = lines.get(headerLine).split(",", -1);
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            column.put(header[c].trim(), c);
        }
        for (String required : new String[] {"name", "latitudeDeg", "longitudeDeg"}) {
            if (!column.containsKey(required)) {
                throw CosmodromeException.badFile(file, "line " + (headerLine + 1) + ": the header has no column '"
                        + required + "' (expected name,latitudeDeg,longitudeDeg,altitudeM[,minElevationDeg][,mask])",
                        Map.of("line", headerLine + 1, "field", required));
            }
        }
        List<Observer> observers = new ArrayList<>();
        for (int k = headerLine + 1; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String entry = "line " + (k + 1);
            String name = cell(cells, column.get("name"));
            double lat = csvNumber(file, entry, cells, column, "latitudeDeg", -90, 90, true);
            double lon = csvNumber(file, entry, cells, column, "longitudeDeg", -180, 360, true);
            double alt = csvNumber(file, entry, cells, column, "altitudeM", -500, 100000, false);
            Observer o = Observer.ofDegrees(name, lat, lon, Double.isNaN(alt) ? 0.0 : alt);
            double min = csvNumber(file, entry, cells, column, "minElevationDeg", -90, 90, false);
            if (!Double.isNaN(min)) {
                o = o.withMinElevation(Math.toRadians(min));
            }
            String mask = cell(cells, column.get("mask"));
            if (!mask.isEmpty()) {
                try {
                    o = o.withMask(HorizonMask.parseDegrees("mask", mask));
                } catch (CosmodromeException e) {
                    throw bad(file, entry, "mask", mask, "azimuthDeg:elevationDeg pairs separated by ';' ("
                            + e.getMessage() + ")");
                }
            }
            observers.add(o);
        }
        return observers;
    }

    private static String cell(String[] cells, Integer index) {
        return index == null || index >= cells.length ? "" : cells[index].trim();
    }

    private static double csvNumber(String file, String entry, String[] cells, Map<String, Integer> column,
            String field, double min, double max, boolean required) {
        String text = cell(cells, column.get(field));
        if (text.isEmpty()) {
            if (required) {
                throw bad(file, entry, field, "(empty)", "a number from " + fmt(min) + " to " + fmt(max));
            }
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw bad(file, entry, field, text, "a number from " + fmt(min) + " to " + fmt(max));
        }
        check(file, entry, field, value, min, max);
        return value;
    }

    private static double number(String file, String entry, JsonNode node, String field, double min, double max,
            boolean required) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw bad(file, entry, field, v == null ? "(missing)" : v.toString(),
                    "a number from " + fmt(min) + " to " + fmt(max));
        }
        check(file, entry, field, v.asDouble(), min, max);
        return v.asDouble();
    }

    private static void check(String file, String entry, String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw bad(file, entry, field, fmt(value), "a number from " + fmt(min) + " to " + fmt(max));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
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
