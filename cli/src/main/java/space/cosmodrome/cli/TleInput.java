package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Option;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.tracking.OmmReader;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleFile;
import space.cosmodrome.tle.TleReader;

/** The element-set options of the tracking commands: the file, lenient reading and the objects to keep. */
final class TleInput {
    @Option(names = "--tle", required = true, paramLabel = "FILE", description = "TLE or 3LE file, or CCSDS OMM (.xml, .kvn, .omm; CelesTrak .json or .csv).")
    Path tle;

    @Option(names = "--lenient", description = "Skip malformed entries (counted on standard error) instead of stopping.")
    boolean lenient;

    @Option(names = "--catalog-number", split = ",", paramLabel = "N[,N...]",
            description = "Keep only these catalog numbers (NORAD ids).")
    List<Integer> catalogNumbers;

    /** Reads the file (Orekit data must be loaded), warns about skipped entries, keeps the objects asked for. */
    List<TleElements> load(PrintWriter err) {
        return load(tle, "--tle", lenient, catalogNumbers, err);
    }

    static List<TleElements> load(Path file, String flag, boolean lenient, List<Integer> numbers, PrintWriter err) {
        TleFile read = OmmReader.isOmm(file) ? OmmReader.read(file, lenient)
                : TleReader.create().withLenient(lenient).read(file);
        if (read.skippedCount() > 0) {
            err.println("warning: skipped " + read.skippedCount() + " malformed entr" + (read.skippedCount() == 1
                    ? "y" : "ies") + " in " + file + " (first: " + read.skipped().get(0).getMessage() + ")");
        }
        List<TleElements> sets = read.elementSets();
        if (sets.isEmpty()) {
            throw CosmodromeException.badFile(file.toString(), "no element sets found (expected TLE or 3LE lines)",
                    Map.of("field", flag));
        }
        if (numbers == null || numbers.isEmpty()) {
            return sets;
        }
        Set<Integer> wanted = new LinkedHashSet<>(numbers);
        List<TleElements> kept = new ArrayList<>();
        Set<Integer> found = new LinkedHashSet<>();
        for (TleElements set : sets) {
            if (wanted.contains(set.catalogNumber())) {
                kept.add(set);
                found.add(set.catalogNumber());
            }
        }
        for (int n : wanted) {
            if (!found.contains(n)) {
                String some = sets.stream().limit(5).map(s -> Integer.toString(s.catalogNumber()))
                        .collect(Collectors.joining(", "));
                throw CosmodromeException.unknownId("--catalog-number", Integer.toString(n),
                        "not in " + file + " (" + sets.size() + " element sets, e.g. " + some + ")");
            }
        }
        return kept;
    }
}
