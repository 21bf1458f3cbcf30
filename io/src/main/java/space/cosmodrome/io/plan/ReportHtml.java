package space.cosmodrome.io.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Revisit;
import space.cosmodrome.access.Target;
import space.cosmodrome.contact.Contact;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.PointCoverage;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.eclipse.BetaSample;
import space.cosmodrome.eclipse.EclipseInterval;
import space.cosmodrome.eclipse.OrbitEclipse;
import space.cosmodrome.lifetime.Decay;
import space.cosmodrome.lifetime.DecayPoint;
import space.cosmodrome.lifetime.Disposal;
import space.cosmodrome.lifetime.Lifetimes;
import space.cosmodrome.lifetime.ScenarioLifetime;
import space.cosmodrome.mission.MissionPlan;

/**
 * The plan as one self-contained HTML file: no scripts, no fonts, no network. Inline SVG draws equirectangular
 * maps (graticule, ground track, swath edges, access footprints, stations, targets, regions with their grid
 * points; no coastlines, since no map data is bundled), the region coverage over time, timelines of contacts,
 * eclipses and accesses, the beta angle, the eclipse per orbit, the altitude over the lifetime and a revisit
 * histogram.
 */
final class ReportHtml {
    private static final int W = 1000;

    private ReportHtml() {
    }

    static String render(MissionPlan plan, Map<String, Object> summary, List<List<double[]>> track, PlanGeometry geometry) {
        StringBuilder h = new StringBuilder();
        String name = esc(plan.mission().name());
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(name).append(" - Cosmodrome plan</title>\n")
                .append("<style>body{font-family:sans-serif;margin:24px;max-width:1040px;color:#222}h1{margin-bottom:4px}"
                        + "table{border-collapse:collapse;margin:8px 0 16px}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right;font-size:13px}"
                        + "th{background:#f0f0f0}td:first-child,th:first-child{text-align:left}.note{color:#666;font-size:13px}"
                        + "svg{background:#fafafa;border:1px solid #ddd}</style></head><body>\n");
        h.append("<h1>").append(name).append("</h1>\n<p class=\"note\">").append(esc(plan.orbitSpec().describe())).append("; ")
                .append(esc(plan.mission().propagation().id())).append(" propagation; ")
                .append(Times.iso(plan.trajectory().start())).append(" to ").append(Times.iso(plan.trajectory().end()))
                .append(". Written by Cosmodrome.</p>\n");
        keyFigures(h, plan);
        boolean many = plan.isConstellation();
        if (many) {
            constellation(h, plan);
        }
        h.append("<h2>Ground track").append(many ? "s" : "").append("</h2>\n");
        map(h, plan, track, geometry, new double[] {-180, 180, -90, 90}, false);
        h.append("<p class=\"note\">Equirectangular; " + (many ? "ground tracks coloured by plane (orange, blue, magenta, green, ...)" : "orange: ground track") + (many ? " of all "
                + plan.constellation().satellites().size() + " satellites over their first revolution, from the epoch's positions "
                + "(every satellite's whole track in "
                + "ground-track.geojson, its swath edges in footprints.geojson)" : "; yellow: swath edges of the field of regard ("
                + f(Math.toDegrees(plan.mission().sensor().maxOffNadirRad()), 0) + " deg off nadir) over the first day (all of them in "
                + "footprints.geojson)") + "; blue triangles: ground stations; "
                + "green: targets; magenta: regions" + (plan.ascent() != null ? "; purple square: launch site" : "")
                + ". No coastlines are drawn (no map data is bundled).</p>\n");
        double[] box = detailBox(plan);
        if (box != null) {
            h.append("<h2>Targets and regions in detail</h2>\n");
            map(h, plan, track, geometry, box, true);
            h.append("<p class=\"note\">Longitude ").append(f(box[0], 0)).append(" to ").append(f(box[1], 0)).append(" deg, latitude ")
                    .append(f(box[2], 0)).append(" to ").append(f(box[3], 0)).append(" deg. Region grid points are coloured by the number of "
                    + "accesses (grey: never seen; light to dark magenta: 1 to the most); dark green patches are the field of view's "
                    + "footprint at the middle of each access").append(plan.mission().sensor().halfAngleRad() > 0 ? "" : " (none: the sensor's half-angle is 0)")
                    .append(".</p>\n");
        }
        coverage(h, plan);
        h.append("<h2>Timelines</h2>\n");
        timelines(h, plan);
        h.append("<h2>Beta angle and eclipse per orbit").append(many ? " (first satellite, "
                + space.cosmodrome.mission.ConstellationPlan.name(plan.constellation().satellites().get(0)) + ")" : "").append("</h2>\n");
        if (many) {
            h.append("<p class=\"note\">The other satellites of its plane see the same eclipse lengths, shifted in time; the other "
                    + "planes' figures are in the constellation table above, every satellite's eclipses in eclipses.csv.</p>\n");
        }
        beta(h, plan);
        perOrbit(h, plan);
        lifetime(h, plan);
        h.append("<h2>Revisit").append(many ? " (any satellite)" : "").append("</h2>\n<table><tr><th>target</th><th>accesses</th><th>total access (s)</th><th>mean gap (h)</th>"
                + "<th>max gap (h)</th><th>mean response (h)</th><th>first access (UTC)</th></tr>\n");
        for (Revisit r : plan.accesses().revisits()) {
            h.append(row(esc(r.target().name()), Integer.toString(r.count()), f(r.totalAccessS(), 0), f(r.meanGapS() / 3600, 2),
                    f(r.maxGapS() / 3600, 2), f(r.meanResponseS() / 3600, 2), r.firstAccess() == null ? "-" : Times.iso(r.firstAccess())));
        }
        h.append("</table>\n");
        revisitHistogram(h, plan);
        h.append("<h2>Contacts</h2>\n<table><tr>" + (many ? "<th>satellite</th>" : "") + "<th>station</th><th>AOS (UTC)</th><th>LOS (UTC)</th><th>duration (s)</th>"
                + "<th>max elevation (deg)</th></tr>\n");
        if (many) {
            for (var sc : plan.constellation().contacts()) {
                Contact c = sc.contact();
                h.append(row(esc(sc.satellite()), esc(c.station().name()), Times.iso(c.aos()), Times.iso(c.los()), f(c.durationS(), 0),
                        f(Math.toDegrees(c.maxElevationRad()), 1)));
            }
        } else {
            for (Contact c : plan.contacts().contacts()) {
                h.append(row(esc(c.station().name()), Times.iso(c.aos()), Times.iso(c.los()), f(c.durationS(), 0),
                        f(Math.toDegrees(c.maxElevationRad()), 1)));
            }
        }
        h.append("</table>\n<h2>Accesses").append(many ? " (any satellite: overlapping accesses merged; each satellite's in access.csv)" : "")
                .append("</h2>\n<table><tr><th>target</th><th>start (UTC)</th><th>end (UTC)</th><th>duration (s)</th>"
                + "<th>min off-nadir (deg)</th></tr>\n");
        for (Access a : plan.accesses().accesses()) {
            h.append(row(esc(a.target().name()), Times.iso(a.start()), Times.iso(a.end()), f(a.durationS(), 0),
                    f(Math.toDegrees(a.minOffNadirRad()), 1)));
        }
        h.append("</table>\n");
        if (!plan.warnings().isEmpty()) {
            h.append("<h2>Warnings</h2><ul>");
            plan.warnings().forEach(w -> h.append("<li>").append(esc(w)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append("<p class=\"note\">The full figures are in summary.json and the CSV files beside this report.</p>\n</body></html>\n");
        return h.toString();
    }

    private static void keyFigures(StringBuilder h, MissionPlan plan) {
        h.append("<table>\n");
        if (plan.ascent() != null) {
            var r = plan.ascent();
            h.append(row("launch", esc(r.vehicle().name() + " from " + r.site().name()) + ", "
                    + f(r.payloadKg(), 0) + " kg of " + f(r.capacityKg(), 0) + " kg capacity (margin " + f(r.marginKg(), 0) + " kg), azimuth "
                    + f(Math.toDegrees(r.approach().groundAzimuthRad()), 1) + " deg"));
        }
        double days = plan.trajectory().durationS() / 86_400;
        if (plan.isConstellation()) {
            h.append(row("constellation", esc(plan.constellation().walker().describe())));
        }
        h.append(row("nodal period", f(plan.eclipses().meanNodalPeriodS() / 60, 2) + " min"));
        h.append(row("contacts", plan.contacts().contacts().size() + " passes" + (plan.isConstellation() ? " of all satellites" : "") + ", " + f(plan.contacts().totalDurationS() / days / 60, 1)
                + " min per day over " + plan.mission().stations().size() + " stations"));
        h.append(row("eclipse" + (plan.isConstellation() ? " (first satellite)" : ""), "umbra " + f(100 * plan.eclipses().umbraFraction(), 1) + " % of the time, longest "
                + f(plan.eclipses().maxUmbraS() / 60, 1) + " min; penumbra " + f(100 * plan.eclipses().penumbraFraction(), 1) + " %"));
        h.append(row("accesses", plan.accesses().accesses().size() + (plan.isConstellation() ? " (any satellite, merged)" : "") + " to " + plan.mission().targets().size() + " targets, "
                + f(plan.accesses().totalDurationS() / days / 60, 1) + " min per day"));
        if (plan.budgets().power() != null) {
            var p = plan.budgets().power();
            h.append(row("power per orbit" + (plan.isConstellation() ? " (first satellite)" : ""), "in " + f(p.meanEnergyInWh(), 1) + " Wh, used " + f(p.meanEnergyUsedWh(), 1)
                    + " Wh, worst margin " + f(p.worstEnergyMarginWh(), 1) + " Wh, depth of discharge " + f(100 * p.maxDepthOfDischarge(), 1) + " %"));
        }
        if (plan.isConstellation() && plan.budgets().data() != null) {
            double collected = plan.constellation().satellites().stream().mapToDouble(x -> x.budgets().data().collectedMbitPerDay()).sum();
            h.append(row("data per day", "collected " + f(collected / 8000, 2) + " GB by all satellites together; each satellite's "
                    + "collection and downlink capacity in the table below"));
        } else if (plan.budgets().data() != null) {
            var d = plan.budgets().data();
            h.append(row("data per day", "collected " + f(d.collectedMbitPerDay() / 8000, 2) + " GB, downlink capacity "
                    + f(d.downlinkCapacityMbitPerDay() / 8000, 2) + " GB"));
        }
        var life = plan.lifetime();
        StringBuilder years = new StringBuilder();
        for (ScenarioLifetime sc : life.scenarios()) {
            years.append(years.length() == 0 ? "" : ", ").append(sc.activity().name()).append(' ').append(lifetimeText(sc));
        }
        h.append(row("orbit lifetime", years + " (to " + f(life.reentryAltitudeM() / 1000, 0) + " km)"));
        h.append("</table>\n");
    }

    /** The constellation's pattern, one row per satellite, and the contacts of each station with each satellite. */
    private static void constellation(StringBuilder h, MissionPlan plan) {
        var c = plan.constellation();
        var w = c.walker();
        h.append("<h2>Constellation</h2>\n<p class=\"note\">Walker ").append(w.star() ? "star" : "delta").append(" pattern ")
                .append(esc(w.notation())).append(" (inclination: T/P/F): planes' nodes ").append(f(Math.toDegrees(w.raanSpacingRad()), 2))
                .append(" deg apart, satellites ").append(f(Math.toDegrees(w.inPlaneSpacingRad()), 2)).append(" deg apart in a plane, each plane ")
                .append(f(Math.toDegrees(w.interPlanePhaseRad()), 2)).append(" deg ahead of the one to its west (J. G. Walker, "
                        + "J. British Interplanetary Society 37, 1984). ").append(esc(ConstellationJson.SHARED)).append("</p>\n");
        h.append("<table><tr><th>satellite</th><th>plane</th><th>RAAN (deg)</th><th>arg. of latitude (deg)</th><th>contacts</th>"
                + "<th>contact min/day</th><th>umbra %</th><th>accesses</th>");
        for (RegionCoverage rc : plan.coverage()) {
            h.append("<th>").append(esc(rc.region().name())).append(" covered %</th>");
        }
        h.append("<th>data collected/downlink (GB/day)</th></tr>\n");
        for (MissionPlan s : c.satellites()) {
            var m = (space.cosmodrome.orbit.OrbitSpec.WalkerMember) s.orbitSpec();
            double days = s.trajectory().durationS() / 86_400;
            StringBuilder cells = new StringBuilder();
            cells.append("<tr><td>").append(m.name()).append("</td><td>").append(m.plane() + 1).append("</td><td>")
                    .append(f(Math.toDegrees(((m.raanRad() % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)), 2)).append("</td><td>")
                    .append(f(Math.toDegrees(m.argumentOfLatitudeRad()), 2)).append("</td><td>").append(s.contacts().contacts().size())
                    .append("</td><td>").append(f(s.contacts().totalDurationS() / days / 60, 1)).append("</td><td>")
                    .append(f(100 * s.eclipses().umbraFraction(), 1)).append("</td><td>").append(s.accesses().accesses().size()).append("</td>");
            for (RegionCoverage rc : s.coverage()) {
                cells.append("<td>").append(f(100 * rc.coveredFraction(), 1)).append("</td>");
            }
            var d = s.budgets().data();
            cells.append("<td>").append(d == null ? "-" : f(d.collectedMbitPerDay() / 8000, 2) + " / " + f(d.downlinkCapacityMbitPerDay() / 8000, 2))
                    .append("</td></tr>\n");
            h.append(cells);
        }
        h.append("</table>\n");
        if (!plan.mission().stations().isEmpty()) {
            h.append("<table><tr><th>contacts per station and satellite</th>");
            for (MissionPlan s : c.satellites()) {
                h.append("<th>").append(space.cosmodrome.mission.ConstellationPlan.name(s)).append("</th>");
            }
            h.append("<th>all</th></tr>\n");
            for (GroundStation st : plan.mission().stations()) {
                h.append("<tr><td>").append(esc(st.name())).append("</td>");
                for (MissionPlan s : c.satellites()) {
                    h.append("<td>").append(s.contacts().of(st).size()).append("</td>");
                }
                h.append("<td>").append(plan.contacts().of(st).size()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<table><tr><th>target</th><th>accesses (any satellite)</th><th>max gap (h)</th><th>longest unseen, span edges included (h)</th>"
                + "<th>best single satellite's max gap (h)</th></tr>\n");
        for (int i = 0; i < plan.mission().targets().size(); i++) {
            Revisit r = plan.accesses().revisits().get(i);
            int index = i;
            double best = c.satellites().stream().mapToDouble(s -> s.accesses().revisits().get(index).maxGapS())
                    .filter(Double::isFinite).min().orElse(Double.NaN);
            h.append(row(esc(r.target().name()), Integer.toString(r.count()), f(r.maxGapS() / 3600, 2),
                    f(c.longestWithoutAccessS().get(i) / 3600, 2), f(best / 3600, 2)));
        }
        h.append("</table>\n");
    }

    static String lifetimeText(ScenarioLifetime s) {
        double y = s.decay().durationYears();
        if (!s.decay().reentered()) {
            return "more than " + f(y, 0) + " years";
        }
        return y < 1 ? f(y * 365.25, 0) + " days" : f(y, 1) + " years";
    }

    private static final String[] SCENARIO_COLORS = {"#1b5fbf", "#1a8a3a", "#c0392b", "#8a1a8a"};

    private static void lifetime(StringBuilder h, MissionPlan plan) {
        var life = plan.lifetime();
        h.append("<h2>Orbit lifetime</h2>\n");
        double maxYears = 0;
        double maxKm = 0;
        for (ScenarioLifetime s : life.scenarios()) {
            maxYears = Math.max(maxYears, s.decay().durationYears());
            for (DecayPoint p : s.decay().points()) {
                maxKm = Math.max(maxKm, p.apogeeAltitudeM() / 1000);
            }
        }
        maxYears = Math.max(maxYears, 1e-3);
        maxKm = Math.ceil(Math.max(maxKm, 200) / 100) * 100;
        int height = 260;
        int left = 60;
        int bottom = 30;
        double plotW = W - left - 20;
        double plotH = height - bottom - 10;
        double yearsTop = maxYears;
        h.append("<svg width=\"").append(W).append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        double tick = niceStep(yearsTop);
        for (double t = 0; t <= yearsTop + 1e-9; t += tick) {
            double px = left + t / yearsTop * plotW;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#666\">%s</text>%n", px, px, 10 + plotH, px - 6, height - 12,
                    tick < 1 ? f(t, 1) : f(t, 0)));
        }
        h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#666\">years</text>%n",
                left + plotW - 30, height - 2));
        for (double km = 0; km <= maxKm; km += 100) {
            double py = 10 + plotH - km / maxKm * plotH;
            h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
                    + "<text x=\"4\" y=\"%.1f\" font-size=\"10\" fill=\"#666\">%.0f km</text>%n", left, py, left + plotW, py, py + 4, km));
        }
        for (double rule : new double[] {5, 25}) {
            if (rule <= yearsTop) {
                double px = left + rule / yearsTop * plotW;
                h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>"
                        + "<text x=\"%.1f\" y=\"22\" font-size=\"10\" fill=\"#666\">%.0f-year rule</text>%n", px, px, 10 + plotH, px + 3, rule));
            }
        }
        double entryY = 10 + plotH - life.reentryAltitudeM() / 1000 / maxKm * plotH;
        h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#b8860b\" stroke-dasharray=\"2 2\"/>%n",
                left, entryY, left + plotW, entryY));
        int c = 0;
        for (ScenarioLifetime s : life.scenarios()) {
            String color = SCENARIO_COLORS[c++ % SCENARIO_COLORS.length];
            h.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" points=\"");
            for (DecayPoint p : s.decay().points()) {
                h.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + p.timeS() / Decay.JULIAN_YEAR_S / yearsTop * plotW,
                        10 + plotH - p.perigeeAltitudeM() / 1000 / maxKm * plotH));
            }
            h.append("\"><title>").append(esc(s.activity().name())).append(": ").append(lifetimeText(s)).append("</title></polyline>\n");
            if (life.eccentricity() > 1e-3) {
                h.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-dasharray=\"3 2\" points=\"");
                for (DecayPoint p : s.decay().points()) {
                    h.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + p.timeS() / Decay.JULIAN_YEAR_S / yearsTop * plotW,
                            10 + plotH - p.apogeeAltitudeM() / 1000 / maxKm * plotH));
                }
                h.append("\"/>\n");
            }
        }
        h.append("</svg>\n<p class=\"note\">Perigee altitude over the years (apogee dashed for an eccentric orbit): ");
        c = 0;
        for (ScenarioLifetime s : life.scenarios()) {
            h.append(c > 0 ? "; " : "").append("<span style=\"color:").append(SCENARIO_COLORS[c++ % SCENARIO_COLORS.length]).append("\">")
                    .append(esc(s.activity().name())).append("</span> (F10.7 ").append(f(s.activity().f107Sfu(), 0))
                    .append(", Ap ").append(f(s.activity().ap(), 0)).append(")");
        }
        h.append(". The dotted line is the re-entry altitude. NRLMSISE-00 averaged over the orbit, local times and seasons, "
                + "activity held constant (ECSS-E-ST-10-04C levels).</p>\n");
        h.append("<table><tr><th>solar activity</th><th>lifetime</th><th>mean density (kg/m3)</th><th>station-keeping (m/s per year)</th>"
                + "<th>25-year rule</th><th>5-year rule</th></tr>\n");
        for (ScenarioLifetime s : life.scenarios()) {
            h.append(row(esc(s.activity().name()), lifetimeText(s), String.format(Locale.ROOT, "%.2e", s.meanDensityKgPerM3()),
                    f(s.stationKeepingDeltaVMPerSPerYear(), 2), rule(s.rule25Years()), rule(s.rule5Years())));
        }
        h.append("</table>\n<p class=\"note\">A rule that is not met is met by one burn at apogee lowering the perigee to the altitude shown. "
                + "Deorbit (perigee to ").append(f(Lifetimes.DEORBIT_PERIGEE_M / 1000, 0)).append(" km): ")
                .append(f(life.deorbitDeltaVMPerS(), 1)).append(" m/s. Ballistic coefficient Cd·A/m ")
                .append(String.format(Locale.ROOT, "%.4f", life.ballisticCoefficientM2PerKg())).append(" m2/kg.</p>\n");
    }

    /** Histogram of the gaps between consecutive accesses of each target, all targets pooled, in hours. */
    private static void revisitHistogram(StringBuilder h, MissionPlan plan) {
        java.util.List<Double> gaps = new java.util.ArrayList<>();
        for (Target t : plan.mission().targets()) {
            Access previous = null;
            for (Access a : plan.accesses().accesses()) {
                if (a.target().equals(t)) {
                    if (previous != null) {
                        gaps.add(a.start().durationFrom(previous.end()) / 3600);
                    }
                    previous = a;
                }
            }
        }
        if (gaps.isEmpty()) {
            h.append("<p class=\"note\">No target was seen twice: no revisit histogram.</p>\n");
            return;
        }
        double max = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double bin = niceStep(Math.max(max, 1)) / 2;
        int bins = (int) Math.floor(max / bin) + 1;
        int[] counts = new int[bins];
        for (double g : gaps) {
            counts[Math.min(bins - 1, (int) Math.floor(g / bin))]++;
        }
        int top = java.util.Arrays.stream(counts).max().orElse(1);
        int height = 150;
        double barW = (W - 80.0) / bins;
        h.append("<svg width=\"").append(W).append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        h.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"14\" font-size=\"11\">%d</text>%n", top));
        for (int i = 0; i < bins; i++) {
            double bh = (double) counts[i] / top * (height - 40);
            double px = 50 + i * barW;
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1a8a3a\">"
                    + "<title>%s to %s h: %d</title></rect><text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#666\">%s</text>%n",
                    px, height - 20 - bh, Math.max(1, barW - 2), bh, f(i * bin, 1), f((i + 1) * bin, 1), counts[i], px, height - 6, f(i * bin, 1)));
        }
        h.append("</svg>\n<p class=\"note\">Revisit histogram: gaps between consecutive accesses of a target (hours), all targets pooled ("
                + gaps.size() + " gaps).</p>\n");
    }

    private static String rule(Disposal d) {
        return d.compliant() ? "met" : "not met: " + f(d.deltaVMPerS(), 1) + " m/s to a " + f(d.targetPerigeeAltitudeM() / 1000, 0) + " km perigee";
    }

    /** @return a round tick spacing giving 4 to 10 ticks over a span */
    static double niceStep(double span) {
        double raw = span / 6;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** @return the box [lonMin, lonMax, latMin, latMax] (deg) round the targets and regions with a margin, or null without any */
    static double[] detailBox(MissionPlan plan) {
        double lonMin = Double.POSITIVE_INFINITY;
        double lonMax = Double.NEGATIVE_INFINITY;
        double latMin = Double.POSITIVE_INFINITY;
        double latMax = Double.NEGATIVE_INFINITY;
        List<double[]> points = new java.util.ArrayList<>();
        for (Target t : plan.mission().targets()) {
            points.add(new double[] {wrap(Math.toDegrees(t.longitudeRad())), Math.toDegrees(t.latitudeRad())});
        }
        for (RegionCoverage c : plan.coverage()) {
            points.addAll(PlanGeometry.ring(c));
        }
        if (points.isEmpty()) {
            return null;
        }
        for (double[] p : points) {
            lonMin = Math.min(lonMin, p[0]);
            lonMax = Math.max(lonMax, p[0]);
            latMin = Math.min(latMin, p[1]);
            latMax = Math.max(latMax, p[1]);
        }
        // a 2:1 box, at least 20 deg wide, 3 deg of margin
        double lonC = (lonMin + lonMax) / 2;
        double latC = (latMin + latMax) / 2;
        double width = Math.max(20, Math.max(lonMax - lonMin, 2 * (latMax - latMin)) + 6);
        width = Math.min(width, 360);
        latC = Math.max(-90 + width / 4, Math.min(90 - width / 4, latC));
        return new double[] {lonC - width / 2, lonC + width / 2, latC - width / 4, latC + width / 4};
    }

    private static double wrap(double lonDeg) {
        return ((lonDeg + 180) % 360 + 360) % 360 - 180;
    }

    /** An equirectangular view of a lon-lat box onto a W x W/2 picture. */
    private static final class View {
        final double lon0;
        final double lon1;
        final double lat0;
        final double lat1;

        View(double[] box) {
            lon0 = box[0];
            lon1 = box[1];
            lat0 = box[2];
            lat1 = box[3];
        }

        double x(double lonDeg) {
            double lon = lonDeg;
            // bring the longitude next to the box (the box may run past 180)
            while (lon < lon0 - 180) {
                lon += 360;
            }
            while (lon > lon0 + 180) {
                lon -= 360;
            }
            if (lon0 <= -180 && lon1 >= 180) {
                lon = wrap(lonDeg);
            }
            return (lon - lon0) / (lon1 - lon0) * W;
        }

        double y(double latDeg) {
            return (lat1 - latDeg) / (lat1 - lat0) * (W / 2.0);
        }
    }

    private static void polyline(StringBuilder h, View v, List<double[]> part, String style) {
        h.append("<polyline fill=\"none\" ").append(style).append(" points=\"");
        double previous = Double.NaN;
        for (double[] p : part) {
            double px = v.x(p[0]);
            if (!Double.isNaN(previous) && Math.abs(px - previous) > W / 2.0) {
                // wrapped across the picture: start a new line
                h.append("\"/>\n<polyline fill=\"none\" ").append(style).append(" points=\"");
            }
            decimal(h, px).append(',');
            decimal(h, v.y(p[1])).append(' ');
            previous = px;
        }
        h.append("\"/>\n");
    }

    private static void map(StringBuilder h, MissionPlan plan, List<List<double[]>> track, PlanGeometry geometry, double[] box,
                            boolean detail) {
        View v = new View(box);
        int height = W / 2;
        h.append("<svg width=\"").append(W).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(W).append(' ')
                .append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"100%\" height=\"100%\" fill=\"#e8f0f6\"/>\n");
        double grid = detail ? niceStep(box[1] - box[0]) : 30;
        for (double lon = Math.ceil(box[0] / grid) * grid; lon <= box[1]; lon += grid) {
            double px = (lon - box[0]) / (box[1] - box[0]) * W;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c8d4de\"/>", px, px, height));
            if (detail) {
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#789\">%s</text>", px + 2, height - 3,
                        f(wrap(lon), 0)));
            }
        }
        for (double lat = Math.ceil(box[2] / grid) * grid; lat <= box[3]; lat += grid) {
            double py = v.y(lat);
            h.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c8d4de\"/>", py, W, py));
            if (detail) {
                h.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%.1f\" font-size=\"10\" fill=\"#789\">%s</text>", py - 2, f(lat, 0)));
            }
        }
        h.append('\n');
        // regions under everything else
        for (RegionCoverage c : plan.coverage()) {
            h.append("<polygon fill=\"#c83ca0\" fill-opacity=\"0.08\" stroke=\"#c83ca0\" stroke-width=\"1.5\" points=\"");
            for (double[] p : PlanGeometry.ring(c)) {
                h.append(String.format(Locale.ROOT, "%.1f,%.1f ", v.x(p[0]), v.y(p[1])));
            }
            h.append("\"><title>").append(esc(c.region().name())).append(": ").append(f(100 * c.coveredFraction(), 1))
                    .append(" % covered</title></polygon>\n");
            if (detail) {
                int most = c.points().stream().mapToInt(PointCoverage::accessCount).max().orElse(0);
                double r = Math.max(1.5, Math.min(5, 0.3 * (v.x(box[0] + Math.toDegrees(c.region().gridStepRad())) - v.x(box[0]))));
                for (PointCoverage p : c.points()) {
                    double lon = Math.toDegrees(p.point().longitudeRad());
                    double lat = Math.toDegrees(p.point().latitudeRad());
                    String color = p.accessCount() == 0 ? "#999" : shade(p.accessCount(), most);
                    h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%.1f, %.1f: %d accesses%s</title></circle>",
                            v.x(lon), v.y(lat), r, color, lat, lon, p.accessCount(),
                            p.accessCount() >= 2 ? ", max gap " + f(p.maxGapS() / 3600, 1) + " h" : ""));
                }
                h.append('\n');
            }
        }
        for (List<double[]> part : geometry.firstDayEdges) {
            polyline(h, v, part, "stroke=\"#e8a000\" stroke-width=\"0.8\" stroke-opacity=\"0.8\"");
        }
        List<String> colors = geometry.trackColors != null && geometry.trackColors.size() == track.size() ? geometry.trackColors : null;
        for (int i = 0; i < track.size(); i++) {
            polyline(h, v, track.get(i), "stroke=\"" + (colors == null ? "#d05a00" : colors.get(i)) + "\" stroke-width=\"1\" stroke-opacity=\"0.7\"");
        }
        for (PlanGeometry.AccessFootprint fp : geometry.footprints) {
            h.append("<polygon fill=\"#0b6b2a\" fill-opacity=\"0.6\" stroke=\"#0b6b2a\" stroke-width=\"0.5\" points=\"");
            for (double[] p : fp.ring()) {
                h.append(String.format(Locale.ROOT, "%.1f,%.1f ", v.x(p[0]), v.y(p[1])));
            }
            h.append("\"><title>").append(esc(fp.access().target().name())).append(' ').append(Times.iso(fp.access().start()))
                    .append("</title></polygon>\n");
        }
        for (GroundStation s : plan.mission().stations()) {
            double px = v.x(Math.toDegrees(s.longitudeRad()));
            double py = v.y(Math.toDegrees(s.latitudeRad()));
            h.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"#1b5fbf\"><title>%s</title></polygon>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#1b5fbf\">%s</text>%n",
                    px, py - 6, px - 5, py + 4, px + 5, py + 4, esc(s.name()), px + 7, py + 4, esc(s.name())));
        }
        for (Target t : plan.mission().targets()) {
            double px = v.x(Math.toDegrees(t.longitudeRad()));
            double py = v.y(Math.toDegrees(t.latitudeRad()));
            h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1a8a3a\"><title>%s</title></circle>", px, py, esc(t.name())));
            if (detail) {
                h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#1a8a3a\">%s</text>", px + 6, py + 4, esc(t.name())));
            }
            h.append('\n');
        }
        if (plan.ascent() != null) {
            double px = v.x(plan.ascent().site().longitudeDeg());
            double py = v.y(plan.ascent().site().latitudeDeg());
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"#8a1a8a\"><title>%s</title></rect>%n",
                    px - 4, py - 4, esc(plan.ascent().site().name())));
        }
        h.append("</svg>\n");
    }

    /** Appends a number with one decimal, without String.format (the maps have tens of thousands of points). */
    private static StringBuilder decimal(StringBuilder h, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            h.append('-');
            tenths = -tenths;
        }
        return h.append(tenths / 10).append('.').append(tenths % 10);
    }

    /** @return a magenta from light (1 access) to dark (the most) */
    private static String shade(int count, int most) {
        double f = most <= 1 ? 1 : (count - 1) / (double) (most - 1);
        int r = (int) Math.round(240 - f * (240 - 120));
        int g = (int) Math.round(180 - f * (180 - 10));
        int b = (int) Math.round(225 - f * (225 - 100));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** The cumulative coverage of each region over time, and its figures. */
    private static void coverage(StringBuilder h, MissionPlan plan) {
        if (plan.coverage().isEmpty()) {
            return;
        }
        h.append("<h2>Region coverage</h2>\n<table><tr><th>region</th><th>grid points</th><th>covered</th><th>first coverage</th>"
                + "<th>full coverage</th><th>mean revisit (h)</th><th>max revisit (h)</th></tr>\n");
        for (RegionCoverage c : plan.coverage()) {
            h.append(row(esc(c.region().name()), c.points().size() + " (" + f(Math.toDegrees(c.region().gridStepRad()), 2) + " deg)",
                    f(100 * c.coveredFraction(), 1) + " %", hours(c.timeToFirstS()), hours(c.timeToFullS()),
                    f(c.meanRevisitS() / 3600, 1), f(c.maxRevisitS() / 3600, 1)));
        }
        h.append("</table>\n");
        int height = 200;
        int left = 50;
        double span = plan.trajectory().durationS();
        double plotW = W - left - 20;
        double plotH = height - 30;
        h.append("<svg width=\"").append(W).append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            double py = 10 + plotH - pct / 100.0 * plotH;
            h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
                    + "<text x=\"4\" y=\"%.1f\" font-size=\"10\" fill=\"#666\">%d %%</text>%n", left, py, left + plotW, py, py + 4, pct));
        }
        double tick = Math.max(3600, niceStep(span / 3600) * 3600);
        for (double t = 0; t <= span + 1; t += tick) {
            double px = left + t / span * plotW;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#666\">+%.0f h</text>%n", px, px, 10 + plotH, px + 2, height - 6, t / 3600));
        }
        int k = 0;
        for (RegionCoverage c : plan.coverage()) {
            String color = SCENARIO_COLORS[(k++ + 3) % SCENARIO_COLORS.length];
            h.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" points=\"");
            double fraction = 0;
            h.append(String.format(Locale.ROOT, "%.1f,%.1f ", (double) left, 10 + plotH));
            for (RegionCoverage.Step st : c.curve()) {
                double px = left + st.timeS() / span * plotW;
                h.append(String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f ", px, 10 + plotH - fraction * plotH, px, 10 + plotH - st.fraction() * plotH));
                fraction = st.fraction();
            }
            h.append(String.format(Locale.ROOT, "%.1f,%.1f", left + plotW, 10 + plotH - fraction * plotH));
            h.append("\"><title>").append(esc(c.region().name())).append("</title></polyline>\n");
        }
        h.append("</svg>\n<p class=\"note\">Share of each region's area seen at least once, over the span (grid points weighted by "
                + "cos latitude; the same sensor limits as the targets). Per-point figures: coverage.csv and coverage.geojson.</p>\n");
    }

    private static String hours(double seconds) {
        return Double.isFinite(seconds) ? "+" + f(seconds / 3600, 1) + " h" : "not reached";
    }

    private static void timelines(StringBuilder h, MissionPlan plan) {
        AbsoluteDate start = plan.trajectory().start();
        double span = plan.trajectory().durationS();
        int label = 150;
        int rowH = 18;
        int rows = plan.mission().stations().size() + 2 + plan.mission().targets().size();
        int height = rows * rowH + 24;
        double scale = (W - label - 10) / span;
        h.append("<svg width=\"").append(W).append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        double tickS = span <= 2 * 86_400 ? 6 * 3600 : span <= 8 * 86_400 ? 86_400 : niceStep(span / 86_400) * 86_400;
        for (double t = 0; t <= span + 1; t += tickS) {
            double px = label + t * scale;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" fill=\"#666\">+%.0f h</text>%n", px, px, height - 14, px + 2, height - 3, t / 3600));
        }
        int r = 0;
        for (GroundStation s : plan.mission().stations()) {
            rowLabel(h, r, rowH, "contact " + s.name());
            for (Contact c : plan.contacts().of(s)) {
                bar(h, label, scale, start, c.aos(), c.los(), r, rowH, "#1b5fbf", s.name() + " " + Times.iso(c.aos()) + " "
                        + f(c.durationS(), 0) + " s, max " + f(Math.toDegrees(c.maxElevationRad()), 1) + " deg");
            }
            r++;
        }
        rowLabel(h, r, rowH, "penumbra");
        for (EclipseInterval i : plan.eclipses().intervals()) {
            if (!i.umbra()) {
                bar(h, label, scale, start, i.start(), i.end(), r, rowH, "#999", "penumbra " + Times.iso(i.start()) + " " + f(i.durationS(), 0) + " s");
            }
        }
        r++;
        rowLabel(h, r, rowH, "umbra");
        for (EclipseInterval i : plan.eclipses().intervals()) {
            if (i.umbra()) {
                bar(h, label, scale, start, i.start(), i.end(), r, rowH, "#333", "umbra " + Times.iso(i.start()) + " " + f(i.durationS(), 0) + " s");
            }
        }
        r++;
        for (Target t : plan.mission().targets()) {
            rowLabel(h, r, rowH, "access " + t.name());
            for (Access a : plan.accesses().accesses()) {
                if (a.target().equals(t)) {
                    // accesses last about a minute: draw at least 2 px so they show
                    bar(h, label, scale, start, a.start(), a.end(), r, rowH, "#1a8a3a", t.name() + " " + Times.iso(a.start()) + " "
                            + f(a.durationS(), 0) + " s");
                }
            }
            r++;
        }
        h.append("</svg>\n");
    }

    private static void rowLabel(StringBuilder h, int r, int rowH, String text) {
        h.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\">%s</text>%n", r * rowH + 13, esc(text)));
    }

    private static void bar(StringBuilder h, int label, double scale, AbsoluteDate start, AbsoluteDate a, AbsoluteDate b, int r, int rowH,
                            String color, String title) {
        double x0 = label + a.durationFrom(start) * scale;
        double w = Math.max(2, b.durationFrom(a) * scale);
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
                x0, r * rowH + 3, w, rowH - 6, color, esc(title)));
    }

    private static void beta(StringBuilder h, MissionPlan plan) {
        List<BetaSample> beta = plan.eclipses().beta();
        if (beta.isEmpty()) {
            return;
        }
        int height = 160;
        AbsoluteDate start = plan.trajectory().start();
        double span = plan.trajectory().durationS();
        double min = beta.stream().mapToDouble(b -> Math.toDegrees(b.betaRad())).min().orElse(0);
        double max = beta.stream().mapToDouble(b -> Math.toDegrees(b.betaRad())).max().orElse(0);
        double lo = Math.floor(Math.min(min, 0) / 10) * 10 - 10;
        double hi = Math.ceil(Math.max(max, 0) / 10) * 10 + 10;
        h.append("<svg width=\"").append(W).append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        double y0 = height - 10 - (0 - lo) / (hi - lo) * (height - 20);
        h.append(String.format(Locale.ROOT, "<line x1=\"50\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bbb\"/>", y0, W, y0));
        h.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"14\" font-size=\"11\">%.0f deg</text><text x=\"4\" y=\"%d\" font-size=\"11\">%.0f deg</text>%n",
                hi, height - 4, lo));
        h.append("<polyline fill=\"none\" stroke=\"#b8860b\" stroke-width=\"1.5\" points=\"");
        for (BetaSample b : beta) {
            double px = 50 + b.date().durationFrom(start) / span * (W - 60);
            double py = height - 10 - (Math.toDegrees(b.betaRad()) - lo) / (hi - lo) * (height - 20);
            h.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
        }
        h.append("\"/>\n</svg>\n<p class=\"note\">Beta angle from ").append(f(min, 2)).append(" to ").append(f(max, 2))
                .append(" deg over the span.</p>\n");
    }

    private static void perOrbit(StringBuilder h, MissionPlan plan) {
        List<OrbitEclipse> orbits = plan.eclipses().orbits();
        if (orbits.isEmpty()) {
            return;
        }
        int height = 140;
        double barW = (W - 60.0) / orbits.size();
        double maxS = orbits.stream().mapToDouble(OrbitEclipse::penumbraS).max().orElse(1);
        maxS = Math.max(maxS, 60);
        h.append("<svg width=\"").append(W).append("\" height=\"").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        h.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"14\" font-size=\"11\">%.0f min</text>%n", maxS / 60));
        for (int i = 0; i < orbits.size(); i++) {
            OrbitEclipse o = orbits.get(i);
            double hu = o.umbraS() / maxS * (height - 20);
            double hp = o.penumbraS() / maxS * (height - 20);
            double px = 50 + i * barW;
            h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#999\"/>"
                    + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#333\"><title>orbit %d: umbra %.0f s (%.1f %%)</title></rect>%n",
                    px, height - 10 - hp, Math.max(1, barW - 1), hp, px, height - 10 - hu, Math.max(1, barW - 1), hu,
                    o.number(), o.umbraS(), 100 * o.umbraFraction()));
        }
        h.append("</svg>\n<p class=\"note\">Shadow per orbit (ascending node to ascending node): dark umbra, grey penumbra.</p>\n");
    }

    private static String row(String... cells) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append("<td>").append(c).append("</td>");
        }
        return sb.append("</tr>\n").toString();
    }

    private static String f(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
