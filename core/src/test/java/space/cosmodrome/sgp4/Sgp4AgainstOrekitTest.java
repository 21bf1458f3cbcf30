package space.cosmodrome.sgp4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Compares the batch propagator with Orekit's TLEPropagator (an independent implementation of the same theory) on
 * real element sets: the first 300 objects of CelesTrak's active catalog and the 574 objects of its GEO group, over
 * one day from the sample's latest epoch. TEME positions must agree within 1 cm and velocities within 1e-5 m/s.
 *
 * <p>Found when written: 0.7 mm for the active sample; 8 mm for the GEO group, where Orekit departs from the
 * reference code of "Revisiting Spacetrack Report #3" (its own sidereal time at epoch and Kepler solver, and a
 * differently arranged resonance integrator), while this implementation reproduces that code's verification
 * output to 1e-8 km.</p>
 */
class Sgp4AgainstOrekitTest {
    private static final double POSITION_TOLERANCE_KM = 1.0e-5;
    private static final double VELOCITY_TOLERANCE_KM_PER_S = 1.0e-8;

    private static List<TleElements> read(String name) throws IOException {
        try (InputStream in = Sgp4AgainstOrekitTest.class.getResourceAsStream("/tle/" + name)) {
            return TleReader.create(OrekitData.utc())
                    .read(name, new String(in.readAllBytes(), StandardCharsets.US_ASCII)).elementSets();
        }
    }

    @Test
    void activeCatalogSampleAgreesWithinOneCentimetre() throws IOException {
        compare(read("celestrak_active_2026-05-07_first300.txt"), 600.0);
    }

    @Test
    void geoSampleAgreesWithinOneCentimetre() throws IOException {
        compare(read("celestrak_geo_2026-05-30.tle"), 1800.0);
    }

    /**
     * The 658 states of the whole active catalog (one day at 10 min from its latest epoch) for which this
     * propagator reports an error while Orekit's TLEPropagator returns a state all come from these five decaying
     * objects, and the two disagree only on flagging them: 368 states of 43805, 62693 and 63876 are below the
     * Earth's surface (error 6, the state is still given, and it is Orekit's to 0.1 m), and the 290 states of 45057
     * and 59615 have a mean eccentricity below -0.001 after drag (error 1, no state), which the reference code
     * refuses and Orekit 13.1.3 clamps to 1e-6 ({@code SGP4.sxpPropagate}) without a word.
     */
    @Test
    void failingStatesOfTheActiveCatalogFailOnlyWhereOrekitReturnsImpossibleStates() throws IOException {
        List<TleElements> sets = read("celestrak_active_2026-05-07_failing.txt");
        // the latest epoch of the whole active catalog, where the comparison over the catalog starts
        AbsoluteDate start = new AbsoluteDate("2026-05-10T04:58:22.033344", OrekitData.utc());
        int count = 145;
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        Sgp4States states = sgp4.newStates(count);
        sgp4.propagate(start, 600.0, count, states);
        int decayed = 0;
        int eccentricity = 0;
        double maxKm = 0;
        for (int i = 0; i < sets.size(); i++) {
            TleElements e = sets.get(i);
            TLEPropagator orekit = TLEPropagator.selectExtrapolator(new TLE(e.line1(), e.line2(), OrekitData.utc()));
            for (int k = 0; k < count; k++) {
                int code = states.error(i, k);
                PVCoordinates pv = orekit.getPVCoordinates(start.shiftedBy(k * 600.0), orekit.getFrame());
                double[] s = states.state(i, k);
                if (code == Sgp4Errors.DECAYED) {
                    decayed++;
                    assertThat(pv.getPosition().getNorm() / 1000.0).isLessThan(6378.135);
                    maxKm = Math.max(maxKm, Math.max(Math.abs(s[0] - pv.getPosition().getX() / 1000.0), Math.max(
                            Math.abs(s[1] - pv.getPosition().getY() / 1000.0),
                            Math.abs(s[2] - pv.getPosition().getZ() / 1000.0))));
                } else if (code == Sgp4Errors.MEAN_ECCENTRICITY) {
                    eccentricity++;
                    assertThat(s[0]).isNaN();
                    assertThat(e.catalogNumber()).isIn(45057, 59615);
                } else {
                    assertThat(code).isEqualTo(Sgp4Errors.NONE);
                }
            }
        }
        System.out.printf("failing states: %d decayed (max |dr| vs Orekit %.3e km), %d mean eccentricity%n", decayed,
                maxKm, eccentricity);
        assertThat(decayed).isEqualTo(368);
        assertThat(eccentricity).isEqualTo(290);
        assertThat(maxKm).isLessThan(1e-4);
    }

    private static void compare(List<TleElements> sets, double stepSeconds) {
        AbsoluteDate start = sets.stream().map(TleElements::epoch).max(AbsoluteDate::compareTo).orElseThrow();
        int count = (int) Math.round(86400.0 / stepSeconds) + 1;
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        Sgp4States states = sgp4.newStates(count);
        sgp4.propagate(start, stepSeconds, count, states, 2);

        Sgp4States sequential = sgp4.newStates(count);
        sgp4.propagate(start, stepSeconds, count, sequential);
        assertThat(states.xKm()).containsExactly(sequential.xKm());
        assertThat(states.vzKmPerS()).containsExactly(sequential.vzKmPerS());

        double maxPositionKm = 0.0;
        double maxVelocityKmPerS = 0.0;
        int compared = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            TleElements set = sets.get(i);
            TLEPropagator orekit = TLEPropagator.selectExtrapolator(
                    new TLE(set.line1(), set.line2(), OrekitData.utc()));
            for (int k = 0; k < count; k++) {
                AbsoluteDate date = start.shiftedBy(k * stepSeconds);
                int j = states.index(i, k);
                PVCoordinates pv;
                try {
                    pv = orekit.getPVCoordinates(date, orekit.getFrame());
                } catch (OrekitException e) {
                    assertThat(states.errorCode()[j]).as("%d at %s: Orekit failed (%s)", set.catalogNumber(), date,
                            e.getMessage()).isNotZero();
                    continue;
                }
                assertThat(states.errorCode()[j]).as("error code of %d at %s", set.catalogNumber(), date).isZero();
                double dp = Math.max(Math.abs(pv.getPosition().getX() / 1000.0 - states.xKm()[j]),
                        Math.max(Math.abs(pv.getPosition().getY() / 1000.0 - states.yKm()[j]),
                                Math.abs(pv.getPosition().getZ() / 1000.0 - states.zKm()[j])));
                double dv = Math.max(Math.abs(pv.getVelocity().getX() / 1000.0 - states.vxKmPerS()[j]),
                        Math.max(Math.abs(pv.getVelocity().getY() / 1000.0 - states.vyKmPerS()[j]),
                                Math.abs(pv.getVelocity().getZ() / 1000.0 - states.vzKmPerS()[j])));
                maxPositionKm = Math.max(maxPositionKm, dp);
                maxVelocityKmPerS = Math.max(maxVelocityKmPerS, dv);
                if (dp > POSITION_TOLERANCE_KM || dv > VELOCITY_TOLERANCE_KM_PER_S) {
                    failures.add(String.format("%d at %s: %.3e km, %.3e km/s", set.catalogNumber(), date, dp, dv));
                }
                compared++;
            }
        }
        System.out.printf("Orekit comparison: %d objects (%d deep space), %d states, max |dr| = %.3e km, "
                + "max |dv| = %.3e km/s%n", sets.size(),
                java.util.stream.IntStream.range(0, sets.size()).filter(sgp4::deepSpace).count(), compared,
                maxPositionKm, maxVelocityKmPerS);
        assertThat(failures).isEmpty();
    }
}
