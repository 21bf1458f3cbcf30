package space.cosmodrome.server.plan;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * One plan job: its state, progress (0 to 1), the progress lines, and when done its summary, its files or its
 * error. Written by its worker, read by requests: every accessor is synchronized.
 */
final class Job {
    /** The states a job goes through: queued, running, then one of the last three. */
    enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    /** Progress lines kept per job. */
    static final int MAX_LINES = 200;

    final String id;
    final String mission;
    final Path dir;
    private final Instant created = Instant.now();
    private Instant started;
    private Instant finished;
    private State state = State.QUEUED;
    private double progress;
    private String stage = "queued";
    private final List<String> lines = new ArrayList<>();
    private Map<String, Object> summary;
    private List<String> files = List.of();
    private int errorStatus;
    private Map<String, Object> error;
    private Future<?> future;
    private volatile boolean cancelRequested;

    Job(String id, String mission, Path dir) {
        this.id = id;
        this.mission = mission;
        this.dir = dir;
    }

    synchronized void future(Future<?> f) {
        this.future = f;
    }

    /** @return false when the job was cancelled before it started */
    synchronized boolean start() {
        if (state != State.QUEUED) {
            return false;
        }
        state = State.RUNNING;
        started = Instant.now();
        return true;
    }

    synchronized void progress(double fraction, String line) {
        progress = Math.max(progress, Math.min(1, fraction));
        stage = line.strip();
        if (lines.size() < MAX_LINES) {
            lines.add(line);
        }
    }

    synchronized void done(Map<String, Object> summaryJson, List<String> fileNames) {
        summary = summaryJson;
        files = List.copyOf(fileNames);
        progress = 1;
        stage = "done";
        finish(State.DONE);
    }

    synchronized void failed(int status, Map<String, Object> errorJson) {
        errorStatus = status;
        error = errorJson;
        stage = "failed";
        finish(State.FAILED);
    }

    /** Asks the job to stop: a queued one never starts, a running one stops at its next progress step. */
    synchronized boolean cancel() {
        if (state.finished()) {
            return false;
        }
        cancelRequested = true;
        if (state == State.QUEUED) {
            stage = "cancelled";
            finish(State.CANCELLED);
        }
        if (future != null) {
            future.cancel(true);
        }
        return true;
    }

    synchronized void cancelled() {
        stage = "cancelled";
        finish(State.CANCELLED);
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    private void finish(State s) {
        state = s;
        finished = Instant.now();
    }

    synchronized State state() {
        return state;
    }

    synchronized Instant finishedAt() {
        return finished;
    }

    synchronized Map<String, Object> summary() {
        return summary;
    }

    synchronized List<String> files() {
        return files;
    }

    synchronized int errorStatus() {
        return errorStatus;
    }

    synchronized Map<String, Object> error() {
        return error;
    }

    /** @return the status document of {@code GET /api/jobs/{id}} */
    synchronized Map<String, Object> status() {
        String base = "/api/jobs/" + id;
        List<Object> links = new ArrayList<>();
        for (String f : files) {
            links.add(object("name", f, "url", base + "/files/" + f));
        }
        return object("id", id, "kind", "plan", "mission", mission, "state", state.name().toLowerCase(java.util.Locale.ROOT),
                "progress", round(progress, 3), "stage", stage, "createdUtc", created.toString(),
                "startedUtc", started == null ? null : started.toString(), "finishedUtc", finished == null ? null : finished.toString(),
                "elapsedS", started == null ? null : round(((finished == null ? Instant.now() : finished).toEpochMilli()
                        - started.toEpochMilli()) / 1000.0, 1),
                "log", List.copyOf(lines), "error", error,
                "result", state == State.DONE ? base + "/result" : null, "files", state == State.DONE ? links : null);
    }
}
