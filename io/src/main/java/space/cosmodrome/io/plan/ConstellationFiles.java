package space.cosmodrome.io.plan;

import static space.cosmodrome.io.json.Json.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Target;
import space.cosmodrome.contact.Contact;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.eclipse.EclipseInterval;
import space.cosmodrome.eclipse.OrbitEclipse;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.mission.ConstellationPlan;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.orbit.OrbitSpec;

/**
 * A constellation's files. Where one satellite's file has one row per event, the constellation's adds a first
 * column {@code satellite} and holds every satellite's rows (contacts.csv, eclipses.csv, eclipses-per-orbit.csv,
 * access.csv); the union over satellites keeps the single-satellite shape (constellation-access.csv, coverage.csv,
 * coverage-over-time.csv, coverage.geojson); satellites.csv is one row per satellite; each satellite has its own
 * OEM (orbit-P1S1.oem, ...).
 */
final class ConstellationFiles {
    private ConstellationFiles() {
    }

    static Map<String, String> render(MissionPlan plan, Map<String, Object> summary) {
        ConstellationPlan c = plan.constellation();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("summary.json", Json.write(summary) + "\n");
        files.put("satellites.csv", satellitesCsv(plan));
        files.put("contacts.csv", contactsCsv(c));
        files.put("eclipses.csv", eclipsesCsv(c));
        files.put("eclipses-per-orbit.csv", orbitsCsv(c));
        files.put("access.csv", accessCsv(c));
        files.put("constellation-access.csv", PlanFiles.accessCsv(plan));
        files.put("coverage.csv", PlanFiles.coverageCsv(plan));
        files.put("coverage-over-time.csv", PlanFiles.coverageOverTimeCsv(plan));
        files.put("lifetime.csv", PlanFiles.lifetimeCsv(plan));
        List<PlanGeometry> geometries = new ArrayList<>();
        for (MissionPlan s : c.satellites()) {
            String name = ConstellationPlan.name(s);
            files.put("orbit-" + name + ".oem", PlanFiles.oem(s, plan.mission().name() + " " + name,
                    PlanFiles.objectId(plan) + "-" + name));
            geometries.add(PlanGeometry.of(s));
        }
        PlanGeometry combined = PlanGeometry.combined(plan, geometries);
        files.put("ground-track.geojson", Json.write(groundTracks(plan, geometries)) + "\n");
        files.put("footprints.geojson", Json.write(footprints(plan, geometries)) + "\n");
        files.put("coverage.geojson", Json.write(combined.coverageGeoJson()) + "\n");
        files.put("orbit.czml", Json.write(PlanCzml.document(plan, combined)) + "\n");
        files.put("report.html", ReportHtml.render(plan, summary, combined.firstDayTrack, combined));
        return files;
    }

    static String satellitesCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("satellite,plane,slot,raanDeg,argumentOfLatitudeDeg,contacts,contactMinPerDay,"
                + "umbraPercent,accesses,accessMinPerDay");
        for (RegionCoverage rc : plan.coverage()) {
            sb.append(',').append(PlanFiles.csv("coveredPercent " + rc.region().name()));
        }
        sb.append(",collectedMbitPerDay,downlinkCapacityMbitPerDay\n");
        for (MissionPlan s : plan.constellation().satellites()) {
            OrbitSpec.WalkerMember m = (OrbitSpec.WalkerMember) s.orbitSpec();
            double days = s.trajectory().durationS() / 86_400;
            double raan = Math.toDegrees(((m.raanRad() % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI));
            sb.append(String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.3f,%d,%.1f,%.2f,%d,%.1f", m.name(), m.plane() + 1, m.slot() + 1, raan,
                    Math.toDegrees(m.argumentOfLatitudeRad()), s.contacts().contacts().size(), s.contacts().totalDurationS() / days / 60,
                    100 * s.eclipses().umbraFraction(), s.accesses().accesses().size(), s.accesses().totalDurationS() / days / 60));
            for (RegionCoverage rc : s.coverage()) {
                sb.append(String.format(Locale.ROOT, ",%.2f", 100 * rc.coveredFraction()));
            }
            var d = s.budgets().data();
            sb.append(',').append(d == null ? "" : String.format(Locale.ROOT, "%.1f", d.collectedMbitPerDay()))
                    .append(',').append(d == null ? "" : String.format(Locale.ROOT, "%.1f", d.downlinkCapacityMbitPerDay())).append('\n');
        }
        return sb.toString();
    }

    static String contactsCsv(ConstellationPlan c) {
        StringBuilder sb = new StringBuilder("satellite,station,aosUtc,losUtc,durationS,maxElevationDeg,culminationUtc,truncated\n");
        for (ConstellationPlan.SatelliteContact sc : c.contacts()) {
            Contact x = sc.contact();
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.1f,%.2f,%s,%s%n", sc.satellite(), PlanFiles.csv(x.station().name()),
                    Times.iso(x.aos()), Times.iso(x.los()), x.durationS(), Math.toDegrees(x.maxElevationRad()), Times.iso(x.culmination()),
                    x.truncated()));
        }
        return sb.toString();
    }

    static String eclipsesCsv(ConstellationPlan c) {
        StringBuilder sb = new StringBuilder("satellite,kind,startUtc,endUtc,durationS,truncated\n");
        for (MissionPlan s : c.satellites()) {
            String name = ConstellationPlan.name(s);
            for (EclipseInterval i : s.eclipses().intervals()) {
                sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.1f,%s%n", name, i.kind(), Times.iso(i.start()), Times.iso(i.end()),
                        i.durationS(), i.truncated()));
            }
        }
        return sb.toString();
    }

    static String orbitsCsv(ConstellationPlan c) {
        StringBuilder sb = new StringBuilder("satellite,orbit,ascendingNodeUtc,periodS,umbraS,penumbraS,umbraFraction\n");
        for (MissionPlan s : c.satellites()) {
            String name = ConstellationPlan.name(s);
            for (OrbitEclipse o : s.eclipses().orbits()) {
                sb.append(String.format(Locale.ROOT, "%s,%d,%s,%.2f,%.1f,%.1f,%.4f%n", name, o.number(), Times.iso(o.start()), o.periodS(),
                        o.umbraS(), o.penumbraS(), o.umbraFraction()));
            }
        }
        return sb.toString();
    }

    static String accessCsv(ConstellationPlan c) {
        StringBuilder sb = new StringBuilder("satellite,target,startUtc,endUtc,durationS,minOffNadirDeg,truncated\n");
        for (ConstellationPlan.SatelliteAccess sa : c.accesses()) {
            Access a = sa.access();
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%.1f,%.2f,%s%n", sa.satellite(), PlanFiles.csv(a.target().name()),
                    Times.iso(a.start()), Times.iso(a.end()), a.durationS(), Math.toDegrees(a.minOffNadirRad()), a.truncated()));
        }
        return sb.toString();
    }

    /** One ground-track feature per satellite, then the stations and targets. */
    private static Map<String, Object> groundTracks(MissionPlan plan, List<PlanGeometry> geometries) {
        List<Object> features = new ArrayList<>();
        List<MissionPlan> satellites = plan.constellation().satellites();
        for (int k = 0; k < satellites.size(); k++) {
            MissionPlan s = satellites.get(k);
            features.add(object("type", "Feature",
                    "properties", object("name", ConstellationPlan.name(s) + " ground track", "satellite", ConstellationPlan.name(s),
                            "plane", ((OrbitSpec.WalkerMember) s.orbitSpec()).plane() + 1,
                            "startUtc", Times.iso(s.trajectory().start()), "endUtc", Times.iso(s.trajectory().end())),
                    "geometry", object("type", "MultiLineString", "coordinates", geometries.get(k).groundTrack)));
        }
        for (GroundStation s : plan.mission().stations()) {
            features.add(PlanFiles.point(s.name(), "ground station", s.longitudeRad(), s.latitudeRad()));
        }
        for (Target t : plan.mission().targets()) {
            features.add(PlanFiles.point(t.name(), "target", t.longitudeRad(), t.latitudeRad()));
        }
        return object("type", "FeatureCollection", "features", features);
    }

    /** Every satellite's swath edges and access footprints, each feature with its satellite. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> footprints(MissionPlan plan, List<PlanGeometry> geometries) {
        List<Object> features = new ArrayList<>();
        List<MissionPlan> satellites = plan.constellation().satellites();
        for (int k = 0; k < satellites.size(); k++) {
            String name = ConstellationPlan.name(satellites.get(k));
            for (Object f : (List<Object>) geometries.get(k).footprintsGeoJson().get("features")) {
                Map<String, Object> feature = new LinkedHashMap<>((Map<String, Object>) f);
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("satellite", name);
                properties.putAll((Map<String, Object>) feature.get("properties"));
                feature.put("properties", properties);
                features.add(feature);
            }
        }
        return object("type", "FeatureCollection", "features", features);
    }

}
