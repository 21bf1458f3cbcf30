package space.cosmodrome.lifetime;

/**
 * A disposal rule: the orbit must decay within a limit after the end of the mission.
 *
 * @param limitYears the longest lifetime allowed (years)
 * @param compliant whether the orbit as it is decays within the limit
 * @param targetPerigeeAltitudeM the perigee altitude (m) to which one burn at apogee must lower the orbit so it
 *        decays within the limit; the current perigee when already compliant
 * @param deltaVMPerS the velocity change of that burn (m/s); 0 when already compliant
 */
public record Disposal(double limitYears, boolean compliant, double targetPerigeeAltitudeM, double deltaVMPerS) {
}
