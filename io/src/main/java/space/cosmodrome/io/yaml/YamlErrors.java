package space.cosmodrome.io.yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.Suggestions;

/**
 * Errors in the YAML files users write (mission files, launch catalogs): a Jackson failure becomes a
 * BAD_FILE error naming the line, the column, the field path and what is wrong, with the nearest known key
 * for a misspelled one.
 */
public final class YamlErrors {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlErrors() {
    }

    /** @return the location of every value in a YAML text, by JSON pointer ("/groundStations/1/latitudeDeg") */
    public static Map<String, JsonLocation> locations(String text) {
        Map<String, JsonLocation> map = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    map.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
                    if (t.isStructStart()) {
                        map.putIfAbsent(p.getParsingContext().getParent() == null ? ""
                                : p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation());
                    }
                }
            }
        } catch (IOException e) {
            // the text parsed once already; a failure here only loses locations
        }
        return map;
    }

    /** @return the location of a field path ("groundStations[1].latitudeDeg"), or of its nearest parent */
    public static JsonLocation locate(Map<String, JsonLocation> locations, String field) {
        return locate(locations, field, false);
    }

    /** @return the location of a field path, only that field's when {@code exactOnly}, else its nearest parent's */
    public static JsonLocation locate(Map<String, JsonLocation> locations, String field, boolean exactOnly) {
        String pointer = "/" + field.replace("[", "/").replace("]", "").replace('.', '/');
        if (exactOnly) {
            return locations.get(pointer);
        }
        while (true) {
            JsonLocation loc = locations.get(pointer);
            if (loc != null || pointer.isEmpty()) {
                return loc;
            }
            int slash = pointer.lastIndexOf('/');
            pointer = slash <= 0 ? "" : pointer.substring(0, slash);
        }
    }

    /**
     * Turns a Jackson failure into a BAD_FILE error with line, column and field path.
     * @param name file name for the message
     * @param e the failure
     * @param text the file's text, to find the exact line of the offending key
     * @return the error to throw
     */
    public static CosmodromeException describe(String name, JsonProcessingException e, String text) {
        Map<String, Object> where = new LinkedHashMap<>();
        JsonLocation loc = e.getLocation();
        String path = e instanceof JsonMappingException ? pathOf((JsonMappingException) e) : "";
        if (!path.isEmpty()) {
            // records are built once their whole object is read, so Jackson reports the object's end: use the
            // location of the offending key's value instead
            JsonLocation exact = locate(locations(text), path, true);
            if (exact != null) {
                loc = exact;
            }
        }
        if (loc != null && loc.getLineNr() > 0) {
            where.put("line", loc.getLineNr());
            where.put("column", loc.getColumnNr());
        }
        if (!path.isEmpty()) {
            where.put("field", path);
        }
        String problem;
        if (e.getCause() instanceof CosmodromeException) {
            // a check in a record's constructor: keep its own field, value and allowed range
            CosmodromeException cause = (CosmodromeException) e.getCause();
            problem = cause.getMessage();
            cause.details().forEach(where::putIfAbsent);
            Object causeField = cause.details().get("field");
            if (!path.isEmpty() && causeField != null) {
                // "sites[0]" and "site.latitudeDeg" make "sites[0].latitudeDeg"
                String leaf = causeField.toString().substring(causeField.toString().lastIndexOf('.') + 1);
                String field = path.endsWith(leaf) ? path : path + "." + leaf;
                where.put("field", field);
                JsonLocation exact = locate(locations(text), field, true);
                if (exact != null) {
                    where.put("line", exact.getLineNr());
                    where.put("column", exact.getColumnNr());
                }
            }
        } else if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            List<String> known = new ArrayList<>();
            u.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
            known.sort(String::compareTo);
            String nearest = Suggestions.nearest(u.getPropertyName(), known, 1).stream().findFirst()
                    .filter(k -> Suggestions.distance(u.getPropertyName().toLowerCase(java.util.Locale.ROOT),
                            k.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, u.getPropertyName().length() / 3))
                    .map(k -> "; did you mean '" + k + "'?").orElse("");
            problem = "unknown key '" + u.getPropertyName() + "'" + nearest + " (allowed here: " + String.join(", ", known) + ")";
        } else {
            problem = e.getOriginalMessage();
            int cut = problem.indexOf(" (class ");
            if (cut > 0) {
                problem = problem.substring(0, cut);
            }
            cut = problem.indexOf('\n');
            if (cut > 0) {
                problem = problem.substring(0, cut);
            }
            // our record classes by their simple names
            problem = problem.replaceAll("`?space\\.cosmodrome\\.[\\w.]+\\$(\\w+)`?", "$1");
        }
        String at = where.containsKey("line") ? "line " + where.get("line") + ", column " + where.get("column") + ": " : "";
        String field = path.isEmpty() ? "" : path + ": ";
        return CosmodromeException.badFile(name, at + field + problem.replace('\n', ' '), where);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
