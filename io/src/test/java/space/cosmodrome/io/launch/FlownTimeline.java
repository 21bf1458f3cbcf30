package space.cosmodrome.io.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.Atmosphere1976;
import space.cosmodrome.ascent.FlightEvent;
import space.cosmodrome.ascent.TrajectoryPoint;

/**
 * A flown (or operator-planned) sequence of events, compared with the model's ascent sample by sample. Used by
 * the flown-timeline tests: each writes the comparison to target/ so that what the model does not yet match is
 * on record, and asserts only what it should match.
 */
final class FlownTimeline {

    /**
     * One event of the operator's sequence.
     *
     * @param name event as the operator names it
     * @param timeS time after liftoff (s), NaN when the source gives none
     * @param altitudeKm altitude (km), NaN when the source gives none
     * @param speedKmps inertial speed (km/s), NaN when the source gives none
     * @param modelEvent words naming the model's matching event (compared there), or null to compare the model
     *                   at the flown time
     */
    record Event(String name, double timeS, double altitudeKm, double speedKmps, String modelEvent) {
    }

    private FlownTimeline() {
    }

    /** The trajectory sample nearest to a time after liftoff. */
    static TrajectoryPoint at(AscentResult r, double timeS) {
        return r.trajectory().stream().min(Comparator.comparingDouble(p -> Math.abs(p.timeS() - timeS))).orElseThrow();
    }

    /** Inertial speed of a sample (km/s). */
    static double speedKmps(TrajectoryPoint p) {
        double[] v = p.velocityMps();
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) / 1000;
    }

    /**
     * Dynamic pressure (Pa) of a flown state given by altitude and inertial speed, as the operators publish it: US
     * Standard Atmosphere 1976 density at the flown altitude, and the air-relative speed taken as the flown inertial
     * speed less what the atmosphere's rotation adds at the model's matching sample (its inertial less its air-relative
     * speed; the flown heading and climb angle are not published). NaN when the altitude or the speed is not given.
     */
    static double flownDynamicPressurePa(double altitudeKm, double inertialSpeedKmps, TrajectoryPoint model) {
        if (Double.isNaN(altitudeKm) || Double.isNaN(inertialSpeedKmps)) {
            return Double.NaN;
        }
        double[] air = new double[4];
        Atmosphere1976.properties(altitudeKm * 1000, air);
        double relative = inertialSpeedKmps * 1000 - (speedKmps(model) * 1000 - model.relativeSpeedMps());
        return 0.5 * air[2] * relative * relative;
    }

    /** The first model event whose name contains all the given words. */
    static FlightEvent event(AscentResult r, String... words) {
        return r.events().stream().filter(e -> {
            for (String w : words) {
                if (!e.name().contains(w)) {
                    return false;
                }
            }
            return true;
        }).findFirst().orElseThrow(() -> new AssertionError("no model event named with " + List.of(words)));
    }

    private static String figure(double x, int decimals) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /**
     * Writes the comparison as a markdown table (the model at its matching event, or at the flown time), with the given notes below it.
     *
     * @param file name under target/
     */
    static void write(String file, String title, AscentResult r, List<Event> flown, List<String> notes) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("### " + title);
        lines.add("");
        lines.add("| event | flown time s | model time s | flown altitude km | model altitude km | flown speed km/s | model speed km/s"
                + " | flown q kPa | model q kPa |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Event e : flown) {
            double t;
            double altitudeKm;
            double speed;
            TrajectoryPoint p;
            if (e.modelEvent() == null) {
                p = at(r, e.timeS());
                t = p.timeS();
                altitudeKm = p.altitudeM() / 1000;
                speed = speedKmps(p);
            } else {
                FlightEvent m = event(r, e.modelEvent().split(" "));
                p = at(r, m.timeS());
                t = m.timeS();
                altitudeKm = m.altitudeM() / 1000;
                speed = m.speedMps() / 1000;
            }
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %.1f | %s | %.2f | %s | %.2f |", e.name(),
                    figure(e.timeS(), 1), t, figure(e.altitudeKm(), 1), altitudeKm, figure(e.speedKmps(), 2), speed,
                    figure(flownDynamicPressurePa(e.altitudeKm(), e.speedKmps(), p) / 1000, 2), p.dynamicPressurePa() / 1000));
        }
        lines.add("");
        lines.add("Model events: " + String.join("; ", r.events().stream()
                .filter(e -> !Double.isNaN(e.altitudeM()))
                .map(e -> String.format(Locale.ROOT, "%s %.1f s, %.1f km, %.2f km/s", e.name(), e.timeS(),
                        e.altitudeM() / 1000, e.speedMps() / 1000)).toList()) + ".");
        lines.add("");
        lines.addAll(notes);
        Path out = Path.of("target", file);
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.out.println(String.join("\n", lines));
    }
}
