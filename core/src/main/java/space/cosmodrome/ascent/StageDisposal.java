package space.cosmodrome.ascent;

import java.util.Locale;

import space.cosmodrome.launch.UpperStageDisposal;

/**
 * The manoeuvre a last stage flies after the payload has left it ({@link UpperStageDisposal}), priced from the
 * delivered orbit with impulsive two-body burns, and the propellant it takes with the stage's own mass only
 * (the payload is gone): what the stage must keep back from the payload.
 *
 * <ul>
 *   <li>de-orbit: one retrograde burn at apogee, where lowering the perigee costs least, to the policy's
 *       perigee (vis-viva: v_a(r_p, r_a) - v_a(r_disposal, r_a));</li>
 *   <li>lower: a Hohmann transfer down to a circular orbit at the policy's altitude (burn at apogee to lower
 *       the perigee, burn at the new perigee to circularise); if the perigee is already below that altitude,
 *       one burn at perigee brings the apogee down to it.</li>
 * </ul>
 * Only orbits within the LEO protected region of the debris-mitigation guidelines (apogee below 2,000 km) are
 * disposed of: the practices the sources describe are LEO ones, and de-orbiting from a transfer or medium orbit
 * (1.5 km/s from Galileo's 22,922 km circular down to a 50 km perigee) is a different manoeuvre no source here states.
 */
public final class StageDisposal {
    /** Upper limit of the LEO protected region (altitude, m): IADC space debris mitigation guidelines, region A. */
    public static final double LEO_REGION_TOP_M = 2_000_000;

    private StageDisposal() {
    }

    /**
     * The manoeuvre and what it costs.
     *
     * @param policy the policy flown (its name in catalog files)
     * @param deltaVMps total delta-v of the burns (m/s), 0 when none is needed
     * @param propellantKg propellant it takes (kg)
     * @param stageMassKg the stage's mass once the burns are done (dry, adapter, unburnt reserve; kg)
     * @param perigeeAfterM perigee altitude after the burns (m), NaN when none is flown
     * @param apogeeAfterM apogee altitude after the burns (m), NaN when none is flown
     * @param source the catalog source(s) of the practice, null for none
     * @param note why no burn is flown, or the policy's note
     */
    public record Manoeuvre(String policy, double deltaVMps, double propellantKg, double stageMassKg,
                            double perigeeAfterM, double apogeeAfterM, String source, String note) {
        /** No manoeuvre. */
        static Manoeuvre none(String policy, String source, String note) {
            return new Manoeuvre(policy, 0, 0, Double.NaN, Double.NaN, Double.NaN, source, note);
        }

        /**
         * @return how many times the stage lights for it: none without delta-v, one to de-orbit or to bring the
         *         apogee down from a perigee already below the altitude, two for a transfer down to a circular orbit
         */
        public int ignitions() {
            if (!(deltaVMps > 0)) {
                return 0;
            }
            boolean lower = UpperStageDisposal.Policy.LOWER.key().equals(policy);
            return lower && perigeeAfterM == apogeeAfterM ? 2 : 1;
        }
    }

    /**
     * Plans the disposal from the delivered orbit.
     *
     * @param disposal the vehicle's policy
     * @param perigeeAltitudeM delivered perigee altitude (m, above the equatorial radius)
     * @param apogeeAltitudeM delivered apogee altitude (m)
     * @param stageMassAfterKg the stage's mass once the burns are done: its dry mass, the adapter left on it and
     *                         the reserve it keeps unburnt (kg)
     * @param ispS the stage's vacuum specific impulse (s)
     * @return the manoeuvre, with zero propellant when no burn is needed or the policy is none
     */
    public static Manoeuvre plan(UpperStageDisposal disposal, double perigeeAltitudeM, double apogeeAltitudeM,
                                 double stageMassAfterKg, double ispS) {
        String key = disposal.policy().key();
        if (!disposal.active()) {
            return Manoeuvre.none(key, disposal.source(), disposal.note() != null ? disposal.note()
                    : "no source states a disposal burn for this vehicle: the stage is left in the delivered orbit");
        }
        if (apogeeAltitudeM >= LEO_REGION_TOP_M) {
            return Manoeuvre.none(key, disposal.source(), String.format(Locale.ROOT,
                    "no burn: the delivered orbit reaches above the LEO protected region (apogee %.0f km, limit %.0f km);"
                            + " the %s practice is a LEO one", apogeeAltitudeM / 1000, LEO_REGION_TOP_M / 1000, key));
        }
        double rp = Earth.EQUATORIAL_RADIUS + perigeeAltitudeM;
        double ra = Earth.EQUATORIAL_RADIUS + apogeeAltitudeM;
        double rd = Earth.EQUATORIAL_RADIUS + disposal.altitudeM();
        double dv;
        double perigeeAfter;
        double apogeeAfter;
        if (disposal.policy() == UpperStageDisposal.Policy.DEORBIT) {
            if (rp <= rd) {
                return Manoeuvre.none(key, disposal.source(), String.format(Locale.ROOT,
                        "no burn: the delivered perigee (%.0f km) is already at or below the re-entry perigee (%.0f km)",
                        perigeeAltitudeM / 1000, disposal.altitudeM() / 1000));
            }
            dv = deorbitDeltaVMps(rp, ra, rd);
            perigeeAfter = disposal.altitudeM();
            apogeeAfter = apogeeAltitudeM;
        } else {
            if (ra <= rd) {
                return Manoeuvre.none(key, disposal.source(), String.format(Locale.ROOT,
                        "no burn: the delivered orbit (apogee %.0f km) is already below the disposal altitude (%.0f km)",
                        apogeeAltitudeM / 1000, disposal.altitudeM() / 1000));
            }
            dv = lowerDeltaVMps(rp, ra, rd);
            perigeeAfter = Math.min(perigeeAltitudeM, disposal.altitudeM());
            apogeeAfter = disposal.altitudeM();
        }
        return new Manoeuvre(key, dv, propellantKg(dv, stageMassAfterKg, ispS), stageMassAfterKg, perigeeAfter,
                apogeeAfter, disposal.source(), disposal.note());
    }

    /**
     * Delta-v (m/s) of a tangential retrograde burn at apogee that lowers the perigee from {@code rp} to
     * {@code rd} (radii, m): the difference of the vis-viva speeds at apogee on the two ellipses.
     */
    static double deorbitDeltaVMps(double rp, double ra, double rd) {
        return apogeeSpeed(rp, ra) - apogeeSpeed(rd, ra);
    }

    /**
     * Delta-v (m/s) to bring an orbit down to a circular one of radius {@code rd}: at apogee lower the perigee to
     * {@code rd} and at that perigee circularise (a Hohmann transfer down); if the perigee is already below
     * {@code rd}, one burn at perigee lowers the apogee to {@code rd}.
     */
    static double lowerDeltaVMps(double rp, double ra, double rd) {
        if (rp >= rd) {
            double first = apogeeSpeed(rp, ra) - apogeeSpeed(rd, ra);
            double second = speed(rd, (rd + ra) / 2) - Math.sqrt(Earth.MU / rd);
            return first + second;
        }
        return speed(rp, (rp + ra) / 2) - speed(rp, (rp + rd) / 2);
    }

    /** Propellant (kg) for a delta-v by a stage ending with a mass (kg): rocket equation, m_f (e^(dv/c) - 1). */
    static double propellantKg(double deltaVMps, double finalMassKg, double ispS) {
        return finalMassKg * Math.expm1(deltaVMps / (ispS * space.cosmodrome.launch.Stage.G0));
    }

    private static double apogeeSpeed(double rp, double ra) {
        return speed(ra, (rp + ra) / 2);
    }

    /** Vis-viva speed (m/s) at radius r on an orbit of semi-major axis a. */
    private static double speed(double r, double a) {
        return Math.sqrt(Earth.MU * (2 / r - 1 / a));
    }
}
