package space.cosmodrome.lifetime;

/**
 * The lifetime of an orbit under one solar-activity scenario.
 *
 * @param activity the scenario
 * @param decay the decay history from the operational orbit to re-entry (or the horizon)
 * @param meanDensityKgPerM3 orbit-averaged density at the operational orbit (kg/m³)
 * @param stationKeepingDeltaVMPerSPerYear velocity to make up the drag of one year at the operational orbit (m/s)
 * @param rule25Years the 25-year disposal rule (IADC, ISO 24113)
 * @param rule5Years the 5-year disposal rule (FCC, 2022)
 */
public record ScenarioLifetime(SolarActivity activity, DecayHistory decay, double meanDensityKgPerM3,
                               double stationKeepingDeltaVMPerSPerYear, Disposal rule25Years, Disposal rule5Years) {
}
