package space.cosmodrome.io.launch;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.KeepOutZone;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.PublishedPayload;
import space.cosmodrome.launch.Stage;
import space.cosmodrome.windows.LaunchWindow;
import space.cosmodrome.windows.LaunchWindows;
import space.cosmodrome.windows.TargetPlane;

/** JSON views of the launch catalog, with units in the field names. */
public final class LaunchJson {
    private LaunchJson() {
    }

    public static Map<String, Object> site(LaunchSite s) {
        List<Object> corridors = new ArrayList<>();
        for (AzimuthCorridor c : s.corridors()) {
            corridors.add(object("name", c.name(), "azimuthMinDeg", c.minAzimuthDeg(), "azimuthMaxDeg",
                    c.maxAzimuthDeg(), "source", c.source(), "note", c.note()));
        }
        List<Object> zones = new ArrayList<>();
        for (KeepOutZone z : s.keepOutZones()) {
            zones.add(object("name", z.name(), "verticesDeg", z.verticesDeg(), "source", z.source(), "note", z.note()));
        }
        return object("id", s.id(), "name", s.name(), "country", s.country(), "latitudeDeg", s.latitudeDeg(),
                "longitudeDeg", s.longitudeDeg(), "altitudeM", s.altitudeM(), "corridors", corridors,
                "keepOutZones", zones.isEmpty() ? null : zones,
                "confidence", s.confidence(), "sources", s.sources(), "notes", s.notes());
    }

    public static Map<String, Object> vehicle(LaunchVehicle v) {
        List<Object> stages = new ArrayList<>();
        for (Stage st : v.stages()) {
            stages.add(object("name", st.name(), "count", st.count(),
                    "ignition", st.ignitesAtLiftoff() ? "liftoff" : "sequential",
                    "ignitionTimeS", st.ignitionTimeS() > 0 ? st.ignitionTimeS() : null,
                    "propellantMassKg", st.propellantMassKg(), "dryMassKg", st.dryMassKg(),
                    "thrustVacuumKn", round(st.thrustVacuumN() / 1000, 3),
                    "thrustSeaLevelKn", round(st.thrustSeaLevelN() / 1000, 3), "ispVacuumS", st.ispVacuumS(),
                    "burnTimeS", round(st.burnTimeS(), 1),
                    "publishedBurnTimeS", round(st.publishedBurnTimeS(), 1),
                    "strapOnDiameterM", round(st.strapOnDiameterM(), 2), "minThrottle", st.minThrottle(),
                    "coastBeforeIgnitionS", st.ignitesAtLiftoff() || st.continuesPrevious() ? null : st.coastBeforeIgnitionS(),
                    "engineRunBeforeLiftoffS", st.litOnThePad() ? st.engineRunBeforeLiftoffS() : null,
                    "propellantBurntOnThePadKg", st.engineRunBeforeLiftoffS() > 0 ? round(st.propellantBurntOnThePadKg(), 0) : null,
                    "sources", st.sources()));
        }
        List<Object> payloads = new ArrayList<>();
        for (PublishedPayload p : v.publishedPayloads()) {
            payloads.add(object("payloadKg", p.payloadKg(), "site", p.siteId(), "perigeeKm", p.perigeeKm(),
                    "apogeeKm", p.apogeeKm(), "inclinationDeg", p.sunSynchronous() ? null : p.inclinationDeg(),
                    "sso", p.sunSynchronous(), "orbitStated", p.orbitStated(), "fittedTo", p.fittedTo(), "source", p.source(),
                    "note", p.note()));
        }
        return object("id", v.id(), "name", v.name(), "manufacturer", v.manufacturer(),
                "liftoffMassKg", round(v.liftoffMassWithoutPayloadKg(), 0),
                "releaseMassKg", round(v.releaseMassWithoutPayloadKg(), 0),
                "publishedLiftoffMassKg", round(v.publishedLiftoffMassKg(), 0), "diameterM", v.diameterM(),
                "referenceAreaM2", round(v.referenceAreaM2(), 2),
                "fairingMassKg", v.fairingMassKg(), "payloadAdapterKg", v.payloadAdapterMassKg(),
                "maxAccelerationG", round(v.maxAccelerationG(), 2),
                "maxDynamicPressurePa", round(v.maxDynamicPressurePa(), 0), "upperStageIgnitions", v.upperStageIgnitions(),
                "disposal", object("policy", v.disposal().policy().key(),
                        "altitudeKm", round(v.disposal().altitudeM() / 1000, 1), "source", v.disposal().source(),
                        "note", v.disposal().note()),
                "stages", stages, "publishedPayloads", payloads, "confidence", v.confidence(),
                "sources", v.sources(), "notes", v.notes());
    }

    /**
     * A launch window as the windows command and the API give it.
     * @param w the window
     * @param flown the ascent at capacity for the window's direction, or null (no vehicle, outside the corridors,
     *              or the vehicle cannot reach the orbit): then no payload and no liftoff correction
     * @param plane the target plane
     * @return the window's fields; the liftoff is the optimal time corrected for the ascent's node drift
     */
    public static Map<String, Object> window(LaunchWindow w, AscentResult flown, TargetPlane plane) {
        Double shiftS = flown == null ? null : LaunchWindows.ascentNodeShiftS(flown, plane, w.optimal());
        return object("openUtc", iso(w.open()), "closeUtc", iso(w.close()),
                "optimalUtc", iso(w.optimal()), "durationS", round(w.durationS(), 1),
                "azimuthDeg", round(Math.toDegrees(w.groundAzimuthRad()), 2),
                "node", w.ascending() ? "ascending" : "descending", "corridor", w.corridorName(),
                "payloadKg", flown == null ? null : round(flown.capacityKg(), 0),
                "liftoffUtc", shiftS == null ? null : iso(w.optimal().shiftedBy(shiftS)),
                "ascentNodeShiftS", shiftS == null ? null : round(shiftS, 1));
    }

    /** @return the date as ISO-8601 UTC to the millisecond */
    private static String iso(AbsoluteDate date) {
        return date.toInstant(OrekitData.context().getTimeScales()).truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
