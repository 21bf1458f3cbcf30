package space.cosmodrome.server.plan;

import static space.cosmodrome.io.json.Json.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.javalin.http.Context;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.plan.MissionReader;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.server.Limits;
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Responses;

/**
 * {@code POST /api/plan} (the mission YAML as the body) starts a job; {@code /api/jobs/{id}} follows it:
 * status and progress, {@code /result} (the summary, as {@code cosmodrome plan --json}), {@code /files/{name}}
 * (the files {@code cosmodrome plan --out} writes), and {@code DELETE} cancels it.
 */
public final class PlanApi {
    private final LaunchCatalog catalog;
    private final Limits limits;
    private final PlanJobs jobs;

    public PlanApi(LaunchCatalog catalog, Limits limits, PlanJobs jobs) {
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
        Map<String, Object> status = jobs.submit(mission);
        ctx.header("Location", "/api/jobs/" + status.get("id"));
        Responses.json(ctx, 202, status);
    }

    /** GET /api/jobs */
    public void list(Context ctx) {
        Responses.json(ctx, object("jobs", jobs.list(), "load", jobs.load()));
    }

    /** GET /api/jobs/{id} */
    public void status(Context ctx) {
        Responses.json(ctx, jobs.job(ctx.pathParam("id")).status());
    }

    /** GET /api/jobs/{id}/result: 200 with the summary when done, the job's error when it failed, 409 before. */
    public void result(Context ctx) {
        Job job = jobs.job(ctx.pathParam("id"));
        Job.State state = job.state();
        if (state == Job.State.DONE) {
            Responses.json(ctx, job.summary());
        } else if (state == Job.State.FAILED) {
            Responses.json(ctx, job.errorStatus(), job.error());
        } else {
            throw new ApiException(409, "JOB_NOT_DONE", "job " + job.id + " is " + state.name().toLowerCase(java.util.Locale.ROOT)
                    + "; its result comes when it is done", Map.of("state", state.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** GET /api/jobs/{id}/files/{name} */
    public void file(Context ctx) {
        Job job = jobs.job(ctx.pathParam("id"));
        String name = ctx.pathParam("name");
        if (!job.files().contains(name)) {
            throw ApiException.notFound("name", name, job.state() == Job.State.DONE ? "one of " + String.join(", ", job.files())
                    : "files come when the job is done");
        }
        Path file = job.dir.resolve(name);
        try {
            ctx.contentType(contentType(name)).result(Files.readAllBytes(file));
            ctx.attribute(Responses.ANSWERED, Boolean.TRUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DELETE /api/jobs/{id}: cancels a queued or running job; deletes a finished one and its files. */
    public void cancel(Context ctx) {
        Responses.json(ctx, jobs.cancel(ctx.pathParam("id")));
    }

    static String contentType(String name) {
        if (name.endsWith(".json")) {
            return "application/json";
        } else if (name.endsWith(".geojson")) {
            return "application/geo+json";
        } else if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        } else if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return "text/plain; charset=utf-8";
    }
}
