package space.cosmodrome.server.jobs;

import static space.cosmodrome.io.json.Json.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.javalin.http.Context;

import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Responses;

/**
 * {@code /api/jobs/{id}} for every kind of job: status and progress, {@code /result} (as the command's
 * {@code --json}), {@code /files/{name}} (the files the command writes with {@code --out}), and {@code DELETE}
 * cancels it.
 */
public final class JobApi {
    private final Jobs jobs;

    public JobApi(Jobs jobs) {
        this.jobs = jobs;
    }

    /** GET /api/jobs */
    public void list(Context ctx) {
        Responses.json(ctx, object("jobs", jobs.list(), "load", jobs.load()));
    }

    /** GET /api/jobs/{id} */
    public void status(Context ctx) {
        Responses.json(ctx, jobs.job(ctx.pathParam("id")).status());
    }

    /** GET /api/jobs/{id}/result: 200 with the result when done, the job's error when it failed, 409 before. */
    public void result(Context ctx) {
        Job job = jobs.job(ctx.pathParam("id"));
        Job.State state = job.state();
        if (state == Job.State.DONE) {
            Responses.json(ctx, job.result());
        } else if (state == Job.State.FAILED) {
            Responses.json(ctx, job.errorStatus(), job.error());
        } else {
            throw new ApiException(409, "JOB_NOT_DONE", "job " + job.id + " is " + state.id()
                    + "; its result comes when it is done", Map.of("state", state.id()));
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
            if (name.endsWith(".cdm") || name.endsWith(".oem")) {
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
            }
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
