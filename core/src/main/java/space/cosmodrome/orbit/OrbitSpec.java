package space.cosmodrome.orbit;

import org.orekit.errors.OrekitException;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.orbits.CircularOrbit;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.error.CosmodromeException;

/** How a mission's initial orbit is given. Each variant builds an Orekit orbit in GCRF. */
public sealed interface OrbitSpec permits OrbitSpec.Circular, OrbitSpec.SunSynchronous, OrbitSpec.FromLaunch {

    /** @return the initial orbit (GCRF, WGS84 μ) */
    Orbit initialOrbit();

    /** @return a short human description */
    String describe();

    /**
     * A circular orbit, the satellite at the ascending node at the epoch. The elements are mean elements.
     *
     * @param altitudeM altitude above the equatorial radius (m)
     * @param inclinationRad inclination (rad)
     * @param raanRad right ascension of the ascending node (rad)
     * @param epoch epoch
     */
    record Circular(double altitudeM, double inclinationRad, double raanRad, AbsoluteDate epoch) implements OrbitSpec {
        public Circular {
            checkAltitude("orbit.circular.altitudeKm", altitudeM);
            if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
                throw CosmodromeException.badValue("orbit.circular.inclinationDeg", Math.toDegrees(inclinationRad), "allowed: 0 to 180 deg");
            }
        }

        /**
         * The elements are mean elements in the Eckstein-Hechler sense (J2 to J6 short-period terms removed), so
         * the altitude is the mean altitude; the orbit returned is the osculating one at the epoch.
         */
        @Override
        public Orbit initialOrbit() {
            CircularOrbit mean = new CircularOrbit(Constants.WGS84_EARTH_EQUATORIAL_RADIUS + altitudeM, 0, 0, inclinationRad,
                    raanRad, 0, PositionAngleType.TRUE, Bodies.gcrf(), epoch, Constants.WGS84_EARTH_MU);
            try {
                return new EcksteinHechlerPropagator(mean, GravityFieldFactory.getUnnormalizedProvider(6, 0), PropagationType.MEAN)
                        .propagate(epoch).getOrbit();
            } catch (OrekitException e) {
                throw CosmodromeException.missingData("gravity field for mean to osculating elements: " + e.getMessage(), e);
            }
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "circular %.0f km, %.2f deg, RAAN %.2f deg",
                    altitudeM / 1000, Math.toDegrees(inclinationRad), Math.toDegrees(raanRad));
        }
    }

    /**
     * A circular sun-synchronous orbit: the inclination follows from the altitude (J2), the RAAN from the
     * local time of the ascending node and the mean Sun at the epoch.
     *
     * @param altitudeM altitude above the equatorial radius (m)
     * @param ltanHours local time of the ascending node (h, 0 to 24)
     * @param epoch epoch
     */
    record SunSynchronous(double altitudeM, double ltanHours, AbsoluteDate epoch) implements OrbitSpec {
        public SunSynchronous {
            checkAltitude("orbit.sunSynchronous.altitudeKm", altitudeM);
            if (!(ltanHours >= 0 && ltanHours < 24)) {
                throw CosmodromeException.badValue("orbit.sunSynchronous.ltan", ltanHours, "allowed: 00:00 to 23:59");
            }
            TargetOrbit.sunSynchronousInclination(altitudeM, altitudeM);
        }

        /** @return the inclination (rad) */
        public double inclinationRad() {
            return TargetOrbit.sunSynchronousInclination(altitudeM, altitudeM);
        }

        /** @return the RAAN at the epoch (rad): mean Sun right ascension + 15 deg per hour from noon */
        public double raanRad() {
            return meanSunRightAscension(epoch) + Math.toRadians(15 * (ltanHours - 12));
        }

        @Override
        public Orbit initialOrbit() {
            return new Circular(altitudeM, inclinationRad(), raanRad(), epoch).initialOrbit();
        }

        @Override
        public String describe() {
            int h = (int) ltanHours;
            int m = (int) Math.round((ltanHours - h) * 60);
            return String.format(java.util.Locale.ROOT, "sun-synchronous %.0f km, %.2f deg, LTAN %02d:%02d",
                    altitudeM / 1000, Math.toDegrees(inclinationRad()), h, m);
        }
    }

    /**
     * The orbit a launch delivers.
     *
     * @param ascent the flown ascent
     * @param liftoff liftoff date
     */
    record FromLaunch(AscentResult ascent, AbsoluteDate liftoff) implements OrbitSpec {
        @Override
        public Orbit initialOrbit() {
            return ascent.deliveredOrbit(liftoff);
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s from %s: %.0f x %.0f km, %.2f deg",
                    ascent.vehicle().name(), ascent.site().name(), ascent.delivered().perigeeAltitudeM() / 1000,
                    ascent.delivered().apogeeAltitudeM() / 1000, Math.toDegrees(ascent.delivered().inclinationRad()));
        }
    }

    /**
     * Right ascension of the mean Sun (rad), Meeus' mean longitude (low-precision, about 0.01 deg).
     * The same formula as the launch windows use.
     * @param date the date
     * @return right ascension (rad) in [0, 2π)
     */
    public static double meanSunRightAscension(AbsoluteDate date) {
        double centuries = date.durationFrom(AbsoluteDate.J2000_EPOCH) / (36_525.0 * 86_400);
        double deg = 280.46646 + 36_000.76983 * centuries + 0.0003032 * centuries * centuries;
        deg = deg % 360;
        return Math.toRadians(deg < 0 ? deg + 360 : deg);
    }

    private static void checkAltitude(String field, double altitudeM) {
        if (!(altitudeM >= TargetOrbit.MIN_PERIGEE_M && altitudeM <= 50_000_000)) {
            throw CosmodromeException.badValue(field, altitudeM / 1000, "allowed: 120 to 50,000 km");
        }
    }
}
