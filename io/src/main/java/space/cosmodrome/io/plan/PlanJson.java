package space.cosmodrome.io.plan;

import static space.cosmodrome.io.json.Json.object;
import static space.cosmodrome.io.json.Json.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.utils.Constants;

import space.cosmodrome.access.Access;
import space.cosmodrome.access.Revisit;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.contact.Contact;
import space.cosmodrome.contact.DailyContacts;
import space.cosmodrome.contact.GroundStation;
import space.cosmodrome.coverage.PointCoverage;
import space.cosmodrome.coverage.RegionCoverage;
import space.cosmodrome.eclipse.BetaSample;
import space.cosmodrome.eclipse.EclipseReport;
import space.cosmodrome.eclipse.OrbitEclipse;
import space.cosmodrome.lifetime.Decay;
import space.cosmodrome.lifetime.Disposal;
import space.cosmodrome.lifetime.LifetimeReport;
import space.cosmodrome.lifetime.Lifetimes;
import space.cosmodrome.lifetime.ScenarioLifetime;
import space.cosmodrome.mission.Budgets;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.mission.MissionPlan;
import space.cosmodrome.orbit.SolarTime;

/** The summary of a plan as ordered maps, with units in every field name; {@code summary.json} and {@code --json}. */
public final class PlanJson {
    private PlanJson() {
    }

    /** @return the summary of a plan */
    public static Map<String, Object> summary(MissionPlan plan) {
        if (plan.isConstellation()) {
            return ConstellationJson.summary(plan);
        }
        Mission m = plan.mission();
        return object(
                "mission", m.name(),
                "launch", plan.ascent() == null ? null : launch(plan),
                "orbit", orbit(plan),
                "analysis", object("startUtc", Times.iso(plan.trajectory().start()), "endUtc", Times.iso(plan.trajectory().end()),
                        "durationS", round(plan.trajectory().durationS(), 3), "stepS", m.analysis().stepS(),
                        "propagation", m.propagation().id()),
                "contacts", contacts(plan),
                "eclipses", eclipses(plan.eclipses()),
                "access", access(plan),
                "coverage", coverage(plan),
                "budgets", budgets(plan.budgets()),
                "lifetime", lifetime(plan),
                "warnings", plan.warnings());
    }

    private static Map<String, Object> launch(MissionPlan plan) {
        AscentResult r = plan.ascent();
        return object("site", r.site().id(), "vehicle", r.vehicle().id(),
                "liftoffUtc", Times.iso(m(plan).launch().liftoff()),
                "payloadKg", round(r.payloadKg(), 1), "capacityKg", round(r.capacityKg(), 1), "marginKg", round(r.marginKg(), 1),
                "launchAzimuthDeg", round(Math.toDegrees(r.approach().groundAzimuthRad()), 2),
                "dogLegDeg", round(Math.toDegrees(r.dogLegRad()), 2), "plan", r.plan(),
                "deliveredPerigeeKm", round(r.delivered().perigeeAltitudeM() / 1000, 2),
                "deliveredApogeeKm", round(r.delivered().apogeeAltitudeM() / 1000, 2),
                "deliveredInclinationDeg", round(Math.toDegrees(r.delivered().inclinationRad()), 3),
                "deliveryUtc", Times.iso(plan.initialOrbit().getDate()));
    }

    private static Mission m(MissionPlan plan) {
        return plan.mission();
    }

    static Map<String, Object> orbit(MissionPlan plan) {
        Orbit o = plan.initialOrbit();
        KeplerianOrbit k = new KeplerianOrbit(o);
        double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
        return object("description", plan.orbitSpec().describe(), "epochUtc", Times.iso(o.getDate()), "frame", "GCRF",
                "semiMajorAxisKm", round(k.getA() / 1000, 3), "eccentricity", round(k.getE(), 6),
                "perigeeAltitudeKm", round((k.getA() * (1 - k.getE()) - re) / 1000, 2),
                "apogeeAltitudeKm", round((k.getA() * (1 + k.getE()) - re) / 1000, 2),
                "inclinationDeg", round(Math.toDegrees(k.getI()), 4),
                "inclinationOfDateDeg", round(Math.toDegrees(inclinationOfDate(o)), 4),
                "raanDeg", round(Math.toDegrees(k.getRightAscensionOfAscendingNode()), 4),
                "ltan", ltan(o),
                "keplerianPeriodS", round(k.getKeplerianPeriod(), 2),
                "nodalPeriodS", round(plan.eclipses().meanNodalPeriodS(), 2));
    }

    /**
     * @return the inclination (rad) to the mean equator of date, the one an SSO's J2 drift and a launch's target refer
     *         to: GCRF's equator is J2000's, up to about 0.15 deg from today's by precession depending on the node, so
     *         the example's 97.40 deg SSO reads 97.29 deg in GCRF
     */
    static double inclinationOfDate(Orbit o) {
        var frame = SolarTime.nodeFrame();
        return new KeplerianOrbit(o.getPVCoordinates(frame), frame, o.getDate(), o.getMu()).getI();
    }

    /** @return local mean solar time of the ascending node, "HH:MM" (node in the mean equator and equinox of date) */
    static String ltan(Orbit o) {
        double hours = SolarTime.ltanHours(o);
        int minutes = (int) Math.round(hours * 60) % (24 * 60);
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    static Map<String, Object> contacts(MissionPlan plan) {
        List<Object> stations = new ArrayList<>();
        for (GroundStation s : plan.mission().stations()) {
            List<Contact> cs = plan.contacts().of(s);
            List<Object> days = new ArrayList<>();
            for (DailyContacts d : plan.contacts().daily()) {
                if (d.station().equals(s)) {
                    days.add(object("dayUtc", d.day().toString(), "count", d.count(), "totalDurationS", round(d.totalDurationS(), 1)));
                }
            }
            double total = cs.stream().mapToDouble(Contact::durationS).sum();
            stations.add(object("station", s.name(), "latitudeDeg", round(Math.toDegrees(s.latitudeRad()), 4),
                    "longitudeDeg", round(Math.toDegrees(s.longitudeRad()), 4), "minElevationDeg", round(Math.toDegrees(s.minElevationRad()), 2),
                    "elevationMaskDeg", mask(s),
                    "count", cs.size(), "totalDurationS", round(total, 1),
                    "meanDurationS", cs.isEmpty() ? null : round(total / cs.size(), 1),
                    "maxElevationDeg", cs.isEmpty() ? null : round(Math.toDegrees(cs.stream().mapToDouble(Contact::maxElevationRad).max().orElse(0)), 2),
                    "perDay", days));
        }
        List<Object> passes = new ArrayList<>();
        for (Contact c : plan.contacts().contacts()) {
            passes.add(object("station", c.station().name(), "aosUtc", Times.iso(c.aos()), "losUtc", Times.iso(c.los()),
                    "durationS", round(c.durationS(), 1), "maxElevationDeg", round(Math.toDegrees(c.maxElevationRad()), 2),
                    "culminationUtc", Times.iso(c.culmination()), "truncated", c.truncated()));
        }
        return object("count", plan.contacts().contacts().size(), "totalDurationS", round(plan.contacts().totalDurationS(), 1),
                "perDayMeanDurationS", round(plan.contacts().totalDurationS() / (plan.trajectory().durationS() / 86_400), 1),
                "stations", stations, "passes", passes);
    }

    /** @return the station's elevation mask as [azimuthDeg, elevationDeg] pairs, or null */
    private static List<double[]> mask(GroundStation s) {
        if (s.mask() == null) {
            return null;
        }
        List<double[]> pairs = new ArrayList<>();
        double[] az = s.mask().azimuthsRad();
        double[] el = s.mask().elevationsRad();
        for (int i = 0; i < az.length; i++) {
            pairs.add(new double[] {round(Math.toDegrees(az[i]), 3), round(Math.toDegrees(el[i]), 3)});
        }
        return pairs;
    }

    public static Map<String, Object> eclipses(EclipseReport r) {
        List<Object> orbits = new ArrayList<>();
        for (OrbitEclipse o : r.orbits()) {
            orbits.add(object("orbit", o.number(), "ascendingNodeUtc", Times.iso(o.start()), "periodS", round(o.periodS(), 2),
                    "umbraS", round(o.umbraS(), 1), "penumbraS", round(o.penumbraS(), 1), "umbraFraction", round(o.umbraFraction(), 4)));
        }
        List<Object> beta = new ArrayList<>();
        for (BetaSample b : r.beta()) {
            beta.add(object("timeUtc", Times.iso(b.date()), "betaDeg", round(Math.toDegrees(b.betaRad()), 3)));
        }
        return object("umbraFraction", round(r.umbraFraction(), 4), "penumbraFraction", round(r.penumbraFraction(), 4),
                "count", r.intervals().stream().filter(i -> i.umbra()).count(),
                "maxUmbraDurationS", round(r.maxUmbraS(), 1),
                "meanUmbraPerOrbitS", round(r.orbits().stream().mapToDouble(OrbitEclipse::umbraS).average().orElse(Double.NaN), 1),
                "betaMinDeg", round(Math.toDegrees(r.beta().stream().mapToDouble(BetaSample::betaRad).min().orElse(Double.NaN)), 3),
                "betaMaxDeg", round(Math.toDegrees(r.beta().stream().mapToDouble(BetaSample::betaRad).max().orElse(Double.NaN)), 3),
                "perOrbit", orbits, "beta", beta);
    }

    static Map<String, Object> access(MissionPlan plan) {
        List<Object> targets = new ArrayList<>();
        for (Revisit r : plan.accesses().revisits()) {
            targets.add(object("target", r.target().name(), "latitudeDeg", round(Math.toDegrees(r.target().latitudeRad()), 4),
                    "longitudeDeg", round(Math.toDegrees(r.target().longitudeRad()), 4),
                    "count", r.count(), "totalAccessS", round(r.totalAccessS(), 1),
                    "meanGapS", round(r.meanGapS(), 1), "maxGapS", round(r.maxGapS(), 1), "firstAccessUtc", Times.iso(r.firstAccess()),
                    "meanResponseS", round(r.meanResponseS(), 1), "maxResponseS", round(r.maxResponseS(), 1)));
        }
        List<Object> list = new ArrayList<>();
        for (Access a : plan.accesses().accesses()) {
            list.add(object("target", a.target().name(), "startUtc", Times.iso(a.start()), "endUtc", Times.iso(a.end()),
                    "durationS", round(a.durationS(), 1), "minOffNadirDeg", round(Math.toDegrees(a.minOffNadirRad()), 2),
                    "truncated", a.truncated()));
        }
        return object("maxOffNadirDeg", round(Math.toDegrees(plan.mission().sensor().maxOffNadirRad()), 2),
                "minSunElevationDeg", plan.mission().sensor().needsSun() ? round(Math.toDegrees(plan.mission().sensor().minSunElevationRad()), 2) : null,
                "count", plan.accesses().accesses().size(), "targets", targets, "accesses", list);
    }

    /** The coverage section: one entry per region; the per-point figures are in coverage.csv. */
    static List<Object> coverage(MissionPlan plan) {
        List<Object> regions = new ArrayList<>();
        for (RegionCoverage c : plan.coverage()) {
            List<Object> curve = new ArrayList<>();
            for (RegionCoverage.Step s : c.curve()) {
                curve.add(object("timeS", round(s.timeS(), 1), "coveredPercent", round(100 * s.fraction(), 2)));
            }
            List<Object> polygon = new ArrayList<>();
            double[] lat = c.region().latitudesRad();
            double[] lon = c.region().longitudesRad();
            for (int i = 0; i < lat.length; i++) {
                polygon.add(new double[] {round(Math.toDegrees(lat[i]), 5), round(Math.toDegrees(lon[i]), 5)});
            }
            long covered = c.points().stream().filter(PointCoverage::covered).count();
            regions.add(object("region", c.region().name(), "gridStepDeg", round(Math.toDegrees(c.region().gridStepRad()), 4),
                    "polygonDeg", polygon, "gridPoints", c.points().size(), "gridPointsCovered", covered,
                    "coveredPercent", round(100 * c.coveredFraction(), 2),
                    "timeToFirstCoverageS", round(c.timeToFirstS(), 1), "timeToFullCoverageS", round(c.timeToFullS(), 1),
                    "fullCoverageUtc", Double.isNaN(c.timeToFullS()) ? null : Times.iso(plan.trajectory().start().shiftedBy(c.timeToFullS())),
                    "meanRevisitS", round(c.meanRevisitS(), 1), "maxRevisitS", round(c.maxRevisitS(), 1),
                    "coveredPercentOverTime", curve));
        }
        return regions;
    }

    /** The lifetime section; the altitude histories are in lifetime.csv. */
    static Map<String, Object> lifetime(MissionPlan plan) {
        LifetimeReport r = plan.lifetime();
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioLifetime s : r.scenarios()) {
            scenarios.add(object("activity", s.activity().name(), "f107Sfu", s.activity().f107Sfu(), "ap", s.activity().ap(),
                    "lifetimeYears", round(s.decay().durationYears(), 3), "reentered", s.decay().reentered(),
                    "reentryUtc", s.decay().reentered() ? Times.iso(plan.initialOrbit().getDate().shiftedBy(s.decay().durationS())) : null,
                    "meanDensityKgPerM3", Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4e", s.meanDensityKgPerM3())),
                    "stationKeepingDeltaVMPerSPerYear", round(s.stationKeepingDeltaVMPerSPerYear(), 3),
                    "rule25Years", disposal(s.rule25Years()), "rule5Years", disposal(s.rule5Years())));
        }
        return object("model", "NRLMSISE-00 averaged over the orbit, local times and seasons at constant F10.7 and Ap "
                        + "(ECSS-E-ST-10-04C levels); orbit-averaged drag integrated in steps of up to 10 days",
                "meanPerigeeAltitudeKm", round(r.perigeeAltitudeM() / 1000, 2), "meanApogeeAltitudeKm", round(r.apogeeAltitudeM() / 1000, 2),
                "ballisticCoefficientM2PerKg", round(r.ballisticCoefficientM2PerKg(), 6),
                "reentryAltitudeKm", round(r.reentryAltitudeM() / 1000, 1), "horizonYears", round(r.horizonS() / Decay.JULIAN_YEAR_S, 1),
                "deorbitPerigeeAltitudeKm", round(Lifetimes.DEORBIT_PERIGEE_M / 1000, 1), "deorbitDeltaVMPerS", round(r.deorbitDeltaVMPerS(), 2),
                "scenarios", scenarios);
    }

    private static Map<String, Object> disposal(Disposal d) {
        return object("limitYears", d.limitYears(), "compliant", d.compliant(),
                "targetPerigeeAltitudeKm", round(d.targetPerigeeAltitudeM() / 1000, 1), "deltaVMPerS", round(d.deltaVMPerS(), 2));
    }

    static Map<String, Object> budgets(Budgets b) {
        Map<String, Object> power = b.power() == null ? null : object(
                "orbitsCounted", b.power().orbits(), "meanEnergyInPerOrbitWh", round(b.power().meanEnergyInWh(), 2),
                "meanEnergyUsedPerOrbitWh", round(b.power().meanEnergyUsedWh(), 2),
                "worstOrbitMarginWh", round(b.power().worstEnergyMarginWh(), 2),
                "maxDepthOfDischarge", round(b.power().maxDepthOfDischarge(), 4), "positive", b.power().positive());
        Map<String, Object> data = b.data() == null ? null : object(
                "imagingSPerDay", round(b.data().imagingSPerDay(), 1),
                "collectedMbitPerDay", round(b.data().collectedMbitPerDay(), 1),
                "downlinkCapacityMbitPerDay", round(b.data().downlinkCapacityMbitPerDay(), 1),
                "marginMbitPerDay", round(b.data().marginMbitPerDay(), 1));
        return object("power", power, "data", data);
    }
}
