package space.cosmodrome.conjunction;

import space.cosmodrome.error.CosmodromeException;

/**
 * How to screen. Defaults: 180 s coarse step, all available processors. Instances are immutable; {@code withX}
 * returns a new one.
 *
 * @param thresholdKm miss distance under which a close approach is reported (km), more than 0 and at most 1,000
 * @param stepSeconds coarse time step of the spatial grid (s), from 2 to 600, an even multiple of
 *        {@link #subStepSeconds()}
 * @param threads worker threads, 1 or more
 */
public record ScreeningOptions(double thresholdKm, double stepSeconds, int threads) {
    /** Largest threshold accepted (km). */
    public static final double MAX_THRESHOLD_KM = 1000.0;
    /** Default coarse step (s). */
    public static final double DEFAULT_STEP_SECONDS = 180.0;
    /** Largest spacing of the exact range-rate samples within a step (s). */
    public static final double MAX_SUB_STEP_SECONDS = 10.0;

    /** Checks the ranges. */
    public ScreeningOptions {
        if (!(thresholdKm > 0.0 && thresholdKm <= MAX_THRESHOLD_KM)) {
            throw CosmodromeException.badValue("thresholdKm", thresholdKm, "more than 0 and at most " + MAX_THRESHOLD_KM + " km");
        }
        if (!(stepSeconds >= 2.0 && stepSeconds <= 600.0)) {
            throw CosmodromeException.badValue("stepSeconds", stepSeconds, "2 to 600 s");
        }
        if (threads < 1) {
            throw CosmodromeException.badValue("threads", threads, "1 or more");
        }
    }

    /**
     * @param thresholdKm screening threshold (km)
     * @return options with the default step and all available processors
     */
    public static ScreeningOptions of(double thresholdKm) {
        return new ScreeningOptions(thresholdKm, DEFAULT_STEP_SECONDS, Runtime.getRuntime().availableProcessors());
    }

    /** @return a copy with this threshold (km) */
    public ScreeningOptions withThresholdKm(double km) {
        return new ScreeningOptions(km, stepSeconds, threads);
    }

    /** @return a copy with this coarse step (s) */
    public ScreeningOptions withStepSeconds(double seconds) {
        return new ScreeningOptions(thresholdKm, seconds, threads);
    }

    /** @return a copy with this number of worker threads */
    public ScreeningOptions withThreads(int count) {
        return new ScreeningOptions(thresholdKm, stepSeconds, count);
    }

    /** @return number of range-rate samples per coarse step (even, at least 2) */
    public int subSamplesPerStep() {
        int n = (int) Math.ceil(stepSeconds / MAX_SUB_STEP_SECONDS - 1e-9);
        return Math.max(2, n + (n & 1));
    }

    /** @return spacing of the range-rate samples (s) */
    public double subStepSeconds() {
        return stepSeconds / subSamplesPerStep();
    }
}
