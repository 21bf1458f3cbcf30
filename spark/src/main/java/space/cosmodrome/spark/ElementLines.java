package space.cosmodrome.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * One element set as its text, the form that is broadcast to the executors: {@link TleElements} holds Orekit dates,
 * which do not travel; reading the same two lines again gives the same elements.
 *
 * @param name name line (may be empty)
 * @param line1 line 1
 * @param line2 line 2
 */
public record ElementLines(String name, String line1, String line2) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @return the lines of each set, in order */
    public static List<ElementLines> of(List<TleElements> sets) {
        List<ElementLines> out = new ArrayList<>(sets.size());
        for (TleElements s : sets) {
            String[] lines = s.tleLines("the Spark screening job, which ships element sets as TLE lines");
            out.add(new ElementLines(s.name(), lines[0], lines[1]));
        }
        return out;
    }

    /** @return the element sets read back (Orekit's data must be loaded) */
    public static List<TleElements> parse(List<ElementLines> lines) {
        TleReader reader = TleReader.create();
        List<TleElements> out = new ArrayList<>(lines.size());
        for (ElementLines l : lines) {
            out.add(reader.parse(l.name(), l.line1(), l.line2()));
        }
        return out;
    }
}
