package space.cosmodrome.orbit;

import java.util.ArrayList;
import java.util.List;

import org.orekit.errors.OrekitException;
import org.orekit.forces.gravity.potential.GravityFieldFactory;
import org.orekit.frames.Frame;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
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
public sealed interface OrbitSpec permits OrbitSpec.Circular, OrbitSpec.SunSynchronous, OrbitSpec.FromLaunch,
        OrbitSpec.Keplerian, OrbitSpec.Frozen, OrbitSpec.RepeatGroundTrack, OrbitSpec.FromTle, OrbitSpec.Walker,
        OrbitSpec.WalkerMember {

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
            return osculating(altitudeM, 0, inclinationRad, raanRad, 0, Bodies.gcrf(), epoch);
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

        /** @return the RAAN at the epoch (rad, mean equator and equinox of date): mean Sun + 15 deg per hour from noon */
        public double raanRad() {
            return SolarTime.raanOfLtan(ltanHours, epoch);
        }

        @Override
        public Orbit initialOrbit() {
            return osculating(altitudeM, 0, inclinationRad(), raanRad(), 0, SolarTime.nodeFrame(), epoch);
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
     * Keplerian elements (osculating, GCRF, WGS84 μ) at an epoch.
     *
     * @param semiMajorAxisM semi-major axis (m)
     * @param eccentricity eccentricity, 0 to below 1
     * @param inclinationRad inclination (rad)
     * @param raanRad right ascension of the ascending node (rad)
     * @param argumentOfPerigeeRad argument of perigee (rad)
     * @param trueAnomalyRad true anomaly (rad)
     * @param epoch epoch
     */
    record Keplerian(double semiMajorAxisM, double eccentricity, double inclinationRad, double raanRad,
                     double argumentOfPerigeeRad, double trueAnomalyRad, AbsoluteDate epoch) implements OrbitSpec {
        public Keplerian {
            if (!(eccentricity >= 0 && eccentricity < 1)) {
                throw CosmodromeException.badValue("orbit.keplerian.eccentricity", eccentricity, "allowed: 0 to below 1");
            }
            double perigee = semiMajorAxisM * (1 - eccentricity) - Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
            if (!(perigee >= TargetOrbit.MIN_PERIGEE_M)) {
                throw CosmodromeException.badValue("orbit.keplerian.semiMajorAxisKm", semiMajorAxisM / 1000, String.format(
                        java.util.Locale.ROOT, "a perigee at least 120 km above the equator (this one is at %.0f km%s)", perigee / 1000,
                        perigee < 0 ? ", below the surface" : ""));
            }
            if (!(semiMajorAxisM * (1 + eccentricity) - Constants.WGS84_EARTH_EQUATORIAL_RADIUS <= 400_000_000)) {
                throw CosmodromeException.badValue("orbit.keplerian.semiMajorAxisKm", semiMajorAxisM / 1000, "an apogee below 400,000 km");
            }
            if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
                throw CosmodromeException.badValue("orbit.keplerian.inclinationDeg", Math.toDegrees(inclinationRad), "allowed: 0 to 180 deg");
            }
        }

        @Override
        public Orbit initialOrbit() {
            return new KeplerianOrbit(semiMajorAxisM, eccentricity, inclinationRad, argumentOfPerigeeRad, raanRad, trueAnomalyRad,
                    PositionAngleType.TRUE, Bodies.gcrf(), epoch, Constants.WGS84_EARTH_MU);
        }

        @Override
        public String describe() {
            double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
            return String.format(java.util.Locale.ROOT, "Keplerian %.0f x %.0f km, %.2f deg", (semiMajorAxisM * (1 - eccentricity) - re) / 1000,
                    (semiMajorAxisM * (1 + eccentricity) - re) / 1000, Math.toDegrees(inclinationRad));
        }
    }

    /** Earth's J2 (unnormalized, EIGEN-5C, as Orekit's constants give it). */
    double J2 = -Constants.EIGEN5C_EARTH_C20;
    /** Earth's J3 (unnormalized, EIGEN-5C). */
    double J3 = -Constants.EIGEN5C_EARTH_C30;

    /**
     * A frozen orbit: the mean eccentricity vector that J2 and J3 together hold still, e = -(J3 / 2 J2)(R / a) sin i
     * with the argument of perigee at 90 deg (Vallado, Fundamentals of Astrodynamics and Applications, 4th ed.,
     * section 11.4.4; about 0.001 for low Earth orbits). Higher zonal terms move the true frozen point by some
     * 10 %. The elements are mean elements (Eckstein-Hechler, as {@link Circular}).
     *
     * @param altitudeM mean altitude above the equatorial radius (m)
     * @param inclinationRad inclination (rad)
     * @param raanRad right ascension of the ascending node (rad), in {@code nodeFrame}
     * @param epoch epoch
     * @param nodeFrame the frame of the node: GCRF, or {@link SolarTime#nodeFrame()} when it comes from an LTAN
     */
    record Frozen(double altitudeM, double inclinationRad, double raanRad, AbsoluteDate epoch, Frame nodeFrame) implements OrbitSpec {
        public Frozen {
            checkAltitude("orbit.frozen.altitudeKm", altitudeM);
            if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
                throw CosmodromeException.badValue("orbit.frozen.inclinationDeg", Math.toDegrees(inclinationRad), "allowed: 0 to 180 deg");
            }
        }

        /** A frozen orbit whose node is given in GCRF. */
        public Frozen(double altitudeM, double inclinationRad, double raanRad, AbsoluteDate epoch) {
            this(altitudeM, inclinationRad, raanRad, epoch, Bodies.gcrf());
        }

        /** @return the frozen mean eccentricity (argument of perigee 90 deg) */
        public double eccentricity() {
            double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + altitudeM;
            return -J3 / (2 * J2) * Constants.WGS84_EARTH_EQUATORIAL_RADIUS / a * Math.sin(inclinationRad);
        }

        @Override
        public Orbit initialOrbit() {
            // ex = e cos(omega) = 0, ey = e sin(omega) = e; the satellite at the ascending node
            return osculating(altitudeM, eccentricity(), inclinationRad, raanRad, 0, nodeFrame, epoch);
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "frozen %.0f km, %.2f deg, e %.5f, argument of perigee 90 deg",
                    altitudeM / 1000, Math.toDegrees(inclinationRad), eccentricity());
        }
    }

    /**
     * A circular repeat-ground-track orbit: the track repeats after {@code revolutions} nodal periods in
     * {@code days} nodal days. The altitude is solved with the J2 secular rates of a circular orbit (Vallado,
     * section 11.5): (dM/dt + dω/dt) / (ωE - dΩ/dt) = revolutions / days, where for e = 0
     * dΩ/dt = -3/2 n J2 (R/a)² cos i, dω/dt = 3/4 n J2 (R/a)² (5 cos² i - 1) and dM/dt = n (1 + 3/4 J2 (R/a)² (3 cos² i - 1)).
     * With {@code sunSynchronous}, the inclination follows from the altitude at each step of the solution.
     *
     * @param revolutions revolutions per repeat cycle, at least 1
     * @param days nodal days per cycle, at least 1
     * @param inclinationRad inclination (rad); ignored when sun-synchronous
     * @param ltanHours local time of the ascending node (h) for a sun-synchronous orbit, NaN otherwise
     * @param raanRad right ascension of the ascending node when not sun-synchronous (rad)
     * @param epoch epoch
     */
    record RepeatGroundTrack(int revolutions, int days, double inclinationRad, double ltanHours, double raanRad, AbsoluteDate epoch)
            implements OrbitSpec {
        /** Earth's rotation rate (rad/s), WGS84. */
        static final double EARTH_RATE = Constants.WGS84_EARTH_ANGULAR_VELOCITY;

        public RepeatGroundTrack {
            if (!(revolutions >= 1 && revolutions <= 1000)) {
                throw CosmodromeException.badValue("orbit.repeatGroundTrack.revolutions", revolutions, "allowed: 1 to 1000");
            }
            if (!(days >= 1 && days <= 100)) {
                throw CosmodromeException.badValue("orbit.repeatGroundTrack.days", days, "allowed: 1 to 100");
            }
            if (Double.isNaN(ltanHours) && !(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
                throw CosmodromeException.badValue("orbit.repeatGroundTrack.inclinationDeg", Math.toDegrees(inclinationRad), "allowed: 0 to 180 deg");
            }
            if (!Double.isNaN(ltanHours) && !(ltanHours >= 0 && ltanHours < 24)) {
                throw CosmodromeException.badValue("orbit.repeatGroundTrack.ltan", ltanHours, "allowed: 00:00 to 23:59");
            }
            double h = altitude(revolutions, days, inclinationRad, !Double.isNaN(ltanHours));
            if (!(h >= TargetOrbit.MIN_PERIGEE_M && h <= 50_000_000)) {
                throw CosmodromeException.badValue("orbit.repeatGroundTrack.revolutions", revolutions + " in " + days + " days",
                        String.format(java.util.Locale.ROOT, "a repeat cycle between 120 and 50,000 km of altitude (this one needs %.0f km)", h / 1000));
            }
        }

        /** @return whether the orbit is sun-synchronous */
        public boolean sunSynchronous() {
            return !Double.isNaN(ltanHours);
        }

        /** @return the solved mean altitude above the equatorial radius (m) */
        public double altitudeM() {
            return altitude(revolutions, days, inclinationRad, sunSynchronous());
        }

        /** @return the inclination (rad): given, or sun-synchronous for the solved altitude */
        public double inclination() {
            return sunSynchronous() ? TargetOrbit.sunSynchronousInclination(altitudeM(), altitudeM()) : inclinationRad;
        }

        /**
         * Solves the altitude by bisection on the ratio of rates, which falls as the altitude grows.
         * @return altitude (m), or NaN when no altitude between 0 and 50,000 km (or with an SSO solution) fits
         */
        static double altitude(int revolutions, int days, double inclinationRad, boolean sunSynchronous) {
            double target = (double) revolutions / days;
            double lo = 0;
            double hi = sunSynchronous ? 5_900_000 : 50_000_000;
            if (!(ratio(lo, inclinationRad, sunSynchronous) >= target && ratio(hi, inclinationRad, sunSynchronous) <= target)) {
                return Double.NaN;
            }
            for (int k = 0; k < 200 && hi - lo > 1e-4; k++) {
                double mid = (lo + hi) / 2;
                if (ratio(mid, inclinationRad, sunSynchronous) > target) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return (lo + hi) / 2;
        }

        /** @return revolutions per nodal day at an altitude (m) */
        static double ratio(double altitudeM, double inclinationRad, boolean sunSynchronous) {
            double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
            double a = re + altitudeM;
            double i = sunSynchronous ? TargetOrbit.sunSynchronousInclination(altitudeM, altitudeM) : inclinationRad;
            double n = Math.sqrt(Constants.WGS84_EARTH_MU / (a * a * a));
            double k = J2 * (re / a) * (re / a);
            double c = Math.cos(i);
            double raanRate = -1.5 * n * k * c;
            double perigeeRate = 0.75 * n * k * (5 * c * c - 1);
            double anomalyRate = n * (1 + 0.75 * k * (3 * c * c - 1));
            return (anomalyRate + perigeeRate) / (EARTH_RATE - raanRate);
        }

        @Override
        public Orbit initialOrbit() {
            return sunSynchronous()
                    ? osculating(altitudeM(), 0, inclination(), SolarTime.raanOfLtan(ltanHours, epoch), 0, SolarTime.nodeFrame(), epoch)
                    : osculating(altitudeM(), 0, inclination(), raanRad, 0, Bodies.gcrf(), epoch);
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "repeat ground track %d revolutions in %d days: %.1f km, %.2f deg%s",
                    revolutions, days, altitudeM() / 1000, Math.toDegrees(inclination()), sunSynchronous() ? " (sun-synchronous)" : "");
        }
    }

    /**
     * An orbit given by a TLE (or an OMM turned into one): the SGP4/SDP4 state at the element set's epoch,
     * in GCRF; with the {@code sgp4} propagation model the element set itself is propagated.
     *
     * @param tle the element set
     */
    record FromTle(TLE tle) implements OrbitSpec {
        @Override
        public Orbit initialOrbit() {
            try {
                SpacecraftState s = TLEPropagator.selectExtrapolator(tle).getInitialState();
                return new CartesianOrbit(s.getPVCoordinates(Bodies.gcrf()), Bodies.gcrf(), s.getDate(), Constants.WGS84_EARTH_MU);
            } catch (OrekitException e) {
                throw CosmodromeException.badValue("orbit.tle", tle.getSatelliteNumber(), "an element set SGP4 can start from ("
                        + e.getMessage() + ")");
            }
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "TLE %d (epoch %s), %.2f rev/day, %.2f deg", tle.getSatelliteNumber(),
                    tle.getDate(), tle.getMeanMotion() * 86_400 / (2 * Math.PI), Math.toDegrees(tle.getI()));
        }
    }

    /**
     * A Walker constellation: {@code totalSatellites} satellites in {@code planes} circular orbital planes of equal
     * inclination, evenly spaced. J. G. Walker, "Satellite constellations", Journal of the British Interplanetary
     * Society 37 (1984), pp. 559-572, writes the pattern i: T/P/F: with p = 0 .. P-1 the plane and s = 0 .. S-1 the
     * slot in it (S = T/P satellites per plane),
     * <ul>
     *   <li>the planes' ascending nodes are spread evenly: RAAN = RAAN0 + p 360/P deg (delta pattern, the nodes over
     *       the whole equator) or RAAN0 + p 180/P deg (star pattern, the nodes over half of it, near-polar orbits);</li>
     *   <li>the satellites of a plane are spread evenly: argument of latitude s 360/S = s 360 P/T deg;</li>
     *   <li>each plane is phased against the one to its west by F 360/T deg (0 &lt;= F &lt; P): argument of latitude
     *       u = s 360 P/T + p F 360/T deg at the epoch.</li>
     * </ul>
     * Every member flies the same circular mean orbit (Eckstein-Hechler mean elements, as {@link Circular}).
     *
     * @param star true for a star pattern (nodes over 180 deg), false for a delta pattern (nodes over 360 deg)
     * @param totalSatellites T, 1 to {@link #MAX_SATELLITES}
     * @param planes P, 1 to T, dividing T
     * @param phasing F, 0 to P - 1
     * @param altitudeM mean altitude above the equatorial radius (m)
     * @param inclinationRad inclination (rad); NaN when sun-synchronous (it then follows from the altitude)
     * @param ltanHours local time of the first plane's ascending node (h) when sun-synchronous, NaN otherwise
     * @param raanRad the first plane's RAAN (rad) when not sun-synchronous
     * @param epoch epoch; satellite (0, 0) is at its ascending node then
     */
    record Walker(boolean star, int totalSatellites, int planes, int phasing, double altitudeM, double inclinationRad,
                  double ltanHours, double raanRad, AbsoluteDate epoch) implements OrbitSpec {
        /** Most satellites in a constellation plan (each is propagated and analysed). */
        public static final int MAX_SATELLITES = 100;

        public Walker {
            String p = "orbit.walker.";
            if (!(totalSatellites >= 1 && totalSatellites <= MAX_SATELLITES)) {
                throw CosmodromeException.badValue(p + "totalSatellites", totalSatellites, "allowed: 1 to " + MAX_SATELLITES);
            }
            if (!(planes >= 1 && planes <= totalSatellites)) {
                throw CosmodromeException.badValue(p + "planes", planes, "allowed: 1 to totalSatellites (" + totalSatellites + ")");
            }
            if (totalSatellites % planes != 0) {
                throw CosmodromeException.badValue(p + "planes", planes, "a divisor of totalSatellites (" + totalSatellites
                        + "): every plane holds the same number of satellites; allowed: " + divisors(totalSatellites));
            }
            if (!(phasing >= 0 && phasing < planes)) {
                throw CosmodromeException.badValue(p + "phasing", phasing, "allowed: 0 to planes - 1 (" + (planes - 1) + ")");
            }
            checkAltitude(p + "altitudeKm", altitudeM);
            boolean sso = !Double.isNaN(ltanHours);
            if (sso && !(ltanHours >= 0 && ltanHours < 24)) {
                throw CosmodromeException.badValue(p + "ltan", ltanHours, "allowed: 00:00 to 23:59");
            }
            if (sso) {
                double h = altitudeM;
                try {
                    TargetOrbit.sunSynchronousInclination(h, h);
                } catch (CosmodromeException e) {
                    throw CosmodromeException.badValue(p + "altitudeKm", h / 1000, String.valueOf(e.details().getOrDefault("allowed",
                            "an altitude with a sun-synchronous inclination")));
                }
            } else if (!(inclinationRad >= 0 && inclinationRad <= Math.PI)) {
                throw CosmodromeException.badValue(p + "inclinationDeg", Math.toDegrees(inclinationRad), "allowed: 0 to 180 deg");
            }
        }

        private static String divisors(int n) {
            StringBuilder sb = new StringBuilder();
            for (int d = 1; d <= n; d++) {
                if (n % d == 0) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(d);
                }
            }
            return sb.toString();
        }

        /** @return whether the planes are sun-synchronous */
        public boolean sunSynchronous() {
            return !Double.isNaN(ltanHours);
        }

        /** @return S = T / P */
        public int satellitesPerPlane() {
            return totalSatellites / planes;
        }

        /** @return the inclination (rad): given, or the sun-synchronous one for the altitude */
        public double inclination() {
            return sunSynchronous() ? TargetOrbit.sunSynchronousInclination(altitudeM, altitudeM) : inclinationRad;
        }

        /** @return the frame the planes' nodes are given in: of date for an LTAN ({@link SolarTime}), else GCRF */
        public Frame nodeFrame() {
            return sunSynchronous() ? SolarTime.nodeFrame() : Bodies.gcrf();
        }

        /** @return the first plane's RAAN at the epoch (rad, in {@link #nodeFrame()}) */
        public double firstRaanRad() {
            return sunSynchronous() ? SolarTime.raanOfLtan(ltanHours, epoch) : raanRad;
        }

        /** @return the spacing of the planes' nodes (rad): 2π/P (delta) or π/P (star) */
        public double raanSpacingRad() {
            return (star ? Math.PI : 2 * Math.PI) / planes;
        }

        /** @return the spacing of the satellites in a plane (rad): 2π P/T */
        public double inPlaneSpacingRad() {
            return 2 * Math.PI * planes / totalSatellites;
        }

        /** @return the phase between neighbouring planes (rad): 2π F/T */
        public double interPlanePhaseRad() {
            return 2 * Math.PI * phasing / totalSatellites;
        }

        /** @return every member, plane by plane, slot by slot */
        public List<WalkerMember> members() {
            List<WalkerMember> out = new ArrayList<>();
            for (int plane = 0; plane < planes; plane++) {
                for (int slot = 0; slot < satellitesPerPlane(); slot++) {
                    out.add(new WalkerMember(this, plane, slot));
                }
            }
            return List.copyOf(out);
        }

        /** The reference member (plane 0, slot 0). */
        @Override
        public Orbit initialOrbit() {
            return new WalkerMember(this, 0, 0).initialOrbit();
        }

        /** @return "i:T/P/F" in Walker's notation, e.g. "97.40:12/3/1" */
        public String notation() {
            return String.format(java.util.Locale.ROOT, "%.2f:%d/%d/%d", Math.toDegrees(inclination()), totalSatellites, planes, phasing);
        }

        @Override
        public String describe() {
            String plane;
            if (sunSynchronous()) {
                int h = (int) ltanHours;
                int m = (int) Math.round((ltanHours - h) * 60);
                plane = String.format(java.util.Locale.ROOT, "sun-synchronous, first plane LTAN %02d:%02d", h, m);
            } else {
                plane = String.format(java.util.Locale.ROOT, "first plane RAAN %.2f deg", Math.toDegrees(raanRad));
            }
            return String.format(java.util.Locale.ROOT, "Walker %s %s: %d satellites in %d planes, %.0f km, %s",
                    star ? "star" : "delta", notation(), totalSatellites, planes, altitudeM / 1000, plane);
        }
    }

    /**
     * One satellite of a {@link Walker} constellation.
     *
     * @param walker the constellation
     * @param plane plane index, 0 to P-1
     * @param slot slot in the plane, 0 to T/P-1
     */
    record WalkerMember(Walker walker, int plane, int slot) implements OrbitSpec {
        public WalkerMember {
            if (plane < 0 || plane >= walker.planes() || slot < 0 || slot >= walker.satellitesPerPlane()) {
                throw new IllegalArgumentException("no such member: plane " + plane + ", slot " + slot);
            }
        }

        /** @return the member's name: P (plane) and S (slot), counted from 1, e.g. "P2S3" */
        public String name() {
            return "P" + (plane + 1) + "S" + (slot + 1);
        }

        /** @return the RAAN of the member's plane at the epoch (rad) */
        public double raanRad() {
            return walker.firstRaanRad() + plane * walker.raanSpacingRad();
        }

        /** @return the argument of latitude at the epoch (rad), in [0, 2π) */
        public double argumentOfLatitudeRad() {
            double u = slot * walker.inPlaneSpacingRad() + plane * walker.interPlanePhaseRad();
            return u % (2 * Math.PI);
        }

        @Override
        public Orbit initialOrbit() {
            return osculating(walker.altitudeM(), 0, walker.inclination(), raanRad(), argumentOfLatitudeRad(), walker.nodeFrame(),
                    walker.epoch());
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s of %s: RAAN %.2f deg, argument of latitude %.2f deg at the epoch",
                    name(), walker.notation(), Math.toDegrees(((raanRad() % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)),
                    Math.toDegrees(argumentOfLatitudeRad()));
        }
    }

    /**
     * The osculating orbit in GCRF at the epoch of mean circular elements (Eckstein-Hechler, zonal J2 to J6).
     *
     * @param altitudeM mean altitude above the equatorial radius (m)
     * @param ey e sin(argument of perigee): 0 for a circle, the frozen eccentricity for a frozen orbit
     * @param inclinationRad inclination (rad)
     * @param raanRad right ascension of the ascending node (rad), in {@code frame}
     * @param argumentOfLatitudeRad argument of latitude at the epoch (rad)
     * @param frame GCRF, or the mean-of-date frame an LTAN is measured in
     * @param epoch epoch
     */
    private static Orbit osculating(double altitudeM, double ey, double inclinationRad, double raanRad,
                                    double argumentOfLatitudeRad, Frame frame, AbsoluteDate epoch) {
        CircularOrbit mean = new CircularOrbit(Constants.WGS84_EARTH_EQUATORIAL_RADIUS + altitudeM, 0, ey, inclinationRad,
                raanRad, argumentOfLatitudeRad, PositionAngleType.TRUE, frame, epoch, Constants.WGS84_EARTH_MU);
        try {
            Orbit osculating = new EcksteinHechlerPropagator(mean, GravityFieldFactory.getUnnormalizedProvider(6, 0), PropagationType.MEAN)
                    .propagate(mean.getDate()).getOrbit();
            Frame gcrf = Bodies.gcrf();
            return osculating.getFrame() == gcrf ? osculating
                    : new CartesianOrbit(osculating.getPVCoordinates(gcrf), gcrf, osculating.getDate(), osculating.getMu());
        } catch (OrekitException e) {
            throw CosmodromeException.missingData("gravity field for mean to osculating elements: " + e.getMessage(), e);
        }
    }

    private static void checkAltitude(String field, double altitudeM) {
        if (!(altitudeM >= TargetOrbit.MIN_PERIGEE_M && altitudeM <= 50_000_000)) {
            throw CosmodromeException.badValue(field, altitudeM / 1000, "allowed: 120 to 50,000 km");
        }
    }
}
