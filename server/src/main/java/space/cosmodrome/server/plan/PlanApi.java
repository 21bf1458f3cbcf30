package space.cosmodrome.server.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.plan.MissionReader;
import space.cosmodrome.io.plan.PlanFiles;
import space.cosmodrome.io.plan.PlanJson;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.mission.MissionPlanner;
import space.cosmodrome.server.Limits;
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Responses;
import space.cosmodrome.server.jobs.Job;
import space.cosmodrome.server.jobs.Jobs;

/**
 * {@code POST /api/plan} (the mission YAML as the body) starts a plan job, followed at {@code /api/jobs/{id}}:
 * its result is the summary of {@code cosmodrome plan --json}, its files those of {@code cosmodrome plan --out}.
 */
public final class PlanApi {
    /** A constellation may plan this many times planDays in satellite-days (satellites x days). */
    static final int CONSTELLATION_FACTOR = 4;

    private final LaunchCatalog catalog;
    private final Limits limits;
    private final Jobs jobs;

    public PlanApi(LaunchCatalog catalog, Limits limits, Jobs jobs) {
        this.catalog = catalog;
        this.limits = limits;
        this.jobs = jobs;
    }

    /** POST /api/plan: the mission is read and checked now (400 at once for a bad file), then planned as a job (202). */
    public void submit(Context ctx) {
        String yaml = ctx.body();
        if (yaml.isBlank()) {
            throw CosmodromeException.missing("body", "the mission file (YAML, see docs/mission-file.md) as the request body");
        }
        String name = ctx.queryParam("name") == null ? "mission.yaml" : ctx.queryParam("name");
        Mission mission = MissionReader.parse(name, yaml, catalog);
        double days = mission.analysis().durationS() / 86_400;
        if (days > limits.planDays()) {
            throw ApiException.overLimit("analysis.durationDays", days, limits.planDays(), "days");
        }
        // a constellation propagates and analyses each satellite: bound its satellite-days too
        if (mission.orbit() instanceof space.cosmodrome.orbit.OrbitSpec.Walker w
                && w.totalSatellites() * days > CONSTELLATION_FACTOR * limits.planDays()) {
            throw ApiException.overLimit("orbit.walker.totalSatellites", w.totalSatellites() + " satellites x " + days + " days",
                    CONSTELLATION_FACTOR * limits.planDays(), "satellite-days (" + CONSTELLATION_FACTOR + " x planDays)");
        }
        Map<String, Object> status = jobs.submit("plan", mission.name(), job -> plan(job, mission));
        ctx.header("Location", "/api/jobs/" + status.get("id"));
        Responses.json(ctx, 202, status);
    }

    private static Jobs.Result plan(Job job, Mission mission) {
        MissionPlan plan = MissionPlanner.plan(mission, line -> job.progress(fraction(line), line));
        job.progress(0.95, "writing files");
        Map<String, Object> summary = new LinkedHashMap<>(PlanJson.summary(plan));
        List<Path> written = PlanFiles.write(plan, summary, job.dir());
        List<String> names = new ArrayList<>();
        written.forEach(p -> names.add(p.getFileName().toString()));
        return new Jobs.Result(summary, names);
    }

    private static final java.util.regex.Pattern SATELLITE = java.util.regex.Pattern.compile("P\\d+S\\d+ \\((\\d+)/(\\d+)\\): ");

    /** Progress from the planner's stage lines: launch 2 %, propagation 10 to 70 %, then the analyses. */
    static double fraction(String line) {
        String l = line.strip();
        // a constellation's satellite: "P2S3 (7/12): contacts ...", its stages spread over 10 to 85 %
        java.util.regex.Matcher m = SATELLITE.matcher(l);
        if (m.lookingAt()) {
            double k = Integer.parseInt(m.group(1)) - 1;
            double n = Integer.parseInt(m.group(2));
            double within = Math.max(0, (fraction(l.substring(m.end())) - 0.10) / 0.78);
            return 0.10 + 0.75 * (k + Math.min(1, within)) / n;
        }
        if (l.startsWith("flying")) {
            return 0.02;
        } else if (l.startsWith("propagating")) {
            return 0.10;
        } else if (l.startsWith("propagated")) {
            try {
                double percent = Double.parseDouble(l.replaceAll("[^0-9.]", ""));
                return 0.10 + 0.6 * percent / 100;
            } catch (NumberFormatException e) {
                return 0.10;
            }
        } else if (l.startsWith("contacts")) {
            return 0.72;
        } else if (l.startsWith("eclipses")) {
            return 0.78;
        } else if (l.startsWith("access")) {
            return 0.82;
        } else if (l.startsWith("orbit lifetime")) {
            return 0.88;
        }
        return 0;
    }
}
