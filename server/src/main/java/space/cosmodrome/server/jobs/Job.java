package space.cosmodrome.server.jobs;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;

/**
 * One job (a plan or a screening): its state, progress (0 to 1), the progress lines, and when done its result
 * document, its files or its error. Written by its worker, read by requests: every accessor is synchronized.
 */
public final class Job {
    /** The states a job goes through: queued, running, then one of the last three. */
    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        boolean finished() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }

        /** @return the name in answers: {@code queued}, {@code running} ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Progress lines kept per job. */
    static final int MAX_LINES = 200;

    final String id;
    final String kind;
    final String name;
    final Path dir;
    private final Instant created = Instant.now();
    private long startNanos;
    private Instant started;
    private Instant finished;
    private State state = State.QUEUED;
    private double progress;
    private String stage = "queued";
    private final List<String> lines = new ArrayList<>();
    private Map<String, Object> result;
    private List<String> files = List.of();
    private int errorStatus;
    private Map<String, Object> error;
    private Future<?> future;
    private volatile boolean cancelRequested;

    Job(String id, String kind, String name, Path dir) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.dir = dir;
    }

    /** @return the directory where the job writes its files (created by the job) */
    public Path dir() {
        return dir;
    }

    /** @return the job's id */
    public String id() {
        return id;
    }

    /** @return what it is: {@code plan} or {@code screen} */
    public String kind() {
        return kind;
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
        startNanos = System.nanoTime();
        return true;
    }

    /**
     * Records progress; throws {@link CancellationException} when the job was cancelled, so that the work stops
     * at its next progress step.
     * @param fraction done so far, 0 to 1 (progress never goes back)
     * @param line what is being done, kept in the log (prefixed with the seconds since the start)
     */
    public void progress(double fraction, String line) {
        checkCancelled();
        String stamped = String.format(Locale.ROOT, "[%5.1f s] %s", seconds(), line.strip());
        synchronized (this) {
            progress = Math.max(progress, Math.min(1, fraction));
            stage = stamped;
            if (lines.size() < MAX_LINES) {
                lines.add(stamped);
            }
        }
    }

    /** Moves the progress bar without a log line (for frequent updates). */
    public void progress(double fraction) {
        checkCancelled();
        synchronized (this) {
            progress = Math.max(progress, Math.min(1, fraction));
        }
    }

    /** Throws {@link CancellationException} when the job was cancelled or its thread interrupted. */
    public void checkCancelled() {
        if (cancelRequested || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
    }

    /** @return seconds since the job started */
    public synchronized double seconds() {
        return startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e9;
    }

    synchronized void done(Map<String, Object> resultJson, List<String> fileNames) {
        result = resultJson;
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

    synchronized Map<String, Object> result() {
        return result;
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
        Map<String, Object> s = object("id", id, "kind", kind, "name", name);
        if (kind.equals("plan")) {
            s.put("mission", name);
        }
        s.putAll(object("state", state.id(),
                "progress", round(progress, 3), "stage", stage, "createdUtc", created.toString(),
                "startedUtc", started == null ? null : started.toString(), "finishedUtc", finished == null ? null : finished.toString(),
                "elapsedS", started == null ? null : round(((finished == null ? Instant.now() : finished).toEpochMilli()
                        - started.toEpochMilli()) / 1000.0, 1),
                "log", List.copyOf(lines), "error", error,
                "result", state == State.DONE ? base + "/result" : null, "files", state == State.DONE ? links : null));
        return s;
    }
}
