package space.cosmodrome.mission;

/**
 * Power and data budgets. Power counts penumbra as dark (conservative); data counts every access as imaged (for
 * its whole length, or one scene of {@link DataRates#imagingSPerAccess} seconds) and every contact as fully used
 * for downlink, with simultaneous contacts (or accesses) counted once.
 *
 * @param power the power budget, or null without a power system
 * @param data the data budget, or null without data rates
 */
public record Budgets(PowerBudget power, DataBudget data) {

    /**
     * Power per orbit, over the complete orbits of the span.
     *
     * @param meanEnergyInWh mean array energy per orbit (Wh)
     * @param meanEnergyUsedWh mean consumption per orbit (Wh)
     * @param worstEnergyMarginWh lowest (energy in - energy used) of an orbit (Wh)
     * @param maxDepthOfDischarge largest fraction of the battery drawn in one eclipse (consumption × penumbra time / capacity)
     * @param orbits number of complete orbits counted
     */
    public record PowerBudget(double meanEnergyInWh, double meanEnergyUsedWh, double worstEnergyMarginWh,
                              double maxDepthOfDischarge, int orbits) {
        /** @return whether every orbit gains at least what it spends and the battery is never drained */
        public boolean positive() {
            return worstEnergyMarginWh >= 0 && maxDepthOfDischarge < 1;
        }
    }

    /**
     * Data per day, averaged over the span.
     *
     * @param collectedMbitPerDay imaging time per day × collection rate (Mbit)
     * @param downlinkCapacityMbitPerDay contact time per day × downlink rate (Mbit)
     * @param imagingSPerDay imaging time per day (s)
     */
    public record DataBudget(double collectedMbitPerDay, double downlinkCapacityMbitPerDay, double imagingSPerDay) {
        /** @return downlink capacity less collected data (Mbit/day) */
        public double marginMbitPerDay() {
            return downlinkCapacityMbitPerDay - collectedMbitPerDay;
        }
    }
}
