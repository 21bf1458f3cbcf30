package space.cosmodrome.server.http;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.javalin.http.Context;

/**
 * A bounded pool for the short computations behind requests. A handler hands its work here with
 * {@link #answer}, which frees the HTTP thread; when the queue is full the request gets 503 at once.
 */
public final class Workers implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final String name;

    public Workers(String name, int threads, int queue) {
        this.name = name;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), factory);
    }

    /** A piece of work that writes its answer into the context. */
    @FunctionalInterface
    public interface Work {
        void run(Context ctx) throws Exception;
    }

    /** Runs the work on this pool and answers the request from there; a full queue answers 503. */
    public void answer(Context ctx, Work work) {
        ctx.future(() -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            try {
                pool.execute(() -> {
                    try {
                        work.run(ctx);
                    } catch (Throwable t) {
                        Responses.error(ctx, t);
                    } finally {
                        done.complete(null);
                    }
                });
            } catch (RejectedExecutionException e) {
                Responses.error(ctx, new ApiException(503, "BUSY", "the server is busy (" + name
                        + " queue full); retry in a few seconds", Map.of("queueLength", pool.getQueue().size())));
                done.complete(null);
            }
            return done;
        });
    }

    /** @return tasks waiting */
    public int queued() {
        return pool.getQueue().size();
    }

    /** @return tasks running */
    public int active() {
        return pool.getActiveCount();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
