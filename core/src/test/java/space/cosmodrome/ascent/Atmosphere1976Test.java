package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against the tables of the U.S. Standard Atmosphere 1976 (NOAA-S/T 76-1562, Table I, geometric altitude):
 * temperature (K), pressure (Pa), density (kg/m³).
 */
class Atmosphere1976Test {
    @ParameterizedTest(name = "{0} m")
    @CsvSource({
        "0,      288.150, 101325.0, 1.2250",
        "5000,   255.676, 54048.0,  0.73643",
        "11000,  216.774, 22699.9,  0.36480",
        "20000,  216.650, 5529.3,   0.088910",
        "32000,  228.490, 889.06,   0.013555",
        "50000,  270.650, 79.779,   1.0269e-3",
    })
    void matchesPublishedTable(double altitudeM, double temperatureK, double pressurePa, double density) {
        double[] out = new double[4];
        Atmosphere1976.properties(altitudeM, out);
        assertThat(out[0]).isCloseTo(temperatureK, within(0.01));
        assertThat(out[1]).isCloseTo(pressurePa, within(pressurePa * 2e-4));
        assertThat(out[2]).isCloseTo(density, within(density * 2e-4));
    }

    @ParameterizedTest(name = "{0} m")
    @CsvSource({"100000, 5.604e-7", "200000, 2.541e-10", "500000, 5.215e-13"})
    void upperDensityFromTable(double altitudeM, double density) {
        assertThat(Atmosphere1976.density(altitudeM)).isCloseTo(density, within(density * 1e-3));
    }
}
