package space.cosmodrome.tracking;

import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.utils.IERSConventions;

/** Frames ephemerides can be written in. */
public enum OutputFrame {
    /** True Equator Mean Equinox, the frame of SGP4 itself. */
    TEME,
    /** Geocentric Celestial Reference Frame (inertial). */
    GCRF,
    /** International Terrestrial Reference Frame (IERS 2010 conventions, Earth-fixed). */
    ITRF;

    /**
     * @param context data context
     * @return the Orekit frame
     */
    public Frame frame(DataContext context) {
        switch (this) {
            case TEME:
                return context.getFrames().getTEME();
            case GCRF:
                return context.getFrames().getGCRF();
            default:
                return context.getFrames().getITRF(IERSConventions.IERS_2010, true);
        }
    }
}
