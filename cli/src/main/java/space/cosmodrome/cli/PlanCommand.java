package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.plan.MissionReader;
import space.cosmodrome.io.plan.PlanFiles;
import space.cosmodrome.io.plan.PlanJson;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.mission.MissionPlanner;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "The main job: launch, orbit and mission analysis (contacts, eclipses, target access, region coverage, "
                + "budgets, lifetime) from a mission file; writes summary.json, CSV files, a CCSDS OEM, GeoJSON (ground track, "
                + "footprints, coverage), CZML and report.html.")
final class PlanCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MISSION.yaml", description = "The mission file (see docs/mission-file.md).")
    Path missionFile;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for the files (created if needed).")
    Path out;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        common.loadData();
        Mission mission = MissionReader.read(missionFile, common.launchCatalog());
        err.println("plan: " + mission.name());
        MissionPlan plan = MissionPlanner.plan(mission, line -> {
            err.printf(Locale.ROOT, "  [%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, line);
            err.flush();
        });
        Instant from = plan.trajectory().start().toDate(space.cosmodrome.data.OrekitData.utc()).toInstant();
        Instant to = plan.trajectory().end().toDate(space.cosmodrome.data.OrekitData.utc()).toInstant();
        common.warnCoverage(from, to, mission.propagation().needsSpaceWeather(), err);
        plan.warnings().forEach(w -> err.println("warning: " + w));
        Map<String, Object> summary = new LinkedHashMap<>(PlanJson.summary(plan));
        List<Path> written = PlanFiles.write(plan, summary, out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "  wrote %d files to %s in %.1f s%n", written.size(), out, seconds);
        PrintWriter stdout = spec.commandLine().getOut();
        if (common.json) {
            stdout.println(Json.write(summary));
        } else {
            printText(summary, plan, out, stdout);
        }
        stdout.flush();
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> summary, MissionPlan plan, Path out, PrintWriter o) {
        o.println(plan.mission().name());
        if (plan.ascent() != null) {
            var r = plan.ascent();
            o.printf(Locale.ROOT, "  launch      %s from %s: %.0f kg, capacity %.0f kg (margin %.0f kg)%n", r.vehicle().name(),
                    r.site().name(), r.payloadKg(), r.capacityKg(), r.marginKg());
        }
        Map<String, Object> orbit = (Map<String, Object>) summary.get("orbit");
        if (plan.isConstellation()) {
            o.printf(Locale.ROOT, "  orbit       %s%n", plan.orbitSpec().describe());
            o.printf(Locale.ROOT, "              first satellite %s x %s km, %s deg, first plane LTAN %s, nodal period %s s%n",
                    orbit.get("perigeeAltitudeKm"), orbit.get("apogeeAltitudeKm"), orbit.get("inclinationDeg"), orbit.get("firstPlaneLtan"),
                    orbit.get("nodalPeriodS"));
            o.println("              each satellite in satellites.csv; access, revisit and coverage below: any satellite");
        } else {
            o.printf(Locale.ROOT, "  orbit       %s x %s km, %s deg (to the equator of date), LTAN %s, nodal period %s s%n",
                    orbit.get("perigeeAltitudeKm"), orbit.get("apogeeAltitudeKm"), orbit.get("inclinationOfDateDeg"), orbit.get("ltan"),
                    orbit.get("nodalPeriodS"));
        }
        double days = plan.trajectory().durationS() / 86_400;
        o.printf(Locale.ROOT, "  span        %.2f days from %s (%s)%n", days, ((Map<String, Object>) summary.get("analysis")).get("startUtc"),
                plan.mission().propagation().id());
        o.printf(Locale.ROOT, "  contacts    %d passes, %.1f min per day%n", plan.contacts().contacts().size(),
                plan.contacts().totalDurationS() / days / 60);
        o.printf(Locale.ROOT, "  eclipse     %sumbra %.1f %% of the time, longest %.1f min; beta %s to %s deg%n",
                plan.isConstellation() ? "first satellite: " : "", 100 * plan.eclipses().umbraFraction(), plan.eclipses().maxUmbraS() / 60,
                PlanJson.eclipses(plan.eclipses()).get("betaMinDeg"), PlanJson.eclipses(plan.eclipses()).get("betaMaxDeg"));
        for (var r : plan.accesses().revisits()) {
            o.printf(Locale.ROOT, "  access      %-20s %3d, mean gap %s h, max gap %s h%n", r.target().name(), r.count(),
                    Double.isFinite(r.meanGapS()) ? String.format(Locale.ROOT, "%.1f", r.meanGapS() / 3600) : "-",
                    Double.isFinite(r.maxGapS()) ? String.format(Locale.ROOT, "%.1f", r.maxGapS() / 3600) : "-");
        }
        for (var c : plan.coverage()) {
            o.printf(Locale.ROOT, "  coverage    %-20s %.1f %% of %d points, first +%s h, full %s%n", c.region().name(),
                    100 * c.coveredFraction(), c.points().size(),
                    Double.isFinite(c.timeToFirstS()) ? String.format(Locale.ROOT, "%.1f", c.timeToFirstS() / 3600) : "-",
                    Double.isFinite(c.timeToFullS()) ? String.format(Locale.ROOT, "+%.1f h", c.timeToFullS() / 3600) : "not reached");
        }
        if (plan.budgets().power() != null) {
            var p = plan.budgets().power();
            o.printf(Locale.ROOT, "  power       %s%.0f Wh in, %.0f Wh used per orbit; depth of discharge %.0f %%%n",
                    plan.isConstellation() ? "first satellite: " : "", p.meanEnergyInWh(), p.meanEnergyUsedWh(), 100 * p.maxDepthOfDischarge());
        }
        if (plan.budgets().data() != null) {
            var d = plan.budgets().data();
            o.printf(Locale.ROOT, "  data        %s%.0f Mbit collected (%.0f s imaging), %.0f Mbit downlink capacity per day%n",
                    plan.isConstellation() ? "per satellite, first: " : "", d.collectedMbitPerDay(), d.imagingSPerDay(),
                    d.downlinkCapacityMbitPerDay());
        }
        StringBuilder life = new StringBuilder();
        for (var s : plan.lifetime().scenarios()) {
            double y = s.decay().durationYears();
            life.append(life.length() == 0 ? "" : ", ").append(s.activity().name()).append(' ')
                    .append(s.decay().reentered() ? String.format(Locale.ROOT, "%.1f", y) : String.format(Locale.ROOT, ">%.0f", y)).append(" y")
                    .append(s.rule25Years().compliant() ? "" : String.format(Locale.ROOT, " (25-year rule: %.1f m/s)", s.rule25Years().deltaVMPerS()));
        }
        o.println("  lifetime    " + life + "; deorbit " + String.format(Locale.ROOT, "%.0f m/s", plan.lifetime().deorbitDeltaVMPerS()));
        o.println("  report      " + out.resolve("report.html"));
    }
}
