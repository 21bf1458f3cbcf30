package space.cosmodrome.io.plan;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Footprints;
import space.cosmodrome.coverage.PointCoverage;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.orbit.Bodies;
import space.cosmodrome.orbit.EarthFixedTrack;

/**
 * The map geometry of a plan, in degrees ([longitude, latitude] as GeoJSON orders them): the swath edges of the
 * field of regard, the footprint of the field of view on each access, the regions and their grid points.
 * GeoJSON, CZML and the report draw from it.
 */
final class PlanGeometry {
    /** Vertices round an access footprint. */
    static final int FOOTPRINT_VERTICES = 24;

    /**
     * The field of view's footprint at the middle of one access.
     *
     * @param access the access
     * @param ring the footprint's vertices [lon, lat] (deg), closed (first vertex repeated)
     */
    record AccessFootprint(Access access, List<double[]> ring) {
    }

    final MissionPlan plan;
    final List<List<double[]>> groundTrack;
    final List<List<double[]>> leftEdge;
    final List<List<double[]>> rightEdge;
    /** The swath edges over the first day only, for maps that would drown in a week of them. */
    final List<List<double[]>> firstDayEdges;
    final List<AccessFootprint> footprints;
    /** The ground track over the first day only (a constellation's map draws every satellite's). */
    final List<List<double[]>> firstDayTrack;
    /** The ground track over the first revolution (a constellation's map draws every satellite's). */
    List<List<double[]>> firstOrbitTrack = List.of();
    /** For a constellation, the colour of each part of its track (by plane); null for one satellite. */
    List<String> trackColors;

    private PlanGeometry(MissionPlan plan, List<List<double[]>> groundTrack, List<List<double[]>> leftEdge,
                         List<List<double[]>> rightEdge, List<List<double[]>> firstDayEdges, List<AccessFootprint> footprints,
                         List<List<double[]>> firstDayTrack) {
        this.firstDayEdges = firstDayEdges;
        this.firstDayTrack = firstDayTrack;
        this.plan = plan;
        this.groundTrack = groundTrack;
        this.leftEdge = leftEdge;
        this.rightEdge = rightEdge;
        this.footprints = footprints;
    }

    static PlanGeometry of(MissionPlan plan) {
        List<double[]> left = new ArrayList<>();
        List<double[]> right = new ArrayList<>();
        EarthFixedTrack track = EarthFixedTrack.sample(plan.trajectory(), plan.mission().analysis().stepS());
        // sub-satellite points (geodetic) at the analysis step, read from the Earth-fixed samples
        OneAxisEllipsoid earth = Bodies.earth();
        List<double[]> subSatellite = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            GeodeticPoint g = earth.transform(track.satellite(i), earth.getBodyFrame(), track.start().shiftedBy(track.timeS(i)));
            subSatellite.add(new double[] {Math.round(Math.toDegrees(g.getLongitude()) * 1e4) / 1e4,
                    Math.round(Math.toDegrees(g.getLatitude()) * 1e4) / 1e4});
        }
        for (Footprints.SwathPoint p : Footprints.swath(track, plan.mission().sensor())) {
            left.add(lonLat(p.leftLongitudeRad(), p.leftLatitudeRad()));
            right.add(lonLat(p.rightLongitudeRad(), p.rightLatitudeRad()));
        }
        int firstDay = 0;
        while (firstDay < track.size() && track.timeS(firstDay) <= 86_400) {
            firstDay++;
        }
        List<List<double[]>> firstDayEdges = new ArrayList<>(split(left.subList(0, firstDay)));
        firstDayEdges.addAll(split(right.subList(0, firstDay)));
        List<AccessFootprint> footprints = new ArrayList<>();
        double half = plan.mission().sensor().halfAngleRad();
        if (half > 0) {
            for (Access a : plan.accesses().accesses()) {
                List<GeodeticPoint> ring = Footprints.footprint(plan.trajectory(), a.start().shiftedBy(a.durationS() / 2), a.target(),
                        half, FOOTPRINT_VERTICES);
                if (ring.size() >= 3) {
                    List<double[]> deg = new ArrayList<>();
                    for (GeodeticPoint g : ring) {
                        deg.add(lonLat(g.getLongitude(), g.getLatitude()));
                    }
                    deg.add(deg.get(0));
                    footprints.add(new AccessFootprint(a, deg));
                }
            }
        }
        PlanGeometry g = new PlanGeometry(plan, split(subSatellite), split(left), split(right), firstDayEdges, footprints,
                split(subSatellite.subList(0, firstDay)));
        int firstOrbit = 0;
        double period = plan.initialOrbit().getKeplerianPeriod();
        while (firstOrbit < track.size() && track.timeS(firstOrbit) <= period + plan.mission().analysis().stepS()) {
            firstOrbit++;
        }
        g.firstOrbitTrack = split(subSatellite.subList(0, firstOrbit));
        return g;
    }

    /**
     * A constellation's geometry: every satellite's ground track over its first revolution, footprints and swath edges
     * (not drawn on the report's maps, where a dozen swaths hide everything); the regions of the plan.
     *
     * @param plan the constellation's plan (its coverage is the union)
     * @param members each satellite's geometry
     * @return the combined geometry
     */
    static PlanGeometry combined(MissionPlan plan, List<PlanGeometry> members) {
        List<List<double[]>> track = new ArrayList<>();
        List<List<double[]>> left = new ArrayList<>();
        List<List<double[]>> right = new ArrayList<>();
        List<AccessFootprint> footprints = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            PlanGeometry g = members.get(k);
            int plane = ((space.cosmodrome.orbit.OrbitSpec.WalkerMember) plan.constellation().satellites().get(k).orbitSpec()).plane();
            for (int p = 0; p < g.firstOrbitTrack.size(); p++) {
                colors.add(PLANE_COLORS.get(plane % PLANE_COLORS.size()));
            }
            track.addAll(g.firstOrbitTrack);
            left.addAll(g.leftEdge);
            right.addAll(g.rightEdge);
            footprints.addAll(g.footprints);
        }
        PlanGeometry combined = new PlanGeometry(plan, track, left, right, List.of(), footprints, track);
        combined.trackColors = colors;
        return combined;
    }

    /** Track colours of a constellation's planes on the report's maps (as in the CZML). */
    static final List<String> PLANE_COLORS = List.of("#d05a00", "#1f8fe0", "#c83ca0", "#2e9e4f", "#c9a800", "#7a4ad6");

    private static double[] lonLat(double lonRad, double latRad) {
        return new double[] {round(Math.toDegrees(lonRad), 4), round(Math.toDegrees(latRad), 4)};
    }

    /** @return the polyline in parts, cut where it jumps across the antimeridian */
    static List<List<double[]>> split(List<double[]> line) {
        List<List<double[]>> parts = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (double[] p : line) {
            if (!current.isEmpty() && Math.abs(p[0] - current.get(current.size() - 1)[0]) > 180) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    Map<String, Object> footprintsGeoJson() {
        List<Object> features = new ArrayList<>();
        var limits = plan.mission().sensor();
        features.add(object("type", "Feature",
                "properties", object("name", "swath edges (field of regard)", "kind", "swath",
                        "maxOffNadirDeg", round(Math.toDegrees(limits.maxOffNadirRad()), 3),
                        "minElevationDeg", round(Math.toDegrees(limits.minElevationRad()), 3)),
                "geometry", object("type", "MultiLineString", "coordinates", concat(leftEdge, rightEdge))));
        for (AccessFootprint f : footprints) {
            Access a = f.access();
            features.add(object("type", "Feature",
                    "properties", object("name", a.target().name() + " footprint", "kind", "access footprint",
                            "target", a.target().name(), "startUtc", Times.iso(a.start()), "endUtc", Times.iso(a.end()),
                            "atUtc", Times.iso(a.start().shiftedBy(a.durationS() / 2)),
                            "halfAngleDeg", round(Math.toDegrees(limits.halfAngleRad()), 3)),
                    "geometry", object("type", "Polygon", "coordinates", List.of(f.ring()))));
        }
        return object("type", "FeatureCollection", "features", features);
    }

    Map<String, Object> coverageGeoJson() {
        List<Object> features = new ArrayList<>();
        for (RegionCoverage c : plan.coverage()) {
            features.add(object("type", "Feature",
                    "properties", object("name", c.region().name(), "kind", "region",
                            "coveredPercent", round(100 * c.coveredFraction(), 2),
                            "timeToFirstCoverageS", round(c.timeToFirstS(), 1), "timeToFullCoverageS", round(c.timeToFullS(), 1),
                            "maxRevisitS", round(c.maxRevisitS(), 1)),
                    "geometry", object("type", "Polygon", "coordinates", List.of(ring(c)))));
            for (PointCoverage p : c.points()) {
                features.add(object("type", "Feature",
                        "properties", object("region", c.region().name(), "kind", "grid point", "accessCount", p.accessCount(),
                                "firstAccessUtc", p.covered() ? Times.iso(plan.trajectory().start().shiftedBy(p.firstAccessS())) : null,
                                "totalAccessS", round(p.totalAccessS(), 1), "meanGapS", round(p.meanGapS(), 1),
                                "maxGapS", round(p.maxGapS(), 1)),
                        "geometry", object("type", "Point", "coordinates",
                                lonLat(p.point().longitudeRad(), p.point().latitudeRad()))));
            }
        }
        return object("type", "FeatureCollection", "features", features);
    }

    /** @return a region's polygon as a closed ring of [lon, lat] (deg) */
    static List<double[]> ring(RegionCoverage c) {
        double[] lat = c.region().latitudesRad();
        double[] lon = c.region().longitudesRad();
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i <= lat.length; i++) {
            ring.add(new double[] {round(Math.toDegrees(lon[i % lat.length]), 5), round(Math.toDegrees(lat[i % lat.length]), 5)});
        }
        return ring;
    }

    private static List<List<double[]>> concat(List<List<double[]>> a, List<List<double[]>> b) {
        List<List<double[]>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
