package space.cosmodrome.io.plan;

import java.util.List;

/**
 * The YAML layout of a mission file, in the units people type (deg, km, days). Every value is boxed so a
 * missing one is seen; {@link MissionReader} checks and converts it to a {@link space.cosmodrome.mission.Mission}.
 * docs/mission-file.md describes each field.
 */
record MissionFile(String name, SatelliteEntry satellite, OrbitEntry orbit, String propagation, PropagationOptionsEntry propagationOptions,
                   List<StationEntry> groundStations, List<TargetEntry> targets, List<RegionEntry> regions,
                   AnalysisEntry analysis) {

    record SatelliteEntry(Double massKg, Double dragAreaM2, Double dragCoefficient, Double srpAreaM2,
                          Double srpCoefficient, SensorEntry sensor, PowerEntry power, DataEntry data) {
    }

    record SensorEntry(Double halfAngleDeg, Double maxOffNadirDeg, Double minSunElevationDeg, Double minElevationDeg) {
    }

    record PowerEntry(Double arrayPowerW, Double consumptionW, Double batteryWh) {
    }

    record DataEntry(Double collectMbitPerS, Double imagingSPerAccess, Double downlinkMbitPerS) {
    }

    record OrbitEntry(LaunchEntry launch, CircularEntry circular, SunSynchronousEntry sunSynchronous, KeplerianEntry keplerian,
                      FrozenEntry frozen, RepeatGroundTrackEntry repeatGroundTrack, TleEntry tle, WalkerEntry walker) {
    }

    record WalkerEntry(String pattern, Integer totalSatellites, Integer planes, Integer phasing, Double altitudeKm,
                       Double semiMajorAxisKm, Double inclinationDeg, String ltan, Double raanDeg, String epochUtc) {
    }

    record KeplerianEntry(Double semiMajorAxisKm, Double eccentricity, Double inclinationDeg, Double raanDeg,
                          Double argumentOfPerigeeDeg, Double trueAnomalyDeg, String epochUtc) {
    }

    record FrozenEntry(Double altitudeKm, Double inclinationDeg, String ltan, Double raanDeg, String epochUtc) {
    }

    record RepeatGroundTrackEntry(Integer revolutions, Integer days, Double inclinationDeg, String ltan, Double raanDeg, String epochUtc) {
    }

    record TleEntry(String file, List<String> lines, Integer catalogNumber) {
    }

    record PropagationOptionsEntry(Integer gravityDegree, Integer gravityOrder) {
    }

    record LaunchEntry(String site, String vehicle, String launchUtc, LaunchTargetEntry target) {
    }

    record LaunchTargetEntry(Double altitudeKm, Boolean sso, Double inclinationDeg) {
    }

    record CircularEntry(Double altitudeKm, Double inclinationDeg, Double raanDeg, String epochUtc) {
    }

    record SunSynchronousEntry(Double altitudeKm, String ltan, String epochUtc) {
    }

    record StationEntry(String name, Double latitudeDeg, Double longitudeDeg, Double altitudeM, Double minElevationDeg,
                        List<List<Double>> elevationMask) {
    }

    record TargetEntry(String name, Double latitudeDeg, Double longitudeDeg) {
    }

    record RegionEntry(String name, Double gridStepDeg, List<List<Double>> polygon) {
    }

    record AnalysisEntry(String startUtc, Double durationDays, Double stepS) {
    }
}
