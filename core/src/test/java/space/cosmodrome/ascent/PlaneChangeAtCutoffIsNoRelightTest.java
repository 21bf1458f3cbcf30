package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The upper stage's ignition count, checked against the vehicle's allowance for a warning: a plane change the
 * ascent leaves at cut-off is flown by the same burn (the stage steers out of plane before it shuts down), so it
 * does not light the stage again; an apogee burn does. Found on PSLV-XL to a 600 km SSO (direct ascent, the PS4
 * lowered after separation: two disposal burns), where a 1.8 m/s trim at cut-off raised a false "lights 4 times
 * but pslv-xl allows 3" warning.
 */
class PlaneChangeAtCutoffIsNoRelightTest {

    @Test
    void planeChangeAtCutoffIsTheAscentBurnsEnd() {
        double cutoff = 866.3;
        List<AscentResult.Burn> burns = List.of(new AscentResult.Burn("plane change at cut-off", cutoff, 1.8, 1.9));
        assertThat(AscentSearch.burnsAfterCutoff(burns, cutoff)).isZero();
    }

    @Test
    void apogeeBurnIsARelight() {
        double cutoff = 600;
        List<AscentResult.Burn> burns = List.of(
                new AscentResult.Burn("plane change at cut-off", cutoff, 3, 2),
                new AscentResult.Burn("apogee burn: raise perigee", cutoff + 2700, 90, 60));
        assertThat(AscentSearch.burnsAfterCutoff(burns, cutoff)).isEqualTo(1);
    }
}
