package space.cosmodrome.sgp4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/** The per-time-step conversion gives what Orekit's transform gives object by object. */
class Sgp4FrameConversionTest {

    @Test
    void temeToItrfMatchesOrekitTransformPerObject() throws IOException {
        List<TleElements> sets;
        try (InputStream in = getClass().getResourceAsStream("/tle/celestrak_stations_2026-05-30.tle")) {
            sets = TleReader.create(OrekitData.utc())
                    .read("stations", new String(in.readAllBytes(), StandardCharsets.US_ASCII)).elementSets();
        }
        BatchSgp4 sgp4 = BatchSgp4.of(sets);
        AbsoluteDate[] times = new AbsoluteDate[12];
        for (int k = 0; k < times.length; k++) {
            times[k] = sets.get(0).epoch().shiftedBy(3600.0 * k);
        }
        Sgp4States teme = sgp4.newStates(times.length);
        sgp4.propagate(times, teme);
        Sgp4States itrf = sgp4.newStates(times.length);
        sgp4.propagate(times, itrf);
        FrameConversion conversion = FrameConversion.temeToItrf();
        conversion.convertInPlace(itrf, times);

        var frames = OrekitData.context().getFrames();
        for (int i = 0; i < sets.size(); i++) {
            for (int k = 0; k < times.length; k++) {
                double[] s = teme.state(i, k);
                PVCoordinates expected = frames.getTEME().getTransformTo(conversion.target(), times[k])
                        .transformPVCoordinates(new PVCoordinates(new Vector3D(s[0], s[1], s[2]),
                                new Vector3D(s[3], s[4], s[5])));
                double[] actual = itrf.state(i, k);
                assertThat(actual[0]).isCloseTo(expected.getPosition().getX(), within(1e-9));
                assertThat(actual[1]).isCloseTo(expected.getPosition().getY(), within(1e-9));
                assertThat(actual[2]).isCloseTo(expected.getPosition().getZ(), within(1e-9));
                assertThat(actual[3]).isCloseTo(expected.getVelocity().getX(), within(1e-12));
                assertThat(actual[4]).isCloseTo(expected.getVelocity().getY(), within(1e-12));
                assertThat(actual[5]).isCloseTo(expected.getVelocity().getZ(), within(1e-12));
            }
        }
    }
}
