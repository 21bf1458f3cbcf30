package space.cosmodrome.server;

import java.nio.file.Path;

import space.cosmodrome.error.CosmodromeException;

/**
 * How a server runs.
 * @param host the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} for every interface)
 * @param port the port (0 picks a free one)
 * @param catalogFile a user catalog of sites and vehicles added to the bundled one, or null
 * @param workDir where job files go (a temporary directory when null)
 * @param requestThreads workers for the short computations (capacity, windows, passes, propagate)
 * @param requestQueue short computations that may wait; one more gets 503
 * @param jobThreads workers for plan jobs, apart from the request workers so plans do not starve them
 * @param jobQueue plan jobs that may wait; one more gets 429
 * @param screenThreads workers for screening jobs (each screening runs on one), apart from the plan workers
 * @param screenQueue screening jobs that may wait; one more gets 429
 * @param tleDir directory of the bundled element-set catalogs ({@code data/tle}), or null to look for it beside the Orekit data
 * @param keptJobs finished jobs kept with their files; the oldest go first
 * @param limits what one request may ask for
 */
public record ServerConfig(String host, int port, Path catalogFile, Path workDir, int requestThreads, int requestQueue,
        int jobThreads, int jobQueue, int keptJobs, Limits limits, int screenThreads, int screenQueue, Path tleDir) {

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw CosmodromeException.badValue("--port", port, "allowed: 0 to 65535");
        }
        if (requestThreads < 1 || jobThreads < 1 || screenThreads < 1 || requestQueue < 0 || jobQueue < 0 || screenQueue < 0 || keptJobs < 1) {
            throw CosmodromeException.badValue("server threads and queues", requestThreads + "/" + requestQueue + "/" + jobThreads
                    + "/" + jobQueue + "/" + screenThreads + "/" + screenQueue + "/" + keptJobs, "at least one worker of each kind and one kept job");
        }
    }

    /**
     * @return the defaults on a port: one request worker per core (queue 1000), 2 plan workers (queue 64), 1 screening
     *         worker (queue 16), 100 kept jobs
     */
    public static ServerConfig defaults(int port) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new ServerConfig("127.0.0.1", port, null, null, cores, 1000, 2, 64, 100, Limits.defaults(), 1, 16, null);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, catalogFile, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits, screenThreads, screenQueue, tleDir);
    }

    public ServerConfig withCatalogFile(Path f) {
        return new ServerConfig(host, port, f, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits, screenThreads, screenQueue, tleDir);
    }

    public ServerConfig withWorkDir(Path d) {
        return new ServerConfig(host, port, catalogFile, d, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits, screenThreads, screenQueue, tleDir);
    }

    /** @return with another plan pool and count of kept jobs */
    public ServerConfig withJobs(int threads, int queue, int kept) {
        return new ServerConfig(host, port, catalogFile, workDir, requestThreads, requestQueue, threads, queue, kept, limits, screenThreads, screenQueue, tleDir);
    }

    /** @return with another screening pool */
    public ServerConfig withScreens(int threads, int queue) {
        return new ServerConfig(host, port, catalogFile, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits, threads, queue, tleDir);
    }

    public ServerConfig withRequests(int threads, int queue) {
        return new ServerConfig(host, port, catalogFile, workDir, threads, queue, jobThreads, jobQueue, keptJobs, limits, screenThreads, screenQueue, tleDir);
    }

    public ServerConfig withLimits(Limits l) {
        return new ServerConfig(host, port, catalogFile, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, l, screenThreads, screenQueue, tleDir);
    }

    public ServerConfig withTleDir(Path d) {
        return new ServerConfig(host, port, catalogFile, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits, screenThreads, screenQueue, d);
    }
}
