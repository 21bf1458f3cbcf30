package space.cosmodrome.sgp4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Validates the batch SGP4/SDP4 against the verification output of "Revisiting Spacetrack Report #3" (Vallado et
 * al., AIAA 2006-6753): all 33 element sets of SGP4-VER.TLE, every time of tcppver.out, and the error codes of the
 * sets that fail. The times are generated from line 2 as the reference test driver does: epoch first, then start,
 * start + step, ... up to stop, stop itself last; a set's output ends at its first error.
 *
 * <p>Tolerances: tcppver.out prints positions with 8 decimals (1e-8 km) and velocities with 9 (1e-9 km/s); we
 * require 1e-6 km and 1e-8 km/s, the quality bar of the product, and report the largest differences found.</p>
 */
class Sgp4AgainstValladoVerificationTest {
    private static final double POSITION_TOLERANCE_KM = 1.0e-6;
    private static final double VELOCITY_TOLERANCE_KM_PER_S = 1.0e-8;

    /**
     * The error of each failing set, in file order, at the first time missing from tcppver.out: catalog number
     * and code. The same codes, in the same order, are asserted by other ports of the reference code against this
     * file (for example python-sgp4's test suite: 1, 1, 6, 6, 4, 3, 6). The last one is the second run of 20413,
     * 1.84 million minutes after epoch.
     */
    private static final List<String> EXPECTED_ERRORS = List.of("22312=1", "28350=1", "28872=6", "29141=6",
            "33333=4", "33334=3", "20413=6");

    /** Half a unit of the last digit tcppver.out prints, plus rounding of our own arithmetic. */
    private static final double PRINTED_POSITION_KM = 0.5e-8 * 1.01;
    private static final double PRINTED_VELOCITY_KM_PER_S = 0.5e-9 * 1.01;

    record Case(TleElements set, double start, double stop, double step) {
    }

    record Reference(int catalog, List<double[]> lines) {
    }

    private static List<Case> cases;
    private static List<Reference> references;

    @BeforeAll
    static void read() throws IOException {
        TleReader reader = TleReader.create(OrekitData.utc()).withChecksums(false);
        cases = new ArrayList<>();
        String[] tle = resource("SGP4-VER.TLE").split("\r?\n");
        for (int k = 0; k < tle.length; k++) {
            if (tle[k].startsWith("1 ")) {
                String line2 = tle[k + 1];
                String[] range = line2.substring(69).trim().split("\\s+");
                cases.add(new Case(reader.parse("", tle[k], line2.substring(0, 69)), Double.parseDouble(range[0]),
                        Double.parseDouble(range[1]), Double.parseDouble(range[2])));
                k++;
            }
        }
        references = new ArrayList<>();
        for (String line : resource("tcppver.out").split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            if (line.contains("xx")) {
                references.add(new Reference(Integer.parseInt(fields[0]), new ArrayList<>()));
            } else {
                double[] values = new double[7];
                for (int f = 0; f < 7; f++) {
                    values[f] = Double.parseDouble(fields[f]);
                }
                references.get(references.size() - 1).lines().add(values);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Sgp4AgainstValladoVerificationTest.class.getResourceAsStream("/sgp4-verification/"
                + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** Times of the reference test driver: epoch, then start..stop by step, stop last. */
    private static double[] times(Case c) {
        List<Double> times = new ArrayList<>();
        times.add(0.0);
        double t = c.start();
        while (t <= c.stop()) {
            if (!(t == 0.0 && c.start() == 0.0)) {
                times.add(t);
            }
            t += c.step();
        }
        if (t - c.stop() < c.step() - 1e-6) {
            times.add(c.stop());
        }
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void allThirtyThreeCasesMatchTcppverOut() {
        assertThat(cases).hasSize(33);
        assertThat(references).hasSize(33);
        List<TleElements> sets = cases.stream().map(Case::set).toList();
        BatchSgp4 sgp4 = BatchSgp4.of(sets, GravityModel.WGS72, OperationMode.IMPROVED);

        double maxPositionKm = 0.0;
        double maxVelocityKmPerS = 0.0;
        int compared = 0;
        List<String> errors = new ArrayList<>();
        int beyondPrinted = 0;
        double[] state = new double[6];
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Reference ref = references.get(i);
            assertThat(ref.catalog()).isEqualTo(c.set().catalogNumber());
            double[] times = times(c);
            int produced = 0;
            boolean failed = false;
            double casePositionKm = 0.0;
            double caseVelocityKmPerS = 0.0;
            for (double t : times) {
                int code = sgp4.propagateOne(i, t, state);
                if (code != Sgp4Errors.NONE) {
                    errors.add(c.set().catalogNumber() + "=" + code);
                    failed = true;
                    break;
                }
                assertThat(produced).as("set %d has more lines than tcppver.out at t=%f", ref.catalog(), t)
                        .isLessThan(ref.lines().size());
                double[] expected = ref.lines().get(produced);
                assertThat(expected[0]).isCloseTo(t, org.assertj.core.data.Offset.offset(1e-7));
                for (int f = 0; f < 3; f++) {
                    double dp = Math.abs(state[f] - expected[f + 1]);
                    double dv = Math.abs(state[f + 3] - expected[f + 4]);
                    maxPositionKm = Math.max(maxPositionKm, dp);
                    maxVelocityKmPerS = Math.max(maxVelocityKmPerS, dv);
                    casePositionKm = Math.max(casePositionKm, dp);
                    caseVelocityKmPerS = Math.max(caseVelocityKmPerS, dv);
                    if (t < 1.0e6 && (dp > PRINTED_POSITION_KM || dv > PRINTED_VELOCITY_KM_PER_S)) {
                        beyondPrinted++;
                    }
                    if (dp > POSITION_TOLERANCE_KM || dv > VELOCITY_TOLERANCE_KM_PER_S) {
                        failures.add(String.format("set %d t=%.8f component %d: dr=%.3e km dv=%.3e km/s",
                                ref.catalog(), t, f, dp, dv));
                    }
                }
                produced++;
                compared++;
            }
            System.out.printf("set %5d: %3d states, max |dr| = %.2e km, max |dv| = %.2e km/s%n", ref.catalog(),
                    produced, casePositionKm, caseVelocityKmPerS);
            if (!failed) {
                assertThat(produced).as("lines of set %d", ref.catalog()).isEqualTo(ref.lines().size());
            }
        }
        System.out.printf("SGP4 verification: %d states, max |dr| = %.3e km, max |dv| = %.3e km/s, errors %s,"
                + " %d components beyond the printed precision before 1e6 min%n", compared, maxPositionKm, maxVelocityKmPerS, errors,
                beyondPrinted);
        assertThat(failures).as("states outside the tolerances").isEmpty();
        assertThat(errors).isEqualTo(EXPECTED_ERRORS);
        // frozen: within the printed precision everywhere but in the 1.84-million-minute run of 20413 (about 1e-7 km)
        assertThat(beyondPrinted).isZero();
    }
}
