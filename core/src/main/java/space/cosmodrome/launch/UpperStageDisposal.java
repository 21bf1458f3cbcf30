package space.cosmodrome.launch;

import java.util.Locale;

import space.cosmodrome.error.CosmodromeException;

/**
 * What the operator does with the last stage once the payload has left, when a source says so: the
 * propellant for it is kept from the payload. The delta-v and propellant it takes are computed by the ascent
 * model from the delivered orbit ({@code ascent.StageDisposal}).
 *
 * @param policy what the stage does
 * @param altitudeM the perigee altitude a de-orbit burn aims at, or the circular altitude a lowering aims at (m);
 *                  NaN for {@link Policy#NONE}
 * @param source the catalog source key(s) that state the practice (for {@link Policy#NONE}, optionally what says
 *               the published capacities are without one); null when none is known
 * @param note what the source says, and the convention behind the altitude
 */
public record UpperStageDisposal(Policy policy, double altitudeM, String source, String note) {

    /** What a last stage does after separation. */
    public enum Policy {
        /** Nothing that costs propellant (passivation only, or no source states a disposal). */
        NONE("none"),
        /**
         * De-orbit: one retrograde burn at apogee lowers the perigee into the atmosphere, to {@code altitudeM}
         * (re-entry within the revolution).
         */
        DEORBIT("deorbit"),
        /**
         * Lower: two burns (Hohmann) take the stage down to a circular orbit at {@code altitudeM}, from which
         * drag brings it down within years (PSLV's PS4).
         */
        LOWER("lower");

        private final String key;

        Policy(String key) {
            this.key = key;
        }

        /** @return the name used in catalog files and JSON */
        public String key() {
            return key;
        }
    }

    /**
     * Perigee altitude a de-orbit burn aims at when the catalog gives none (m): our convention, low enough for
     * re-entry on the first pass (docs/ascent.md, "Upper-stage disposal").
     */
    public static final double DEFAULT_REENTRY_PERIGEE_M = 50_000;

    /** No disposal. */
    public static final UpperStageDisposal NONE = new UpperStageDisposal(Policy.NONE, Double.NaN, null, null);

    /** Checks the figures. */
    public UpperStageDisposal {
        if (policy == null) {
            throw CosmodromeException.badValue("disposal.policy", String.valueOf(policy),
                    "allowed: none, deorbit or lower");
        }
        if (policy != Policy.NONE) {
            if (!(altitudeM >= 0 && altitudeM <= 2_000_000)) {
                throw CosmodromeException.badValue("disposal.altitudeKm", altitudeM / 1000,
                        "allowed: 0 to 2,000 km");
            }
            if (source == null || source.isBlank()) {
                throw CosmodromeException.missing("disposal.source",
                        "the source that states the " + policy.key() + " practice");
            }
        }
    }

    /**
     * Parses a policy name.
     * @param field where the name comes from, for the error
     * @param name none, deorbit or lower
     * @return the policy
     */
    public static Policy parsePolicy(String field, String name) {
        for (Policy p : Policy.values()) {
            if (p.key().equals(name == null ? "" : name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw CosmodromeException.badValue(field, name == null ? "(missing)" : name,
                name == null ? "required: none, deorbit or lower" : "allowed: none, deorbit or lower");
    }

    /** @return whether the stage spends propellant after separation */
    public boolean active() {
        return policy != Policy.NONE;
    }
}
