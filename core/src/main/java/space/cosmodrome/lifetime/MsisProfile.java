package space.cosmodrome.lifetime;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.util.FastMath;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.models.earth.atmosphere.NRLMSISE00;
import org.orekit.models.earth.atmosphere.NRLMSISE00InputParameters;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.ExtendedPositionProvider;

import space.cosmodrome.error.CosmodromeException;

/**
 * NRLMSISE-00 at constant activity, averaged into a table of density over altitude. At each tabulated
 * altitude the density is the mean of the model at points of the orbit (8 arguments of latitude for the
 * inclination, so the latitudes are weighted as the satellite visits them), 6 longitudes (so all local
 * times count alike) and 4 dates a quarter of a year apart (the seasons). Between tabulated altitudes the
 * logarithm of the density is interpolated linearly; above the table it follows the top scale height.
 */
final class MsisProfile implements DensityProfile {
    private static final double STEP_LOW_M = 10_000;
    private static final double SPLIT_M = 1_000_000;
    private static final double STEP_HIGH_M = 50_000;
    private static final double BOTTOM_M = 80_000;
    private static final double TOP_M = 2_500_000;
    private static final int ARGS = 8;
    private static final int LONGITUDES = 6;
    private static final int SEASONS = 4;

    private final double[] altitudes;
    private final double[] logDensity;

    MsisProfile(SolarActivity activity, double inclinationRad, AbsoluteDate epoch, OneAxisEllipsoid earth,
                ExtendedPositionProvider sun) {
        int low = (int) Math.round((SPLIT_M - BOTTOM_M) / STEP_LOW_M);
        int high = (int) Math.round((TOP_M - SPLIT_M) / STEP_HIGH_M);
        altitudes = new double[low + high + 1];
        for (int k = 0; k <= low; k++) {
            altitudes[k] = BOTTOM_M + k * STEP_LOW_M;
        }
        for (int k = 1; k <= high; k++) {
            altitudes[low + k] = SPLIT_M + k * STEP_HIGH_M;
        }
        logDensity = new double[altitudes.length];
        NRLMSISE00 msis = new NRLMSISE00(new Constant(activity), new CachedSun(sun), earth);
        Frame itrf = earth.getBodyFrame();
        double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
        double sinI = FastMath.sin(inclinationRad);
        double[] sums = new double[altitudes.length];
        try {
            // seasons outermost: the Sun's position is then computed once per date (CachedSun)
            for (int s = 0; s < SEASONS; s++) {
                AbsoluteDate date = epoch.shiftedBy(s * Constants.JULIAN_YEAR / SEASONS);
                for (int k = 0; k < altitudes.length; k++) {
                    double r = re + altitudes[k];
                    for (int u = 0; u < ARGS; u++) {
                        double lat = FastMath.asin(sinI * FastMath.sin(2 * Math.PI * (u + 0.5) / ARGS));
                        for (int l = 0; l < LONGITUDES; l++) {
                            double lon = 2 * Math.PI * (l + 0.5 * (u % 2)) / LONGITUDES;
                            Vector3D p = new Vector3D(r * FastMath.cos(lat) * FastMath.cos(lon),
                                    r * FastMath.cos(lat) * FastMath.sin(lon), r * FastMath.sin(lat));
                            sums[k] += msis.getDensity(date, p, itrf);
                        }
                    }
                }
            }
            for (int k = 0; k < altitudes.length; k++) {
                logDensity[k] = Math.log(Math.max(sums[k] / (SEASONS * ARGS * LONGITUDES), 1e-30));
            }
        } catch (OrekitException e) {
            throw CosmodromeException.internal("tabulating NRLMSISE-00 for the " + activity.name() + " scenario", e);
        }
    }

    @Override
    public double densityKgPerM3(double altitudeM) {
        int last = altitudes.length - 1;
        if (altitudeM <= altitudes[0]) {
            return Math.exp(logDensity[0]);
        }
        if (altitudeM >= altitudes[last]) {
            double slope = (logDensity[last] - logDensity[last - 1]) / (altitudes[last] - altitudes[last - 1]);
            return Math.exp(logDensity[last] + slope * (altitudeM - altitudes[last]));
        }
        int k;
        if (altitudeM < SPLIT_M) {
            k = (int) ((altitudeM - BOTTOM_M) / STEP_LOW_M);
        } else {
            k = (int) Math.round((SPLIT_M - BOTTOM_M) / STEP_LOW_M) + (int) ((altitudeM - SPLIT_M) / STEP_HIGH_M);
        }
        k = Math.min(Math.max(k, 0), last - 1);
        double f = (altitudeM - altitudes[k]) / (altitudes[k + 1] - altitudes[k]);
        return Math.exp(logDensity[k] + f * (logDensity[k + 1] - logDensity[k]));
    }

    /** Constant F10.7 (daily and 81-day mean) and Ap (daily and every 3-hour slot). */
    static final class Constant implements NRLMSISE00InputParameters {
        private static final long serialVersionUID = 1L;
        private final double f107;
        private final double[] ap;

        Constant(SolarActivity activity) {
            f107 = activity.f107Sfu();
            ap = new double[7];
            java.util.Arrays.fill(ap, activity.ap());
        }

        @Override
        public AbsoluteDate getMinDate() {
            return AbsoluteDate.PAST_INFINITY;
        }

        @Override
        public AbsoluteDate getMaxDate() {
            return AbsoluteDate.FUTURE_INFINITY;
        }

        @Override
        public double getDailyFlux(AbsoluteDate date) {
            return f107;
        }

        @Override
        public double getAverageFlux(AbsoluteDate date) {
            return f107;
        }

        @Override
        public double[] getAp(AbsoluteDate date) {
            return ap.clone();
        }
    }

    /** The Sun, remembering its last position: the table asks for the same date many times in a row. */
    static final class CachedSun implements ExtendedPositionProvider {
        private final ExtendedPositionProvider sun;
        private AbsoluteDate lastDate;
        private Frame lastFrame;
        private Vector3D last;

        CachedSun(ExtendedPositionProvider sun) {
            this.sun = sun;
        }

        @Override
        public Vector3D getPosition(AbsoluteDate date, Frame frame) {
            if (!date.equals(lastDate) || frame != lastFrame) {
                last = sun.getPosition(date, frame);
                lastDate = date;
                lastFrame = frame;
            }
            return last;
        }

        @Override
        public <T extends org.hipparchus.CalculusFieldElement<T>> org.hipparchus.geometry.euclidean.threed.FieldVector3D<T> getPosition(
                org.orekit.time.FieldAbsoluteDate<T> date, Frame frame) {
            return sun.getPosition(date, frame);
        }

        @Override
        public org.orekit.utils.TimeStampedPVCoordinates getPVCoordinates(AbsoluteDate date, Frame frame) {
            return sun.getPVCoordinates(date, frame);
        }
    }
}
