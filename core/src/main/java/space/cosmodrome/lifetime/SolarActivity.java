package space.cosmodrome.lifetime;

import java.util.List;

import space.cosmodrome.error.CosmodromeException;

/**
 * A constant level of solar and geomagnetic activity held over a whole lifetime.
 *
 * @param name scenario name ("low", "nominal", "high")
 * @param f107Sfu 10.7 cm solar radio flux, daily and 81-day mean alike (sfu, 10⁻²² W m⁻² Hz⁻¹)
 * @param ap daily planetary geomagnetic index Ap (nT-equivalent, 0 to 400)
 */
public record SolarActivity(String name, double f107Sfu, double ap) {
    /**
     * Low, moderate and high long-term levels of ECSS-E-ST-10-04C (Space environment, 15 November 2008),
     * Table 6-3: F10.7 (daily and 81-day mean alike) = 65, 140, 250 sfu with Ap = 0, 15, 45.
     *
     * <p>What was checked: the standard's clause 7.2.1.2 (as published on ESA's SPENVIS site,
     * https://www.spenvis.oma.be/ecss/e_st_10_04c/ecss_07_02_01.htm) prescribes the long-term values of its
     * Table 6-3 for both the daily and the 81-day indices of NRLMSISE-00 in analyses longer than a week, which is
     * how they are used here; its clause 6.2.3 (https://www.spenvis.oma.be/ecss/e_st_10_04c/ecss_06_02_03.htm)
     * has designs use the table's worst-case values without further margin. The table's figures themselves could
     * not be read from a primary copy (searched again on 2026-11-28: SPENVIS's clause pages 6.2.3 and 7.2.1 were
     * found, the page holding Table 6-3 was not; copies of the PDF found were only their first pages); public
     * codes quote the same three pairs (65/0, 140/15, 250/45) for it. The short-term high level (for analyses
     * under a week) is not used.
     */
    public static final SolarActivity LOW = new SolarActivity("low", 65, 0);
    /** Moderate long-term level of ECSS-E-ST-10-04C Table 6-3. */
    public static final SolarActivity NOMINAL = new SolarActivity("nominal", 140, 15);
    /** High long-term level of ECSS-E-ST-10-04C Table 6-3. */
    public static final SolarActivity HIGH = new SolarActivity("high", 250, 45);
    /** The three scenarios of a plan, lowest activity (longest lifetime) first. */
    public static final List<SolarActivity> SCENARIOS = List.of(LOW, NOMINAL, HIGH);

    public SolarActivity {
        if (!(f107Sfu >= 30 && f107Sfu <= 500)) {
            throw CosmodromeException.badValue("lifetime.f107Sfu", f107Sfu, "allowed: 30 to 500 sfu");
        }
        if (!(ap >= 0 && ap <= 400)) {
            throw CosmodromeException.badValue("lifetime.ap", ap, "allowed: 0 to 400");
        }
    }
}
