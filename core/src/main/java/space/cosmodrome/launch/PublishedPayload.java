package space.cosmodrome.launch;

/**
 * A payload figure a manufacturer or agency published for a stated orbit, kept beside the vehicle to
 * validate the ascent model.
 *
 * @param payloadKg published payload (kg)
 * @param siteId launch site id
 * @param perigeeKm target perigee altitude (km)
 * @param apogeeKm target apogee altitude (km)
 * @param inclinationDeg target inclination (deg); NaN for sun-synchronous, computed from the altitude
 * @param source the document the figure comes from
 * @param note what the figure includes (adapter, reserves) or other caveats
 * @param orbitStated whether the source states the whole orbit (false when an altitude or inclination was
 *                    assumed because the source gives none); the 10 % validation goal applies to stated ones
 * @param profile how the operator flies to that orbit, when a source says so: "direct" (one continuous
 *                ascent), "parking", or "best" (not stated: the model picks)
 * @param withDisposal whether the figure keeps back the last stage's disposal (the vehicle's policy); false
 *                     where the source predates the practice, so the figure is compared without it
 * @param fittedTo whether the figure was used to fit estimated stage figures of the vehicle, or to choose which figure to
 *                 fit (docs/validation/launch.md,
 *                 "Estimates fitted to published performance"): the model's agreement with it is then no blind test
 */
public record PublishedPayload(double payloadKg, String siteId, double perigeeKm, double apogeeKm,
                               double inclinationDeg, String source, String note, boolean orbitStated,
                               String profile, boolean withDisposal, boolean fittedTo) {

    /** A figure no estimate was fitted to. */
    public PublishedPayload(double payloadKg, String siteId, double perigeeKm, double apogeeKm,
                            double inclinationDeg, String source, String note, boolean orbitStated, String profile,
                            boolean withDisposal) {
        this(payloadKg, siteId, perigeeKm, apogeeKm, inclinationDeg, source, note, orbitStated, profile, withDisposal,
                false);
    }

    /** A figure that keeps back the vehicle's disposal, if it has one. */
    public PublishedPayload(double payloadKg, String siteId, double perigeeKm, double apogeeKm,
                            double inclinationDeg, String source, String note, boolean orbitStated, String profile) {
        this(payloadKg, siteId, perigeeKm, apogeeKm, inclinationDeg, source, note, orbitStated, profile, true);
    }

    /** A figure whose flight profile no source states. */
    public PublishedPayload(double payloadKg, String siteId, double perigeeKm, double apogeeKm,
                            double inclinationDeg, String source, String note, boolean orbitStated) {
        this(payloadKg, siteId, perigeeKm, apogeeKm, inclinationDeg, source, note, orbitStated, "best");
    }

    /** @return whether the orbit is given as sun-synchronous */
    public boolean sunSynchronous() {
        return Double.isNaN(inclinationDeg);
    }
}
