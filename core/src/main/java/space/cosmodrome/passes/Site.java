package space.cosmodrome.passes;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;

/**
 * An observer prepared for the hot loop: ITRF position (km), local axes (geodetic up, north, east), thresholds as
 * sines, and what the coarse filter needs (unit geocentric direction and radius).
 */
final class Site {
    /** Geodetic and geocentric verticals differ by at most 0.19°; the filter allows half a degree. */
    private static final double VERTICAL_MARGIN_RAD = Math.toRadians(0.5);

    final Observer observer;
    final double ox;
    final double oy;
    final double oz;
    /** Unit vector from the Earth's centre to the observer. */
    final double cx;
    final double cy;
    final double cz;
    /** Distance from the Earth's centre (km). */
    final double radiusKm;
    final double ux;
    final double uy;
    final double uz;
    final double nx;
    final double ny;
    final double nz;
    final double ex;
    final double ey;
    final double minEl;
    final double sinMinEl;
    /** Lowest threshold anywhere (rad): minimum elevation or the lowest point of the mask, whichever is higher. */
    final double floorEl;
    /** Sine of {@link #floorEl}: no azimuth is needed below it. */
    final double sinFloor;
    /** Sine of the highest threshold anywhere: above it the mask does not matter. */
    final double sinMaskTop;
    final boolean masked;
    /** Azimuths (rad) of the mask's points, where the masked function has its kinks. */
    final double[] maskVertices;

    Site(Observer o, OneAxisEllipsoid earth, double defaultMinElevation) {
        observer = o;
        Vector3D p = earth.transform(new GeodeticPoint(o.latitudeRad(), o.longitudeRad(), o.altitudeM()));
        ox = p.getX() / 1000.0;
        oy = p.getY() / 1000.0;
        oz = p.getZ() / 1000.0;
        radiusKm = Math.sqrt(ox * ox + oy * oy + oz * oz);
        cx = ox / radiusKm;
        cy = oy / radiusKm;
        cz = oz / radiusKm;
        double sl = Math.sin(o.latitudeRad());
        double cl = Math.cos(o.latitudeRad());
        double so = Math.sin(o.longitudeRad());
        double co = Math.cos(o.longitudeRad());
        ux = cl * co;
        uy = cl * so;
        uz = sl;
        nx = -sl * co;
        ny = -sl * so;
        nz = cl;
        ex = -so;
        ey = co;
        minEl = Double.isNaN(o.minElevationRad()) ? defaultMinElevation : o.minElevationRad();
        sinMinEl = Math.sin(minEl);
        masked = !o.mask().isEmpty() && o.mask().maximumRad() > minEl;
        floorEl = masked ? Math.max(minEl, o.mask().minimumRad()) : minEl;
        sinFloor = Math.sin(floorEl);
        maskVertices = masked ? o.mask().azimuthsRad() : new double[0];
        sinMaskTop = masked ? Math.sin(Math.max(minEl, o.mask().maximumRad())) : sinFloor;
    }

    /**
     * Largest angle (rad) at the Earth's centre between this observer and a satellite no farther than
     * {@code maxRadiusKm} that stands above the lowest threshold: {@code acos(R cos E / r) - E} with the elevation
     * lowered by a margin for the difference between geodetic and geocentric verticals; π when no bound holds.
     */
    double visibilityHalfAngle(double maxRadiusKm) {
        double e = floorEl - VERTICAL_MARGIN_RAD;
        double ratio = radiusKm * Math.cos(e) / maxRadiusKm;
        if (!(ratio < 1.0) || e <= -Math.PI / 2) {
            return Math.PI;
        }
        return Math.min(Math.PI, Math.acos(ratio) - e);
    }

    /** Sine of elevation of a satellite at ITRF position p (km). */
    double sinElevation(double px, double py, double pz) {
        double rx = px - ox;
        double ry = py - oy;
        double rz = pz - oz;
        return (rx * ux + ry * uy + rz * uz) / Math.sqrt(rx * rx + ry * ry + rz * rz);
    }

    /** Sine of elevation above this site's horizon minus that of the threshold at the satellite's azimuth. */
    double g(double px, double py, double pz) {
        double rx = px - ox;
        double ry = py - oy;
        double rz = pz - oz;
        double rho = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double sinEl = (rx * ux + ry * uy + rz * uz) / rho;
        if (!masked || sinEl < sinFloor) {
            return sinEl - (masked ? sinFloor : sinMinEl);
        }
        double az = azimuth(rx, ry, rz);
        return sinEl - Math.sin(Math.max(minEl, observer.mask().elevationAt(az)));
    }

    /**
     * Time derivative of the sine of elevation (1/s).
     * @param p ITRF position (km)
     * @param v ITRF velocity (km/s)
     */
    double sinElevationRate(double px, double py, double pz, double vx, double vy, double vz) {
        double rx = px - ox;
        double ry = py - oy;
        double rz = pz - oz;
        double rho2 = rx * rx + ry * ry + rz * rz;
        double rho = Math.sqrt(rho2);
        double up = rx * ux + ry * uy + rz * uz;
        double vUp = vx * ux + vy * uy + vz * uz;
        double rv = rx * vx + ry * vy + rz * vz;
        return vUp / rho - up * rv / (rho2 * rho);
    }

    /** Azimuth (rad, 0 to 2π, from north through east) of a line of sight r (km). */
    double azimuth(double rx, double ry, double rz) {
        double az = Math.atan2(rx * ex + ry * ey, rx * nx + ry * ny + rz * nz);
        return az < 0 ? az + 2 * Math.PI : az;
    }
}
