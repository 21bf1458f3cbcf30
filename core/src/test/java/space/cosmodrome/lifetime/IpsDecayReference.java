package space.cosmodrome.lifetime;

/**
 * The published reference: the decay program of "Satellite Orbital Decay Calculations", IPS Radio and Space
 * Services, the Australian Space Weather Agency (Bureau of Meteorology), updated by R. Panwar (originally E. Street,
 * 1999-2000); see src/test/resources/lifetime/README.md. Its density model and its integration loop are
 * transcribed here line for line from the QBASIC listing of the report (variable names kept), so the test compares
 * our integrator with the published procedure, not with a re-derivation of ours.
 */
final class IpsDecayReference {
    static final double RE = 6_378_000;
    static final double ME = 5.98e24;
    static final double G = 6.67e-11;

    private IpsDecayReference() {
    }

    /** The report's density model (kg/m³) at height H (km), with F10 (sfu) and Ap. */
    static double density(double hKm, double f10, double ap) {
        double sh = (900 + 2.5 * (f10 - 70) + 1.5 * ap) / (27 - 0.012 * (hKm - 200));
        return 6e-10 * Math.exp(-(hKm - 175) / sh);
    }

    /**
     * The report's program: period decrement dP = 3π (A/M) R ρ dt in steps of 0.1 day until the height is below
     * 180 km.
     * @return the time to re-entry (days)
     */
    static double lifetimeDays(double massKg, double areaM2, double heightKm, double f10, double ap) {
        double t = 0;
        double dT = 0.1;
        double d9 = dT * 3600 * 24;
        double h = heightKm;
        double r = RE + h * 1000;
        double p = 2 * Math.PI * Math.sqrt(r * r * r / ME / G);
        while (true) {
            double dn = density(h, f10, ap);
            double dp = 3 * Math.PI * areaM2 / massKg * r * dn * d9;
            if (h < 180) {
                break;
            }
            p -= dp;
            t += dT;
            r = Math.pow(G * ME * p * p / 4 / Math.PI / Math.PI, 1.0 / 3.0);
            h = (r - RE) / 1000;
        }
        return t;
    }
}
