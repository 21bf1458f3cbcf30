package space.cosmodrome.io.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.orekit.errors.OrekitException;
import org.orekit.files.ccsds.definitions.BodyFacade;
import org.orekit.files.ccsds.definitions.CenterName;
import org.orekit.files.ccsds.definitions.FrameFacade;
import org.orekit.files.ccsds.definitions.TimeSystem;
import org.orekit.files.ccsds.ndm.WriterBuilder;
import org.orekit.files.ccsds.ndm.odm.OdmHeader;
import org.orekit.files.ccsds.ndm.odm.oem.EphemerisOemWriter;
import org.orekit.files.ccsds.ndm.odm.oem.OemMetadata;
import org.orekit.files.ccsds.utils.FileFormat;
import org.orekit.files.general.OrekitEphemerisFile;
import org.orekit.propagation.SpacecraftState;
import org.orekit.utils.Constants;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Target;
import space.cosmodrome.contact.Contact;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.PointCoverage;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.eclipse.EclipseInterval;
import space.cosmodrome.eclipse.OrbitEclipse;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.lifetime.Decay;
import space.cosmodrome.lifetime.DecayPoint;
import space.cosmodrome.lifetime.ScenarioLifetime;
import space.cosmodrome.mission.MissionPlan;

/**
 * Writes the files of a plan into a directory. Everything is rendered in memory first and then written into
 * a temporary directory beside the target, and only then moved in, so a failure leaves nothing half-written.
 */
public final class PlanFiles {
    /** The files written, in order. */
    public static final List<String> NAMES = List.of("summary.json", "contacts.csv", "eclipses.csv", "eclipses-per-orbit.csv",
            "access.csv", "coverage.csv", "coverage-over-time.csv", "lifetime.csv", "orbit.oem", "ground-track.geojson",
            "footprints.geojson", "coverage.geojson", "orbit.czml", "report.html");

    private PlanFiles() {
    }

    /**
     * @param plan the plan
     * @param summary its summary (see {@link PlanJson#summary})
     * @param dir the output directory, created if needed
     * @return the paths written
     */
    public static List<Path> write(MissionPlan plan, Map<String, Object> summary, Path dir) {
        return write(plan.isConstellation() ? ConstellationFiles.render(plan, summary) : render(plan, summary), dir);
    }

    /** @return one satellite's files by name, rendered in memory */
    static Map<String, String> render(MissionPlan plan, Map<String, Object> summary) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("summary.json", Json.write(summary) + "\n");
        files.put("contacts.csv", contactsCsv(plan));
        files.put("eclipses.csv", eclipsesCsv(plan));
        files.put("eclipses-per-orbit.csv", orbitsCsv(plan));
        files.put("access.csv", accessCsv(plan));
        files.put("coverage.csv", coverageCsv(plan));
        files.put("coverage-over-time.csv", coverageOverTimeCsv(plan));
        files.put("lifetime.csv", lifetimeCsv(plan));
        files.put("orbit.oem", oem(plan));
        PlanGeometry geometry = PlanGeometry.of(plan);
        List<List<double[]>> track = geometry.groundTrack;
        files.put("ground-track.geojson", Json.write(geoJson(plan, track)) + "\n");
        files.put("footprints.geojson", Json.write(geometry.footprintsGeoJson()) + "\n");
        files.put("coverage.geojson", Json.write(geometry.coverageGeoJson()) + "\n");
        files.put("orbit.czml", Json.write(PlanCzml.document(plan, geometry)) + "\n");
        files.put("report.html", ReportHtml.render(plan, summary, track, geometry));
        return files;
    }

    /** Writes rendered files into a temporary directory inside dir, then moves them in. */
    static List<Path> write(Map<String, String> files, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            Files.createDirectories(target);
            tmp = Files.createTempDirectory(target, ".plan-");
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(tmp.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            List<Path> written = new ArrayList<>();
            for (String name : files.keySet()) {
                Path to = target.resolve(name);
                Files.move(tmp.resolve(name), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(to);
            }
            return written;
        } catch (IOException e) {
            throw CosmodromeException.badValue("--out", dir.toString(), "a writable directory (" + e.getMessage() + ")");
        } finally {
            if (tmp != null) {
                try (Stream<Path> left = Files.list(tmp)) {
                    for (Path p : (Iterable<Path>) left::iterator) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    static String contactsCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("station,aosUtc,losUtc,durationS,maxElevationDeg,culminationUtc,truncated\n");
        for (Contact c : plan.contacts().contacts()) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.1f,%.2f,%s,%s%n", csv(c.station().name()), Times.iso(c.aos()),
                    Times.iso(c.los()), c.durationS(), Math.toDegrees(c.maxElevationRad()), Times.iso(c.culmination()), c.truncated()));
        }
        return sb.toString();
    }

    static String eclipsesCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("kind,startUtc,endUtc,durationS,truncated\n");
        for (EclipseInterval i : plan.eclipses().intervals()) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.1f,%s%n", i.kind(), Times.iso(i.start()), Times.iso(i.end()),
                    i.durationS(), i.truncated()));
        }
        return sb.toString();
    }

    static String orbitsCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("orbit,ascendingNodeUtc,periodS,umbraS,penumbraS,umbraFraction\n");
        for (OrbitEclipse o : plan.eclipses().orbits()) {
            sb.append(String.format(Locale.ROOT, "%d,%s,%.2f,%.1f,%.1f,%.4f%n", o.number(), Times.iso(o.start()), o.periodS(),
                    o.umbraS(), o.penumbraS(), o.umbraFraction()));
        }
        return sb.toString();
    }

    static String accessCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("target,startUtc,endUtc,durationS,minOffNadirDeg,truncated\n");
        for (Access a : plan.accesses().accesses()) {
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.1f,%.2f,%s%n", csv(a.target().name()), Times.iso(a.start()),
                    Times.iso(a.end()), a.durationS(), Math.toDegrees(a.minOffNadirRad()), a.truncated()));
        }
        return sb.toString();
    }

    static String coverageCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("region,latitudeDeg,longitudeDeg,areaWeight,accessCount,firstAccessUtc,totalAccessS,meanGapS,maxGapS\n");
        for (RegionCoverage c : plan.coverage()) {
            for (PointCoverage p : c.points()) {
                sb.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.6f,%d,%s,%.1f,%s,%s%n", csv(c.region().name()),
                        Math.toDegrees(p.point().latitudeRad()), Math.toDegrees(p.point().longitudeRad()), p.point().weight(),
                        p.accessCount(), p.covered() ? Times.iso(plan.trajectory().start().shiftedBy(p.firstAccessS())) : "",
                        p.totalAccessS(), number(p.meanGapS()), number(p.maxGapS())));
            }
        }
        return sb.toString();
    }

    static String coverageOverTimeCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("region,timeUtc,timeS,coveredPercent\n");
        for (RegionCoverage c : plan.coverage()) {
            for (RegionCoverage.Step st : c.curve()) {
                sb.append(String.format(Locale.ROOT, "%s,%s,%.1f,%.3f%n", csv(c.region().name()),
                        Times.iso(plan.trajectory().start().shiftedBy(st.timeS())), st.timeS(), 100 * st.fraction()));
            }
        }
        return sb.toString();
    }

    static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "";
    }

    static String lifetimeCsv(MissionPlan plan) {
        StringBuilder sb = new StringBuilder("activity,years,perigeeAltitudeKm,apogeeAltitudeKm\n");
        for (ScenarioLifetime s : plan.lifetime().scenarios()) {
            for (DecayPoint p : s.decay().points()) {
                sb.append(String.format(Locale.ROOT, "%s,%.5f,%.3f,%.3f%n", s.activity().name(), p.timeS() / Decay.JULIAN_YEAR_S,
                        p.perigeeAltitudeM() / 1000, p.apogeeAltitudeM() / 1000));
            }
        }
        return sb.toString();
    }

    /** @return the sampled trajectory as a CCSDS OEM (KVN, GCRF, UTC), written by Orekit */
    static String oem(MissionPlan plan) {
        return oem(plan, plan.mission().name(), objectId(plan));
    }

    /** @return the sampled trajectory as a CCSDS OEM, named as given */
    static String oem(MissionPlan plan, String objectName, String objectId) {
        try {
            OrekitEphemerisFile file = new OrekitEphemerisFile();
            List<SpacecraftState> samples = plan.trajectory().samples();
            file.addSatellite(objectId).addNewSegment(samples, 8);
            OemMetadata template = new OemMetadata(7);
            template.setObjectName(objectName);
            template.setObjectID(objectId);
            template.setCenter(BodyFacade.create(CenterName.EARTH));
            template.setReferenceFrame(FrameFacade.map(samples.get(0).getFrame()));
            template.setTimeSystem(TimeSystem.UTC);
            OdmHeader header = new OdmHeader();
            header.setOriginator("COSMODROME");
            header.setCreationDate(samples.get(0).getDate());
            EphemerisOemWriter writer = new EphemerisOemWriter(new WriterBuilder().buildOemWriter(), header, template,
                    FileFormat.KVN, "orbit.oem", Constants.JULIAN_DAY, 0);
            StringWriter out = new StringWriter();
            writer.write(out, file);
            return out.toString();
        } catch (OrekitException | IOException e) {
            throw CosmodromeException.internal("writing the orbit as a CCSDS OEM", e);
        }
    }

    static String objectId(MissionPlan plan) {
        String id = plan.mission().name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
        return id.isEmpty() ? "SATELLITE" : id;
    }

    static Map<String, Object> geoJson(MissionPlan plan, List<List<double[]>> track) {
        List<Object> features = new ArrayList<>();
        features.add(Json.object("type", "Feature",
                "properties", Json.object("name", plan.mission().name() + " ground track",
                        "startUtc", Times.iso(plan.trajectory().start()), "endUtc", Times.iso(plan.trajectory().end())),
                "geometry", Json.object("type", "MultiLineString", "coordinates", track)));
        for (GroundStation s : plan.mission().stations()) {
            features.add(point(s.name(), "ground station", s.longitudeRad(), s.latitudeRad()));
        }
        for (Target t : plan.mission().targets()) {
            features.add(point(t.name(), "target", t.longitudeRad(), t.latitudeRad()));
        }
        return Json.object("type", "FeatureCollection", "features", features);
    }

    static Object point(String name, String kind, double lonRad, double latRad) {
        return Json.object("type", "Feature", "properties", Json.object("name", name, "kind", kind),
                "geometry", Json.object("type", "Point", "coordinates",
                        new double[] {Json.round(Math.toDegrees(lonRad), 5), Json.round(Math.toDegrees(latRad), 5)}));
    }

    static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
