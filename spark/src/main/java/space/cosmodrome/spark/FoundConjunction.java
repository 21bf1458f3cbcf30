package space.cosmodrome.spark;

import java.io.Serializable;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.conjunction.Conjunction;
import space.cosmodrome.conjunction.ConjunctionObject;

/**
 * A {@link Conjunction} in a form that travels between Spark's executors and driver: plain values, the time of
 * closest approach as seconds from the start of the screening.
 *
 * @param catalogNumber1 object1's catalog number
 * @param name1 object1's name
 * @param designator1 object1's international designator
 * @param catalogNumber2 object2's catalog number
 * @param name2 object2's name
 * @param designator2 object2's international designator
 * @param tcaSeconds time of closest approach (s from the start)
 * @param missDistanceKm miss distance (km)
 * @param relativeSpeedKmps relative speed (km/s)
 * @param radialKm radial miss (km)
 * @param inTrackKm in-track miss (km)
 * @param crossTrackKm cross-track miss (km)
 * @param state1 object1's TEME state at closest approach (km, km/s)
 * @param state2 object2's TEME state at closest approach (km, km/s)
 */
public record FoundConjunction(int catalogNumber1, String name1, String designator1, int catalogNumber2,
        String name2, String designator2, double tcaSeconds, double missDistanceKm, double relativeSpeedKmps,
        double radialKm, double inTrackKm, double crossTrackKm, double[] state1, double[] state2)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @return the plain form of c, whose start is start */
    public static FoundConjunction of(Conjunction c, AbsoluteDate start) {
        return new FoundConjunction(c.object1().catalogNumber(), c.object1().name(),
                c.object1().internationalDesignator(), c.object2().catalogNumber(), c.object2().name(),
                c.object2().internationalDesignator(), c.tca().durationFrom(start), c.missDistanceKm(),
                c.relativeSpeedKmps(), c.radialKm(), c.inTrackKm(), c.crossTrackKm(), c.state1(), c.state2());
    }

    /** @return the conjunction again, on the driver */
    public Conjunction toConjunction(AbsoluteDate start) {
        return new Conjunction(new ConjunctionObject(catalogNumber1, name1, designator1),
                new ConjunctionObject(catalogNumber2, name2, designator2), start.shiftedBy(tcaSeconds),
                missDistanceKm, relativeSpeedKmps, radialKm, inTrackKm, crossTrackKm, state1, state2);
    }

    /** @return the pair as one key: object1's catalog number in the high half */
    public long pairKey() {
        return ((long) catalogNumber1 << 32) | (catalogNumber2 & 0xffffffffL);
    }

    /** @return distance of the midpoint of the two objects from the Earth's centre at closest approach (km) */
    public double midpointKm() {
        double x = 0.5 * (state1[0] + state2[0]);
        double y = 0.5 * (state1[1] + state2[1]);
        double z = 0.5 * (state1[2] + state2[2]);
        return Math.sqrt(x * x + y * y + z * z);
    }
}
