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
 * @param jobThreads workers for jobs (plans), apart from the request workers so plans do not starve them
 * @param jobQueue jobs that may wait; one more gets 429
 * @param keptJobs finished jobs kept with their files; the oldest go first
 * @param limits what one request may ask for
 */
public record ServerConfig(String host, int port, Path catalogFile, Path workDir, int requestThreads, int requestQueue,
        int jobThreads, int jobQueue, int keptJobs, Limits limits) {

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw CosmodromeException.badValue("--port", port, "allowed: 0 to 65535");
        }
        if (requestThreads < 1 || jobThreads < 1 || requestQueue < 0 || jobQueue < 0 || keptJobs < 1) {
            throw CosmodromeException.badValue("server threads and queues", requestThreads + "/" + requestQueue + "/" + jobThreads
                    + "/" + jobQueue + "/" + keptJobs, "at least one worker of each kind and one kept job");
        }
    }

    /** @return the defaults on a port: 2 request workers (queue 1000), 2 job workers (queue 64), 100 kept jobs */
    public static ServerConfig defaults(int port) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new ServerConfig("127.0.0.1", port, null, null, cores, 1000, 2, 64, 100, Limits.defaults());
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, catalogFile, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits);
    }

    public ServerConfig withCatalogFile(Path f) {
        return new ServerConfig(host, port, f, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits);
    }

    public ServerConfig withWorkDir(Path d) {
        return new ServerConfig(host, port, catalogFile, d, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, limits);
    }

    public ServerConfig withJobs(int threads, int queue, int kept) {
        return new ServerConfig(host, port, catalogFile, workDir, requestThreads, requestQueue, threads, queue, kept, limits);
    }

    public ServerConfig withRequests(int threads, int queue) {
        return new ServerConfig(host, port, catalogFile, workDir, threads, queue, jobThreads, jobQueue, keptJobs, limits);
    }

    public ServerConfig withLimits(Limits l) {
        return new ServerConfig(host, port, catalogFile, workDir, requestThreads, requestQueue, jobThreads, jobQueue, keptJobs, l);
    }
}
