package space.cosmodrome.conjunction;

import java.util.Objects;

import org.orekit.time.AbsoluteDate;

/**
 * One close approach: a local minimum of the range between two objects under the screening threshold.
 *
 * <p>{@code object1} is the primary: the object of the primaries list when one was given, else the one with the
 * lower catalog number. The miss vector is the position of {@code object2} minus that of {@code object1} at the
 * time of closest approach, in {@code object1}'s radial / in-track / cross-track frame (radial along its position,
 * cross-track along its angular momentum, in-track completing the right-handed triad). States are in TEME, the frame
 * of SGP4.</p>
 *
 * @param object1 the primary
 * @param object2 the secondary
 * @param tca time of closest approach
 * @param missDistanceKm range at closest approach (km)
 * @param relativeSpeedKmps norm of the relative velocity at closest approach (km/s)
 * @param radialKm radial component of the miss vector (km)
 * @param inTrackKm in-track component of the miss vector (km)
 * @param crossTrackKm cross-track component of the miss vector (km)
 * @param state1 {x, y, z, vx, vy, vz} of object1 at closest approach in TEME (km, km/s)
 * @param state2 {x, y, z, vx, vy, vz} of object2 at closest approach in TEME (km, km/s)
 */
public record Conjunction(ConjunctionObject object1, ConjunctionObject object2, AbsoluteDate tca,
        double missDistanceKm, double relativeSpeedKmps, double radialKm, double inTrackKm, double crossTrackKm,
        double[] state1, double[] state2) {

    /** Checks the parts and copies the states. */
    public Conjunction {
        Objects.requireNonNull(object1, "object1");
        Objects.requireNonNull(object2, "object2");
        Objects.requireNonNull(tca, "tca");
        if (state1.length != 6 || state2.length != 6) {
            throw new IllegalArgumentException("states must have 6 components");
        }
        state1 = state1.clone();
        state2 = state2.clone();
    }

    /** @return object1's state at closest approach {x, y, z, vx, vy, vz} in TEME (km, km/s), a copy */
    @Override
    public double[] state1() {
        return state1.clone();
    }

    /** @return object2's state at closest approach {x, y, z, vx, vy, vz} in TEME (km, km/s), a copy */
    @Override
    public double[] state2() {
        return state2.clone();
    }
}
