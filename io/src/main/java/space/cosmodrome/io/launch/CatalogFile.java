package space.cosmodrome.io.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.KeepOutZone;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.PublishedPayload;
import space.cosmodrome.launch.Stage;
import space.cosmodrome.launch.UpperStageDisposal;

/**
 * The YAML layout of a catalog file (bundled {@code catalog/sites.yaml}, {@code catalog/vehicles.yaml}, or a
 * user's {@code --catalog FILE}): a map of sources and lists of sites and vehicles, in the units people type
 * (deg, kN, km). {@link #toSites()} and {@link #toVehicles()} convert to the core records (SI).
 */
record CatalogFile(Map<String, String> sources, List<SiteEntry> sites, List<VehicleEntry> vehicles) {

    record CorridorEntry(String name, double azimuthMinDeg, double azimuthMaxDeg, String source, String note,
                         Double yawAfterDownrangeKm) {
        AzimuthCorridor toCorridor() {
            return new AzimuthCorridor(name, azimuthMinDeg, azimuthMaxDeg, source, note,
                    yawAfterDownrangeKm == null ? 0 : yawAfterDownrangeKm);
        }
    }

    /** A keep-out zone for the impact point: vertices as [latitudeDeg, longitudeDeg] pairs. */
    record KeepOutZoneEntry(String name, List<List<Double>> verticesDeg, String source, String note) {
        KeepOutZone toZone(String siteId) {
            List<double[]> vertices = new ArrayList<>();
            if (verticesDeg != null) {
                for (List<Double> v : verticesDeg) {
                    if (v == null || v.size() != 2 || v.get(0) == null || v.get(1) == null) {
                        throw space.cosmodrome.error.CosmodromeException.badValue("site " + siteId + ": keepOutZones "
                                + name + ".verticesDeg", String.valueOf(v), "allowed: [latitudeDeg, longitudeDeg] pairs");
                    }
                    vertices.add(new double[] {v.get(0), v.get(1)});
                }
            }
            return new KeepOutZone(name, vertices, source, note);
        }
    }

    record SiteEntry(String id, String name, String country, Double latitudeDeg, Double longitudeDeg,
                     Double altitudeM, String confidence, List<String> sources, String notes,
                     List<CorridorEntry> corridors, List<KeepOutZoneEntry> keepOutZones) {
        SiteEntry {
            // validate while the parser still knows the line
            site(id, name, country, latitudeDeg, longitudeDeg, altitudeM, confidence, sources, notes, corridors,
                    keepOutZones);
        }

        LaunchSite toSite() {
            return site(id, name, country, latitudeDeg, longitudeDeg, altitudeM, confidence, sources, notes, corridors,
                    keepOutZones);
        }

        private static LaunchSite site(String id, String name, String country, Double latitudeDeg, Double longitudeDeg,
                                       Double altitudeM, String confidence, List<String> sources, String notes,
                                       List<CorridorEntry> corridors, List<KeepOutZoneEntry> keepOutZones) {
            require(latitudeDeg, "site " + id + ": latitudeDeg");
            require(longitudeDeg, "site " + id + ": longitudeDeg");
            List<AzimuthCorridor> list = new ArrayList<>();
            if (corridors != null) {
                corridors.forEach(c -> list.add(c.toCorridor()));
            }
            List<KeepOutZone> zones = new ArrayList<>();
            if (keepOutZones != null) {
                keepOutZones.forEach(z -> zones.add(z.toZone(id)));
            }
            return new LaunchSite(id, name, country, latitudeDeg, longitudeDeg, altitudeM == null ? 0 : altitudeM,
                    list, confidence, sources, notes, zones);
        }
    }

    record StageEntry(String name, Integer count, String ignition, Double propellantMassKg, Double dryMassKg,
                      Double thrustVacuumKn, Double thrustSeaLevelKn, Double ispVacuumS, Double ispSeaLevelS,
                      Double minThrottle, Map<String, String> sources, Map<String, String> alternatives,
                      Double ignitionTimeS, Double burnTimeS, Double strapOnDiameterM, Double coastBeforeIgnitionS,
                      Double engineRunBeforeLiftoffS) {
        Stage toStage(String vehicleId, int index) {
            String where = "vehicle " + vehicleId + ": stages[" + index + "]";
            require(propellantMassKg, where + ".propellantMassKg");
            require(dryMassKg, where + ".dryMassKg");
            require(thrustVacuumKn, where + ".thrustVacuumKn");
            require(ispVacuumS, where + ".ispVacuumS");
            boolean liftoff = "liftoff".equals(ignition);
            boolean continuation = "continuation".equals(ignition);
            if (!liftoff && !continuation && !"sequential".equals(ignition) && ignition != null) {
                throw space.cosmodrome.error.CosmodromeException.badValue(where + ".ignition", ignition,
                        "allowed: liftoff, sequential or continuation (a later phase of the previous entry's burn)");
            }
            if (continuation && index == 0) {
                throw space.cosmodrome.error.CosmodromeException.badValue(where + ".ignition", ignition,
                        "allowed only after another stage entry");
            }
            if (liftoff && thrustSeaLevelKn == null) {
                throw space.cosmodrome.error.CosmodromeException.missing(where + ".thrustSeaLevelKn",
                        "a stage lit at liftoff needs its sea-level thrust");
            }
            double seaLevel = thrustSeaLevelKn == null ? thrustVacuumKn : thrustSeaLevelKn;
            Stage stage;
            try {
                // the record checks each figure's range and the kind of stage it may sit on
                stage = new Stage(name, count == null ? 1 : count, liftoff, propellantMassKg, dryMassKg,
                        thrustVacuumKn * 1000, seaLevel * 1000, ispVacuumS, minThrottle == null ? 1 : minThrottle, sources,
                        ignitionTimeS == null ? 0 : ignitionTimeS, continuation, burnTimeS == null ? Double.NaN : burnTimeS,
                        strapOnDiameterM == null ? Double.NaN : strapOnDiameterM,
                        coastBeforeIgnitionS == null ? 0 : coastBeforeIgnitionS,
                        engineRunBeforeLiftoffS == null ? 0 : engineRunBeforeLiftoffS);
            } catch (space.cosmodrome.error.CosmodromeException e) {
                // name the vehicle and the stage, not just the field
                Object field = e.details().get("field");
                if (field instanceof String f && f.startsWith("stage.")) {
                    throw space.cosmodrome.error.CosmodromeException.badValue(where + f.substring("stage".length()),
                            e.details().get("value"), String.valueOf(e.details().get("allowed")));
                }
                throw e;
            }
            // the optional figures keep their sources like every other (a staging time of 0, "nothing found", needs none);
            // the burn time's goes under sources.burnTime
            requireSource(where, "burnTime", "burnTimeS", burnTimeS != null, burnTimeS, "s");
            requireSource(where, "strapOnDiameterM", "strapOnDiameterM", strapOnDiameterM != null, strapOnDiameterM, "m");
            requireSource(where, "coastBeforeIgnitionS", "coastBeforeIgnitionS", stage.coastBeforeIgnitionS() > 0,
                    coastBeforeIgnitionS, "s");
            requireSource(where, "engineRunBeforeLiftoffS", "engineRunBeforeLiftoffS", stage.engineRunBeforeLiftoffS() > 0,
                    engineRunBeforeLiftoffS, "s");
            return stage;
        }

        private void requireSource(String where, String key, String figure, boolean given, Double value, String unit) {
            if (given && (sources == null || sources.get(key) == null)) {
                throw space.cosmodrome.error.CosmodromeException.missing(where + ".sources." + key,
                        "the source of " + figure + " " + value + " " + unit);
            }
        }
    }

    record PayloadEntry(Double payloadKg, String site, Double perigeeKm, Double apogeeKm, Double inclinationDeg,
                        Boolean sso, String source, String note, Boolean orbitStated, String profile,
                        Boolean withDisposal, Boolean fittedTo) {
        PublishedPayload toPayload(String vehicleId) {
            require(payloadKg, "vehicle " + vehicleId + ": publishedPayloads.payloadKg");
            require(perigeeKm, "vehicle " + vehicleId + ": publishedPayloads.perigeeKm");
            double apogee = apogeeKm == null ? perigeeKm : apogeeKm;
            boolean isSso = Boolean.TRUE.equals(sso);
            if (!isSso) {
                require(inclinationDeg, "vehicle " + vehicleId + ": publishedPayloads.inclinationDeg (or sso: true)");
            }
            String flown = profile == null ? "best" : profile;
            space.cosmodrome.ascent.AscentProfile.parse("vehicle " + vehicleId + ": publishedPayloads.profile", flown);
            return new PublishedPayload(payloadKg, site, perigeeKm, apogee, isSso ? Double.NaN : inclinationDeg,
                    source, note, !Boolean.FALSE.equals(orbitStated), flown, !Boolean.FALSE.equals(withDisposal),
                    Boolean.TRUE.equals(fittedTo));
        }
    }

    /**
     * What the last stage does after separation: {@code policy} none, deorbit (perigee to {@code altitudeKm},
     * 50 km when absent) or lower (to a circular orbit at {@code altitudeKm}); a source for any but none.
     */
    record DisposalEntry(String policy, Double altitudeKm, String source, String note) {
        UpperStageDisposal toDisposal(String vehicleId) {
            String field = "vehicle " + vehicleId + ": disposal.policy";
            UpperStageDisposal.Policy p = UpperStageDisposal.parsePolicy(field, policy);
            if (p == UpperStageDisposal.Policy.NONE) {
                return new UpperStageDisposal(p, Double.NaN, source, note);
            }
            if (p == UpperStageDisposal.Policy.LOWER) {
                require(altitudeKm, "vehicle " + vehicleId + ": disposal.altitudeKm (the circular altitude to lower to)");
            }
            if (source == null || source.isBlank()) {
                throw space.cosmodrome.error.CosmodromeException.missing("vehicle " + vehicleId + ": disposal.source",
                        "the source that states the " + p.key() + " practice");
            }
            double altitudeM = altitudeKm == null ? UpperStageDisposal.DEFAULT_REENTRY_PERIGEE_M : altitudeKm * 1000;
            if (!(altitudeM >= 0 && altitudeM <= 2_000_000)) {
                throw space.cosmodrome.error.CosmodromeException.badValue("vehicle " + vehicleId + ": disposal.altitudeKm",
                        altitudeKm, "allowed: 0 to 2,000 km");
            }
            return new UpperStageDisposal(p, altitudeM, source, note);
        }
    }

    record VehicleEntry(String id, String name, String manufacturer, String confidence, List<String> sources,
                        Double diameterM, Double liftoffMassKg, Double maxAccelerationG, Integer upperStageIgnitions,
                        Double fairingMassKg, Double payloadAdapterKg, String notes, List<StageEntry> stages,
                        List<PayloadEntry> publishedPayloads, Double maxDynamicPressurePa, DisposalEntry disposal) {
        LaunchVehicle toVehicle() {
            require(diameterM, "vehicle " + id + ": diameterM");
            List<Stage> list = new ArrayList<>();
            if (stages != null) {
                for (int i = 0; i < stages.size(); i++) {
                    list.add(stages.get(i).toStage(id, i));
                }
            }
            requireIgnitionsSource();
            List<PublishedPayload> payloads = new ArrayList<>();
            if (publishedPayloads != null) {
                publishedPayloads.forEach(p -> payloads.add(p.toPayload(id)));
            }
            return new LaunchVehicle(id, name, manufacturer, list, fairingMassKg == null ? 0 : fairingMassKg,
                    payloadAdapterKg == null ? 0 : payloadAdapterKg, diameterM,
                    maxAccelerationG == null ? Double.NaN : maxAccelerationG,
                    upperStageIgnitions == null ? 1 : upperStageIgnitions,
                    liftoffMassKg == null ? Double.NaN : liftoffMassKg, confidence, sources, payloads, notes,
                    maxDynamicPressurePa == null ? Double.NaN : maxDynamicPressurePa,
                    disposal == null ? UpperStageDisposal.NONE : disposal.toDisposal(id));
        }

        /**
         * A stated ignition count is a figure like any other: its source sits in the last stage entry's sources
         * under upperStageIgnitions (the stage that relights; the kick stage where there is one). Absent or 1, the
         * default that claims no relight, it needs none (catalogs written before the counts were sourced still load).
         */
        private void requireIgnitionsSource() {
            if (upperStageIgnitions != null && upperStageIgnitions < 1) {
                throw space.cosmodrome.error.CosmodromeException.badValue("vehicle " + id + ": upperStageIgnitions",
                        upperStageIgnitions, "allowed: 1 or more (absent: 1)");
            }
            if (upperStageIgnitions == null || upperStageIgnitions == 1 || stages == null || stages.isEmpty()) {
                return;
            }
            int last = stages.size() - 1;
            Map<String, String> lastSources = stages.get(last).sources();
            if (lastSources == null || lastSources.get("upperStageIgnitions") == null
                    || lastSources.get("upperStageIgnitions").isBlank()) {
                throw space.cosmodrome.error.CosmodromeException.missing("vehicle " + id + ": stages[" + last + "] ("
                        + stages.get(last).name() + ").sources.upperStageIgnitions", "the source of upperStageIgnitions "
                        + upperStageIgnitions + " (a relight: 2 or more needs one)");
            }
        }
    }

    List<LaunchSite> toSites() {
        List<LaunchSite> list = new ArrayList<>();
        if (sites != null) {
            sites.forEach(s -> list.add(s.toSite()));
        }
        return list;
    }

    List<LaunchVehicle> toVehicles() {
        List<LaunchVehicle> list = new ArrayList<>();
        if (vehicles != null) {
            vehicles.forEach(v -> list.add(v.toVehicle()));
        }
        return list;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw space.cosmodrome.error.CosmodromeException.missing(field, "a value");
        }
    }
}
