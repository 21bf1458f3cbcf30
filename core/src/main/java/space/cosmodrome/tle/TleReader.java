package space.cosmodrome.tle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateComponents;
import org.orekit.time.TimeComponents;
import org.orekit.time.TimeOffset;
import org.orekit.time.TimeScale;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;

/**
 * Reads two-line (TLE) and three-line (3LE) element set files.
 *
 * <p>Accepted: CRLF, LF or CR line ends; name lines with or without the Space-Track {@code 0 } prefix, or none
 * at all; catalog numbers padded with blanks ({@code "    5"}) or zeros, and alpha-5 numbers ({@code A0001} =
 * 100001, the letters I and O are not used); blank lines between entries; trailing blanks after column 69.
 * Every field is checked for its column layout and range, and the checksum of each line (modulo 10 of its digits,
 * a minus sign counting as 1) against column 69.</p>
 *
 * <p>A bad entry is reported by a {@link CosmodromeException#badFile} whose details carry {@code line} (1-based
 * line number in the file), {@code field}, {@code expected}, and the {@code value} found. In strict mode (the
 * default) the first bad entry is thrown; in lenient mode it is skipped and collected in
 * {@link TleFile#skipped()}.</p>
 *
 * <p>Instances are immutable and thread-safe; {@code withX} methods return a new reader.</p>
 */
public final class TleReader {
    // field layouts, compiled once: reading a catalog checks some 20 fields per element set
    private static final Pattern EPOCH_DAY = Pattern.compile("[ 0-9]{2}[0-9]\\.[0-9]{8}");
    private static final Pattern ECCENTRICITY = Pattern.compile("[0-9 ]*[0-9][0-9 ]*");
    private static final Pattern ALPHA5_DIGITS = Pattern.compile("[0-9]{4}");
    private static final Pattern PADDED_INTEGER = Pattern.compile(" *[0-9]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern ANGLE = Pattern.compile(" *[0-9]{0,3}\\.[0-9]+ *|  *[0-9]{1,3} *");
    private static final Pattern EXPONENT = Pattern.compile("[ +-][0-9 ]{4}[0-9][ +-][0-9]");
    private static final Pattern NDOT = Pattern.compile("[ +-]?[0-9 ]?\\.[0-9]{1,8} *");
    private static final Pattern MEAN_MOTION = Pattern.compile(" *[0-9]{0,2}\\.[0-9]+ *");

    /** Length of a TLE line (characters). */
    public static final int LINE_LENGTH = 69;

    private final TimeScale utc;
    private final boolean lenient;
    private final boolean verifyChecksums;

    private TleReader(TimeScale utc, boolean lenient, boolean verifyChecksums) {
        this.utc = utc;
        this.lenient = lenient;
        this.verifyChecksums = verifyChecksums;
    }

    /** @return a strict reader checking checksums, using UTC from {@link OrekitData} */
    public static TleReader create() {
        return new TleReader(OrekitData.utc(), false, true);
    }

    /**
     * @param utc the UTC time scale epochs are read in
     * @return a strict reader checking checksums
     */
    public static TleReader create(TimeScale utc) {
        return new TleReader(utc, false, true);
    }

    /**
     * @param skipBadEntries true to skip bad entries and collect their errors, false to throw the first one
     * @return a new reader (this one is not changed)
     */
    public TleReader withLenient(boolean skipBadEntries) {
        return new TleReader(utc, skipBadEntries, verifyChecksums);
    }

    /**
     * @param verify false to accept lines whose checksum does not match (hand-written test cases)
     * @return a new reader (this one is not changed)
     */
    public TleReader withChecksums(boolean verify) {
        return new TleReader(utc, lenient, verify);
    }

    /** @return true when bad entries are skipped instead of thrown */
    public boolean lenient() {
        return lenient;
    }

    /**
     * Reads a file.
     * @param file TLE or 3LE file (ASCII or UTF-8)
     * @return the element sets and skipped entries
     */
    public TleFile read(Path file) {
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(name, reader);
        } catch (NoSuchFileException e) {
            throw CosmodromeException.badFile(name, "file not found", Map.of());
        } catch (IOException e) {
            throw CosmodromeException.badFile(name, "cannot be read: " + e.getMessage(), Map.of());
        }
    }

    /**
     * Reads text.
     * @param fileName name used in error messages
     * @param text the content of a TLE or 3LE file
     * @return the element sets and skipped entries
     */
    public TleFile read(String fileName, String text) {
        try {
            return read(fileName, new StringReader(text));
        } catch (IOException e) {
            throw CosmodromeException.internal("reading TLE text " + fileName, e);
        }
    }

    /**
     * Reads from a character stream (not closed here).
     * @param fileName name used in error messages
     * @param reader the content of a TLE or 3LE file
     * @return the element sets and skipped entries
     * @throws IOException if the stream cannot be read
     */
    public TleFile read(String fileName, Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader buffered = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        for (String line = buffered.readLine(); line != null; line = buffered.readLine()) {
            lines.add(line);
        }
        return parseLines(fileName, lines);
    }

    /**
     * Parses one element set from its two lines.
     * @param name name of the object (may be empty)
     * @param line1 line 1
     * @param line2 line 2
     * @return the element set
     */
    public TleElements parse(String name, String line1, String line2) {
        return parseEntry("(lines)", stripName(name == null ? "" : name), line1, line2, 1);
    }

    private TleFile parseLines(String fileName, List<String> lines) {
        List<TleElements> sets = new ArrayList<>();
        List<CosmodromeException> skipped = new ArrayList<>();
        int n = lines.size();
        int i = 0;
        while (i < n) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int start = i;
            int resume = i + 1;
            try {
                String name = "";
                if (isLine2(lines.get(i))) {
                    throw error(fileName, i + 1, "line 1", "a name line or line 1 starting with '1 ' before line 2",
                            lines.get(i));
                }
                if (!isLine1(lines.get(i))) {
                    name = stripName(lines.get(i));
                    i++;
                    if (i >= n || !isLine1(lines.get(i))) {
                        throw error(fileName, i + 1, "line 1", "line 1 starting with '1 ' after the name line '"
                                + name + "'", i < n ? lines.get(i) : "end of file");
                    }
                }
                if (i + 1 >= n || !isLine2(lines.get(i + 1))) {
                    resume = i + 1;
                    throw error(fileName, i + 2, "line 2", "line 2 starting with '2 ' after line 1",
                            i + 1 < n ? lines.get(i + 1) : "end of file");
                }
                resume = i + 2;
                sets.add(parseEntry(fileName, name, lines.get(i), lines.get(i + 1), i + 1));
                i += 2;
            } catch (CosmodromeException e) {
                if (!lenient) {
                    throw e;
                }
                skipped.add(e);
                i = Math.max(resume, start + 1);
                while (i < n && !startsEntry(lines, i)) {
                    i++;
                }
            }
        }
        return new TleFile(fileName, sets, skipped);
    }

    private static boolean startsEntry(List<String> lines, int i) {
        String line = lines.get(i);
        if (line.isBlank() || isLine1(line)) {
            return true;
        }
        return !isLine2(line) && i + 1 < lines.size() && isLine1(lines.get(i + 1));
    }

    private static boolean isLine1(String line) {
        return line.length() >= 2 && line.charAt(0) == '1' && line.charAt(1) == ' ';
    }

    private static boolean isLine2(String line) {
        return line.length() >= 2 && line.charAt(0) == '2' && line.charAt(1) == ' ';
    }

    private static String stripName(String line) {
        String name = line.strip();
        if (name.startsWith("0 ")) {
            name = name.substring(2).strip();
        } else if (name.equals("0")) {
            name = "";
        }
        return name;
    }

    private TleElements parseEntry(String file, String name, String rawLine1, String rawLine2, int lineNumber1) {
        int lineNumber2 = lineNumber1 + 1;
        String line1 = checkLine(file, rawLine1, lineNumber1, '1');
        String line2 = checkLine(file, rawLine2, lineNumber2, '2');

        Field f1 = new Field(file, line1, lineNumber1);
        Field f2 = new Field(file, line2, lineNumber2);

        int catalog = f1.catalogNumber();
        char classification = line1.charAt(7);
        if (classification != ' ' && !Character.isLetter(classification)) {
            throw f1.bad("classification", 8, 8, "U, C, S or a blank");
        }
        f1.blank(9);
        String designator = line1.substring(9, 17).trim();
        for (int k = 0; k < designator.length(); k++) {
            char c = designator.charAt(k);
            if (!Character.isLetterOrDigit(c) && c != ' ') {
                throw f1.bad("international designator", 10, 17, "launch year, number and piece like 98067A");
            }
        }
        f1.blank(18);
        int yy = f1.digits("epoch year", 19, 20, 0, 99, "two digits, YY < 57 meaning 20YY");
        int year = yy < 57 ? 2000 + yy : 1900 + yy;
        String dayText = line1.substring(20, 32);
        int daysInYear = LocalDate.ofYearDay(year, 1).lengthOfYear();
        String dayExpected = "day of year DDD.DDDDDDDD from 1 to " + daysInYear;
        if (!EPOCH_DAY.matcher(dayText).matches()) {
            throw f1.bad("epoch day", 21, 32, dayExpected);
        }
        int dayInt = Integer.parseInt(dayText.substring(0, 3).trim());
        if (dayInt < 1 || dayInt > daysInYear) {
            throw f1.bad("epoch day", 21, 32, dayExpected);
        }
        long fractionDigits = Long.parseLong(dayText.substring(4));
        double dayOfYear = Double.parseDouble(dayText.trim());

        f1.blank(33);
        double ndotHalf = f1.decimal("mean motion first derivative", 34, 43, "[-].DDDDDDDD (rev/day²)",
                NDOT);
        f1.blank(44);
        double nddotSixth = f1.exponent("mean motion second derivative", 45, 52);
        f1.blank(53);
        double bStar = f1.exponent("B* drag term", 54, 61);
        f1.blank(62);
        int ephemerisType = f1.optionalInteger("ephemeris type", 63, 63, "one digit or a blank");
        int elementSet = f1.optionalInteger("element set number", 65, 68, "up to four digits");
        f1.checksum(verifyChecksums);

        int catalog2 = f2.catalogNumber();
        if (catalog2 != catalog) {
            throw f2.bad("catalog number", 3, 7, "the catalog number of line 1, " + line1.substring(2, 7).trim());
        }
        f2.blank(8);
        double inclinationDeg = f2.angle("inclination", 9, 16, 180.0);
        f2.blank(17);
        double raanDeg = f2.angle("right ascension of ascending node", 18, 25, 360.0);
        f2.blank(26);
        String eccText = line2.substring(26, 33);
        if (!ECCENTRICITY.matcher(eccText).matches()) {
            throw f2.bad("eccentricity", 27, 33, "seven digits with an assumed leading decimal point");
        }
        double eccentricity = Double.parseDouble("0." + eccText.replace(' ', '0'));
        f2.blank(34);
        double argpDeg = f2.angle("argument of perigee", 35, 42, 360.0);
        f2.blank(43);
        double meanAnomalyDeg = f2.angle("mean anomaly", 44, 51, 360.0);
        f2.blank(52);
        double revPerDay = f2.decimal("mean motion", 53, 63, "a positive number of revolutions per day like 15.50103472",
                MEAN_MOTION);
        if (!(revPerDay > 0.0)) {
            throw f2.bad("mean motion", 53, 63, "a positive number of revolutions per day");
        }
        int revolution = f2.optionalInteger("revolution number", 64, 68, "up to five digits");
        f2.checksum(verifyChecksums);

        TimeOffset dayFraction = new TimeOffset(fractionDigits * 86400L * 10L, TimeOffset.NANOSECOND);
        AbsoluteDate epoch = new AbsoluteDate(new DateComponents(year, dayInt), new TimeComponents(dayFraction), utc);
        java.time.Instant epochUtc = LocalDate.ofYearDay(year, dayInt).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusNanos(fractionDigits * 864_000L);

        double twoPi = 2.0 * Math.PI;
        return new TleElements(catalog, classification, name, designator, epoch, epochUtc, year, dayOfYear,
                revPerDay * twoPi / 86400.0, eccentricity, Math.toRadians(inclinationDeg), Math.toRadians(raanDeg),
                Math.toRadians(argpDeg), Math.toRadians(meanAnomalyDeg), bStar,
                2.0 * ndotHalf * twoPi / (86400.0 * 86400.0),
                6.0 * nddotSixth * twoPi / (86400.0 * 86400.0 * 86400.0),
                ephemerisType, elementSet, revolution, line1, line2, lineNumber1);
    }

    private static String checkLine(String file, String raw, int lineNumber, char expectedFirst) {
        String line = raw.stripTrailing();
        if (line.length() != LINE_LENGTH) {
            throw error(file, lineNumber, "line length", LINE_LENGTH + " characters (found " + line.length() + ")",
                    raw);
        }
        if (line.charAt(0) != expectedFirst || line.charAt(1) != ' ') {
            throw error(file, lineNumber, "line number", "'" + expectedFirst + " ' in columns 1-2", line.substring(0, 2));
        }
        return line;
    }

    private static CosmodromeException error(String file, int line, String field, String expected, String value) {
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("line", line);
        where.put("field", field);
        where.put("expected", expected);
        where.put("value", value);
        return CosmodromeException.badFile(file,
                "line " + line + ", " + field + ": found '" + value + "', expected " + expected, where);
    }

    /** Reads the fixed columns of one line and reports where a field is wrong. */
    private static final class Field {
        private final String file;
        private final String line;
        private final int lineNumber;

        Field(String file, String line, int lineNumber) {
            this.file = file;
            this.line = line;
            this.lineNumber = lineNumber;
        }

        /** Columns are 1-based and inclusive, as in the TLE format description. */
        String text(int from, int to) {
            return line.substring(from - 1, to);
        }

        CosmodromeException bad(String field, int from, int to, String expected) {
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("line", lineNumber);
            where.put("field", field);
            where.put("expected", expected);
            where.put("value", text(from, to));
            where.put("columns", from == to ? Integer.toString(from) : from + "-" + to);
            return CosmodromeException.badFile(file, "line " + lineNumber + ", columns " + where.get("columns") + ", "
                    + field + ": found '" + text(from, to) + "', expected " + expected, where);
        }

        void blank(int column) {
            if (line.charAt(column - 1) != ' ') {
                throw bad("separator", column, column, "a blank in column " + column);
            }
        }

        int catalogNumber() {
            String text = text(3, 7);
            String expected = "a catalog number of up to five digits, or alpha-5 like A0001";
            char first = text.charAt(0);
            if (first >= 'A' && first <= 'Z') {
                if (first == 'I' || first == 'O' || !ALPHA5_DIGITS.matcher(text.substring(1)).matches()) {
                    throw bad("catalog number", 3, 7, expected);
                }
                int letter = first - 'A' + 10;
                if (first > 'I') {
                    letter--;
                }
                if (first > 'O') {
                    letter--;
                }
                return letter * 10000 + Integer.parseInt(text.substring(1));
            }
            if (!PADDED_INTEGER.matcher(text).matches()) {
                throw bad("catalog number", 3, 7, expected);
            }
            return Integer.parseInt(text.trim());
        }

        int digits(String field, int from, int to, int min, int max, String expected) {
            String text = text(from, to);
            if (!DIGITS.matcher(text).matches()) {
                throw bad(field, from, to, expected);
            }
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw bad(field, from, to, expected);
            }
            return value;
        }

        int optionalInteger(String field, int from, int to, String expected) {
            String text = text(from, to);
            if (text.isBlank()) {
                return 0;
            }
            if (!PADDED_INTEGER.matcher(text).matches()) {
                throw bad(field, from, to, expected);
            }
            return Integer.parseInt(text.trim());
        }

        double decimal(String field, int from, int to, String expected, Pattern pattern) {
            String text = text(from, to);
            if (!pattern.matcher(text).matches()) {
                throw bad(field, from, to, expected);
            }
            return Double.parseDouble(text.trim().replace(" ", ""));
        }

        double angle(String field, int from, int to, double max) {
            String expected = "an angle in degrees from 0 to " + (int) max + " like 51.6416";
            String text = text(from, to);
            if (!ANGLE.matcher(text).matches()) {
                throw bad(field, from, to, expected);
            }
            double value = Double.parseDouble(text.trim());
            if (value < 0.0 || value > max) {
                throw bad(field, from, to, expected);
            }
            return value;
        }

        /** The TLE "assumed decimal point" exponent field: [sign]DDDDD[sign]D meaning ±0.DDDDD × 10^±D. */
        double exponent(String field, int from, int to) {
            String text = text(from, to);
            String expected = "[sign]DDDDD[sign]D meaning ±0.DDDDD×10^±D, like ' 34123-4'";
            if (!EXPONENT.matcher(text).matches()) {
                throw bad(field, from, to, expected);
            }
            double mantissa = Double.parseDouble("0." + text.substring(1, 6).replace(' ', '0'));
            int exponent = text.charAt(7) - '0';
            if (text.charAt(6) == '-') {
                exponent = -exponent;
            }
            double value = mantissa * Math.pow(10.0, exponent);
            return text.charAt(0) == '-' ? -value : value;
        }

        void checksum(boolean verify) {
            char c = line.charAt(68);
            if (c < '0' || c > '9') {
                throw bad("checksum", 69, 69, "one digit");
            }
            if (!verify) {
                return;
            }
            int sum = 0;
            for (int k = 0; k < 68; k++) {
                char d = line.charAt(k);
                if (d >= '0' && d <= '9') {
                    sum += d - '0';
                } else if (d == '-') {
                    sum += 1;
                }
            }
            if (sum % 10 != c - '0') {
                throw bad("checksum", 69, 69, Integer.toString(sum % 10)
                        + " (sum of the digits of columns 1-68, '-' counting 1, modulo 10)");
            }
        }
    }
}
