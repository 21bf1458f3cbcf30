package space.cosmodrome.io.ascent;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.FlightEvent;
import space.cosmodrome.ascent.StageDisposal;

/** JSON view of an ascent: the fields of the {@code launch} command. */
public final class AscentJson {
    private AscentJson() {
    }

    /**
     * @param r the ascent
     * @param launch liftoff instant, or null when none was given
     * @param capacityAsked true when the command searched the capacity, false when it flew a given payload
     * @return the JSON tree
     */
    public static Map<String, Object> of(AscentResult r, Instant launch, boolean capacityAsked) {
        List<Object> events = new ArrayList<>();
        for (FlightEvent e : r.events()) {
            events.add(object("name", e.name(), "timeS", round(e.timeS(), 1),
                    "altitudeKm", round(e.altitudeM() / 1000, 2), "downrangeKm", round(e.downrangeM() / 1000, 1),
                    "speedMps", round(e.speedMps(), 1),
                    "utc", launch == null ? null : launch.plusMillis(Math.round(e.timeS() * 1000)).toString()));
        }
        List<Object> burns = new ArrayList<>();
        for (AscentResult.Burn b : r.extraBurns()) {
            burns.add(object("name", b.name(), "timeS", round(b.timeS(), 1), "deltaVMps", round(b.deltaVMps(), 1),
                    "propellantKg", round(b.propellantKg(), 1), "durationS", round(b.durationS(), 1)));
        }
        Object dogLeg = r.dogLegRad() > 1e-9 ? object(
                "fromInclinationDeg", round(Math.toDegrees(r.approach().flownInclinationRad()), 3),
                "toInclinationDeg", round(Math.toDegrees(r.approach().targetInclinationRad()), 3),
                "planeChangeDeg", round(Math.toDegrees(r.dogLegRad()), 3),
                "payloadCostKg", round(r.dogLegPayloadCostKg(), 0)) : null;
        return object(
                "vehicle", r.vehicle().id(),
                "site", r.site().id(),
                "target", object("perigeeKm", round(r.target().perigeeAltitudeM() / 1000, 3),
                        "apogeeKm", round(r.target().apogeeAltitudeM() / 1000, 3),
                        "inclinationDeg", round(Math.toDegrees(r.target().inclinationRad()), 3)),
                "payloadKg", round(r.payloadKg(), 0),
                "capacityKg", round(r.capacityKg(), 0),
                "marginKg", capacityAsked ? null : round(r.marginKg(), 0),
                "reachesOrbit", r.reachesOrbit(),
                "azimuthDeg", round(Math.toDegrees(r.approach().groundAzimuthRad()), 2),
                "direction", r.approach().northbound() ? "northbound" : "southbound",
                "corridor", r.approach().corridorName(),
                "dogLeg", dogLeg,
                "plan", r.plan(),
                "insertion", insertion(r, launch),
                "delivered", orbit(r.delivered(), launch),
                "burnsAfterCutoff", burns,
                "disposal", disposal(r.disposal()),
                "deltaV", object("idealMps", round(r.deltaV().idealMps(), 1),
                        "gravityLossMps", round(r.deltaV().gravityLossMps(), 1),
                        "dragLossMps", round(r.deltaV().dragLossMps(), 1),
                        "steeringLossMps", round(r.deltaV().steeringLossMps(), 1),
                        "earthRotationGainMps", round(r.deltaV().earthRotationGainMps(), 1),
                        "burnsAfterCutoffMps", round(r.deltaV().burnsAfterCutoffMps(), 1)),
                "maxDynamicPressurePa", round(r.maxDynamicPressurePa(), 0),
                "maxAccelerationG", round(r.maxAccelerationG(), 2),
                "events", events,
                "warnings", r.warnings());
    }

    /**
     * What the last stage does after the payload has left: the policy, the delta-v and the propellant kept from
     * the payload for it, the stage's orbit afterwards, and the source of the practice (or why nothing is flown).
     */
    private static Map<String, Object> disposal(StageDisposal.Manoeuvre d) {
        if (d == null) {
            return null;
        }
        return object("policy", d.policy(), "deltaVMps", round(d.deltaVMps(), 1),
                "propellantKg", round(d.propellantKg(), 1),
                "stageMassAfterKg", round(d.stageMassKg(), 0),
                "perigeeAfterKm", round(d.perigeeAfterM() / 1000, 1), "apogeeAfterKm", round(d.apogeeAfterM() / 1000, 1),
                "source", d.source(), "note", d.note());
    }

    /** The orbit at cut-off and where on it cut-off came (true anomaly past perigee for eccentric targets). */
    private static Map<String, Object> insertion(AscentResult r, Instant launch) {
        Map<String, Object> o = orbit(r.insertion(), launch);
        AscentResult.InsertionPoint p = r.insertionPoint();
        o.putAll(object("altitudeKm", round(p.altitudeM() / 1000, 2),
                "flightPathAngleDeg", round(Math.toDegrees(p.flightPathAngleRad()), 3),
                "trueAnomalyDeg", round(Math.toDegrees(p.trueAnomalyRad()), 3),
                "argumentOfLatitudeDeg", round(Math.toDegrees(p.argumentOfLatitudeRad()), 3)));
        return o;
    }

    private static Map<String, Object> orbit(AscentResult.OrbitFigures o, Instant launch) {
        return object("perigeeKm", round(o.perigeeAltitudeM() / 1000, 2), "apogeeKm", round(o.apogeeAltitudeM() / 1000, 2),
                "inclinationDeg", round(Math.toDegrees(o.inclinationRad()), 3), "timeS", round(o.timeS(), 1),
                "epochUtc", launch == null ? null : launch.plusMillis(Math.round(o.timeS() * 1000)).toString());
    }
}
