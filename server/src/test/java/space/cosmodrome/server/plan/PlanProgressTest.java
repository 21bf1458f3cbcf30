package space.cosmodrome.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The job's progress read from the planner's stage lines, for one satellite and for a constellation. */
class PlanProgressTest {
    @Test
    void aSatellitesStagesFillItsShareOfTheConstellationsProgress() {
        assertThat(PlanApi.fraction("propagating j2 over 3.00 days")).isEqualTo(0.10);
        assertThat(PlanApi.fraction("contacts with 3 ground stations")).isEqualTo(0.72);
        double first = PlanApi.fraction("P1S1 (1/4): propagating j2 over 3.00 days");
        double firstDone = PlanApi.fraction("P1S1 (1/4): access to 8 targets");
        double last = PlanApi.fraction("P2S2 (4/4): access to 8 targets");
        assertThat(first).isEqualTo(0.10);
        assertThat(firstDone).isGreaterThan(first).isLessThan(PlanApi.fraction("P1S2 (2/4): propagating j2 over 3.00 days"));
        assertThat(last).isLessThanOrEqualTo(0.85).isGreaterThan(0.8);
    }
}
