package space.cosmodrome.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.server.CosmodromeServer;
import space.cosmodrome.server.Limits;
import space.cosmodrome.server.ServerConfig;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "The HTTP API (/api, OpenAPI at /api/openapi.json) and the web app with a 3D globe, until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;
    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where job files go (default: a temporary directory).")
    Path workDir;
    @Option(names = "--job-threads", defaultValue = "2", description = "Workers for plan jobs (default ${DEFAULT-VALUE}).")
    int jobThreads;
    @Option(names = "--job-queue", defaultValue = "64", description = "Jobs that may wait before new ones get 429 (default ${DEFAULT-VALUE}).")
    int jobQueue;
    @Option(names = "--screen-threads", defaultValue = "1", description = "Workers for screening jobs, one screening each (default ${DEFAULT-VALUE}).")
    int screenThreads;
    @Option(names = "--screen-queue", defaultValue = "16", description = "Screening jobs that may wait before new ones get 429 (default ${DEFAULT-VALUE}).")
    int screenQueue;
    @Option(names = "--tle-dir", paramLabel = "DIR", description = "Element-set catalogs offered by id (default: data/tle beside the Orekit data).")
    Path tleDir;
    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "Change a request limit: windowDays, altitudes, planDays, passDays, objects, observers, states, bodyBytes, "
                    + "screenObjects, screenDays.")
    Map<String, Double> limits;

    @Override
    public Integer call() throws InterruptedException {
        common.loadData();
        Limits l = Limits.defaults();
        if (limits != null) {
            for (Map.Entry<String, Double> e : limits.entrySet()) {
                l = l.with(e.getKey(), e.getValue());
            }
        }
        ServerConfig config = ServerConfig.defaults(port).withHost(host).withCatalogFile(common.catalog).withWorkDir(workDir)
                .withJobs(jobThreads, jobQueue, 100).withScreens(screenThreads, screenQueue).withTleDir(tleDir).withLimits(l);
        CosmodromeServer server = CosmodromeServer.create(config).start();
        spec.commandLine().getErr().println("cosmodrome: serving on http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
        spec.commandLine().getErr().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
