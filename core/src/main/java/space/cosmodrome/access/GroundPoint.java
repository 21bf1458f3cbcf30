package space.cosmodrome.access;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;

import space.cosmodrome.orbit.EarthFixedTrack;

/**
 * A point on the ground seen from an {@link EarthFixedTrack}, with the access condition of
 * {@link Accesses#condition} written in ITRF: min(off-nadir margin, elevation of the satellite above the
 * point's minimum, Sun elevation above its minimum), in radians, positive when the sensor can image the point.
 * Nadir is geocentric; elevations are measured from the WGS84 ellipsoid's normal (as Orekit's topocentric frame).
 */
public final class GroundPoint {
    private final double px;
    private final double py;
    private final double pz;
    private final double zx;
    private final double zy;
    private final double zz;
    private final SensorLimits limits;

    /**
     * @param earth the ellipsoid (ITRF)
     * @param latitudeRad geodetic latitude (rad)
     * @param longitudeRad longitude (rad)
     * @param limits sensor limits
     */
    public GroundPoint(OneAxisEllipsoid earth, double latitudeRad, double longitudeRad, SensorLimits limits) {
        GeodeticPoint g = new GeodeticPoint(latitudeRad, longitudeRad, 0);
        Vector3D p = earth.transform(g);
        Vector3D z = g.getZenith();
        px = p.getX();
        py = p.getY();
        pz = p.getZ();
        zx = z.getX();
        zy = z.getY();
        zz = z.getZ();
        this.limits = limits;
    }

    /**
     * The condition at sample i: its sign is exact; its value is exact where the satellite is above the
     * horizon, and only the sine of the (negative) elevation below it, which saves the angles there.
     * @param track the samples
     * @param i sample index
     * @return the condition (rad, or a negative sine below the horizon)
     */
    public double sampled(EarthFixedTrack track, int i) {
        double[] s = track.satellite();
        double dx = s[3 * i] - px;
        double dy = s[3 * i + 1] - py;
        double dz = s[3 * i + 2] - pz;
        double up = dx * zx + dy * zy + dz * zz;
        if (up <= 0) {
            return up / Math.sqrt(dx * dx + dy * dy + dz * dz) - 1e-9;
        }
        double[] sun = track.sun();
        return condition(s[3 * i], s[3 * i + 1], s[3 * i + 2], sun[3 * i], sun[3 * i + 1], sun[3 * i + 2]);
    }

    /** @return the condition at a time from the track's start (s), from the exact ephemeris (rad) */
    public double exact(EarthFixedTrack track, double timeS) {
        Vector3D s = track.satelliteAt(timeS);
        Vector3D sun = limits.needsSun() ? track.sunAt(timeS) : Vector3D.PLUS_K;
        return condition(s.getX(), s.getY(), s.getZ(), sun.getX(), sun.getY(), sun.getZ());
    }

    /** @return the off-nadir angle from a satellite position (ITRF, m) to this point (rad) */
    public double offNadir(Vector3D sat) {
        Vector3D los = new Vector3D(px - sat.getX(), py - sat.getY(), pz - sat.getZ());
        return Vector3D.angle(sat.negate(), los);
    }

    private double condition(double sx, double sy, double sz, double ux, double uy, double uz) {
        double lx = px - sx;
        double ly = py - sy;
        double lz = pz - sz;
        double range = Math.sqrt(lx * lx + ly * ly + lz * lz);
        double satNorm = Math.sqrt(sx * sx + sy * sy + sz * sz);
        double cosOff = -(sx * lx + sy * ly + sz * lz) / (satNorm * range);
        double offNadir = Math.acos(Math.max(-1, Math.min(1, cosOff)));
        double elevation = Math.asin(-(lx * zx + ly * zy + lz * zz) / range);
        double g = Math.min(limits.maxOffNadirRad() - offNadir, elevation - limits.minElevationRad());
        if (limits.needsSun()) {
            double dx = ux - px;
            double dy = uy - py;
            double dz = uz - pz;
            double sunElevation = Math.asin((dx * zx + dy * zy + dz * zz) / Math.sqrt(dx * dx + dy * dy + dz * dz));
            g = Math.min(g, sunElevation - limits.minSunElevationRad());
        }
        return g;
    }
}
