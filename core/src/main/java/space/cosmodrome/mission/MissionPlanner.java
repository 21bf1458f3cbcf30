package space.cosmodrome.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.orekit.orbits.Orbit;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.AccessReport;
import space.cosmodrome.access.Accesses;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.contact.ContactReport;
import space.cosmodrome.contact.Contacts;
import space.cosmodrome.coverage.Coverage;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.data.OrekitData;
import space.cosmodrome.eclipse.EclipseReport;
import space.cosmodrome.eclipse.Eclipses;
import space.cosmodrome.eclipse.OrbitEclipse;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.lifetime.LifetimeReport;
import space.cosmodrome.lifetime.Lifetimes;
import space.cosmodrome.lifetime.ScenarioLifetime;
import space.cosmodrome.lifetime.SolarActivity;
import space.cosmodrome.orbit.EarthFixedTrack;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.Trajectory;

/** Runs a mission plan: launch, propagation, contacts, eclipses, accesses, budgets, lifetime. */
public final class MissionPlanner {
    private MissionPlanner() {
    }

    /**
     * @param mission the mission
     * @param progress receives one line per stage (for standard error)
     * @return the plan
     */
    public static MissionPlan plan(Mission mission, Consumer<String> progress) {
        OrekitData.context();
        List<String> warnings = new ArrayList<>();
        AscentResult ascent = null;
        OrbitSpec spec = mission.orbit();
        if (mission.launch() != null) {
            LaunchPlan l = mission.launch();
            progress.accept("flying " + l.vehicle().name() + " from " + l.site().name() + " with "
                    + Math.round(mission.spacecraft().massKg()) + " kg");
            ascent = PayloadCapacity.fly(l.vehicle(), l.site(), l.target(), mission.spacecraft().massKg());
            if (!ascent.reachesOrbit()) {
                throw CosmodromeException.unreachable("orbit.launch.target",
                        String.format(Locale.ROOT, "%s from %s carries at most %.0f kg there, the satellite has %.0f kg",
                                l.vehicle().id(), l.site().id(), ascent.capacityKg(), mission.spacecraft().massKg()),
                        java.util.Map.of("capacityKg", Math.round(ascent.capacityKg())));
            }
            warnings.addAll(ascent.warnings());
            spec = new OrbitSpec.FromLaunch(ascent, l.liftoff());
        }
        Orbit orbit = spec.initialOrbit();
        AbsoluteDate start = mission.analysis().start() != null ? mission.analysis().start() : orbit.getDate();
        AbsoluteDate end = start.shiftedBy(mission.analysis().durationS());
        progress.accept("propagating " + mission.propagation().id() + " over "
                + String.format(Locale.ROOT, "%.2f", mission.analysis().durationS() / 86_400) + " days");
        double[] reported = {0};
        if (start.durationFrom(orbit.getDate()) < -1e-3) {
            throw CosmodromeException.badValue("analysis.startUtc", start, "allowed: at or after the orbit epoch " + orbit.getDate());
        }
        Propagator propagator = mission.propagation() == PropagationModel.SGP4
                ? PropagationModel.build(((OrbitSpec.FromTle) spec).tle(), mission.spacecraft().massKg())
                : mission.propagation().build(orbit, mission.spacecraft(), mission.gravity().degree(), mission.gravity().order());
        Trajectory trajectory = Trajectory.propagate(propagator, mission.propagation(), start, end,
                mission.analysis().stepS(), f -> {
                    if (f - reported[0] >= 0.25) {
                        reported[0] = f;
                        progress.accept(String.format(Locale.ROOT, "  propagated %.0f %%", 100 * f));
                    }
                });
        // the satellite and the Sun in ITRF every 10 s, read once by contacts, accesses and coverage
        EarthFixedTrack track = EarthFixedTrack.sample(trajectory, EarthFixedTrack.DEFAULT_STEP_S);
        progress.accept("contacts with " + mission.stations().size() + " ground stations");
        ContactReport contacts = Contacts.find(track, mission.stations());
        progress.accept("eclipses and beta angle");
        EclipseReport eclipses = Eclipses.find(trajectory);
        progress.accept("access to " + mission.targets().size() + " targets");
        AccessReport accesses = Accesses.find(track, mission.targets(), mission.sensor());
        List<RegionCoverage> coverage = List.of();
        if (!mission.regions().isEmpty()) {
            progress.accept("coverage of " + mission.regions().size() + " region(s), "
                    + mission.regions().stream().mapToInt(r -> r.gridPoints().size()).sum() + " grid points");
            coverage = Coverage.find(track, mission.regions(), mission.sensor());
        }
        Budgets budgets = new Budgets(power(mission.power(), eclipses), data(mission.data(), trajectory, contacts, accesses));
        if (budgets.power() != null && !budgets.power().positive()) {
            warnings.add("the power budget is negative in at least one orbit");
        }
        progress.accept("orbit lifetime under low, nominal and high solar activity");
        LifetimeReport lifetime = Lifetimes.analyse(orbit, mission.spacecraft(), SolarActivity.SCENARIOS);
        for (ScenarioLifetime s : lifetime.scenarios()) {
            if (!s.rule25Years().compliant()) {
                warnings.add(String.format(Locale.ROOT, "under %s solar activity the orbit outlives the 25-year rule "
                        + "(%s); lowering the perigee to %.0f km takes %.1f m/s", s.activity().name(),
                        s.decay().reentered() ? String.format(Locale.ROOT, "%.1f years", s.decay().durationYears())
                                : String.format(Locale.ROOT, "more than %.0f years", s.decay().durationYears()),
                        s.rule25Years().targetPerigeeAltitudeM() / 1000, s.rule25Years().deltaVMPerS()));
            }
        }
        return new MissionPlan(mission, ascent, spec, orbit, trajectory, contacts, eclipses, accesses, coverage, budgets, lifetime,
                List.copyOf(warnings));
    }

    static Budgets.PowerBudget power(Power power, EclipseReport eclipses) {
        if (power == null || eclipses.orbits().isEmpty()) {
            return null;
        }
        double in = 0;
        double used = 0;
        double worst = Double.POSITIVE_INFINITY;
        double dod = 0;
        for (OrbitEclipse o : eclipses.orbits()) {
            double e = power.arrayPowerW() * o.sunlitS() / 3600;
            double u = power.consumptionW() * o.periodS() / 3600;
            in += e;
            used += u;
            worst = Math.min(worst, e - u);
            dod = Math.max(dod, power.consumptionW() * o.penumbraS() / 3600 / power.batteryWh());
        }
        int n = eclipses.orbits().size();
        return new Budgets.PowerBudget(in / n, used / n, worst, dod, n);
    }

    static Budgets.DataBudget data(DataRates rates, Trajectory trajectory, ContactReport contacts, AccessReport accesses) {
        if (rates == null) {
            return null;
        }
        double days = trajectory.durationS() / 86_400;
        // overlapping contacts (two stations at once) and overlapping accesses count once
        double contactS = union(contacts.contacts().stream().map(c -> new AbsoluteDate[] {c.aos(), c.los()}).toList());
        double accessS = union(accesses.accesses().stream().map(a -> new AbsoluteDate[] {a.start(), a.end()}).toList());
        return new Budgets.DataBudget(accessS * rates.collectMbitPerS() / days, contactS * rates.downlinkMbitPerS() / days);
    }

    /** @return the length of the union of intervals (s) */
    static double union(List<AbsoluteDate[]> intervals) {
        List<AbsoluteDate[]> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> a[0].compareTo(b[0]));
        double total = 0;
        AbsoluteDate start = null;
        AbsoluteDate end = null;
        for (AbsoluteDate[] i : sorted) {
            if (end == null || i[0].compareTo(end) > 0) {
                if (end != null) {
                    total += end.durationFrom(start);
                }
                start = i[0];
                end = i[1];
            } else if (i[1].compareTo(end) > 0) {
                end = i[1];
            }
        }
        if (end != null) {
            total += end.durationFrom(start);
        }
        return total;
    }
}
