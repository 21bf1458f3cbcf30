package space.cosmodrome.mission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.orekit.orbits.Orbit;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.AccessReport;
import space.cosmodrome.access.Accesses;
import space.cosmodrome.access.Revisit;
import space.cosmodrome.access.Target;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.constellation.Unions;
import space.cosmodrome.contact.Contact;
import space.cosmodrome.contact.ContactReport;
import space.cosmodrome.contact.Contacts;
import space.cosmodrome.coverage.Coverage;
import space.cosmodrome.coverage.Region;
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
import space.cosmodrome.orbit.ConditionIntervals;
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
        if (mission.orbit() instanceof OrbitSpec.Walker walker) {
            return constellation(mission, walker, progress);
        }
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
        Analysed a = analyse(mission, spec, orbit, progress, "");
        progress.accept("orbit lifetime under low, nominal and high solar activity");
        LifetimeReport lifetime = Lifetimes.analyse(orbit, mission.spacecraft(), SolarActivity.SCENARIOS);
        warnings.addAll(a.warnings);
        warnings.addAll(lifetimeWarnings(lifetime));
        return new MissionPlan(mission, ascent, spec, orbit, a.trajectory, a.contacts, a.eclipses, a.accesses, a.coverage(), a.budgets,
                lifetime, List.copyOf(warnings));
    }

    /** One satellite's analyses, and its coverage intervals per region and grid point (for a constellation's union). */
    private record Analysed(Trajectory trajectory, ContactReport contacts, EclipseReport eclipses, AccessReport accesses,
                            List<List<List<ConditionIntervals.Interval>>> coverageIntervals, Budgets budgets, List<String> warnings,
                            List<Region> regions) {
        List<RegionCoverage> coverage() {
            List<RegionCoverage> out = new ArrayList<>();
            for (int r = 0; r < regions.size(); r++) {
                out.add(Coverage.fromIntervals(regions.get(r), coverageIntervals.get(r)));
            }
            return List.copyOf(out);
        }
    }

    /** Propagates one satellite and runs its analyses; {@code who} prefixes the progress lines ("" for one satellite). */
    private static Analysed analyse(Mission mission, OrbitSpec spec, Orbit orbit, Consumer<String> progress, String who) {
        List<String> warnings = new ArrayList<>();
        AbsoluteDate start = mission.analysis().start() != null ? mission.analysis().start() : orbit.getDate();
        AbsoluteDate end = start.shiftedBy(mission.analysis().durationS());
        progress.accept(who + "propagating " + mission.propagation().id() + " over "
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
                        progress.accept(String.format(Locale.ROOT, "  %spropagated %.0f %%", who, 100 * f));
                    }
                });
        // the satellite and the Sun in ITRF every 10 s, read once by contacts, accesses and coverage
        EarthFixedTrack track = EarthFixedTrack.sample(trajectory, EarthFixedTrack.DEFAULT_STEP_S);
        progress.accept(who + "contacts with " + mission.stations().size() + " ground stations");
        ContactReport contacts = Contacts.find(track, mission.stations());
        progress.accept(who + "eclipses and beta angle");
        EclipseReport eclipses = Eclipses.find(trajectory);
        progress.accept(who + "access to " + mission.targets().size() + " targets");
        AccessReport accesses = Accesses.find(track, mission.targets(), mission.sensor());
        List<List<List<ConditionIntervals.Interval>>> coverage = new ArrayList<>();
        if (!mission.regions().isEmpty()) {
            progress.accept(who + "coverage of " + mission.regions().size() + " region(s), "
                    + mission.regions().stream().mapToInt(r -> r.gridPoints().size()).sum() + " grid points");
            for (Region r : mission.regions()) {
                coverage.add(Coverage.intervals(track, r, mission.sensor()));
            }
        }
        Budgets budgets = new Budgets(power(mission.power(), eclipses), data(mission.data(), trajectory, contacts, accesses));
        if (budgets.power() != null && !budgets.power().positive()) {
            warnings.add(who + "the power budget is negative in at least one orbit");
        }
        return new Analysed(trajectory, contacts, eclipses, accesses, coverage, budgets, warnings, mission.regions());
    }

    private static List<String> lifetimeWarnings(LifetimeReport lifetime) {
        List<String> warnings = new ArrayList<>();
        for (ScenarioLifetime s : lifetime.scenarios()) {
            if (!s.rule25Years().compliant()) {
                warnings.add(String.format(Locale.ROOT, "under %s solar activity the orbit outlives the 25-year rule "
                        + "(%s); lowering the perigee to %.0f km takes %.1f m/s", s.activity().name(),
                        s.decay().reentered() ? String.format(Locale.ROOT, "%.1f years", s.decay().durationYears())
                                : String.format(Locale.ROOT, "more than %.0f years", s.decay().durationYears()),
                        s.rule25Years().targetPerigeeAltitudeM() / 1000, s.rule25Years().deltaVMPerS()));
            }
        }
        return warnings;
    }

    /**
     * A Walker constellation: every satellite is propagated and analysed on its own; accesses and coverage are then
     * merged (a target is seen whenever any satellite sees it); the lifetime is computed once, from the first
     * satellite, since all fly the same mean altitude, inclination and ballistic coefficient.
     */
    private static MissionPlan constellation(Mission mission, OrbitSpec.Walker walker, Consumer<String> progress) {
        List<OrbitSpec.WalkerMember> members = walker.members();
        progress.accept(walker.describe());
        List<Orbit> orbits = new ArrayList<>();
        for (OrbitSpec.WalkerMember m : members) {
            orbits.add(m.initialOrbit());
        }
        // load the data every thread reads (Earth orientation, JPL ephemerides) once, here, rather than in parallel
        try {
            AbsoluteDate epoch = orbits.get(0).getDate();
            space.cosmodrome.orbit.Bodies.gcrf().getTransformTo(space.cosmodrome.orbit.Bodies.itrf(), epoch);
            space.cosmodrome.orbit.Bodies.sun().getPosition(epoch, space.cosmodrome.orbit.Bodies.gcrf());
            space.cosmodrome.orbit.Bodies.moon().getPosition(epoch, space.cosmodrome.orbit.Bodies.gcrf());
        } catch (org.orekit.errors.OrekitException e) {
            throw CosmodromeException.missingData("Earth orientation or JPL ephemerides at the epoch: " + e.getMessage(), e);
        }
        // the satellites are independent: analyse them on all cores (each task has its own propagator and ephemeris;
        // Orekit's frames and bodies are shared and thread-safe once the data are loaded)
        int threads = Math.max(1, Math.min(members.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cosmodrome-satellite");
            t.setDaemon(true);
            return t;
        });
        List<Analysed> analysed = new ArrayList<>();
        LifetimeReport lifetime;
        try {
            progress.accept("orbit lifetime under low, nominal and high solar activity (once: every satellite flies the same orbit shape)");
            Future<LifetimeReport> life = pool.submit(() -> Lifetimes.analyse(orbits.get(0), mission.spacecraft(), SolarActivity.SCENARIOS));
            List<Future<Analysed>> futures = new ArrayList<>();
            for (int k = 0; k < members.size(); k++) {
                OrbitSpec.WalkerMember m = members.get(k);
                Orbit orbit = orbits.get(k);
                String who = m.name() + " (" + (k + 1) + "/" + members.size() + "): ";
                futures.add(pool.submit(() -> analyse(mission, m, orbit, line -> {
                    synchronized (progress) {
                        progress.accept(line);
                    }
                }, who)));
            }
            for (Future<Analysed> f : futures) {
                analysed.add(f.get());
            }
            lifetime = life.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CosmodromeException.internal("interrupted while analysing the constellation", e);
        } catch (ExecutionException e) {
            // bad input, a cancelled job (the progress callback throws): as if thrown on this thread
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw CosmodromeException.internal("analysing the constellation", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<String> warnings = new ArrayList<>();
        List<MissionPlan> satellites = new ArrayList<>();
        List<ConstellationPlan.SatelliteContact> contacts = new ArrayList<>();
        List<ConstellationPlan.SatelliteAccess> accesses = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            Analysed a = analysed.get(k);
            String name = members.get(k).name();
            warnings.addAll(a.warnings);
            satellites.add(new MissionPlan(mission, null, members.get(k), orbits.get(k), a.trajectory, a.contacts, a.eclipses, a.accesses,
                    a.coverage(), a.budgets, lifetime, List.copyOf(a.warnings)));
            a.contacts.contacts().forEach(c -> contacts.add(new ConstellationPlan.SatelliteContact(name, c)));
            a.accesses.accesses().forEach(x -> accesses.add(new ConstellationPlan.SatelliteAccess(name, x)));
        }
        warnings.addAll(lifetimeWarnings(lifetime));
        contacts.sort(Comparator.comparing(c -> c.contact().aos()));
        accesses.sort(Comparator.comparing(x -> x.access().start()));
        Trajectory reference = analysed.get(0).trajectory;

        progress.accept("merging accesses and coverage of " + members.size() + " satellites");
        List<Access> merged = new ArrayList<>();
        List<Revisit> revisits = new ArrayList<>();
        List<Double> longest = new ArrayList<>();
        for (Target t : mission.targets()) {
            List<List<Access>> perSatellite = new ArrayList<>();
            for (Analysed a : analysed) {
                perSatellite.add(a.accesses.accesses().stream().filter(x -> x.target().equals(t)).toList());
            }
            List<Access> union = Unions.accesses(t, perSatellite);
            merged.addAll(union);
            revisits.add(Accesses.revisit(t, union, reference.start()));
            longest.add(Unions.longestWithoutAccessS(union, reference.start(), reference.end()));
        }
        merged.sort(Comparator.comparing(Access::start));
        List<RegionCoverage> coverage = new ArrayList<>();
        for (int r = 0; r < mission.regions().size(); r++) {
            List<List<ConditionIntervals.Interval>> perPoint = new ArrayList<>();
            for (int j = 0; j < mission.regions().get(r).gridPoints().size(); j++) {
                List<List<ConditionIntervals.Interval>> perSatellite = new ArrayList<>();
                for (Analysed a : analysed) {
                    perSatellite.add(a.coverageIntervals.get(r).get(j));
                }
                perPoint.add(Unions.intervals(perSatellite));
            }
            coverage.add(Coverage.fromIntervals(mission.regions().get(r), perPoint));
        }
        List<Contact> allContacts = contacts.stream().map(ConstellationPlan.SatelliteContact::contact).toList();
        ContactReport contactReport = new ContactReport(allContacts, Contacts.daily(allContacts, mission.stations()));
        ConstellationPlan constellation = new ConstellationPlan(walker, List.copyOf(satellites), List.copyOf(contacts),
                List.copyOf(accesses), List.copyOf(longest));
        Analysed first = analysed.get(0);
        return new MissionPlan(mission, null, walker, orbits.get(0), reference, contactReport, first.eclipses,
                new AccessReport(List.copyOf(merged), List.copyOf(revisits)), List.copyOf(coverage), first.budgets, lifetime,
                List.copyOf(warnings), constellation);
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

    /**
     * Data per day. Imaging happens only within accesses, which already require the target to be in reach and, for
     * an optical sensor, sunlit. Without {@code imagingSPerAccess} the whole union of access time is imaged (a
     * target in reach for two minutes gives two minutes of data); with it, each access gives one scene of that many
     * seconds (at most the access's length), never more in total than the union of access time (one sensor). The
     * downlink is the union of contact time at the downlink rate.
     */
    static Budgets.DataBudget data(DataRates rates, Trajectory trajectory, ContactReport contacts, AccessReport accesses) {
        if (rates == null) {
            return null;
        }
        double days = trajectory.durationS() / 86_400;
        // overlapping contacts (two stations at once) and overlapping accesses count once
        double contactS = Unions.lengthS(contacts.contacts().stream().map(c -> new AbsoluteDate[] {c.aos(), c.los()}).toList());
        double accessS = Unions.lengthS(accesses.accesses().stream().map(a -> new AbsoluteDate[] {a.start(), a.end()}).toList());
        double imagingS = accessS;
        if (rates.perScene()) {
            double scenes = accesses.accesses().stream().mapToDouble(a -> Math.min(a.durationS(), rates.imagingSPerAccess())).sum();
            imagingS = Math.min(scenes, accessS);
        }
        return new Budgets.DataBudget(imagingS * rates.collectMbitPerS() / days, contactS * rates.downlinkMbitPerS() / days,
                imagingS / days);
    }
}
