package space.cosmodrome.server.plan;

import static space.cosmodrome.io.json.Json.object;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.io.plan.PlanFiles;
import space.cosmodrome.io.plan.PlanJson;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.mission.MissionPlanner;
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Responses;

/**
 * Plan jobs on their own bounded pool, apart from the request workers, so a queue of plans never holds up a
 * capacity request. A full queue refuses new jobs (429). Finished jobs are kept with their files up to a count;
 * the oldest finished ones are dropped first and their files deleted, so memory and disk stay bounded.
 */
public final class PlanJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);

    private final ThreadPoolExecutor pool;
    private final Path workDir;
    private final boolean ownWorkDir;
    private final int kept;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /**
     * @param threads workers
     * @param queue jobs that may wait
     * @param kept finished jobs kept
     * @param workDir where job files go, or null for a temporary directory deleted on close
     */
    public PlanJobs(int threads, int queue, int kept, Path workDir) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "plan-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                });
        this.kept = kept;
        try {
            this.ownWorkDir = workDir == null;
            this.workDir = workDir == null ? Files.createTempDirectory("cosmodrome-jobs-") : Files.createDirectories(workDir);
        } catch (IOException e) {
            throw CosmodromeException.badValue("--work-dir", String.valueOf(workDir), "a writable directory (" + e.getMessage() + ")");
        }
    }

    /** Queues a plan; throws 429 when the queue is full. */
    public Map<String, Object> submit(Mission mission) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Job job = new Job(id, mission.name(), workDir.resolve(id));
        synchronized (jobs) {
            evict();
            jobs.put(id, job);
        }
        try {
            job.future(pool.submit(() -> run(job, mission)));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(id);
            }
            throw new ApiException(429, "TOO_MANY_JOBS", "the job queue is full (" + pool.getQueue().size()
                    + " waiting, " + pool.getActiveCount() + " running); retry later", Map.of("queued", pool.getQueue().size()));
        }
        return job.status();
    }

    private void run(Job job, Mission mission) {
        if (!job.start()) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            MissionPlan plan = MissionPlanner.plan(mission, line -> {
                if (job.cancelRequested() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("cancelled");
                }
                job.progress(fraction(line, job), String.format(Locale.ROOT, "[%5.1f s] %s", (System.nanoTime() - t0) / 1e9, line));
            });
            if (job.cancelRequested()) {
                throw new CancellationException("cancelled");
            }
            job.progress(0.95, String.format(Locale.ROOT, "[%5.1f s] writing files", (System.nanoTime() - t0) / 1e9));
            Map<String, Object> summary = new LinkedHashMap<>(PlanJson.summary(plan));
            List<Path> written = PlanFiles.write(plan, summary, job.dir);
            List<String> names = new ArrayList<>();
            written.forEach(p -> names.add(p.getFileName().toString()));
            job.done(summary, names);
            LOG.info("plan job {} ({}) done in {} s", job.id, job.mission, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        } catch (CancellationException e) {
            job.cancelled();
            delete(job.dir);
            LOG.info("plan job {} cancelled", job.id);
        } catch (CosmodromeException e) {
            if (e.code() == ErrorCode.INTERNAL) {
                internal(job, e);
            } else {
                job.failed(e.code().httpStatus(), Responses.body(e.code().name(), e.getMessage(), e.details()));
            }
        } catch (RuntimeException | Error e) {
            if (job.cancelRequested()) {
                job.cancelled();
                delete(job.dir);
            } else {
                internal(job, e);
            }
        }
    }

    private static void internal(Job job, Throwable e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error " + errorId + " in plan job " + job.id + " (" + job.mission + ")", e);
        job.failed(500, Responses.body("INTERNAL", "internal error (id " + errorId + "; the server log has the details)",
                Map.of("errorId", errorId)));
    }

    /** Progress from the planner's stage lines: launch 5 %, propagation 10 to 70 %, then the analyses. */
    static double fraction(String line, Job job) {
        String l = line.strip();
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

    /** @return the job, or 404 */
    Job job(String id) {
        synchronized (jobs) {
            Job j = jobs.get(id);
            if (j == null) {
                throw ApiException.notFound("id", id, "a job id from POST /api/plan (finished jobs are kept up to " + kept + ")");
            }
            return j;
        }
    }

    /** @return every job's status, newest first */
    public List<Object> list() {
        List<Object> all = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(j -> all.add(0, object("id", j.id, "mission", j.mission,
                    "state", j.state().name().toLowerCase(Locale.ROOT), "url", "/api/jobs/" + j.id)));
        }
        return all;
    }

    /** @return jobs queued and running */
    public Map<String, Object> load() {
        return object("queued", pool.getQueue().size(), "running", pool.getActiveCount());
    }

    /** Cancels a job and forgets it once finished; its files go with it. */
    Map<String, Object> cancel(String id) {
        Job j = job(id);
        boolean stopping = j.cancel();
        if (!stopping) {
            synchronized (jobs) {
                jobs.remove(id);
            }
            delete(j.dir);
        }
        return j.status();
    }

    /** Drops the oldest finished jobs past the count kept. Called with the lock held. */
    private void evict() {
        long finished = jobs.values().stream().filter(j -> j.state().finished()).count();
        Iterator<Job> it = jobs.values().iterator();
        while (finished >= kept && it.hasNext()) {
            Job j = it.next();
            if (j.state().finished()) {
                it.remove();
                delete(j.dir);
                finished--;
            }
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not delete {}: {}", dir, e.toString());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        if (ownWorkDir) {
            delete(workDir);
        }
    }
}
