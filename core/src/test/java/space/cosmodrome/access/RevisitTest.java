package space.cosmodrome.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

class RevisitTest {
    private static final Target T = new Target("t", 0, 0);
    private static final AbsoluteDate T0 = AbsoluteDate.J2000_EPOCH;

    private static Access access(double from, double to) {
        return new Access(T, T0.shiftedBy(from), T0.shiftedBy(to), 0, false);
    }

    /** Waits of 10 s (to the first access) and 30 s (the gap) over 50 s of requests: (10² + 30²) / 2 / 50 = 10 s. */
    @Test
    void meanResponseIsTheIntegralOfTheWaitOverTheRequestWindow() {
        Revisit r = Accesses.revisit(T, List.of(access(10, 20), access(50, 60)), T0);
        assertThat(r.meanResponseS()).isCloseTo(10, within(1e-9));
        assertThat(r.maxResponseS()).isCloseTo(30, within(1e-9));
        assertThat(r.meanGapS()).isCloseTo(30, within(1e-9));
        // brute force: requests every 1 ms between the start and the last access's start
        double sum = 0;
        int n = 0;
        for (double t = 0; t < 50; t += 1e-3, n++) {
            sum += t < 10 ? 10 - t : t < 20 ? 0 : 50 - t;
        }
        assertThat(r.meanResponseS()).isCloseTo(sum / n, within(1e-2));
    }

    @Test
    void withoutAccessThereIsNoResponse() {
        Revisit r = Accesses.revisit(T, List.of(), T0);
        assertThat(r.meanResponseS()).isNaN();
        assertThat(r.count()).isZero();
    }
}
