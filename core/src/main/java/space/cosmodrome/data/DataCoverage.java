package space.cosmodrome.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How far the loaded Earth orientation and space weather data reach, and the warnings a user needs when the
 * dates asked for go past them. Orekit itself carries on silently with zero Earth orientation corrections
 * past the end of the file, so this check is ours.
 *
 * @param eopEnd last day with Earth orientation values (measured or predicted), if any file was found
 * @param spaceWeatherObservedEnd last day of observed F10.7 and Ap, if a CSSI file was found
 * @param spaceWeatherDailyPredictionEnd last day of daily predictions in the CSSI file
 * @param eopStart first day with Earth orientation values, if any file was found
 */
public record DataCoverage(Optional<LocalDate> eopEnd, Optional<LocalDate> spaceWeatherObservedEnd,
                           Optional<LocalDate> spaceWeatherDailyPredictionEnd, Optional<LocalDate> eopStart) {

    /** @return coverage of the data set in a directory, read from its files */
    public static DataCoverage of(Path dataDirectory) {
        Optional<Path> finals = find(dataDirectory, "finals2000A");
        return new DataCoverage(finals.flatMap(DataCoverage::eopEnd),
                find(dataDirectory, "SpaceWeather").flatMap(f -> cssiBlockEnd(f, "OBSERVED")),
                find(dataDirectory, "SpaceWeather").flatMap(f -> cssiBlockEnd(f, "DAILY_PREDICTED")),
                finals.flatMap(DataCoverage::eopStart));
    }

    /** @return coverage of the data set that {@link OrekitData} loaded */
    public static DataCoverage ofLoaded() {
        OrekitData.context();
        return of(OrekitData.directory().orElseThrow());
    }

    /**
     * Warnings for a span of dates (UTC).
     * @param from first instant asked for
     * @param to last instant asked for
     * @param needsSpaceWeather whether the computation uses F10.7 and Ap (drag with NRLMSISE-00, lifetime)
     * @return one sentence per problem, empty when the data covers the span
     */
    public List<String> warningsFor(Instant from, Instant to, boolean needsSpaceWeather) {
        List<String> warnings = new ArrayList<>();
        LocalDate last = LocalDate.ofInstant(to, ZoneOffset.UTC);
        LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
        if (eopStart.isPresent() && first.isBefore(eopStart.get())) {
            warnings.add("Earth orientation data begin on " + eopStart.get() + " but dates from " + first
                    + " were asked for: before that day UT1-UTC and pole motion are not known and Earth-fixed"
                    + " positions lose accuracy");
        }
        if (eopEnd.isEmpty()) {
            warnings.add("no Earth orientation data loaded: Earth-fixed positions use zero UT1-UTC and pole motion");
        } else if (last.isAfter(eopEnd.get())) {
            warnings.add("Earth orientation data end on " + eopEnd.get() + " but dates up to " + last
                    + " were asked for: past that day UT1-UTC and pole motion are taken as zero "
                    + "(Earth-fixed errors of tens to hundreds of metres); refresh finals2000A.all");
        }
        if (needsSpaceWeather) {
            if (spaceWeatherObservedEnd.isEmpty()) {
                warnings.add("no space weather file loaded: drag needs F10.7 and Ap");
            } else if (last.isAfter(spaceWeatherObservedEnd.get())) {
                String predicted = spaceWeatherDailyPredictionEnd.map(d -> ", daily predictions to " + d).orElse("");
                warnings.add("space weather is observed up to " + spaceWeatherObservedEnd.get() + predicted
                        + "; later dates use predicted solar activity");
            }
        }
        return warnings;
    }

    private static Optional<Path> find(Path dir, String prefix) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** First row of an IERS finals2000A file that carries a UT1-UTC value (columns 59-68). */
    private static Optional<LocalDate> eopStart(Path finals) {
        try (BufferedReader in = Files.newBufferedReader(finals, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.length() >= 68 && !line.substring(58, 68).isBlank()) {
                    double mjd = Double.parseDouble(line.substring(7, 15).trim());
                    return Optional.of(LocalDate.of(1858, 11, 17).plusDays((long) mjd));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Last row of an IERS finals2000A file that carries a UT1-UTC value (columns 59-68). */
    private static Optional<LocalDate> eopEnd(Path finals) {
        LocalDate last = null;
        try (BufferedReader in = Files.newBufferedReader(finals, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.length() >= 68 && !line.substring(58, 68).isBlank()) {
                    double mjd = Double.parseDouble(line.substring(7, 15).trim());
                    last = LocalDate.of(1858, 11, 17).plusDays((long) mjd);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(last);
    }

    /** Last date inside a {@code BEGIN name ... END name} block of a CSSI space weather file. */
    private static Optional<LocalDate> cssiBlockEnd(Path file, String block) {
        LocalDate last = null;
        boolean inside = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("BEGIN " + block)) {
                    inside = true;
                } else if (line.startsWith("END " + block)) {
                    break;
                } else if (inside && line.length() >= 10) {
                    last = LocalDate.of(Integer.parseInt(line.substring(0, 4).trim()),
                            Integer.parseInt(line.substring(5, 7).trim()), Integer.parseInt(line.substring(8, 10).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(last);
    }
}
