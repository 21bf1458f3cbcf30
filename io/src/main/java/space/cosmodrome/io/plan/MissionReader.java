package space.cosmodrome.io.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.orekit.frames.Frame;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.SensorLimits;
import space.cosmodrome.access.Target;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.contact.ElevationMask;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.Region;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.tracking.OmmReader;
import space.cosmodrome.io.yaml.YamlErrors;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.mission.DataRates;
import space.cosmodrome.mission.LaunchPlan;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.mission.Power;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.SolarTime;
import space.cosmodrome.orbit.Spacecraft;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleFile;
import space.cosmodrome.tle.TleReader;

/**
 * Reads a mission file (YAML). Every problem (malformed YAML, unknown key, wrong type, missing or
 * out-of-range value) becomes one BAD_FILE error naming the file, the line and column, and the field path,
 * e.g. {@code mission.yaml: line 4, column 11: satellite.massKg: -5.0 is not allowed; allowed: above 0 ...}.
 * Orekit's data must be loadable: dates are converted to {@link AbsoluteDate}.
 */
public final class MissionReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final ObjectMapper YAML = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private MissionReader() {
    }

    /**
     * @param file the mission file
     * @param catalog sites and vehicles a launch section may name
     * @return the mission
     */
    public static Mission read(Path file, LaunchCatalog catalog) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CosmodromeException.badFile(file.toString(), "the file does not exist (relative paths start from "
                    + Path.of("").toAbsolutePath() + ")", Map.of("field", "MISSION.yaml"));
        } catch (IOException e) {
            throw CosmodromeException.badFile(file.toString(), "cannot be read as a UTF-8 YAML file: " + e.getMessage(),
                    Map.of("field", "MISSION.yaml"));
        }
        return parse(file.getFileName().toString(), text, catalog, file.toAbsolutePath().getParent());
    }

    /**
     * @param name the file's name for messages
     * @param text the YAML text
     * @param catalog sites and vehicles a launch section may name
     * @return the mission
     */
    public static Mission parse(String name, String text, LaunchCatalog catalog) {
        return parse(name, text, catalog, null);
    }

    /**
     * @param name the file's name for messages
     * @param text the YAML text
     * @param catalog sites and vehicles a launch section may name
     * @param baseDir the directory relative file names (orbit.tle.file) start from, or null to refuse file names
     *        (a mission sent to the server must carry its element set inline)
     * @return the mission
     */
    public static Mission parse(String name, String text, LaunchCatalog catalog, Path baseDir) {
        MissionFile parsed;
        try {
            parsed = YAML.readValue(text, MissionFile.class);
        } catch (JsonProcessingException e) {
            throw YamlErrors.describe(name, e, text);
        }
        if (parsed == null) {
            throw CosmodromeException.badFile(name, "the file is empty; expected name, satellite, orbit, ...", Map.of());
        }
        Map<String, JsonLocation> locations = YamlErrors.locations(text);
        try {
            return new Converter(parsed, catalog, baseDir).mission();
        } catch (CosmodromeException e) {
            String field = String.valueOf(e.details().getOrDefault("field", ""));
            Map<String, Object> where = new LinkedHashMap<>();
            JsonLocation loc = YamlErrors.locate(locations, field);
            if (loc != null) {
                where.put("line", loc.getLineNr());
                where.put("column", loc.getColumnNr());
            }
            where.putAll(e.details());
            String at = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": ";
            throw CosmodromeException.badFile(name, at + e.getMessage(), where);
        }
    }

    /** Converts the parsed file to core records, naming fields by their path in the file. */
    private static final class Converter {
        private final MissionFile f;
        private final LaunchCatalog catalog;
        private final Path baseDir;

        Converter(MissionFile f, LaunchCatalog catalog, Path baseDir) {
            this.f = f;
            this.catalog = catalog;
            this.baseDir = baseDir;
        }

        /** @return the element set of orbit.tle: inline lines, or one entry of a TLE/3LE/OMM file */
        private TLE tle(MissionFile.TleEntry t) {
            String p = "orbit.tle.";
            if ((t.file() == null) == (t.lines() == null)) {
                throw CosmodromeException.badValue("orbit.tle", t.file() == null ? "neither file nor lines" : "both file and lines",
                        "give one of file (a TLE, 3LE or OMM file) and lines (the two lines of a TLE)");
            }
            TleFile read;
            if (t.lines() != null) {
                if (t.lines().size() != 2 || t.lines().get(0) == null || t.lines().get(1) == null) {
                    throw CosmodromeException.badValue(p + "lines", t.lines().size() + " lines", "the two lines of a TLE");
                }
                try {
                    read = TleReader.create().read("orbit.tle.lines", t.lines().get(0) + "\n" + t.lines().get(1) + "\n");
                } catch (CosmodromeException ex) {
                    throw CosmodromeException.badValue(p + "lines", "the two lines", "a valid TLE: " + ex.getMessage());
                }
            } else {
                if (baseDir == null) {
                    throw CosmodromeException.badValue(p + "file", t.file(), "an element set given inline with orbit.tle.lines here");
                }
                Path file = baseDir.resolve(t.file());
                if (!Files.isRegularFile(file)) {
                    throw CosmodromeException.badValue(p + "file", t.file(), "an existing TLE, 3LE or OMM file (relative to the mission file)");
                }
                try {
                    read = OmmReader.isOmm(file) ? OmmReader.read(file, false) : TleReader.create().read(file);
                } catch (CosmodromeException ex) {
                    throw CosmodromeException.badValue(p + "file", t.file(), "a readable TLE, 3LE or OMM file: " + ex.getMessage());
                }
            }
            List<TleElements> sets = read.elementSets();
            TleElements chosen = null;
            if (t.catalogNumber() == null) {
                if (sets.size() != 1) {
                    throw CosmodromeException.missing(p + "catalogNumber", "the catalog number of one of the " + sets.size() + " element sets");
                }
                chosen = sets.get(0);
            } else {
                for (TleElements e : sets) {
                    if (e.catalogNumber() == t.catalogNumber() && (chosen == null || e.epoch().compareTo(chosen.epoch()) > 0)) {
                        chosen = e;
                    }
                }
                if (chosen == null) {
                    throw CosmodromeException.badValue(p + "catalogNumber", t.catalogNumber(), "a catalog number in the file");
                }
            }
            TleElements e = chosen;
            return renamed("orbit.tle", () -> {
                try {
                    return e.orekitTle(OrekitData.utc());
                } catch (org.orekit.errors.OrekitException ex) {
                    throw CosmodromeException.badValue("orbit.tle", e.catalogNumber(), "a TLE Orekit reads (" + ex.getMessage() + ")");
                }
            });
        }

        Mission mission() {
            String name = f.name() == null || f.name().isBlank() ? "mission" : f.name();
            MissionFile.SatelliteEntry s = require(f.satellite(), "satellite", "the satellite section (massKg, sensor, ...)");
            Spacecraft spacecraft = new Spacecraft(require(s.massKg(), "satellite.massKg", "the mass in kg"),
                    or(s.dragAreaM2(), 1.0), or(s.dragCoefficient(), 2.2), or(s.srpAreaM2(), or(s.dragAreaM2(), 1.0)),
                    or(s.srpCoefficient(), 1.3));
            MissionFile.SensorEntry sensor = s.sensor();
            SensorLimits limits = sensor == null ? new SensorLimits(0, Math.toRadians(30), Math.toRadians(10))
                    : new SensorLimits(Math.toRadians(or(sensor.halfAngleDeg(), 0.0)), Math.toRadians(or(sensor.maxOffNadirDeg(), 30.0)),
                    Math.toRadians(or(sensor.minSunElevationDeg(), 10.0)), Math.toRadians(or(sensor.minElevationDeg(), 0.0)));
            Power power = s.power() == null ? null : new Power(
                    require(s.power().arrayPowerW(), "satellite.power.arrayPowerW", "the array output in sunlight (W)"),
                    require(s.power().consumptionW(), "satellite.power.consumptionW", "the mean consumption (W)"),
                    require(s.power().batteryWh(), "satellite.power.batteryWh", "the battery capacity (Wh)"));
            DataRates data = s.data() == null ? null : new DataRates(
                    require(s.data().collectMbitPerS(), "satellite.data.collectMbitPerS", "the imaging data rate (Mbit/s)"),
                    or(s.data().imagingSPerAccess(), Double.NaN),
                    require(s.data().downlinkMbitPerS(), "satellite.data.downlinkMbitPerS", "the downlink rate (Mbit/s)"));

            MissionFile.OrbitEntry o = require(f.orbit(), "orbit", "one of " + ORBIT_KINDS);
            int given = (o.launch() != null ? 1 : 0) + (o.circular() != null ? 1 : 0) + (o.sunSynchronous() != null ? 1 : 0)
                    + (o.keplerian() != null ? 1 : 0) + (o.frozen() != null ? 1 : 0) + (o.repeatGroundTrack() != null ? 1 : 0)
                    + (o.tle() != null ? 1 : 0) + (o.walker() != null ? 1 : 0);
            if (given != 1) {
                throw CosmodromeException.badValue("orbit", given + " orbit sections", "give exactly one of " + ORBIT_KINDS);
            }
            LaunchPlan launch = o.launch() == null ? null : launch(o.launch());
            OrbitSpec orbit = null;
            if (o.circular() != null) {
                MissionFile.CircularEntry c = o.circular();
                orbit = new OrbitSpec.Circular(1000 * require(c.altitudeKm(), "orbit.circular.altitudeKm", "the altitude in km"),
                        Math.toRadians(require(c.inclinationDeg(), "orbit.circular.inclinationDeg", "the inclination in deg")),
                        Math.toRadians(or(c.raanDeg(), 0.0)),
                        date("orbit.circular.epochUtc", require(c.epochUtc(), "orbit.circular.epochUtc", "an ISO-8601 UTC time")));
            } else if (o.sunSynchronous() != null) {
                MissionFile.SunSynchronousEntry c = o.sunSynchronous();
                orbit = new OrbitSpec.SunSynchronous(1000 * require(c.altitudeKm(), "orbit.sunSynchronous.altitudeKm", "the altitude in km"),
                        ltan("orbit.sunSynchronous.ltan", require(c.ltan(), "orbit.sunSynchronous.ltan", "the local time of the ascending node, \"HH:MM\"")),
                        date("orbit.sunSynchronous.epochUtc", require(c.epochUtc(), "orbit.sunSynchronous.epochUtc", "an ISO-8601 UTC time")));
            } else if (o.keplerian() != null) {
                MissionFile.KeplerianEntry k = o.keplerian();
                String p = "orbit.keplerian.";
                orbit = new OrbitSpec.Keplerian(1000 * require(k.semiMajorAxisKm(), p + "semiMajorAxisKm", "the semi-major axis in km"),
                        require(k.eccentricity(), p + "eccentricity", "the eccentricity, 0 to below 1"),
                        Math.toRadians(require(k.inclinationDeg(), p + "inclinationDeg", "the inclination in deg")),
                        Math.toRadians(or(k.raanDeg(), 0.0)), Math.toRadians(or(k.argumentOfPerigeeDeg(), 0.0)),
                        Math.toRadians(or(k.trueAnomalyDeg(), 0.0)),
                        date(p + "epochUtc", require(k.epochUtc(), p + "epochUtc", "an ISO-8601 UTC time")));
            } else if (o.frozen() != null) {
                MissionFile.FrozenEntry z = o.frozen();
                String p = "orbit.frozen.";
                double altitudeM = 1000 * require(z.altitudeKm(), p + "altitudeKm", "the mean altitude in km");
                AbsoluteDate epoch = date(p + "epochUtc", require(z.epochUtc(), p + "epochUtc", "an ISO-8601 UTC time"));
                double inclination;
                double raan;
                Frame nodeFrame = Bodies.gcrf();
                if (z.ltan() != null) {
                    if (z.inclinationDeg() != null || z.raanDeg() != null) {
                        throw CosmodromeException.badValue(p + (z.inclinationDeg() != null ? "inclinationDeg" : "raanDeg"),
                                z.inclinationDeg() != null ? z.inclinationDeg() : z.raanDeg(), "leave it out with ltan (sun-synchronous)");
                    }
                    OrbitSpec.SunSynchronous sso = renamed(p + "altitudeKm", () -> new OrbitSpec.SunSynchronous(altitudeM,
                            ltan(p + "ltan", z.ltan()), epoch));
                    inclination = sso.inclinationRad();
                    raan = sso.raanRad();
                    nodeFrame = SolarTime.nodeFrame();
                } else {
                    inclination = Math.toRadians(require(z.inclinationDeg(), p + "inclinationDeg", "the inclination in deg, or ltan for a sun-synchronous orbit"));
                    raan = Math.toRadians(or(z.raanDeg(), 0.0));
                }
                orbit = new OrbitSpec.Frozen(altitudeM, inclination, raan, epoch, nodeFrame);
            } else if (o.repeatGroundTrack() != null) {
                MissionFile.RepeatGroundTrackEntry r = o.repeatGroundTrack();
                String p = "orbit.repeatGroundTrack.";
                double ltan = Double.NaN;
                double inclination = Double.NaN;
                if (r.ltan() != null) {
                    if (r.inclinationDeg() != null) {
                        throw CosmodromeException.badValue(p + "inclinationDeg", r.inclinationDeg(), "leave it out with ltan (sun-synchronous)");
                    }
                    ltan = ltan(p + "ltan", r.ltan());
                } else {
                    inclination = Math.toRadians(require(r.inclinationDeg(), p + "inclinationDeg", "the inclination in deg, or ltan for a sun-synchronous orbit"));
                }
                orbit = new OrbitSpec.RepeatGroundTrack(require(r.revolutions(), p + "revolutions", "revolutions per repeat cycle"),
                        require(r.days(), p + "days", "days per repeat cycle"), inclination, ltan, Math.toRadians(or(r.raanDeg(), 0.0)),
                        date(p + "epochUtc", require(r.epochUtc(), p + "epochUtc", "an ISO-8601 UTC time")));
            } else if (o.tle() != null) {
                orbit = new OrbitSpec.FromTle(tle(o.tle()));
            } else if (o.walker() != null) {
                orbit = walker(o.walker());
            }
            PropagationModel model = propagation(f.propagation(), orbit instanceof OrbitSpec.FromTle);
            Mission.Gravity gravity = f.propagationOptions() == null ? Mission.Gravity.DEFAULT : new Mission.Gravity(
                    or(f.propagationOptions().gravityDegree(), PropagationModel.GRAVITY_DEGREE),
                    or(f.propagationOptions().gravityOrder(), or(f.propagationOptions().gravityDegree(), PropagationModel.GRAVITY_DEGREE)));
            List<GroundStation> stations = new ArrayList<>();
            List<MissionFile.StationEntry> gs = f.groundStations() == null ? List.of() : f.groundStations();
            for (int i = 0; i < gs.size(); i++) {
                MissionFile.StationEntry e = gs.get(i);
                String p = "groundStations[" + i + "]";
                int index = i;
                stations.add(indexed(p, e == null ? null : e.name(), () -> new GroundStation(
                        require(e, p, "a station with name, latitudeDeg, longitudeDeg").name(),
                        Math.toRadians(require(e.latitudeDeg(), p + ".latitudeDeg", "the latitude in deg")),
                        Math.toRadians(require(e.longitudeDeg(), p + ".longitudeDeg", "the longitude in deg")),
                        or(e.altitudeM(), 0.0),
                        Math.toRadians(or(e.minElevationDeg(), e.elevationMask() == null ? 5.0 : 0.0)),
                        mask(p + ".elevationMask", e.elevationMask()))));
                if (stations.get(index).name() == null) {
                    throw CosmodromeException.missing(p + ".name", "a name");
                }
            }
            List<Target> targets = new ArrayList<>();
            List<MissionFile.TargetEntry> ts = f.targets() == null ? List.of() : f.targets();
            for (int i = 0; i < ts.size(); i++) {
                MissionFile.TargetEntry e = ts.get(i);
                String p = "targets[" + i + "]";
                targets.add(indexed(p, e == null ? null : e.name(), () -> new Target(
                        require(e, p, "a target with name, latitudeDeg, longitudeDeg").name(),
                        Math.toRadians(require(e.latitudeDeg(), p + ".latitudeDeg", "the latitude in deg")),
                        Math.toRadians(require(e.longitudeDeg(), p + ".longitudeDeg", "the longitude in deg")))));
            }
            List<Region> regions = new ArrayList<>();
            List<MissionFile.RegionEntry> rs = f.regions() == null ? List.of() : f.regions();
            for (int i = 0; i < rs.size(); i++) {
                MissionFile.RegionEntry e = rs.get(i);
                String p = "regions[" + i + "]";
                regions.add(indexed(p, e == null ? null : e.name(), () -> region(p, require(e, p, "a region with name and polygon"))));
            }
            MissionFile.AnalysisEntry a = f.analysis();
            AbsoluteDate start = a == null || a.startUtc() == null ? null : date("analysis.startUtc", a.startUtc());
            double days = a == null ? 1.0 : or(a.durationDays(), 1.0);
            double step = a == null ? 60.0 : or(a.stepS(), 60.0);
            Mission.Analysis analysis = new Mission.Analysis(start, days * 86_400, step);
            return new Mission(name, spacecraft, limits, power, data, launch, orbit, model, gravity, stations, targets, regions, analysis);
        }

        private Region region(String p, MissionFile.RegionEntry e) {
            List<List<Double>> polygon = require(e.polygon(), p + ".polygon", "a list of [latitudeDeg, longitudeDeg] vertices");
            double[][] pairs = pairs(p + ".polygon", polygon, "[latitudeDeg, longitudeDeg]");
            double[] lat = new double[pairs.length];
            double[] lon = new double[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                lat[i] = Math.toRadians(pairs[i][0]);
                lon[i] = Math.toRadians(pairs[i][1]);
            }
            return new Region(require(e.name(), p + ".name", "a name"), lat, lon, Math.toRadians(or(e.gridStepDeg(), 1.0)));
        }

        private ElevationMask mask(String p, List<List<Double>> table) {
            if (table == null) {
                return null;
            }
            double[][] pairs = pairs(p, table, "[azimuthDeg, elevationDeg]");
            double[] az = new double[pairs.length];
            double[] el = new double[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                az[i] = Math.toRadians(pairs[i][0]);
                el[i] = Math.toRadians(pairs[i][1]);
            }
            try {
                return new ElevationMask(az, el);
            } catch (CosmodromeException ex) {
                String field = String.valueOf(ex.details().get("field"));
                throw CosmodromeException.badValue(field.replace("groundStations[].elevationMask", p), ex.details().get("value"),
                        String.valueOf(ex.details().get("allowed")));
            }
        }

        private OrbitSpec.Walker walker(MissionFile.WalkerEntry w) {
            String p = "orbit.walker.";
            String pattern = w.pattern() == null ? "delta" : w.pattern().trim();
            if (!pattern.equals("delta") && !pattern.equals("star")) {
                throw CosmodromeException.badValue(p + "pattern", w.pattern(), "allowed: delta (nodes over 360 deg) or star (over 180 deg)");
            }
            int total = require(w.totalSatellites(), p + "totalSatellites", "the number of satellites T");
            int planes = require(w.planes(), p + "planes", "the number of orbital planes P (a divisor of totalSatellites)");
            int phasing = require(w.phasing(), p + "phasing", "the relative phasing F, 0 to planes - 1");
            if ((w.altitudeKm() == null) == (w.semiMajorAxisKm() == null)) {
                throw CosmodromeException.badValue(w.altitudeKm() == null ? p + "altitudeKm" : p + "semiMajorAxisKm",
                        w.altitudeKm() == null ? "neither altitudeKm nor semiMajorAxisKm" : "both altitudeKm and semiMajorAxisKm",
                        "give one of altitudeKm (mean altitude) and semiMajorAxisKm");
            }
            double altitudeM = w.altitudeKm() != null ? 1000 * w.altitudeKm()
                    : 1000 * w.semiMajorAxisKm() - org.orekit.utils.Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
            String altitudeField = p + (w.altitudeKm() != null ? "altitudeKm" : "semiMajorAxisKm");
            AbsoluteDate epoch = date(p + "epochUtc", require(w.epochUtc(), p + "epochUtc", "an ISO-8601 UTC time"));
            double ltan = Double.NaN;
            double inclination = Double.NaN;
            if (w.ltan() != null) {
                if (w.inclinationDeg() != null || w.raanDeg() != null) {
                    throw CosmodromeException.badValue(p + (w.inclinationDeg() != null ? "inclinationDeg" : "raanDeg"),
                            w.inclinationDeg() != null ? w.inclinationDeg() : w.raanDeg(),
                            "leave it out with ltan (sun-synchronous: the inclination follows from the altitude, the RAAN from ltan)");
                }
                ltan = ltan(p + "ltan", w.ltan());
            } else {
                inclination = Math.toRadians(require(w.inclinationDeg(), p + "inclinationDeg",
                        "the inclination in deg, or ltan for sun-synchronous planes"));
            }
            double l = ltan;
            double i = inclination;
            try {
                return new OrbitSpec.Walker(pattern.equals("star"), total, planes, phasing, altitudeM, i, l,
                        Math.toRadians(or(w.raanDeg(), 0.0)), epoch);
            } catch (CosmodromeException e) {
                Object field = e.details().get("field");
                if ((p + "altitudeKm").equals(field) && !altitudeField.equals(field)) {
                    throw CosmodromeException.badValue(altitudeField, w.semiMajorAxisKm(), "a semi-major axis "
                            + (altitudeM < 0 ? "above the Earth's radius" : "of 6,498 to 56,378 km: " + e.details().getOrDefault("allowed", "")));
                }
                throw e;
            }
        }

        private LaunchPlan launch(MissionFile.LaunchEntry l) {
            String siteId = require(l.site(), "orbit.launch.site", "a launch site id (see 'cosmodrome sites')");
            String vehicleId = require(l.vehicle(), "orbit.launch.vehicle", "a vehicle id (see 'cosmodrome vehicles')");
            var site = renamed("orbit.launch.site", () -> catalog.site(siteId));
            var vehicle = renamed("orbit.launch.vehicle", () -> catalog.vehicle(vehicleId));
            AbsoluteDate liftoff = date("orbit.launch.launchUtc", require(l.launchUtc(), "orbit.launch.launchUtc", "the liftoff time, ISO-8601 UTC"));
            MissionFile.LaunchTargetEntry t = require(l.target(), "orbit.launch.target", "altitudeKm and sso: true or inclinationDeg");
            double altitudeM = 1000 * require(t.altitudeKm(), "orbit.launch.target.altitudeKm", "the circular orbit altitude in km");
            if (!(altitudeM >= TargetOrbit.MIN_PERIGEE_M && altitudeM <= 50_000_000)) {
                throw CosmodromeException.badValue("orbit.launch.target.altitudeKm", altitudeM / 1000, "allowed: 120 to 50,000 km");
            }
            boolean sso = Boolean.TRUE.equals(t.sso());
            double inclination;
            if (sso) {
                if (t.inclinationDeg() != null) {
                    throw CosmodromeException.badValue("orbit.launch.target.inclinationDeg", t.inclinationDeg(), "leave it out with sso: true");
                }
                inclination = renamed("orbit.launch.target.altitudeKm", () -> TargetOrbit.sunSynchronousInclination(altitudeM, altitudeM));
            } else {
                double deg = require(t.inclinationDeg(), "orbit.launch.target.inclinationDeg", "the inclination in deg, or sso: true");
                if (!(deg >= 0 && deg <= 180)) {
                    throw CosmodromeException.badValue("orbit.launch.target.inclinationDeg", deg, "allowed: 0 to 180 deg");
                }
                inclination = Math.toRadians(deg);
            }
            return new LaunchPlan(vehicle, site, TargetOrbit.circular(altitudeM, inclination), liftoff);
        }
    }

    private static PropagationModel propagation(String text, boolean tle) {
        if (text == null) {
            return tle ? PropagationModel.SGP4 : PropagationModel.J2;
        }
        for (PropagationModel m : PropagationModel.values()) {
            if (m.id().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw CosmodromeException.badValue("propagation", text, "allowed: keplerian, j2, numerical, sgp4 (for orbit.tle)");
    }

    private static final String ORBIT_KINDS = "launch, circular, sunSynchronous, keplerian, frozen, repeatGroundTrack, tle, walker";

    /** Runs a conversion, renaming the field of an error it throws (catalog lookups name CLI flags). */
    private static <T> T renamed(String field, Supplier<T> body) {
        try {
            return body.get();
        } catch (CosmodromeException e) {
            Object value = e.details().getOrDefault("value", "");
            String allowed = String.valueOf(e.details().getOrDefault("allowed", ""));
            throw CosmodromeException.badValue(field, value, allowed);
        }
    }

    /** Runs a conversion of a list item, naming the item by its index rather than its name. */
    private static <T> T indexed(String path, String itemName, Supplier<T> body) {
        try {
            return body.get();
        } catch (CosmodromeException e) {
            Object field = e.details().get("field");
            String list = path.substring(0, path.indexOf('['));
            if (field instanceof String && ((String) field).startsWith(list + "[]")) {
                String rest = ((String) field).substring(list.length() + 2);
                if (e.code() == space.cosmodrome.error.ErrorCode.MISSING_VALUE) {
                    throw CosmodromeException.missing(path + rest, String.valueOf(e.details().get("allowed")));
                }
                throw CosmodromeException.badValue(path + rest, e.details().get("value"), String.valueOf(e.details().get("allowed")));
            }
            if (field instanceof String && itemName != null) {
                String f = (String) field;
                int dot = f.indexOf("].");
                if (f.contains("[" + itemName + "]") && dot > 0) {
                    throw CosmodromeException.badValue(path + f.substring(dot + 1), e.details().get("value"),
                            String.valueOf(e.details().get("allowed")));
                }
            }
            throw e;
        }
    }

    /** @return the list's entries as pairs of numbers, or a BAD_FILE naming the entry that is not */
    private static double[][] pairs(String field, List<List<Double>> list, String shape) {
        double[][] out = new double[list.size()][];
        for (int i = 0; i < list.size(); i++) {
            List<Double> pair = list.get(i);
            if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
                throw CosmodromeException.badValue(field + "[" + i + "]", pair, "a pair " + shape);
            }
            out[i] = new double[] {pair.get(0), pair.get(1)};
        }
        return out;
    }

    private static <T> T require(T value, String field, String expected) {
        if (value == null) {
            throw CosmodromeException.missing(field, expected);
        }
        return value;
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    static double ltan(String text) {
        return ltan("orbit.sunSynchronous.ltan", text);
    }

    static double ltan(String field, String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        try {
            if (colon > 0) {
                int h = Integer.parseInt(t.substring(0, colon));
                int m = Integer.parseInt(t.substring(colon + 1));
                if (h >= 0 && h < 24 && m >= 0 && m < 60) {
                    return h + m / 60.0;
                }
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw CosmodromeException.badValue(field, text, "allowed: \"HH:MM\" from \"00:00\" to \"23:59\" (quote it)");
    }

    static AbsoluteDate date(String field, String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    instant = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e3) {
                    throw CosmodromeException.badValue(field, text, "expected an ISO-8601 UTC time such as 2026-12-01T02:30:00Z");
                }
            }
        }
        if (instant.isBefore(Instant.parse("1960-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
            throw CosmodromeException.badValue(field, text, "allowed: 1960 to 2100 (the bundled ephemerides)");
        }
        return new AbsoluteDate(java.util.Date.from(instant), OrekitData.utc()).shiftedBy((instant.getNano() % 1_000_000) * 1e-9);
    }

}
