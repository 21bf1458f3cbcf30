package space.cosmodrome.ascent;

import java.util.Locale;

import space.cosmodrome.error.CosmodromeException;

/**
 * Which ways to orbit the payload search may use. The best profile is what the vehicle can do; operators
 * often fly one profile only (Japanese and Chinese sun-synchronous missions reach their orbit in one
 * continuous upper-stage burn, where a restart would need tracking over the far side of the Earth), and
 * their published payloads are for that profile.
 */
public enum AscentProfile {
    /** Whichever of the profiles below carries more. */
    BEST,
    /** One continuous ascent to the target's perigee (a single-burn upper stage may still coast first). */
    DIRECT,
    /** An ascent to a parking perigee, a coast to the target's apogee and a burn there (restartable stages). */
    PARKING;

    /** @return the profile named by a command-line or catalog value (best, direct, parking) */
    public static AscentProfile parse(String field, String value) {
        for (AscentProfile p : values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        throw CosmodromeException.badValue(field, value, "allowed: best, direct or parking");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
