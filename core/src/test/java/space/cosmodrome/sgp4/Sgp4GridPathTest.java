package space.cosmodrome.sgp4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * The regular-grid path of the batch propagator (rotation recurrences instead of sines and cosines, passes over the
 * grid) against the single-state path, which the verification test checks against Vallado's output: the same
 * states to 1e-7 km (the single-state path stops Kepler's iteration at 1e-12 rad) and 1e-11 km/s, and the same
 * error codes, over three days at 60 s for the active sample (near-Earth and deep-space objects) and a decaying
 * object, and over one day for every object of the active catalog. Positions-only states must hold the
 * same positions and codes as full states, on the grid and off it.
 */
class Sgp4GridPathTest {
    @Test
    void gridPathMatchesSingleStatesToRounding() throws IOException {
        List<TleElements> sets;
        try (InputStream in = getClass().getResourceAsStream("/tle/celestrak_active_2026-05-07_first300.txt")) {
            sets = new java.util.ArrayList<>(TleReader.create(OrekitData.utc())
                    .read("active", new String(in.readAllBytes(), StandardCharsets.US_ASCII)).elementSets());
        }
        sets.add(TleReader.create(OrekitData.utc()).parse("KMS 3-2",
                "1 39026U 12072A   23255.63925420  .01679818  25600-2  12588-2 0  9991",
                "2 39026  97.2621 258.2074 0006472 205.1820 154.9152 16.16004275599129"));
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        AbsoluteDate start = sets.get(0).epoch().shiftedBy(-3600.0);
        int count = 3 * 1440 + 1;
        Sgp4States states = sgp4.newStates(count);
        sgp4.propagate(start, 60.0, count, states);
        BatchSgp4.Cursor cursor = sgp4.cursor();
        double maxKm = 0;
        double maxKmps = 0;
        for (int i = 0; i < sets.size(); i++) {
            double offset = start.durationFrom(sgp4.epoch(i)) / 60.0;
            for (int k = 0; k < count; k += 7) {
                int code = cursor.propagate(i, offset + k);
                assertThat(states.error(i, k)).as("code of %d at %d", sets.get(i).catalogNumber(), k).isEqualTo(code);
                if (code != Sgp4Errors.NONE) {
                    continue;
                }
                double[] s = states.state(i, k);
                double[] c = cursor.state();
                for (int a = 0; a < 3; a++) {
                    maxKm = Math.max(maxKm, Math.abs(s[a] - c[a]));
                    maxKmps = Math.max(maxKmps, Math.abs(s[a + 3] - c[a + 3]));
                }
            }
        }
        Sgp4States positions = sgp4.newPositionStates(count);
        sgp4.propagate(start, 60.0, count, positions, 2);
        assertThat(positions.hasVelocities()).isFalse();
        assertThat(positions.vxKmPerS()).isEmpty();
        assertSamePositions(positions, states);
        // the same grid in chunks of objects: the same states bit for bit
        for (int first = 0; first < sets.size(); first += 97) {
            int objects = Math.min(97, sets.size() - first);
            Sgp4States chunk = new Sgp4States(objects, count);
            sgp4.propagate(first, start, 60.0, count, chunk);
            for (int j = 0; j < chunk.xKm().length; j++) {
                int whole = first * count + j;
                if (Double.compare(chunk.xKm()[j], states.xKm()[whole]) != 0
                        || Double.compare(chunk.vzKmPerS()[j], states.vzKmPerS()[whole]) != 0
                        || chunk.errorCode()[j] != states.errorCode()[whole]) {
                    throw new AssertionError("chunk from object " + first + " differs at " + j);
                }
            }
        }
        System.out.printf("grid path vs single states: max |dr| = %.3e km, max |dv| = %.3e km/s%n", maxKm, maxKmps);
        // the single-state path stops Kepler's iteration once a step is below 1e-12 rad and keeps the sine and
        // cosine from before that step, as the reference code does: up to 1e-12 rad, 4.2e-8 km at the geostationary
        // radius; the grid passes solve Kepler's equation to 1e-17 rad
        assertThat(maxKm).isLessThan(1e-7);
        assertThat(maxKmps).isLessThan(1e-11);
    }

    /** Grids whose last tile of 512 times holds a single time (and a grid of one time) against the single-state path. */
    @Test
    void lastTileOfOneTimeMatchesSingleStates() throws IOException {
        List<TleElements> sets;
        try (InputStream in = getClass().getResourceAsStream("/tle/celestrak_active_2026-05-07_first300.txt")) {
            sets = TleReader.create(OrekitData.utc()).read("active", new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .elementSets();
        }
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        BatchSgp4.Cursor cursor = sgp4.cursor();
        AbsoluteDate start = sets.get(0).epoch();
        for (int count : new int[] {1, 513, 1025}) {
            Sgp4States states = sgp4.newStates(count);
            sgp4.propagate(start, 60.0, count, states);
            for (int i = 0; i < sets.size(); i++) {
                double offset = start.durationFrom(sgp4.epoch(i)) / 60.0;
                for (int k : new int[] {0, count / 2, count - 2, count - 1}) {
                    if (k < 0) {
                        continue;
                    }
                    int code = cursor.propagate(i, offset + k);
                    assertThat(states.error(i, k)).as("code of object %d at %d of %d", i, k, count).isEqualTo(code);
                    if (code == Sgp4Errors.NONE) {
                        double[] g = states.state(i, k);
                        double[] c = cursor.state();
                        for (int a = 0; a < 3; a++) {
                            assertThat(Math.abs(g[a] - c[a])).as("object %d at %d of %d", i, k, count).isLessThan(1e-7);
                            assertThat(Math.abs(g[a + 3] - c[a + 3])).isLessThan(1e-11);
                        }
                    }
                }
            }
        }
    }

    /**
     * Every object of the active catalog (15,347, of which 806 deep-space: geostationary, navigation, Molniya and
     * other orbits; and low, high-drag orbits days from their epoch), one day at 60 s in calls of 512 objects by
     * 1441 times as the benchmark runs them (tiles of 512, 512 and 417 times): the grid paths (passes over the grid, rotations of the solar and lunar angles) against
     * the single-state path, at every seventh time.
     */
    @Test
    void gridPathsMatchSingleStatesOnTheWholeActiveCatalog() {
        List<TleElements> all = TleReader.create(OrekitData.utc()).withLenient(true)
                .read(repositoryRoot().resolve("data/tle/celestrak_active_2026-05-07.txt")).elementSets();
        List<TleElements> sets = all;
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        AbsoluteDate start = all.stream().map(TleElements::epoch).max(AbsoluteDate::compareTo).orElseThrow();
        BatchSgp4.Cursor cursor = sgp4.cursor();
        int count = 1441;
        int chunk = 512;
        Sgp4States states = new Sgp4States(chunk, count);
        double maxKm = 0;
        double maxKmps = 0;
        int checked = 0;
        for (int first = 0; first < sets.size(); first += chunk) {
            int objects = Math.min(chunk, sets.size() - first);
            if (objects < chunk) {
                states = new Sgp4States(objects, count);
            }
            sgp4.propagate(first, start, 60.0, count, states);
            for (int o = 0; o < objects; o++) {
                int i = first + o;
                double offset = start.durationFrom(sgp4.epoch(i)) / 60.0;
                for (int k = i % 7; k < count; k += 7) {
                    int code = cursor.propagate(i, offset + k);
                    assertThat(states.error(o, k)).as("code of %d at %d", sets.get(i).catalogNumber(), k)
                            .isEqualTo(code);
                    if (code != Sgp4Errors.NONE) {
                        continue;
                    }
                    double[] s = states.state(o, k);
                    double[] c = cursor.state();
                    for (int a = 0; a < 3; a++) {
                        maxKm = Math.max(maxKm, Math.abs(s[a] - c[a]));
                        maxKmps = Math.max(maxKmps, Math.abs(s[a + 3] - c[a + 3]));
                    }
                    checked++;
                }
            }
        }
        System.out.printf("grid paths vs single states, whole active catalog: %d states, max |dr| = %.3e km,"
                + " max |dv| = %.3e km/s%n", checked, maxKm, maxKmps);
        assertThat(maxKm).isLessThan(1e-7);
        assertThat(maxKmps).isLessThan(1e-11);
    }

    /** A chunk must lie within the catalog and match its states' size: bad input, named, not a wrong answer. */
    @Test
    void chunksOutsideTheCatalogAreRefused() throws IOException {
        List<TleElements> sets;
        try (InputStream in = getClass().getResourceAsStream("/tle/celestrak_active_2026-05-07_first300.txt")) {
            sets = TleReader.create(OrekitData.utc())
                    .read("active", new String(in.readAllBytes(), StandardCharsets.US_ASCII)).elementSets();
        }
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        AbsoluteDate start = sets.get(0).epoch();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> sgp4.propagate(-1, start, 60.0, 10, new Sgp4States(5, 10)))
                .isInstanceOf(space.cosmodrome.error.CosmodromeException.class).hasMessageContaining("firstObject");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> sgp4.propagate(sets.size() - 4, start, 60.0, 10, new Sgp4States(5, 10)))
                .isInstanceOf(space.cosmodrome.error.CosmodromeException.class).hasMessageContaining("states");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> sgp4.propagate(0, start, 60.0, 11, new Sgp4States(5, 10)))
                .isInstanceOf(space.cosmodrome.error.CosmodromeException.class).hasMessageContaining("states");
        // the last objects exactly: accepted
        Sgp4States last = new Sgp4States(5, 10);
        sgp4.propagate(sets.size() - 5, start, 60.0, 10, last);
        assertThat(last.error(4, 0)).isEqualTo(sgp4.initializationError(sets.size() - 1));
    }

    private static java.nio.file.Path repositoryRoot() {
        java.nio.file.Path p = java.nio.file.Paths.get("").toAbsolutePath();
        while (p != null && !java.nio.file.Files.exists(p.resolve("data/tle"))) {
            p = p.getParent();
        }
        assertThat(p).as("repository root holding data/tle").isNotNull();
        return p;
    }

    @Test
    void positionsOnlyOffTheGridMatchFullStates() throws IOException {
        List<TleElements> sets;
        try (InputStream in = getClass().getResourceAsStream("/tle/celestrak_active_2026-05-07_first300.txt")) {
            sets = TleReader.create(OrekitData.utc())
                    .read("active", new String(in.readAllBytes(), StandardCharsets.US_ASCII)).elementSets();
        }
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        double[] minutes = {-30.0, 0.0, 7.5, 100.0, 1440.0, 1441.25, 4000.0};
        Sgp4States full = sgp4.newStates(minutes.length);
        Sgp4States positions = sgp4.newPositionStates(minutes.length);
        sgp4.propagateSinceEpoch(minutes, full);
        sgp4.propagateSinceEpoch(minutes, positions);
        assertSamePositions(positions, full);
        assertThat(positions.state(0, 1)[3]).isNaN();
    }

    /** Bit for bit, NaN included (a plain array assertion on millions of entries is too slow to report a miss). */
    private static void assertSamePositions(Sgp4States positions, Sgp4States full) {
        int mismatches = 0;
        for (int j = 0; j < full.xKm().length; j++) {
            if (Double.compare(positions.xKm()[j], full.xKm()[j]) != 0
                    || Double.compare(positions.yKm()[j], full.yKm()[j]) != 0
                    || Double.compare(positions.zKm()[j], full.zKm()[j]) != 0
                    || positions.errorCode()[j] != full.errorCode()[j]) {
                mismatches++;
            }
        }
        assertThat(mismatches).as("positions-only states that differ from full states").isZero();
    }
}
