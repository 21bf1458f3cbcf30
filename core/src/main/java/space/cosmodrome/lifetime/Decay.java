package space.cosmodrome.lifetime;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.util.FastMath;
import org.orekit.utils.Constants;

/**
 * A fast semi-analytic decay integrator: the secular rates of semi-major axis and eccentricity under drag,
 * averaged over one orbit, integrated with Heun's method (second order) in steps of up to 10 days.
 * <p>
 * Drag decelerates along the velocity relative to an atmosphere turning with the Earth, approximated by
 * King-Hele's factor F = (1 − r ω cos i / v)², so the tangential acceleration is
 * f = −½ ρ B F v² with B = Cd·A/m. Gauss's equations for a tangential force give
 * da/dt = 2 a² v f / μ and de/dt = 2 (e + cos ν) f / v; both are averaged over time along the ellipse
 * by sampling the eccentric anomaly E at {@value #SAMPLES} points with weights (1 − e cos E), with the density
 * read from a {@link DensityProfile} at each point's distance less the equatorial radius.
 * A step is limited so that the semi-major axis changes by at most {@value #MAX_DA_M} m, and the eccentricity by
 * at most a tenth of itself (plus 10⁻⁴). Gravity perturbations other than drag are left out: over a lifetime
 * they move neither the semi-major axis nor, for near-circular orbits, the perigee height much.
 */
public final class Decay {
    /** Julian year (s). */
    public static final double JULIAN_YEAR_S = Constants.JULIAN_YEAR;
    /** Most points kept in a history. */
    public static final int MAX_POINTS = 400;
    /** Samples along the orbit for the averages. */
    static final int SAMPLES = 32;
    /** Largest change of the semi-major axis in one step (m). */
    static final double MAX_DA_M = 1000;
    /** Longest step (s). */
    static final double MAX_STEP_S = 10 * 86_400.0;
    private static final double MU = Constants.WGS84_EARTH_MU;
    private static final double RE = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    private static final double OMEGA = Constants.WGS84_EARTH_ANGULAR_VELOCITY;

    private final DensityProfile density;
    private final double ballisticM2PerKg;
    private final double cosI;
    private final double mu;

    /**
     * @param density the orbit-averaged density
     * @param ballisticM2PerKg B = Cd·A/m (m²/kg)
     * @param inclinationRad inclination (rad), for the atmosphere's rotation
     */
    public Decay(DensityProfile density, double ballisticM2PerKg, double inclinationRad) {
        this(density, ballisticM2PerKg, inclinationRad, MU);
    }

    Decay(DensityProfile density, double ballisticM2PerKg, double inclinationRad, double mu) {
        this.density = density;
        this.ballisticM2PerKg = ballisticM2PerKg;
        this.cosI = Double.isNaN(inclinationRad) ? 0 : FastMath.cos(inclinationRad);
        this.mu = mu;
    }

    /** Builds a decay with no atmosphere rotation (for comparisons with models that leave it out). */
    static Decay withoutRotation(DensityProfile density, double ballisticM2PerKg, double mu) {
        return new Decay(density, ballisticM2PerKg, Double.NaN, mu);
    }

    /**
     * @param semiMajorAxisM mean semi-major axis (m)
     * @param eccentricity mean eccentricity, 0 to below 1
     * @param reentryAltitudeM the perigee altitude that ends the integration (m)
     * @param horizonS longest time integrated (s)
     * @return the history
     */
    public DecayHistory propagate(double semiMajorAxisM, double eccentricity, double reentryAltitudeM, double horizonS) {
        List<DecayPoint> points = new ArrayList<>();
        double a = semiMajorAxisM;
        double e = Math.max(0, eccentricity);
        double t = 0;
        points.add(point(t, a, e));
        double rEntry = RE + reentryAltitudeM;
        if (a * (1 - e) <= rEntry) {
            return new DecayHistory(0, true, points);
        }
        if (ballisticM2PerKg <= 0) {
            points.add(point(horizonS, a, e));
            return new DecayHistory(horizonS, false, points);
        }
        double[] k1 = new double[3];
        double[] k2 = new double[3];
        while (t < horizonS) {
            rates(a, e, k1);
            double dt = MAX_STEP_S;
            if (k1[0] < 0) {
                dt = Math.min(dt, MAX_DA_M / -k1[0]);
            }
            if (k1[1] != 0) {
                dt = Math.min(dt, (0.1 * e + 1e-4) / Math.abs(k1[1]));
            }
            dt = Math.max(Math.min(dt, horizonS - t), 1e-3);
            double a1 = a + dt * k1[0];
            double e1 = clampE(e + dt * k1[1]);
            rates(a1, e1, k2);
            double aNext = a + 0.5 * dt * (k1[0] + k2[0]);
            double eNext = clampE(e + 0.5 * dt * (k1[1] + k2[1]));
            double rpNow = a * (1 - e);
            double rpNext = aNext * (1 - eNext);
            if (rpNext <= rEntry || aNext <= rEntry) {
                double f = (rpNow - rEntry) / Math.max(rpNow - rpNext, 1e-9);
                f = Math.min(Math.max(f, 0), 1);
                t += f * dt;
                a = a + f * (aNext - a);
                e = e + f * (eNext - e);
                points.add(new DecayPoint(t, reentryAltitudeM, Math.max(reentryAltitudeM, a * (1 + e) - RE)));
                return new DecayHistory(t, true, thin(points));
            }
            a = aNext;
            e = eNext;
            t += dt;
            points.add(point(t, a, e));
        }
        return new DecayHistory(horizonS, false, thin(points));
    }

    /**
     * The drag deceleration averaged over time along the orbit: what station-keeping makes up.
     * @param semiMajorAxisM semi-major axis (m)
     * @param eccentricity eccentricity
     * @return mean |f| (m/s²)
     */
    public double meanDragAccelerationMPerS2(double semiMajorAxisM, double eccentricity) {
        double[] out = new double[3];
        rates(semiMajorAxisM, eccentricity, out);
        return out[2];
    }

    /** out = {da/dt (m/s), de/dt (1/s), mean |f| (m/s²)}, averaged over time along the orbit. */
    void rates(double a, double e, double[] out) {
        double da = 0;
        double de = 0;
        double drag = 0;
        for (int k = 0; k < SAMPLES; k++) {
            double bigE = 2 * Math.PI * (k + 0.5) / SAMPLES;
            double cosE = FastMath.cos(bigE);
            double w = (1 - e * cosE) / SAMPLES;
            double r = a * (1 - e * cosE);
            double v2 = mu * (2 / r - 1 / a);
            if (!(v2 > 0)) {
                continue;
            }
            double v = Math.sqrt(v2);
            double wind = 1 - r * OMEGA * cosI / v;
            double f = 0.5 * density.densityKgPerM3(r - RE) * ballisticM2PerKg * wind * wind * v2;
            double cosNu = (cosE - e) / (1 - e * cosE);
            da -= w * 2 * a * a * v * f / mu;
            de -= w * 2 * (e + cosNu) * f / v;
            drag += w * f;
        }
        out[0] = da;
        out[1] = de;
        out[2] = drag;
    }

    private static double clampE(double e) {
        return Math.min(Math.max(e, 0), 0.99);
    }

    private static DecayPoint point(double t, double a, double e) {
        return new DecayPoint(t, a * (1 - e) - RE, a * (1 + e) - RE);
    }

    /** Keeps at most MAX_POINTS points, evenly in time, always the first and the last. */
    static List<DecayPoint> thin(List<DecayPoint> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        double end = points.get(points.size() - 1).timeS();
        List<DecayPoint> out = new ArrayList<>();
        double next = 0;
        double spacing = end / (MAX_POINTS - 2);
        for (int i = 0; i < points.size() - 1; i++) {
            DecayPoint p = points.get(i);
            if (p.timeS() >= next) {
                out.add(p);
                next = p.timeS() + spacing;
            }
        }
        out.add(points.get(points.size() - 1));
        return out;
    }
}
