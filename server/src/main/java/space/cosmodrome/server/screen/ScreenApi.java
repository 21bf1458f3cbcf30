package space.cosmodrome.server.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.orekit.time.AbsoluteDate;

import com.fasterxml.jackson.core.type.TypeReference;

import io.javalin.http.Context;

import space.cosmodrome.conjunction.CollisionProbability;
import space.cosmodrome.conjunction.Conjunction;
import space.cosmodrome.conjunction.ConjunctionScreener;
import space.cosmodrome.conjunction.Screening;
import space.cosmodrome.conjunction.ScreeningCatalog;
import space.cosmodrome.conjunction.ScreeningOptions;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.conjunction.ConjunctionFiles;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.server.Limits;
import space.cosmodrome.server.http.ApiException;
import space.cosmodrome.server.http.Params;
import space.cosmodrome.server.http.Responses;
import space.cosmodrome.server.jobs.Job;
import space.cosmodrome.server.jobs.Jobs;
import space.cosmodrome.server.tracking.ElementSets;
import space.cosmodrome.tle.TleElements;

/**
 * {@code POST /api/screen} starts a conjunction screening job (as {@code cosmodrome screen}), followed at
 * {@code /api/jobs/{id}}: its result is the JSON of {@code cosmodrome screen --json}, its files {@code screen.json},
 * {@code conjunctions.csv} and one CCSDS CDM per conjunction (the {@value #MAX_CDMS} closest when there are more).
 * Each screening runs on one thread of the screening pool, so a catalog-wide run leaves the other cores to requests.
 */
public final class ScreenApi {
    /** Longest span accepted (days), as the command: SGP4 element sets are not worth more. */
    static final double MAX_DAYS = 30.0;
    /** Largest threshold accepted (km), as the command. */
    static final double MAX_THRESHOLD_KM = 200.0;
    /** CDM files written per job: the closest approaches first. */
    static final int MAX_CDMS = 200;

    private final ElementSets catalogs;
    private final Limits limits;
    private final Jobs jobs;

    public ScreenApi(ElementSets catalogs, Limits limits, Jobs jobs) {
        this.catalogs = catalogs;
        this.limits = limits;
        this.jobs = jobs;
    }

    /** POST /api/screen: everything is checked now (400, 404, 413 at once), then screened as a job (202). */
    public void submit(Context ctx) {
        Params p = new Params(ctx);
        Instant from = Params.instant("from", p.required("from", "an ISO-8601 UTC time such as 2026-05-07T00:00:00Z"));
        Double days = p.number("days", 1e-6, MAX_DAYS, "days (SGP4 element sets drift by kilometres a day)");
        if (days == null) {
            throw CosmodromeException.missing("days", "the span to screen (days, more than 0, at most " + MAX_DAYS + ")");
        }
        if (days > limits.screenDays()) {
            throw ApiException.overLimit("days", days, limits.screenDays(), "days (limit 'screenDays')");
        }
        Double thresholdKm = p.number("thresholdKm", 1e-6, MAX_THRESHOLD_KM, "km");
        if (thresholdKm == null) {
            throw CosmodromeException.missing("thresholdKm", "report approaches closer than this (km, more than 0, at most "
                    + MAX_THRESHOLD_KM + ")");
        }
        double stepS = p.number("stepS", 2, 600, "s", ScreeningOptions.DEFAULT_STEP_SECONDS);
        CollisionProbability probability = probability(p);
        List<TleElements> sets = catalogs.select(p, ctx.body(), limits.screenObjects(), "screenObjects");
        ScreeningCatalog unique = ScreeningCatalog.deduplicate(sets);
        Set<Integer> primaries = primaries(p, unique.sets());
        String source = p.text("catalog") != null ? p.text("catalog") : "request body";

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("catalog", source);
        header.put("fromUtc", from.toString());
        header.put("toUtc", from.plusMillis(Math.round(days * 86400e3)).toString());
        header.put("days", days);
        header.put("thresholdKm", thresholdKm);
        header.put("stepS", stepS);
        header.put("primaries", new ArrayList<>(primaries));
        header.put("objects", unique.sets().size());
        header.put("duplicatesDropped", unique.duplicates().size());
        ScreeningOptions options = new ScreeningOptions(thresholdKm, stepS, 1);
        String name = source + ", " + unique.sets().size() + " objects, " + days + " d";
        Map<String, Object> status = jobs.submit("screen", name,
                job -> screen(job, unique.sets(), from, days, options, primaries, probability, header));
        ctx.header("Location", "/api/jobs/" + status.get("id"));
        Responses.json(ctx, 202, status);
    }

    private static Jobs.Result screen(Job job, List<TleElements> sets, Instant from, double days, ScreeningOptions options,
            Set<Integer> primaries, CollisionProbability probability, Map<String, Object> header) throws IOException {
        job.progress(0, "screening " + sets.size() + " objects" + (primaries.isEmpty() ? " all against all"
                : ", " + primaries.size() + " primaries against the catalog") + ", " + days + " days, threshold "
                + options.thresholdKm() + " km");
        AbsoluteDate start = new AbsoluteDate(from, OrekitData.utc());
        double[] logged = {0};
        Screening screening = ConjunctionScreener.of(sets).screen(start, days * 86400.0, options, primaries, (fraction, found) -> {
            // the bar moves at every block of steps; the log gets a line every 10 %
            if (fraction >= 1.0 ? logged[0] < 1.0 : fraction - logged[0] >= 0.1) {
                logged[0] = fraction;
                job.progress(0.95 * fraction, String.format(Locale.ROOT, "screened %.0f %% (day %.2f of %.2f), %d conjunction(s)",
                        100 * fraction, fraction * days, days, found));
            } else {
                job.progress(0.95 * fraction);
            }
        });
        job.progress(0.96, "writing files: " + screening.conjunctions().size() + " conjunction(s)");
        List<String> names = new ArrayList<>();
        Path json = job.dir().resolve("screen.json");
        try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            ConjunctionFiles.json(screening, header, probability, w);
        }
        names.add("screen.json");
        try (Writer w = Files.newBufferedWriter(job.dir().resolve("conjunctions.csv"), StandardCharsets.UTF_8)) {
            ConjunctionFiles.csv(screening, probability, w);
        }
        names.add("conjunctions.csv");
        List<Conjunction> closest = screening.conjunctions().stream()
                .sorted(Comparator.comparingDouble(Conjunction::missDistanceKm)).limit(MAX_CDMS).collect(Collectors.toList());
        Screening forCdm = new Screening(screening.start(), screening.end(), screening.options(), closest, screening.statistics());
        for (Path f : ConjunctionFiles.cdms(forCdm, probability, job.dir())) {
            names.add(f.getFileName().toString());
        }
        Map<String, Object> result;
        try {
            result = Json.mapper().readValue(json.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (screening.conjunctions().size() > MAX_CDMS) {
            result.put("cdmFiles", "the " + MAX_CDMS + " closest of " + screening.conjunctions().size() + " conjunctions");
        }
        return new Jobs.Result(result, names);
    }

    private static CollisionProbability probability(Params p) {
        List<Double> sigmaKm = p.numbers("sigmaKm", 1e-6, 1000, "km");
        if (sigmaKm == null) {
            return null;
        }
        if (sigmaKm.size() > 2) {
            throw CosmodromeException.badValue("sigmaKm", p.text("sigmaKm"), "one value for both objects, or two (object1,object2)");
        }
        double radiusM = p.number("hardBodyRadiusM", 1e-3, 1000, "m", 5);
        String method = p.text("pcMethod") == null ? "PATERA_2005" : p.text("pcMethod");
        double s1 = sigmaKm.get(0);
        double s2 = sigmaKm.size() > 1 ? sigmaKm.get(1) : s1;
        return new CollisionProbability(CollisionProbability.method(method), s1, s2, 2.0 * radiusM / 1000.0);
    }

    private static Set<Integer> primaries(Params p, List<TleElements> sets) {
        String text = p.text("primary");
        Set<Integer> ids = new LinkedHashSet<>();
        if (text == null) {
            return ids;
        }
        if (!text.matches("[0-9]+( *, *[0-9]+)*")) {
            throw CosmodromeException.badValue("primary", text, "catalog numbers separated by commas, like 25544,48274");
        }
        for (String part : text.split(",")) {
            ids.add(Integer.parseInt(part.strip()));
        }
        Set<Integer> known = sets.stream().map(TleElements::catalogNumber).collect(Collectors.toSet());
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).map(String::valueOf).collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw CosmodromeException.unknownId("primary", String.join(",", unknown), "not among the " + sets.size()
                    + " element sets screened");
        }
        return ids;
    }
}
