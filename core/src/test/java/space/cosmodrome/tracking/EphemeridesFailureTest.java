package space.cosmodrome.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * SGP4 failures reach the user as one warning or, when nothing could be propagated, as a bad value naming the
 * flag. Reference: Vallado's verification set (core/src/test/resources/sgp4-verification): 28872, an SL-14 stage
 * in its last hours, has states up to 50 minutes after epoch in Vallado's output and then fails with error 6
 * (decayed).
 */
class EphemeridesFailureTest {
    private static final List<TleElements> DECAYING = TleReader.create().read("SGP4-VER.TLE",
            "1 28872U 05037B   05333.02012661  .25992681  00000-0  24476-3 0  1534\n"
                    + "2 28872  96.4736 157.9986 0303955 244.0492 110.6523 16.46015938 10708\n").elementSets();

    @Test
    void noFailureNoWarning() {
        Ephemerides e = Ephemerides.sinceEpoch(DECAYING, new double[] {0, 5, 10}, OutputFrame.TEME);
        assertThat(e.failureWarning("--tle")).isNull();
    }

    @Test
    void someFailedStatesGiveOneWarningWithTheFirstError() {
        Ephemerides e = Ephemerides.sinceEpoch(DECAYING, new double[] {0, 5, 55}, OutputFrame.TEME);
        assertThat(e.failureWarning("--tle")).startsWith("1 of 3 states failed").contains("28872").contains("SGP4 error 6");
    }

    @Test
    void afterADecayEveryLaterStateFails() {
        // the theory alone answers again at 110 min; the object decayed at 55 min, so that state must fail too
        Ephemerides e = Ephemerides.sinceEpoch(DECAYING, new double[] {0, 55, 110}, OutputFrame.TEME);
        assertThat(e.states().error(0, 0)).isZero();
        assertThat(e.states().error(0, 1)).isEqualTo(6);
        assertThat(e.states().error(0, 2)).isEqualTo(6);
        assertThat(e.states().state(0, 2)[0]).isNaN();
        // on a date grid too, where the times are dates and the offsets from epoch follow from them
        AbsoluteDate epoch = DECAYING.get(0).epoch();
        Ephemerides grid = Ephemerides.onGrid(DECAYING, epoch.shiftedBy(-55 * 60), epoch.shiftedBy(110 * 60), 55 * 60,
                OutputFrame.TEME, 1);
        assertThat(grid.states().error(0, 0)).isZero();
        assertThat(grid.states().error(0, 1)).isZero();
        assertThat(grid.states().error(0, 2)).isEqualTo(6);
        assertThat(grid.states().error(0, 3)).isEqualTo(6);
    }

    @Test
    void everyStateFailedIsABadValueOfTheFlag() {
        Ephemerides e = Ephemerides.sinceEpoch(DECAYING, new double[] {55, 110}, OutputFrame.TEME);
        assertThatThrownBy(() -> e.failureWarning("--tle")).isInstanceOf(CosmodromeException.class)
                .hasMessageContaining("--tle").hasMessageContaining("28872").hasMessageContaining("SGP4 error 6");
    }
}
