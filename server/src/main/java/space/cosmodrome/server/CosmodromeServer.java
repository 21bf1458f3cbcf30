package space.cosmodrome.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.launch.CatalogReader;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.server.http.Responses;
import space.cosmodrome.server.http.Workers;
import space.cosmodrome.server.jobs.JobApi;
import space.cosmodrome.server.jobs.Jobs;
import space.cosmodrome.server.launch.LaunchApi;
import space.cosmodrome.server.plan.PlanApi;
import space.cosmodrome.server.screen.ScreenApi;
import space.cosmodrome.server.tracking.ElementSets;
import space.cosmodrome.server.tracking.Tracking;

/**
 * The HTTP API and the web app. The wiring is all here: routes, the worker pools (short requests; plan jobs;
 * screening jobs), the one error mapper, the static files (the web app and CesiumJS from the class path).
 */
public final class CosmodromeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CosmodromeServer.class);

    /** Silence allowed on a connection (ms): longer than a request may wait in a full queue on a busy machine. */
    static final long IDLE_TIMEOUT_MS = 10 * 60 * 1000L;

    private final ServerConfig config;
    private final Workers requests;
    private final Jobs jobs;
    private final Javalin app;

    private CosmodromeServer(ServerConfig config) {
        this.config = config;
        OrekitData.context();
        LaunchCatalog catalog = CatalogReader.bundledWith(config.catalogFile());
        LaunchApi launch = new LaunchApi(catalog, config.limits());
        this.requests = new Workers("request", config.requestThreads(), config.requestQueue());
        this.jobs = new Jobs(config.keptJobs(), config.workDir()).pool("plan", config.jobThreads(), config.jobQueue())
                .pool("screen", config.screenThreads(), config.screenQueue());
        PlanApi plan = new PlanApi(catalog, config.limits(), jobs);
        JobApi job = new JobApi(jobs);
        ElementSets elementSets = ElementSets.in(config.tleDir());
        Tracking tracking = new Tracking(elementSets, config.limits());
        ScreenApi screen = new ScreenApi(elementSets, config.limits(), jobs);
        String openApi = resource("/api/openapi.json");
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = config.limits().bodyBytes();
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            // a request may wait in the worker queue longer than Jetty's default 30 s of silence on its connection
            c.jetty.modifyServer(server -> server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                    for (org.eclipse.jetty.server.Connector connector : server.getConnectors()) {
                        if (connector instanceof org.eclipse.jetty.server.AbstractConnector) {
                            ((org.eclipse.jetty.server.AbstractConnector) connector).setIdleTimeout(IDLE_TIMEOUT_MS);
                        }
                    }
                }
            }));
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            c.routes.get("/api/openapi.json", ctx -> Responses.jsonText(ctx, openApi));
            c.routes.get("/api/health", ctx -> Responses.json(ctx, Json.object("status", "ok",
                    "requestsQueued", requests.queued(), "requestsRunning", requests.active(), "jobs", jobs.load())));
            c.routes.get("/api/limits", ctx -> Responses.json(ctx, config.limits().asMap()));
            c.routes.get("/api/sites", launch::sites);
            c.routes.get("/api/vehicles", launch::vehicles);
            c.routes.get("/api/launch", ctx -> requests.answer(ctx, launch::launch));
            c.routes.get("/api/windows", ctx -> requests.answer(ctx, launch::windows));
            c.routes.get("/api/catalogs", ctx -> requests.answer(ctx, tracking::catalogs));
            c.routes.get("/api/catalogs/{id}", ctx -> requests.answer(ctx, tracking::catalog));
            c.routes.post("/api/catalogs", ctx -> {
                ctx.body();
                requests.answer(ctx, tracking::check);
            });
            for (String path : new String[] {"/api/propagate", "/api/passes", "/api/where"}) {
                Workers.Work work = path.endsWith("propagate") ? tracking::propagate : path.endsWith("passes") ? tracking::passes
                        : tracking::where;
                c.routes.get(path, ctx -> requests.answer(ctx, work));
                // the body (element sets) is read on the HTTP thread, before the work moves to a worker
                c.routes.post(path, ctx -> {
                    ctx.body();
                    requests.answer(ctx, work);
                });
            }
            c.routes.post("/api/plan", plan::submit);
            c.routes.post("/api/screen", ctx -> {
                ctx.body();
                requests.answer(ctx, screen::submit);
            });
            c.routes.get("/api/jobs", job::list);
            c.routes.get("/api/jobs/{id}", job::status);
            c.routes.get("/api/jobs/{id}/result", job::result);
            c.routes.get("/api/jobs/{id}/files/{name}", job::file);
            c.routes.delete("/api/jobs/{id}", job::cancel);
            c.routes.get("/api", ctx -> ctx.redirect("/api.html"));
            c.routes.exception(Exception.class, (e, ctx) -> Responses.error(ctx, e));
            c.routes.error(404, ctx -> notFound(ctx));
        });
    }

    /** @return a server, not yet started */
    public static CosmodromeServer create(ServerConfig config) {
        return new CosmodromeServer(config);
    }

    /** Starts listening; returns once the port is bound. */
    public CosmodromeServer start() {
        app.start();
        LOG.info("Cosmodrome server on http://{}:{}/ (API at /api, limits {})", config.host(), port(), config.limits());
        return this;
    }

    /** @return the port listened on (the one picked when 0 was asked) */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        requests.close();
        jobs.close();
    }

    private static void notFound(Context ctx) {
        if (ctx.attribute(Responses.ANSWERED) != null) {
            return;
        }
        Responses.json(ctx, 404, Responses.body("NOT_FOUND", "no such endpoint or file: " + ctx.method() + " " + ctx.path()
                + " (see /api/openapi.json)", Map.of("path", ctx.path())));
    }

    static String resource(String name) {
        try (InputStream in = CosmodromeServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
