package space.cosmodrome.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.passes.Observer;
import space.cosmodrome.passes.Pass;
import space.cosmodrome.passes.PassPrediction;
import space.cosmodrome.passes.PassPredictor;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Pass prediction split into (observer block, object block) Spark tasks against the reference of one whole run of
 * the core {@link PassPredictor}: the same passes, in the same order, with the same times and geometry.
 */
class SparkPassesTest {
    @Test
    void blocksGiveThePassesOfOneWholeRun() throws Exception {
        OrekitData.context();
        List<TleElements> sets;
        try (Reader r = new InputStreamReader(SparkPassesTest.class.getResourceAsStream(
                "/screening/sample_2023-10.3le"), StandardCharsets.US_ASCII)) {
            sets = TleReader.create().read("sample_2023-10.3le", r).elementSets().subList(290, 332);
        }
        List<Observer> observers = List.of(Observer.ofDegrees("Sydney", -33.87, 151.21, 60),
                Observer.ofDegrees("Svalbard", 78.23, 15.39, 500), Observer.ofDegrees("Quito", -0.18, -78.47, 2850),
                Observer.ofDegrees("Kourou", 5.16, -52.65, 10), Observer.ofDegrees("McMurdo", -77.85, 166.67, 10));
        Instant start = Instant.parse("2023-10-10T00:00:00Z");
        double span = 6 * 3600.0;
        SparkPasses.Settings settings = new SparkPasses.Settings(Math.toRadians(10), Math.toRadians(-6),
                space.cosmodrome.passes.ShadowModel.CYLINDRICAL, 60.0);
        PassPrediction whole = settings.predictor().withThreads(2).predict(sets, observers,
                new AbsoluteDate(start, OrekitData.utc()), span);
        PassPrediction split = SparkPasses.predict(TestSpark.session(), sets, observers, start, span, settings, 21, 3);

        assertThat(whole.passes()).hasSizeGreaterThan(30);
        assertThat(split.passes()).hasSameSizeAs(whole.passes());
        for (int i = 0; i < whole.passes().size(); i++) {
            Pass w = whole.passes().get(i);
            Pass s = split.passes().get(i);
            assertThat(s.catalogNumber()).isEqualTo(w.catalogNumber());
            assertThat(s.observer()).isEqualTo(w.observer());
            assertThat(s.aos().durationFrom(w.aos())).as("AOS of %s", w).isCloseTo(0.0, within(1e-6));
            assertThat(s.tca().durationFrom(w.tca())).isCloseTo(0.0, within(1e-6));
            assertThat(s.los().durationFrom(w.los())).isCloseTo(0.0, within(1e-6));
            assertThat(s.maxElevationRad()).isCloseTo(w.maxElevationRad(), within(1e-12));
            assertThat(s.tcaRangeM()).isCloseTo(w.tcaRangeM(), within(1e-6));
            assertThat(s.visible()).isEqualTo(w.visible());
        }
        assertThat(split.failures()).hasSameSizeAs(whole.failures());
    }

    private static org.assertj.core.data.Offset<Double> within(double v) {
        return org.assertj.core.data.Offset.offset(v);
    }
}
