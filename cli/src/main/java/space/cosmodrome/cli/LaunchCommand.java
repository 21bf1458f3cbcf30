package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.ascent.AscentProfile;
import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.FlightEvent;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.StageDisposal;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.io.ascent.AscentFiles;
import space.cosmodrome.io.ascent.AscentJson;
import space.cosmodrome.io.json.Json;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

@Command(name = "launch", mixinStandardHelpOptions = true,
        description = "Payload capacity of a vehicle from a site into an orbit, with the ascent that flies it.")
final class LaunchCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, description = "Launch site id (see 'cosmodrome sites').")
    String site;
    @Option(names = "--vehicle", required = true, description = "Vehicle id (see 'cosmodrome vehicles').")
    String vehicle;
    @Option(names = "--altitude-km", description = "Circular orbit altitude (km).")
    Double altitudeKm;
    @Option(names = "--perigee-km", description = "Perigee altitude (km), with --apogee-km.")
    Double perigeeKm;
    @Option(names = "--apogee-km", description = "Apogee altitude (km), with --perigee-km.")
    Double apogeeKm;
    @Option(names = "--inclination-deg", description = "Inclination (deg, 0 to 180).")
    Double inclinationDeg;
    @Option(names = "--sso", description = "Sun-synchronous: the inclination follows from the altitude (J2).")
    boolean sso;
    @Option(names = "--payload-kg", description = "Fly this payload and report the margin, instead of the capacity.")
    Double payloadKg;
    @Option(names = "--launch-utc", description = "Liftoff time (ISO-8601 UTC); dates the events and the insertion.")
    String launchUtc;
    @Option(names = "--trajectory", paramLabel = "FILE.csv", description = "Write the ascent trajectory as CSV.")
    Path trajectory;
    @Option(names = "--czml", paramLabel = "FILE", description = "Write the ascent as CZML for Cesium.")
    Path czml;
    @Option(names = "--altitudes-km", split = ",", paramLabel = "H1,H2,...",
            description = "Payload curve: the capacity to circular orbits at each altitude (km), instead of one case.")
    List<Double> altitudesKm;
    @Option(names = "--profile", paramLabel = "best|direct|parking", defaultValue = "best",
            description = "Ascent profile: best (default: whichever carries more), direct (one continuous ascent),"
                    + " or parking (parking orbit, coast, burn at apogee; restartable upper stages).")
    String profile;

    @Override
    public Integer call() {
        if (altitudesKm != null) {
            return curve();
        }
        TargetOrbit target = target();
        Instant launch = launchUtc == null ? null : Common.instant("--launch-utc", launchUtc);
        LaunchCatalog catalog = common.launchCatalog();
        LaunchSite s = catalog.site(site);
        LaunchVehicle v = catalog.vehicle(vehicle);
        PrintWriter err = spec.commandLine().getErr();
        if (launch != null) {
            common.loadData();
            common.warnCoverage(launch, launch.plusSeconds(3600), false, err);
        }
        AscentProfile flown = AscentProfile.parse("--profile", profile);
        AscentResult r = payloadKg == null ? PayloadCapacity.maximize(v, s, target, flown)
                : PayloadCapacity.fly(v, s, target, payloadKg, flown);
        if (trajectory != null) {
            AscentFiles.writeCsv(r, trajectory);
        }
        if (czml != null) {
            AscentFiles.writeCzml(r, launch != null ? launch : Instant.parse("2026-01-01T00:00:00Z"), czml);
        }
        r.warnings().forEach(w -> err.println("warning: " + w));
        if (payloadKg != null && !r.reachesOrbit()) {
            err.printf(Locale.ROOT, "note: %.0f kg does not reach the orbit: the capacity is %.0f kg%n", payloadKg, r.capacityKg());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json) {
            out.println(Json.write(AscentJson.of(r, launch, payloadKg == null)));
        } else {
            printText(r, out);
        }
        return 0;
    }

    /** Capacity over a list of circular altitudes; an altitude out of reach gets a null payload and its reason. */
    private int curve() {
        if (altitudeKm != null || perigeeKm != null || apogeeKm != null || payloadKg != null) {
            throw CosmodromeException.badValue("--altitudes-km", altitudesKm,
                    "give it alone: not with --altitude-km, --perigee-km, --apogee-km or --payload-kg");
        }
        AscentProfile flown = AscentProfile.parse("--profile", profile);
        LaunchCatalog catalog = common.launchCatalog();
        LaunchSite s = catalog.site(site);
        LaunchVehicle v = catalog.vehicle(vehicle);
        // every altitude is checked before the first is flown: a bad one is refused with nothing on standard output
        double[] inclinations = new double[altitudesKm.size()];
        for (int k = 0; k < altitudesKm.size(); k++) {
            double h = altitudesKm.get(k);
            Common.range("--altitudes-km", h, TargetOrbit.MIN_PERIGEE_M / 1000, TargetOrbit.MAX_APOGEE_M / 1000, "km");
            inclinations[k] = inclination(h, h, "--altitudes-km");
        }
        List<Object> points = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        for (int k = 0; k < altitudesKm.size(); k++) {
            double h = altitudesKm.get(k);
            double incl = inclinations[k];
            Object payload;
            String reason = null;
            try {
                payload = Json.round(PayloadCapacity.maximize(v, s, TargetOrbit.circular(h * 1000, incl), flown)
                        .capacityKg(), 0);
            } catch (CosmodromeException e) {
                payload = null;
                reason = e.getMessage();
            }
            points.add(Json.object("altitudeKm", h, "inclinationDeg", Json.round(Math.toDegrees(incl), 3),
                    "payloadKg", payload, "reason", reason));
            if (!common.json) {
                out.printf(Locale.ROOT, "%8.0f km  %7.2f deg  %s%n", h, Math.toDegrees(incl), payload == null ? reason : payload + " kg");
            }
        }
        if (common.json) {
            out.println(Json.write(Json.object("vehicle", v.id(), "site", s.id(), "curve", points)));
        }
        return 0;
    }

    /** @param altitudeFlag the flag that gave a circular altitude, named when no sun-synchronous orbit exists there */
    private double inclination(double perigee, double apogee, String altitudeFlag) {
        if (sso) {
            if (inclinationDeg != null) {
                throw CosmodromeException.badValue("--inclination-deg", inclinationDeg, "leave it out with --sso: the altitude fixes it");
            }
            try {
                return TargetOrbit.sunSynchronousInclination(perigee * 1000, apogee * 1000);
            } catch (CosmodromeException e) {
                if (perigee != apogee) {
                    throw CosmodromeException.badValue("--apogee-km", apogee, String.format(Locale.ROOT,
                            "with --sso and a %.0f km perigee: no sun-synchronous orbit exists with so large an orbit"
                                    + " (circular ones end at about 5,970 km altitude)", perigee));
                }
                throw CosmodromeException.badValue(altitudeFlag, perigee,
                        "with --sso: no sun-synchronous orbit exists above about 5,970 km altitude");
            }
        } else if (inclinationDeg != null) {
            return Math.toRadians(Common.range("--inclination-deg", inclinationDeg, 0, 180, "deg"));
        }
        throw CosmodromeException.missing("--inclination-deg", "give --inclination-deg (0 to 180) or --sso");
    }

    private TargetOrbit target() {
        double perigee;
        double apogee;
        if (altitudeKm != null) {
            if (perigeeKm != null || apogeeKm != null) {
                throw CosmodromeException.badValue("--altitude-km", altitudeKm, "give either --altitude-km or --perigee-km with --apogee-km, not both");
            }
            Common.range("--altitude-km", altitudeKm, TargetOrbit.MIN_PERIGEE_M / 1000, TargetOrbit.MAX_APOGEE_M / 1000, "km");
            perigee = altitudeKm;
            apogee = altitudeKm;
        } else if (perigeeKm != null && apogeeKm == null) {
            throw CosmodromeException.missing("--apogee-km", "give it with --perigee-km (or --altitude-km alone for a circular orbit)");
        } else if (apogeeKm != null && perigeeKm == null) {
            throw CosmodromeException.missing("--perigee-km", "give it with --apogee-km (or --altitude-km alone for a circular orbit)");
        } else if (perigeeKm != null) {
            Common.range("--perigee-km", perigeeKm, TargetOrbit.MIN_PERIGEE_M / 1000, TargetOrbit.MAX_APOGEE_M / 1000, "km");
            if (apogeeKm < perigeeKm) {
                throw CosmodromeException.badValue("--apogee-km", apogeeKm, "allowed: at least the perigee (" + perigeeKm + " km)");
            }
            Common.range("--apogee-km", apogeeKm, perigeeKm, TargetOrbit.MAX_APOGEE_M / 1000, "km");
            perigee = perigeeKm;
            apogee = apogeeKm;
        } else {
            throw CosmodromeException.missing("--altitude-km", "give --altitude-km, or --perigee-km with --apogee-km");
        }
        return new TargetOrbit(perigee * 1000, apogee * 1000,
                inclination(perigee, apogee, "--altitude-km"));
    }

    private static void printText(AscentResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "%s from %s to %.0f x %.0f km, %.2f deg%n", r.vehicle().name(), r.site().name(),
                r.target().perigeeAltitudeM() / 1000, r.target().apogeeAltitudeM() / 1000, Math.toDegrees(r.target().inclinationRad()));
        out.printf(Locale.ROOT, "  payload          %.0f kg (capacity %.0f kg, margin %.0f kg)%n", r.payloadKg(), r.capacityKg(), r.marginKg());
        out.printf(Locale.ROOT, "  launch azimuth   %.2f deg %s (%s)%n", Math.toDegrees(r.approach().groundAzimuthRad()),
                r.approach().northbound() ? "northbound" : "southbound", r.approach().corridorName());
        if (r.dogLegRad() > 1e-9) {
            out.printf(Locale.ROOT, "  dog-leg          %.2f deg plane change, costs %.0f kg%n", Math.toDegrees(r.dogLegRad()), r.dogLegPayloadCostKg());
        }
        out.printf(Locale.ROOT, "  plan             %s%n", r.plan());
        out.printf(Locale.ROOT, "  insertion        %.1f x %.1f km, %.3f deg at T+%.1f s%n", r.insertion().perigeeAltitudeM() / 1000,
                r.insertion().apogeeAltitudeM() / 1000, Math.toDegrees(r.insertion().inclinationRad()), r.insertion().timeS());
        AscentResult.InsertionPoint ip = r.insertionPoint();
        out.printf(Locale.ROOT, "  cut-off at       %.1f km altitude, flight-path angle %.2f deg%s%n", ip.altitudeM() / 1000,
                Math.toDegrees(ip.flightPathAngleRad()), Double.isNaN(ip.trueAnomalyRad()) ? ""
                        : String.format(Locale.ROOT, ", true anomaly %.2f deg", Math.toDegrees(ip.trueAnomalyRad())));
        AscentResult.DeltaVBudget dv = r.deltaV();
        out.printf(Locale.ROOT, "  delta-v          ideal %.0f, gravity -%.0f, drag -%.0f, steering -%.0f, Earth rotation +%.0f m/s%n",
                dv.idealMps(), dv.gravityLossMps(), dv.dragLossMps(), dv.steeringLossMps(), dv.earthRotationGainMps());
        out.printf(Locale.ROOT, "  max q            %.1f kPa; max acceleration %.2f g%n", r.maxDynamicPressurePa() / 1000, r.maxAccelerationG());
        StageDisposal.Manoeuvre d = r.disposal();
        if (d != null && d.propellantKg() > 0) {
            out.printf(Locale.ROOT, "  stage disposal   %s after separation: %.0f m/s, %.0f kg of propellant kept from the payload"
                    + " (stage to %.0f x %.0f km; %s)%n", d.policy(), d.deltaVMps(), d.propellantKg(), d.perigeeAfterM() / 1000,
                    d.apogeeAfterM() / 1000, d.source());
        } else if (d != null) {
            out.printf(Locale.ROOT, "  stage disposal   %s: %s%n", d.policy(), d.note());
        }
        for (FlightEvent e : r.events()) {
            out.printf(Locale.ROOT, "  T+%7.1f s  %-50s %s%n", e.timeS(), e.name(),
                    Double.isNaN(e.altitudeM()) ? "" : String.format(Locale.ROOT, "%7.1f km alt %8.1f km downrange %7.0f m/s",
                            e.altitudeM() / 1000, e.downrangeM() / 1000, e.speedMps()));
        }
    }
}
