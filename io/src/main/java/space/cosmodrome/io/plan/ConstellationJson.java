package space.cosmodrome.io.plan;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.Revisit;
import space.cosmodrome.contact.Contact;
import space.cosmodrome.constellation.Unions;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.eclipse.BetaSample;
import space.cosmodrome.eclipse.EclipseReport;
import space.cosmodrome.eclipse.OrbitEclipse;
import space.cosmodrome.mission.ConstellationPlan;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.orbit.OrbitSpec;

/**
 * The summary of a constellation's plan. Same sections as one satellite's, read as the constellation's:
 * {@code access} and {@code coverage} merged over all satellites (a target is seen whenever any satellite sees it),
 * {@code contacts} per station with which satellite, {@code lifetime} once for all; plus {@code constellation}
 * with the pattern and one summary per satellite (its orbit, contacts, eclipses, accesses, coverage, budgets).
 */
final class ConstellationJson {
    /** What the summary shares between satellites and what it does not, for the reader. */
    static final String SHARED = "Every satellite is propagated and analysed on its own (orbit, contacts, eclipses, accesses, coverage, "
            + "budgets: constellation.perSatellite[]). Satellites of one plane share the plane and so the beta angle and the eclipse length "
            + "per orbit, shifted in time by their phase; their eclipses are still computed one by one. access and coverage are the union "
            + "over all satellites; contacts list every satellite's passes. The lifetime, disposal and station-keeping figures are computed "
            + "once, from the first satellite: every member flies the same mean altitude, inclination and ballistic coefficient.";

    private ConstellationJson() {
    }

    static Map<String, Object> summary(MissionPlan plan) {
        Mission m = plan.mission();
        ConstellationPlan c = plan.constellation();
        List<Object> satellites = new ArrayList<>();
        for (MissionPlan s : c.satellites()) {
            satellites.add(satellite(s));
        }
        return object(
                "mission", m.name(),
                "orbit", orbit(plan),
                "analysis", object("startUtc", Times.iso(plan.trajectory().start()), "endUtc", Times.iso(plan.trajectory().end()),
                        "durationS", round(plan.trajectory().durationS(), 3), "stepS", m.analysis().stepS(),
                        "propagation", m.propagation().id()),
                "constellation", object("pattern", c.walker().star() ? "star" : "delta", "notation", c.walker().notation(),
                        "satellites", c.satellites().size(), "shared", SHARED, "perSatellite", satellites),
                "contacts", contacts(plan),
                "eclipses", object("note", "per satellite in constellation.perSatellite[].eclipses; satellites of one plane see the same "
                        + "eclipse lengths, shifted in time", "planes", planeEclipses(plan)),
                "access", access(plan),
                "coverage", coverage(plan),
                "budgets", object("note", "per satellite in constellation.perSatellite[].budgets"),
                "lifetime", lifetime(plan),
                "warnings", plan.warnings());
    }

    private static Map<String, Object> orbit(MissionPlan plan) {
        OrbitSpec.Walker w = plan.constellation().walker();
        Map<String, Object> first = PlanJson.orbit(plan.constellation().satellites().get(0));
        return object("description", w.describe(), "kind", "walker", "pattern", w.star() ? "star" : "delta", "notation", w.notation(),
                "totalSatellites", w.totalSatellites(), "planes", w.planes(), "phasing", w.phasing(),
                "satellitesPerPlane", w.satellitesPerPlane(), "meanAltitudeKm", round(w.altitudeM() / 1000, 3),
                "inclinationDeg", round(Math.toDegrees(w.inclination()), 4), "sunSynchronous", w.sunSynchronous(),
                "firstPlaneRaanDeg", round(Math.toDegrees(normalized(w.firstRaanRad())), 4), "firstPlaneLtan", first.get("ltan"),
                "raanSpacingDeg", round(Math.toDegrees(w.raanSpacingRad()), 6),
                "inPlaneSpacingDeg", round(Math.toDegrees(w.inPlaneSpacingRad()), 6),
                "interPlanePhaseDeg", round(Math.toDegrees(w.interPlanePhaseRad()), 6),
                "epochUtc", Times.iso(w.epoch()), "nodalPeriodS", first.get("nodalPeriodS"),
                "perigeeAltitudeKm", first.get("perigeeAltitudeKm"), "apogeeAltitudeKm", first.get("apogeeAltitudeKm"));
    }

    private static double normalized(double rad) {
        return ((rad % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    }

    /** One satellite's summary: the single-satellite sections, without the lists of events (they are in the CSV files). */
    private static Map<String, Object> satellite(MissionPlan s) {
        OrbitSpec.WalkerMember member = (OrbitSpec.WalkerMember) s.orbitSpec();
        Map<String, Object> contacts = new LinkedHashMap<>(PlanJson.contacts(s));
        contacts.remove("passes");
        List<Object> stations = new ArrayList<>();
        for (Object o : (List<?>) contacts.get("stations")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> st = new LinkedHashMap<>((Map<String, Object>) o);
            stations.add(object("station", st.get("station"), "count", st.get("count"), "totalDurationS", st.get("totalDurationS")));
        }
        contacts.put("stations", stations);
        Map<String, Object> eclipses = new LinkedHashMap<>(PlanJson.eclipses(s.eclipses()));
        eclipses.remove("perOrbit");
        eclipses.remove("beta");
        Map<String, Object> access = new LinkedHashMap<>(PlanJson.access(s));
        access.remove("accesses");
        access.remove("maxOffNadirDeg");
        access.remove("minSunElevationDeg");
        List<Object> targets = new ArrayList<>();
        for (Revisit r : s.accesses().revisits()) {
            targets.add(object("target", r.target().name(), "count", r.count(), "totalAccessS", round(r.totalAccessS(), 1),
                    "meanGapS", round(r.meanGapS(), 1), "maxGapS", round(r.maxGapS(), 1)));
        }
        access.put("targets", targets);
        List<Object> coverage = new ArrayList<>();
        for (RegionCoverage rc : s.coverage()) {
            coverage.add(object("region", rc.region().name(), "coveredPercent", round(100 * rc.coveredFraction(), 2),
                    "timeToFirstCoverageS", round(rc.timeToFirstS(), 1), "timeToFullCoverageS", round(rc.timeToFullS(), 1),
                    "meanRevisitS", round(rc.meanRevisitS(), 1), "maxRevisitS", round(rc.maxRevisitS(), 1)));
        }
        Map<String, Object> orbit = new LinkedHashMap<>(PlanJson.orbit(s));
        orbit.put("argumentOfLatitudeAtEpochDeg", round(Math.toDegrees(member.argumentOfLatitudeRad()), 4));
        return object("satellite", member.name(), "plane", member.plane() + 1, "slot", member.slot() + 1, "orbit", orbit,
                "contacts", contacts, "eclipses", eclipses, "access", access, "coverage", coverage,
                "budgets", PlanJson.budgets(s.budgets()));
    }

    /** Contacts per station and per satellite, and every pass with its satellite. */
    private static Map<String, Object> contacts(MissionPlan plan) {
        ConstellationPlan c = plan.constellation();
        double days = plan.trajectory().durationS() / 86_400;
        List<Object> stations = new ArrayList<>();
        for (GroundStation st : plan.mission().stations()) {
            List<ConstellationPlan.SatelliteContact> of = c.contacts().stream().filter(x -> x.contact().station().equals(st)).toList();
            List<Object> bySatellite = new ArrayList<>();
            for (MissionPlan s : c.satellites()) {
                String name = ConstellationPlan.name(s);
                List<Contact> mine = of.stream().filter(x -> x.satellite().equals(name)).map(ConstellationPlan.SatelliteContact::contact).toList();
                bySatellite.add(object("satellite", name, "count", mine.size(),
                        "totalDurationS", round(mine.stream().mapToDouble(Contact::durationS).sum(), 1)));
            }
            double total = of.stream().mapToDouble(x -> x.contact().durationS()).sum();
            double busy = Unions.lengthS(of.stream().map(x -> new AbsoluteDate[] {x.contact().aos(), x.contact().los()}).toList());
            stations.add(object("station", st.name(), "latitudeDeg", round(Math.toDegrees(st.latitudeRad()), 4),
                    "longitudeDeg", round(Math.toDegrees(st.longitudeRad()), 4), "minElevationDeg", round(Math.toDegrees(st.minElevationRad()), 2),
                    "count", of.size(), "totalDurationS", round(total, 1),
                    "withSomeSatelliteS", round(busy, 1), "withSomeSatellitePerDayS", round(busy / days, 1),
                    "satellites", bySatellite));
        }
        List<Object> passes = new ArrayList<>();
        for (ConstellationPlan.SatelliteContact sc : c.contacts()) {
            Contact x = sc.contact();
            passes.add(object("satellite", sc.satellite(), "station", x.station().name(), "aosUtc", Times.iso(x.aos()),
                    "losUtc", Times.iso(x.los()), "durationS", round(x.durationS(), 1),
                    "maxElevationDeg", round(Math.toDegrees(x.maxElevationRad()), 2), "culminationUtc", Times.iso(x.culmination()),
                    "truncated", x.truncated()));
        }
        return object("count", c.contacts().size(), "totalDurationS", round(plan.contacts().totalDurationS(), 1),
                "perDayMeanDurationS", round(plan.contacts().totalDurationS() / days, 1),
                "note", "withSomeSatelliteS: time the station sees at least one satellite (overlaps counted once)",
                "stations", stations, "passes", passes);
    }

    /** Per plane: the eclipse figures of its first satellite (the others of the plane match them, shifted in time). */
    private static List<Object> planeEclipses(MissionPlan plan) {
        List<Object> out = new ArrayList<>();
        for (MissionPlan s : plan.constellation().satellites()) {
            OrbitSpec.WalkerMember member = (OrbitSpec.WalkerMember) s.orbitSpec();
            if (member.slot() != 0) {
                continue;
            }
            EclipseReport r = s.eclipses();
            out.add(object("plane", member.plane() + 1, "satellite", member.name(),
                    "umbraFraction", round(r.umbraFraction(), 4), "maxUmbraDurationS", round(r.maxUmbraS(), 1),
                    "meanUmbraPerOrbitS", round(r.orbits().stream().mapToDouble(OrbitEclipse::umbraS).average().orElse(Double.NaN), 1),
                    "betaMinDeg", round(Math.toDegrees(r.beta().stream().mapToDouble(BetaSample::betaRad).min().orElse(Double.NaN)), 3),
                    "betaMaxDeg", round(Math.toDegrees(r.beta().stream().mapToDouble(BetaSample::betaRad).max().orElse(Double.NaN)), 3)));
        }
        return out;
    }

    /** The merged accesses (the single-satellite shape), each target with its longest stretch unseen and per-satellite counts. */
    private static Map<String, Object> access(MissionPlan plan) {
        ConstellationPlan c = plan.constellation();
        Map<String, Object> access = new LinkedHashMap<>(PlanJson.access(plan));
        List<Object> targets = new ArrayList<>();
        List<?> merged = (List<?>) access.get("targets");
        for (int i = 0; i < merged.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) merged.get(i));
            t.put("longestWithoutAccessS", round(c.longestWithoutAccessS().get(i), 1));
            List<Object> bySatellite = new ArrayList<>();
            for (MissionPlan s : c.satellites()) {
                Revisit r = s.accesses().revisits().get(i);
                bySatellite.add(object("satellite", ConstellationPlan.name(s), "count", r.count(), "maxGapS", round(r.maxGapS(), 1)));
            }
            t.put("satellites", bySatellite);
            targets.add(t);
        }
        access.put("targets", targets);
        access.put("note", "accesses: the union over all satellites (overlapping or touching accesses of different satellites merged); "
                + "gaps run between them. longestWithoutAccessS also counts the span before the first and after the last access. "
                + "Each satellite's own accesses are in access.csv");
        access.put("satelliteAccessCount", c.accesses().size());
        return access;
    }

    /** The union coverage (the single-satellite shape), each region with every satellite's own covered percentage. */
    private static List<Object> coverage(MissionPlan plan) {
        List<Object> regions = new ArrayList<>();
        List<Object> union = PlanJson.coverage(plan);
        for (int r = 0; r < union.size(); r++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> region = new LinkedHashMap<>((Map<String, Object>) union.get(r));
            List<Object> bySatellite = new ArrayList<>();
            for (MissionPlan s : plan.constellation().satellites()) {
                RegionCoverage rc = s.coverage().get(r);
                bySatellite.add(object("satellite", ConstellationPlan.name(s), "coveredPercent", round(100 * rc.coveredFraction(), 2),
                        "maxRevisitS", round(rc.maxRevisitS(), 1)));
            }
            region.put("satellites", bySatellite);
            regions.add(region);
        }
        return regions;
    }

    private static Map<String, Object> lifetime(MissionPlan plan) {
        Map<String, Object> life = new LinkedHashMap<>(PlanJson.lifetime(plan));
        life.put("sharedBy", "all " + plan.constellation().satellites().size() + " satellites: computed once from "
                + ConstellationPlan.name(plan.constellation().satellites().get(0)) + " (same mean altitude, inclination and "
                + "ballistic coefficient; the RAAN and phase do not change the orbit-averaged density model)");
        return life;
    }
}
