package space.cosmodrome.io.launch.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import space.cosmodrome.ascent.AscentProfile;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.Stage;

/**
 * Fitting a vehicle's ESTIMATE figures to its published performance (docs/validation/launch.md, "Estimates fitted to
 * published performance"): variants of a catalog vehicle with one stage figure changed, their capacities to a
 * published or flown orbit, and a bisection on one figure until the capacity meets a published payload. Test scope
 * only: {@link FitEstimatesToPublishedPerformance} runs the documented fits on demand, so that they can be re-run when
 * the ascent physics change.
 */
public final class EstimateFit {
    private EstimateFit() {
    }

    /** A payload figure the fit aims at or checks: orbit, mass, profile. */
    public record Point(String label, String siteId, double perigeeKm, double apogeeKm, double inclinationDeg,
                        boolean sso, double payloadKg, AscentProfile profile) {
        /** A circular sun-synchronous orbit. */
        public static Point sso(String label, String siteId, double km, double payloadKg) {
            return new Point(label, siteId, km, km, Double.NaN, true, payloadKg, AscentProfile.BEST);
        }

        TargetOrbit target() {
            double incl = sso ? TargetOrbit.sunSynchronousInclination(perigeeKm * 1000, apogeeKm * 1000)
                    : Math.toRadians(inclinationDeg);
            return new TargetOrbit(perigeeKm * 1000, apogeeKm * 1000, incl);
        }
    }

    /**
     * Stage {@code index} with new propellant, dry mass and vacuum Isp. {@code keepBurnTime}: a solid motor's average
     * thrust is derived from its burn time (total impulse / burn time, the catalog's convention), so it follows the
     * propellant and Isp; otherwise (a liquid engine) the thrust is kept and the burn time follows the load. The sea-level
     * thrust keeps its ratio to the vacuum thrust (the catalog's ispSeaLevel/ispVacuum == thrustSeaLevel/thrustVacuum).
     */
    public static LaunchVehicle withStage(LaunchVehicle v, int index, double propellantKg, double dryKg, double ispVacuumS,
                                          boolean keepBurnTime) {
        Stage s = v.stages().get(index);
        double thrust = keepBurnTime
                ? s.thrustVacuumN() * (propellantKg / s.propellantMassKg()) * (ispVacuumS / s.ispVacuumS())
                : s.thrustVacuumN();
        double seaLevel = Math.min(thrust, thrust * s.thrustSeaLevelN() / s.thrustVacuumN());
        Stage changed = new Stage(s.name(), s.count(), s.ignitesAtLiftoff(), propellantKg, dryKg, thrust, seaLevel,
                ispVacuumS, s.minThrottle(), s.sources(), s.ignitionTimeS(), s.continuesPrevious(), Double.NaN,
                s.strapOnDiameterM(), s.coastBeforeIgnitionS(), s.engineRunBeforeLiftoffS());
        List<Stage> stages = new ArrayList<>(v.stages());
        stages.set(index, changed);
        return new LaunchVehicle(v.id(), v.name(), v.manufacturer(), stages, v.fairingMassKg(), v.payloadAdapterMassKg(),
                v.diameterM(), v.maxAccelerationG(), v.upperStageIgnitions(), v.publishedLiftoffMassKg(), v.confidence(),
                v.sources(), v.publishedPayloads(), v.notes(), v.maxDynamicPressurePa(), v.disposal());
    }

    /** Stage {@code index} with a new dry mass, all else kept. */
    public static LaunchVehicle withDryMass(LaunchVehicle v, int index, double dryKg) {
        Stage s = v.stages().get(index);
        return withStage(v, index, s.propellantMassKg(), dryKg, s.ispVacuumS(), false);
    }

    /** Stage {@code index} with a new propellant load; a solid motor keeps its burn time, a liquid stage its thrust. */
    public static LaunchVehicle withPropellant(LaunchVehicle v, int index, double propellantKg, boolean solid) {
        Stage s = v.stages().get(index);
        return withStage(v, index, propellantKg, s.dryMassKg(), s.ispVacuumS(), solid);
    }

    /** Capacity to the point's orbit (kg); 0 when the vehicle cannot reach it at all. */
    public static double capacityKg(LaunchVehicle v, LaunchSite site, Point p) {
        return result(v, site, p).map(AscentResult::capacityKg).orElse(0.0);
    }

    /** The search's answer, empty when the orbit is out of reach. */
    public static java.util.Optional<AscentResult> result(LaunchVehicle v, LaunchSite site, Point p) {
        try {
            return java.util.Optional.of(PayloadCapacity.maximize(v, site, p.target(), p.profile()));
        } catch (CosmodromeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Bisection on one figure x in [lo, hi] until the capacity to {@code p} equals its payload within {@code tolKg}.
     * Assumes the capacity is monotone in x over the bracket (checked at the ends). Returns NaN if the published figure
     * lies outside the bracket's capacities.
     */
    public static double solve(DoubleFunction<LaunchVehicle> family, LaunchSite site, Point p, double lo, double hi,
                               double tolKg) {
        double fLo = capacityKg(family.apply(lo), site, p) - p.payloadKg();
        double fHi = capacityKg(family.apply(hi), site, p) - p.payloadKg();
        if (Math.signum(fLo) == Math.signum(fHi)) {
            return Double.NaN;
        }
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            double f = capacityKg(family.apply(mid), site, p) - p.payloadKg();
            if (Math.abs(f) <= tolKg) {
                return mid;
            }
            if (Math.signum(f) == Math.signum(fLo)) {
                lo = mid;
                fLo = f;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** One table row: the capacities of a variant at each point, with the error against each point's payload. */
    public static String row(String label, LaunchVehicle v, List<LaunchSite> sites, List<Point> points) {
        StringBuilder b = new StringBuilder("| " + label + " |");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double kg = capacityKg(v, sites.get(i), p);
            b.append(String.format(Locale.ROOT, " %.0f (%+.1f %%) |", kg, 100 * (kg - p.payloadKg()) / p.payloadKg()));
        }
        b.append(String.format(Locale.ROOT, " %.0f |", v.liftoffMassWithoutPayloadKg()));
        return b.toString();
    }

    /** The table's header for {@link #row}. */
    public static String header(List<Point> points) {
        StringBuilder b = new StringBuilder("| variant |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Point p : points) {
            b.append(String.format(Locale.ROOT, " %s, %.0f kg |", p.label(), p.payloadKg()));
            rule.append("---:|");
        }
        return b.append(" liftoff without payload, kg |\n").append(rule).append("---:|").toString();
    }
}
