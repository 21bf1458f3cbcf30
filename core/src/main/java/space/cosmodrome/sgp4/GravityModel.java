package space.cosmodrome.sgp4;

/**
 * Earth constants of the SGP4 theory. Element sets are fitted with {@link #WGS72}, which is also what the published
 * verification output ("Revisiting Spacetrack Report #3", Vallado et al., AIAA 2006-6753) uses; the other two are
 * there to reproduce older or other software.
 */
public enum GravityModel {
    /** WGS-72 as in Spacetrack Report #3 (xke given directly). */
    WGS72_OLD(398600.79964, 6378.135, 0.0743669161, 0.001082616, -0.00000253881, -0.00000165597),
    /** WGS-72: the model the element sets are produced with, and the default. */
    WGS72(398600.8, 6378.135, Double.NaN, 0.001082616, -0.00000253881, -0.00000165597),
    /** WGS-84 (EGM-96 zonal terms). */
    WGS84(398600.5, 6378.137, Double.NaN, 0.00108262998905, -0.00000253215306, -0.00000161098761);

    private final double muKm3PerS2;
    private final double radiusKm;
    private final double xke;
    private final double j2;
    private final double j3;
    private final double j4;

    GravityModel(double muKm3PerS2, double radiusKm, double xke, double j2, double j3, double j4) {
        this.muKm3PerS2 = muKm3PerS2;
        this.radiusKm = radiusKm;
        this.xke = Double.isNaN(xke) ? 60.0 / Math.sqrt(radiusKm * radiusKm * radiusKm / muKm3PerS2) : xke;
        this.j2 = j2;
        this.j3 = j3;
        this.j4 = j4;
    }

    /** @return gravitational parameter (km³/s²) */
    public double muKm3PerS2() {
        return muKm3PerS2;
    }

    /** @return equatorial radius (km) */
    public double radiusKm() {
        return radiusKm;
    }

    /** @return sqrt(mu) in earth radii^1.5 per minute */
    public double xke() {
        return xke;
    }

    /** @return second zonal harmonic (-) */
    public double j2() {
        return j2;
    }

    /** @return third zonal harmonic (-) */
    public double j3() {
        return j3;
    }

    /** @return fourth zonal harmonic (-) */
    public double j4() {
        return j4;
    }
}
