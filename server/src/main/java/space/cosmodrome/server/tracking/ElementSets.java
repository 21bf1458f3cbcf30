package space.cosmodrome.server.tracking;

import static space.cosmodrome.io.json.Json.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.io.tracking.OmmReader;
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Params;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleFile;
import space.cosmodrome.tle.TleReader;

/**
 * Where the tracking endpoints get their element sets: the bundled catalogs ({@code data/tle}, by id: the file
 * name without its extension), read once and kept, or the request body (TLE, 3LE or CCSDS OMM as XML, KVN,
 * CelesTrak JSON or CSV). Then the objects asked for ({@code catalogNumbers}, {@code name}) and the objects limit.
 */
public final class ElementSets {
    /** Objects listed per catalog by {@code GET /api/catalogs/{id}}. */
    static final int LISTED = 2000;

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final Map<String, List<TleElements>> read = new ConcurrentHashMap<>();

    private ElementSets(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(f -> Files.isRegularFile(f) && isCatalog(f)).sorted(Comparator.comparing(Path::toString))
                    .forEach(f -> files.put(id(f), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dir directory of catalogs, or null for {@code tle} beside the Orekit data directory ({@code data/tle})
     * @return the bundled catalogs found there (none when there is no such directory)
     */
    public static ElementSets in(Path dir) {
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw CosmodromeException.badValue("--tle-dir", dir.toString(), "a directory of TLE or OMM files");
            }
            return new ElementSets(dir);
        }
        Optional<Path> data = OrekitData.directory();
        return new ElementSets(data.map(d -> d.toAbsolutePath().getParent().resolve("tle")).orElse(null));
    }

    private static boolean isCatalog(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".tle") || n.endsWith(".txt") || n.endsWith(".3le") || OmmReader.isOmm(f);
    }

    private static String id(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** @return the ids of the bundled catalogs */
    public Set<String> ids() {
        return files.keySet();
    }

    /** @return {@code GET /api/catalogs}: each bundled catalog with its object count and epochs */
    public List<Object> list() {
        List<Object> all = new ArrayList<>();
        for (String id : files.keySet()) {
            all.add(summary(id, bundled(id), false));
        }
        return all;
    }

    /** @return {@code GET /api/catalogs/{id}}: the summary and the objects (the first {@value #LISTED}) */
    public Map<String, Object> describe(String id) {
        return summary(id, bundled(id), true);
    }

    /** @return the summary of element sets read from a request body */
    public static Map<String, Object> describe(List<TleElements> sets) {
        return summary(null, sets, true);
    }

    private static Map<String, Object> summary(String id, List<TleElements> sets, boolean objects) {
        TleElements first = sets.stream().min(Comparator.comparing(TleElements::epoch)).orElse(null);
        TleElements last = sets.stream().max(Comparator.comparing(TleElements::epoch)).orElse(null);
        Map<String, Object> m = object("id", id, "objects", sets.size(),
                "firstEpochUtc", first == null ? null : Tracking.utc(first.epoch()),
                "lastEpochUtc", last == null ? null : Tracking.utc(last.epoch()));
        if (objects) {
            List<Object> list = new ArrayList<>();
            for (TleElements s : sets.subList(0, Math.min(LISTED, sets.size()))) {
                list.add(object("catalogNumber", s.catalogNumber(), "name", s.name(), "epochUtc", Tracking.utc(s.epoch()),
                        "periodMin", Math.round(s.periodSeconds() / 6.0) / 10.0));
            }
            m.put("listed", list.size());
            m.put("elementSets", list);
        }
        return m;
    }

    /** A bundled catalog, read on first use (bad entries skipped: the files are public catalogs as published). */
    List<TleElements> bundled(String id) {
        Path f = files.get(id);
        if (f == null) {
            throw CosmodromeException.unknownId("catalog", id, files.isEmpty() ? "no bundled catalogs on this server; send the "
                    + "element sets as the request body" : "one of " + String.join(", ", files.keySet()));
        }
        return read.computeIfAbsent(id, k -> {
            TleFile file = OmmReader.isOmm(f) ? OmmReader.read(f, true) : TleReader.create().withLenient(true).read(f);
            return List.copyOf(file.elementSets());
        });
    }

    /**
     * The element sets of a request: the body when there is one, else the bundled catalog {@code catalog}; then only
     * {@code catalogNumbers} and objects whose name contains {@code name}.
     * @param p the request's parameters
     * @param body the request body (may be empty)
     * @param maxObjects most objects allowed (413 past it)
     * @param limitName the name of that limit in {@code /api/limits}
     */
    public List<TleElements> select(Params p, String body, int maxObjects, String limitName) {
        String catalog = p.text("catalog");
        List<TleElements> sets;
        String source;
        if (body != null && !body.isBlank()) {
            if (catalog != null) {
                throw CosmodromeException.badValue("catalog", catalog, "leave it out when the element sets come in the body");
            }
            sets = parse(body, p.text("format"), p.flag("lenient"));
            source = "the request body";
        } else if (catalog != null) {
            sets = bundled(catalog);
            source = "catalog " + catalog;
        } else {
            throw CosmodromeException.missing("catalog", "give catalog=ID (see /api/catalogs) or the element sets (TLE, 3LE or "
                    + "CCSDS OMM) as the request body");
        }
        sets = filter(sets, p, source);
        if (sets.size() > maxObjects) {
            throw ApiException.overLimit("objects", sets.size(), maxObjects, "element sets (limit '" + limitName
                    + "'; choose some with catalogNumbers or name)");
        }
        return sets;
    }

    private static List<TleElements> filter(List<TleElements> sets, Params p, String source) {
        String numbers = p.text("catalogNumbers");
        String name = p.text("name");
        List<TleElements> kept = sets;
        if (numbers != null) {
            Set<Integer> wanted = new LinkedHashSet<>();
            for (String part : numbers.split(",")) {
                try {
                    int n = Integer.parseInt(part.strip());
                    if (n < 1) {
                        throw new NumberFormatException();
                    }
                    wanted.add(n);
                } catch (NumberFormatException e) {
                    throw CosmodromeException.badValue("catalogNumbers", numbers, "catalog numbers (NORAD ids) separated by commas");
                }
            }
            Set<Integer> present = sets.stream().map(TleElements::catalogNumber).collect(Collectors.toSet());
            for (int n : wanted) {
                if (!present.contains(n)) {
                    throw CosmodromeException.unknownId("catalogNumbers", Integer.toString(n), "not in " + source + " ("
                            + sets.size() + " element sets, e.g. " + sets.stream().limit(5).map(s -> Integer.toString(s.catalogNumber()))
                                    .collect(Collectors.joining(", ")) + ")");
                }
            }
            kept = kept.stream().filter(s -> wanted.contains(s.catalogNumber())).collect(Collectors.toList());
        }
        if (name != null) {
            String lower = name.toLowerCase(Locale.ROOT);
            kept = kept.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).contains(lower)).collect(Collectors.toList());
            if (kept.isEmpty()) {
                throw CosmodromeException.unknownId("name", name, "no object of " + source + " has a name containing it");
            }
        }
        return kept;
    }

    /**
     * Reads element sets sent as text: TLE or 3LE, or CCSDS OMM (XML, KVN, CelesTrak JSON or CSV), told by
     * {@code format} or recognised from the text.
     */
    static List<TleElements> parse(String text, String format, boolean lenient) {
        String fmt = format == null ? sniff(text) : format.toLowerCase(Locale.ROOT);
        TleFile file;
        switch (fmt) {
            case "tle":
                file = TleReader.create().withLenient(lenient).read("body", text);
                break;
            case "xml":
            case "kvn":
            case "json":
            case "csv":
                file = omm(text, fmt, lenient);
                break;
            default:
                throw CosmodromeException.badValue("format", format, "allowed: tle, xml, kvn, json, csv (the format of the body)");
        }
        if (file.elementSets().isEmpty()) {
            throw CosmodromeException.badFile("body", "no element sets found (expected TLE or 3LE lines, or CCSDS OMM)",
                    Map.of("field", "body"));
        }
        return file.elementSets();
    }

    static String sniff(String text) {
        String t = text.stripLeading();
        if (t.startsWith("<")) {
            return "xml";
        } else if (t.startsWith("[") || t.startsWith("{")) {
            return "json";
        } else if (t.contains("CCSDS_OMM_VERS")) {
            return "kvn";
        }
        String firstLine = t.lines().findFirst().orElse("");
        if (firstLine.contains("NORAD_CAT_ID") || firstLine.contains("OBJECT_NAME") && firstLine.contains(",")) {
            return "csv";
        }
        return "tle";
    }

    /**
     * OMM through {@link OmmReader}, which reads files: the text goes to a temporary file named {@code body.FMT},
     * and errors name the body instead of that file.
     */
    private static TleFile omm(String text, String fmt, boolean lenient) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("cosmodrome-omm-");
            Path f = dir.resolve("body." + fmt);
            Files.writeString(f, text, StandardCharsets.UTF_8);
            try {
                return OmmReader.read(f, lenient);
            } catch (CosmodromeException e) {
                if (e.code() != ErrorCode.BAD_FILE) {
                    throw e;
                }
                Map<String, Object> where = new LinkedHashMap<>(e.details());
                where.remove("file");
                String problem = String.valueOf(where.remove("problem")).replace(f.toString(), "body");
                where.replaceAll((k, v) -> v instanceof String ? ((String) v).replace(f.toString(), "body") : v);
                throw CosmodromeException.badFile("body (" + fmt + ")", problem, where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
