package space.cosmodrome.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import space.cosmodrome.passes.HorizonMask;
import space.cosmodrome.passes.Observer;

/**
 * An {@link Observer} as plain values, for the broadcast of a pass-prediction job.
 *
 * @param name name
 * @param latitudeRad geodetic latitude (rad)
 * @param longitudeRad longitude (rad)
 * @param altitudeM altitude (m)
 * @param minElevationRad minimum elevation (rad) or NaN
 * @param maskAzimuthsDeg horizon mask azimuths (deg), empty for none
 * @param maskElevationsDeg horizon mask elevations (deg)
 */
public record ObserverSpec(String name, double latitudeRad, double longitudeRad, double altitudeM,
        double minElevationRad, double[] maskAzimuthsDeg, double[] maskElevationsDeg) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @return the plain form of each observer, in order */
    public static List<ObserverSpec> of(List<Observer> observers) {
        List<ObserverSpec> out = new ArrayList<>(observers.size());
        for (Observer o : observers) {
            out.add(new ObserverSpec(o.name(), o.latitudeRad(), o.longitudeRad(), o.altitudeM(), o.minElevationRad(),
                    o.mask().azimuthsDeg(), o.mask().elevationsDeg()));
        }
        return out;
    }

    /** @return the observer again */
    public Observer toObserver() {
        HorizonMask mask = maskAzimuthsDeg.length == 0 ? HorizonMask.NONE
                : HorizonMask.ofDegrees(maskAzimuthsDeg, maskElevationsDeg);
        return new Observer(name, latitudeRad, longitudeRad, altitudeM, minElevationRad, mask);
    }
}
