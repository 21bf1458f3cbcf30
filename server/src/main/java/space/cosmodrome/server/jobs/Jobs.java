package space.cosmodrome.server.jobs;

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
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Responses;

/**
 * Long jobs (plans, screenings), each kind on its own bounded pool apart from the request workers, so a queue of
 * plans never holds up a capacity request and a catalog screening never holds up the plans. A full queue refuses
 * new jobs (429). Finished jobs are kept with their files up to a count; the oldest finished ones are dropped
 * first and their files deleted, so memory and disk stay bounded.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    /** The work of one job: writes its files into {@link Job#dir()}, reports progress, returns its result. */
    @FunctionalInterface
    public interface Work {
        Result run(Job job) throws Exception;
    }

    /**
     * What a job leaves.
     * @param json the result document ({@code GET /api/jobs/{id}/result})
     * @param files names of the files written into the job's directory, in the order to list them
     */
    public record Result(Map<String, Object> json, List<String> files) {
    }

    private final Map<String, ThreadPoolExecutor> pools = new LinkedHashMap<>();
    private final Path workDir;
    private final boolean ownWorkDir;
    private final int kept;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /**
     * @param kept finished jobs kept
     * @param workDir where job files go, or null for a temporary directory deleted on close
     */
    public Jobs(int kept, Path workDir) {
        this.kept = kept;
        try {
            this.ownWorkDir = workDir == null;
            this.workDir = workDir == null ? Files.createTempDirectory("cosmodrome-jobs-") : Files.createDirectories(workDir);
        } catch (IOException e) {
            throw CosmodromeException.badValue("--work-dir", String.valueOf(workDir), "a writable directory (" + e.getMessage() + ")");
        }
    }

    /**
     * Adds the pool of a kind of job.
     * @param kind {@code plan}, {@code screen}
     * @param threads workers
     * @param queue jobs that may wait
     * @return this
     */
    public synchronized Jobs pool(String kind, int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        pools.put(kind, new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, kind + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                }));
        return this;
    }

    /** Queues a job on the pool of its kind; throws 429 when that queue is full. */
    public Map<String, Object> submit(String kind, String name, Work work) {
        ThreadPoolExecutor pool = pools.get(kind);
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Job job = new Job(id, kind, name, workDir.resolve(id));
        synchronized (jobs) {
            evict();
            jobs.put(id, job);
        }
        try {
            job.future(pool.submit(() -> run(job, work)));
        } catch (RejectedExecutionException e) {
            synchronized (jobs) {
                jobs.remove(id);
            }
            throw new ApiException(429, "TOO_MANY_JOBS", "the " + kind + " job queue is full (" + pool.getQueue().size()
                    + " waiting, " + pool.getActiveCount() + " running); retry later",
                    Map.of("kind", kind, "queued", pool.getQueue().size()));
        }
        return job.status();
    }

    private void run(Job job, Work work) {
        if (!job.start()) {
            return;
        }
        try {
            Files.createDirectories(job.dir);
            Result r = work.run(job);
            job.checkCancelled();
            job.done(r.json(), r.files());
            LOG.info("{} job {} ({}) done in {} s", job.kind, job.id, job.name, String.format(Locale.ROOT, "%.1f", job.seconds()));
        } catch (CancellationException e) {
            cancelled(job);
        } catch (CosmodromeException e) {
            if (job.cancelRequested()) {
                cancelled(job);
            } else if (e.code() == ErrorCode.INTERNAL) {
                internal(job, e);
            } else {
                job.failed(e.code().httpStatus(), Responses.body(e.code().name(), e.getMessage(), e.details()));
            }
        } catch (Exception | Error e) {
            if (job.cancelRequested()) {
                cancelled(job);
            } else {
                internal(job, e);
            }
        }
    }

    private static void cancelled(Job job) {
        job.cancelled();
        delete(job.dir);
        LOG.info("{} job {} cancelled", job.kind, job.id);
    }

    private static void internal(Job job, Throwable e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error " + errorId + " in " + job.kind + " job " + job.id + " (" + job.name + ")", e);
        job.failed(500, Responses.body("INTERNAL", "internal error (id " + errorId + "; the server log has the details)",
                Map.of("errorId", errorId)));
    }

    /** @return the job, or 404 */
    Job job(String id) {
        synchronized (jobs) {
            Job j = jobs.get(id);
            if (j == null) {
                throw ApiException.notFound("id", id, "a job id from POST /api/plan or POST /api/screen (finished jobs are kept up to "
                        + kept + ")");
            }
            return j;
        }
    }

    /** @return every job's status line, newest first */
    public List<Object> list() {
        List<Object> all = new ArrayList<>();
        synchronized (jobs) {
            jobs.values().forEach(j -> all.add(0, object("id", j.id, "kind", j.kind, "name", j.name,
                    "mission", j.kind.equals("plan") ? j.name : null,
                    "state", j.state().id(), "url", "/api/jobs/" + j.id)));
        }
        return all;
    }

    /** @return jobs queued and running, in all and per kind */
    public synchronized Map<String, Object> load() {
        int queued = 0;
        int running = 0;
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, ThreadPoolExecutor> e : pools.entrySet()) {
            int q = e.getValue().getQueue().size();
            int r = e.getValue().getActiveCount();
            queued += q;
            running += r;
            kinds.put(e.getKey(), object("queued", q, "running", r, "threads", e.getValue().getMaximumPoolSize()));
        }
        return object("queued", queued, "running", running, "pools", kinds);
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
    public synchronized void close() {
        pools.values().forEach(ThreadPoolExecutor::shutdownNow);
        if (ownWorkDir) {
            delete(workDir);
        }
    }
}
