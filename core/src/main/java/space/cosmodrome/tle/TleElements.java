package space.cosmodrome.tle;

import java.time.Instant;
import java.util.Objects;

import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

import space.cosmodrome.error.CosmodromeException;

/**
 * One element set read from a TLE or 3LE file: the mean elements of the SGP4/SDP4 theory at their epoch, in SI
 * units and radians. The values are those written in the file; nothing is propagated or converted besides units.
 *
 * @param catalogNumber satellite catalog number (NORAD id); alpha-5 ids are decoded ({@code A0001} = 100001)
 * @param classification classification letter of line 1 ({@code U}, {@code C}, {@code S}) or a blank
 * @param name the name line of a 3LE (without its {@code 0 } prefix, trimmed), empty for a plain TLE
 * @param internationalDesignator COSPAR id as written in the TLE ({@code 98067A}), trimmed, possibly empty
 * @param epoch epoch of the elements (UTC)
 * @param epochUtc the same epoch as an instant
 * @param epochYear four-digit year of the epoch (two-digit years below 57 are 20YY)
 * @param epochDayOfYear day of the year of the epoch with its fraction, 1.0 being January 1st at 0h
 * @param meanMotionRadPerS Kozai mean motion (rad/s)
 * @param eccentricity mean eccentricity (-)
 * @param inclinationRad mean inclination (rad)
 * @param raanRad mean right ascension of the ascending node (rad)
 * @param argumentOfPerigeeRad mean argument of perigee (rad)
 * @param meanAnomalyRad mean anomaly (rad)
 * @param bStarPerEarthRadius drag term B* (1/earth radii)
 * @param meanMotionDotRadPerS2 first time derivative of the mean motion (rad/s²), twice the TLE field
 * @param meanMotionDotDotRadPerS3 second time derivative of the mean motion (rad/s³), six times the TLE field
 * @param ephemerisType ephemeris type (0 when blank)
 * @param elementSetNumber element set number (0 when blank)
 * @param revolutionNumber revolution number at epoch (0 when blank)
 * @param line1 line 1 as read (69 characters, line end removed); empty for an element set read from an OMM whose
 *        catalog number is past 339,999, which TLE lines cannot hold (see {@link #hasTleLines})
 * @param line2 line 2 as read (69 characters, line end removed); empty when line 1 is
 * @param lineNumber number (1-based) of line 1 in its file, 0 when not read from a file
 */
public record TleElements(
        int catalogNumber,
        char classification,
        String name,
        String internationalDesignator,
        AbsoluteDate epoch,
        Instant epochUtc,
        int epochYear,
        double epochDayOfYear,
        double meanMotionRadPerS,
        double eccentricity,
        double inclinationRad,
        double raanRad,
        double argumentOfPerigeeRad,
        double meanAnomalyRad,
        double bStarPerEarthRadius,
        double meanMotionDotRadPerS2,
        double meanMotionDotDotRadPerS3,
        int ephemerisType,
        int elementSetNumber,
        int revolutionNumber,
        String line1,
        String line2,
        int lineNumber) {

    /** Checks that nothing required is missing. */
    public TleElements {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(internationalDesignator, "internationalDesignator");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(epochUtc, "epochUtc");
        Objects.requireNonNull(line1, "line1");
        Objects.requireNonNull(line2, "line2");
    }

    /** Largest catalog number TLE lines can hold (alpha-5: Z9999). */
    public static final int LARGEST_TLE_CATALOG_NUMBER = 339_999;

    /**
     * @return false for an element set whose catalog number (past {@value #LARGEST_TLE_CATALOG_NUMBER}, from an OMM)
     *         TLE lines cannot hold: it propagates like any other, but has no TLE form
     */
    public boolean hasTleLines() {
        return !line1.isEmpty();
    }

    /**
     * @param name what needs the lines, for the message
     * @return {line 1, line 2}
     * @throws CosmodromeException when the catalog number has no TLE form ({@link #hasTleLines})
     */
    public String[] tleLines(String name) {
        if (!hasTleLines()) {
            throw CosmodromeException.badValue("catalog number", catalogNumber, "at most "
                    + LARGEST_TLE_CATALOG_NUMBER + " for " + name + ", which needs TLE lines (this element set came "
                    + "from an OMM, the only format for catalog numbers past " + LARGEST_TLE_CATALOG_NUMBER + ")");
        }
        return new String[] {line1, line2};
    }

    /**
     * The same elements as an Orekit TLE, also for catalog numbers that TLE lines cannot hold (Orekit's TLE keeps
     * the number as a field; only writing its lines would fail).
     * @param utc UTC time scale
     * @return the Orekit TLE
     */
    public TLE orekitTle(TimeScale utc) {
        if (hasTleLines()) {
            return new TLE(line1, line2, utc);
        }
        // the international designator as TLE lines write it: two-digit year, launch number, piece
        String id = internationalDesignator;
        int year = 2000;
        int launch = 0;
        String piece = "A";
        if (id.length() >= 6 && id.substring(0, 5).chars().allMatch(Character::isDigit)) {
            int yy = Integer.parseInt(id.substring(0, 2));
            year = yy < 57 ? 2000 + yy : 1900 + yy;
            launch = Integer.parseInt(id.substring(2, 5));
            piece = id.substring(5);
        }
        return new TLE(catalogNumber, classification, year, launch, piece, ephemerisType, elementSetNumber, epoch,
                meanMotionRadPerS, meanMotionDotRadPerS2, meanMotionDotDotRadPerS3, eccentricity, inclinationRad,
                argumentOfPerigeeRad, raanRad, meanAnomalyRad, revolutionNumber, bStarPerEarthRadius, utc);
    }

    /**
     * @param number a catalog number past {@value #LARGEST_TLE_CATALOG_NUMBER}
     * @return the same elements under that number, without TLE lines
     */
    public TleElements withCatalogNumberBeyondTle(int number) {
        return new TleElements(number, classification, name, internationalDesignator, epoch, epochUtc, epochYear,
                epochDayOfYear, meanMotionRadPerS, eccentricity, inclinationRad, raanRad, argumentOfPerigeeRad,
                meanAnomalyRad, bStarPerEarthRadius, meanMotionDotRadPerS2, meanMotionDotDotRadPerS3, ephemerisType,
                elementSetNumber, revolutionNumber, "", "", lineNumber);
    }

    /** @return mean motion (rev/day), as written in line 2 */
    public double meanMotionRevPerDay() {
        return meanMotionRadPerS * 86400.0 / (2.0 * Math.PI);
    }

    /** @return orbital period from the Kozai mean motion (s) */
    public double periodSeconds() {
        return 2.0 * Math.PI / meanMotionRadPerS;
    }

    /** @return the name if there is one, else the catalog number as text */
    public String label() {
        return name.isEmpty() ? Integer.toString(catalogNumber) : name;
    }
}
