package space.cosmodrome.io.plan;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.propagation.SpacecraftState;

import space.cosmodrome.access.Target;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.orbit.Bodies;

/**
 * The plan as a CZML document for Cesium: the satellite's orbit (GCRF positions, drawn by Cesium as INERTIAL,
 * Lagrange-interpolated), the ground stations and targets, the regions, and each access footprint shown while
 * its access lasts.
 */
final class PlanCzml {
    /** Most orbit samples written (the trajectory's samples are thinned to stay below). */
    static final int MAX_SAMPLES = 12_000;

    private PlanCzml() {
    }

    static List<Object> document(MissionPlan plan, PlanGeometry geometry) {
        String start = Times.iso(plan.trajectory().start());
        String end = Times.iso(plan.trajectory().end());
        String interval = start + "/" + end;
        List<Object> doc = new ArrayList<>();
        doc.add(object("id", "document", "name", plan.mission().name(), "version", "1.0",
                "clock", object("interval", interval, "currentTime", start, "multiplier", 60)));
        if (plan.isConstellation()) {
            List<MissionPlan> members = plan.constellation().satellites();
            // fewer samples per satellite, so that the document stays about the size of one satellite's
            int perSatellite = Math.max(2000, MAX_SAMPLES / members.size());
            for (int k = 0; k < members.size(); k++) {
                MissionPlan m = members.get(k);
                String name = space.cosmodrome.mission.ConstellationPlan.name(m);
                int plane = ((space.cosmodrome.orbit.OrbitSpec.WalkerMember) m.orbitSpec()).plane();
                doc.add(satellite("satellite/" + name, name, m, interval, perSatellite, PLANE_COLORS.get(plane % PLANE_COLORS.size())));
            }
        } else {
            doc.add(satellite("satellite", plan.mission().name(), plan, interval, MAX_SAMPLES, List.of(255, 120, 0, 255)));
        }
        for (GroundStation s : plan.mission().stations()) {
            doc.add(place("station/" + s.name(), s.name(), s.longitudeRad(), s.latitudeRad(), s.altitudeM(), List.of(40, 110, 220, 255)));
        }
        for (Target t : plan.mission().targets()) {
            doc.add(place("target/" + t.name(), t.name(), t.longitudeRad(), t.latitudeRad(), 0, List.of(30, 160, 70, 255)));
        }
        for (RegionCoverage c : plan.coverage()) {
            List<Double> ring = new ArrayList<>();
            for (double[] p : PlanGeometry.ring(c)) {
                ring.add(p[0]);
                ring.add(p[1]);
            }
            doc.add(object("id", "region/" + c.region().name(), "name", c.region().name(),
                    "polygon", object("positions", object("cartographicDegrees", withHeights(ring)),
                            "material", object("solidColor", object("color", object("rgba", List.of(200, 60, 160, 50)))),
                            "outline", true, "outlineColor", object("rgba", List.of(200, 60, 160, 255)))));
        }
        int n = 0;
        for (PlanGeometry.AccessFootprint f : geometry.footprints) {
            List<Double> ring = new ArrayList<>();
            for (double[] p : f.ring()) {
                ring.add(p[0]);
                ring.add(p[1]);
            }
            doc.add(object("id", "footprint/" + (n++), "name", f.access().target().name() + " footprint",
                    "availability", Times.iso(f.access().start()) + "/" + Times.iso(f.access().end()),
                    "polygon", object("positions", object("cartographicDegrees", withHeights(ring)),
                            "material", object("solidColor", object("color", object("rgba", List.of(30, 160, 70, 140)))))));
        }
        return doc;
    }

    /** Path colours of a constellation's planes. */
    static final List<List<Integer>> PLANE_COLORS = List.of(List.of(255, 120, 0, 255), List.of(40, 160, 255, 255),
            List.of(220, 60, 160, 255), List.of(60, 200, 90, 255), List.of(240, 210, 40, 255), List.of(150, 90, 230, 255));

    /** One satellite's entity: GCRF positions (thinned to at most maxSamples), path, point and label. */
    private static Map<String, Object> satellite(String id, String name, MissionPlan plan, String interval, int maxSamples,
                                                 List<Integer> rgba) {
        List<SpacecraftState> samples = plan.trajectory().samples();
        int stride = Math.max(1, (int) Math.ceil(samples.size() / (double) maxSamples));
        Frame gcrf = Bodies.gcrf();
        List<Double> cartesian = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += stride) {
            SpacecraftState s = samples.get(i);
            Vector3D p = s.getPosition(gcrf);
            cartesian.add(round(s.getDate().durationFrom(plan.trajectory().start()), 3));
            cartesian.add(round(p.getX(), 1));
            cartesian.add(round(p.getY(), 1));
            cartesian.add(round(p.getZ(), 1));
        }
        double periodS = plan.eclipses().meanNodalPeriodS();
        return object("id", id, "name", name, "availability", interval,
                "position", object("epoch", Times.iso(plan.trajectory().start()), "referenceFrame", "INERTIAL",
                        "interpolationAlgorithm", "LAGRANGE", "interpolationDegree", 5, "cartesian", cartesian),
                "path", object("width", 1.5, "leadTime", Double.isFinite(periodS) ? round(periodS / 2, 0) : 2800,
                        "trailTime", Double.isFinite(periodS) ? round(periodS / 2, 0) : 2800, "resolution", 60,
                        "material", object("solidColor", object("color", object("rgba", rgba)))),
                "point", object("pixelSize", 7, "color", object("rgba", List.of(255, 255, 255, 255))),
                "label", object("text", name, "font", "12px sans-serif", "pixelOffset", object("cartesian2", List.of(10, 0))));
    }

    private static Map<String, Object> place(String id, String name, double lonRad, double latRad, double heightM, List<Integer> rgba) {
        return object("id", id, "name", name,
                "position", object("cartographicDegrees", List.of(round(Math.toDegrees(lonRad), 5), round(Math.toDegrees(latRad), 5), heightM)),
                "point", object("pixelSize", 8, "color", object("rgba", rgba)),
                "label", object("text", name, "font", "11px sans-serif", "pixelOffset", object("cartesian2", List.of(8, 0))));
    }

    /** @return [lon, lat, lon, lat, ...] as [lon, lat, 0, lon, lat, 0, ...] */
    private static List<Double> withHeights(List<Double> lonLat) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + 1 < lonLat.size(); i += 2) {
            out.add(lonLat.get(i));
            out.add(lonLat.get(i + 1));
            out.add(0.0);
        }
        return out;
    }
}
