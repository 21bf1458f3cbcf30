package space.cosmodrome.io.ascent;

import static space.cosmodrome.io.json.Json.object;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.ImpactPoint;
import space.cosmodrome.ascent.TrajectoryPoint;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.json.Json;

/** Writes an ascent trajectory as CSV and as CZML for Cesium. */
public final class AscentFiles {
    private AscentFiles() {
    }

    /** Writes one row per trajectory sample, units in the column names. */
    public static void writeCsv(AscentResult r, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(w)) {
            out.println("timeS,latitudeDeg,longitudeDeg,altitudeKm,downrangeKm,relativeSpeedMps,inertialSpeedMps,"
                    + "dynamicPressurePa,accelerationG,massKg,pitchDeg,xM,yM,zM,vxMps,vyMps,vzMps,"
                    + "iipLatitudeDeg,iipLongitudeDeg,iipTimeOfFlightS");
            for (TrajectoryPoint p : r.trajectory()) {
                double[] v = p.velocityMps();
                ImpactPoint iip = p.impactPoint();
                // the impact point columns stay empty once the vacuum path no longer reaches the ground
                String impact = iip == null ? ",," : String.format(Locale.ROOT, "%.6f,%.6f,%.1f", iip.latitudeDeg(),
                        iip.longitudeDeg(), iip.timeOfFlightS());
                out.printf(Locale.ROOT, "%.2f,%.6f,%.6f,%.4f,%.3f,%.2f,%.2f,%.1f,%.3f,%.1f,%.3f,%.1f,%.1f,%.1f,%.3f,%.3f,%.3f,%s%n",
                        p.timeS(), p.latitudeDeg(), p.longitudeDeg(), p.altitudeM() / 1000, p.downrangeM() / 1000,
                        p.relativeSpeedMps(), Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]),
                        p.dynamicPressurePa(), p.accelerationG(), p.massKg(), p.pitchDeg(),
                        p.positionM()[0], p.positionM()[1], p.positionM()[2], v[0], v[1], v[2], impact);
            }
        } catch (IOException e) {
            throw CosmodromeException.badValue("--trajectory", file.toString(), "a writable file path (" + e.getMessage() + ")");
        }
    }

    /**
     * Writes a CZML document: the ascent path as cartographic positions (longitude, latitude, height) against
     * seconds from liftoff.
     * @param r the ascent
     * @param launch liftoff instant (the CZML epoch)
     * @param file output file
     */
    public static void writeCzml(AscentResult r, Instant launch, Path file) {
        List<Double> positions = new ArrayList<>();
        for (TrajectoryPoint p : r.trajectory()) {
            positions.add(p.timeS());
            positions.add(p.longitudeDeg());
            positions.add(p.latitudeDeg());
            positions.add(p.altitudeM());
        }
        double end = r.trajectory().isEmpty() ? 0 : r.trajectory().get(r.trajectory().size() - 1).timeS();
        String interval = launch + "/" + launch.plusMillis(Math.round(end * 1000));
        // the instantaneous impact point on the ground, for as long as the vacuum path reaches it
        List<Double> impacts = new ArrayList<>();
        double impactEnd = 0;
        for (TrajectoryPoint p : r.trajectory()) {
            if (p.impactPoint() != null) {
                impacts.add(p.timeS());
                impacts.add(p.impactPoint().longitudeDeg());
                impacts.add(p.impactPoint().latitudeDeg());
                impacts.add(0.0);
                impactEnd = p.timeS();
            }
        }
        String impactInterval = launch + "/" + launch.plusMillis(Math.round(impactEnd * 1000));
        List<Object> doc = new ArrayList<>(List.of(
                object("id", "document", "name", r.vehicle().name() + " from " + r.site().name(), "version", "1.0",
                        "clock", object("interval", interval, "currentTime", launch.toString(), "multiplier", 10)),
                object("id", "site", "name", r.site().name(),
                        "position", object("cartographicDegrees", List.of(r.site().longitudeDeg(), r.site().latitudeDeg(), r.site().altitudeM())),
                        "point", object("pixelSize", 8, "color", object("rgba", List.of(255, 200, 0, 255)))),
                object("id", "ascent", "name", r.vehicle().name() + " ascent", "availability", interval,
                        "position", object("epoch", launch.toString(), "cartographicDegrees", positions),
                        "path", object("width", 2, "leadTime", 0, "trailTime", end + 1,
                                "material", object("solidColor", object("color", object("rgba", List.of(255, 80, 0, 255))))),
                        "point", object("pixelSize", 6, "color", object("rgba", List.of(255, 255, 255, 255))))));
        if (impacts.size() >= 8) {
            doc.add(object("id", "iip", "name", "instantaneous impact point (vacuum)", "availability", impactInterval,
                    "position", object("epoch", launch.toString(), "cartographicDegrees", impacts),
                    "path", object("width", 1, "leadTime", 0, "trailTime", impactEnd + 1,
                            "material", object("solidColor", object("color", object("rgba", List.of(255, 40, 40, 200))))),
                    "point", object("pixelSize", 5, "color", object("rgba", List.of(255, 40, 40, 255)))));
        }
        try {
            Files.writeString(file, Json.write(doc), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CosmodromeException.badValue("--czml", file.toString(), "a writable file path (" + e.getMessage() + ")");
        }
    }

}
