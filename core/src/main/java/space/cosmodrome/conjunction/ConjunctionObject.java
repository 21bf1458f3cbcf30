package space.cosmodrome.conjunction;

import java.util.Objects;

import space.cosmodrome.tle.TleElements;

/**
 * One object of a conjunction.
 *
 * @param catalogNumber satellite catalog number (NORAD id)
 * @param name name from the 3LE name line, empty when the file has none
 * @param internationalDesignator COSPAR id as written in the TLE ({@code 98067A}), possibly empty
 */
public record ConjunctionObject(int catalogNumber, String name, String internationalDesignator) {

    /** Checks that nothing is missing. */
    public ConjunctionObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(internationalDesignator, "internationalDesignator");
    }

    /** @return the identity of an element set */
    public static ConjunctionObject of(TleElements set) {
        return new ConjunctionObject(set.catalogNumber(), set.name(), set.internationalDesignator());
    }
}
