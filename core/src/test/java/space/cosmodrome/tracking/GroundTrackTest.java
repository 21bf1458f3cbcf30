package space.cosmodrome.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.tle.TleElements;
import space.cosmodrome.tle.TleReader;

/**
 * Ground track from an element-set history against Orekit used directly: for each time, the newest set at or before
 * it, propagated with Orekit's TLEPropagator and turned into geodetic coordinates by Orekit's ellipsoid.
 */
class GroundTrackTest {
    static Path root() {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("data/tle"))) {
            p = p.getParent();
        }
        return p;
    }

    @Test
    void historyTrackAgreesWithOrekitUsingTheNewestSetAtEachTime() {
        List<TleElements> history = TleReader.create()
                .read(root().resolve("data/tle/history/malligyong1_58400.tle")).elementSets();
        AbsoluteDate from = new AbsoluteDate(2026, 5, 1, OrekitData.utc());
        AbsoluteDate to = from.shiftedBy(2 * 86400.0);
        List<GroundTrack.Point> points = GroundTrack.of(history, from, to, 900.0);
        assertThat(points).hasSize(193);
        Frame itrf = OrekitData.context().getFrames().getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS,
                Constants.WGS84_EARTH_FLATTENING, itrf);
        int epochsUsed = 0;
        AbsoluteDate lastEpoch = null;
        for (GroundTrack.Point p : points) {
            TleElements newest = history.stream().filter(s -> s.epoch().compareTo(p.date()) <= 0)
                    .reduce((a, b) -> b.epoch().compareTo(a.epoch()) >= 0 ? b : a).orElseThrow();
            assertThat(p.elementSetEpoch()).isEqualTo(newest.epoch());
            if (!newest.epoch().equals(lastEpoch)) {
                epochsUsed++;
                lastEpoch = newest.epoch();
            }
            TLEPropagator orekit = TLEPropagator.selectExtrapolator(
                    new TLE(newest.line1(), newest.line2(), OrekitData.utc()));
            GeodeticPoint g = earth.transform(orekit.getPosition(p.date(), itrf), itrf, p.date());
            assertThat(Math.toDegrees(p.latitudeRad())).isCloseTo(Math.toDegrees(g.getLatitude()), within(1e-5));
            assertThat(Math.toDegrees(p.longitudeRad())).isCloseTo(Math.toDegrees(g.getLongitude()), within(1e-5));
            assertThat(p.altitudeM()).isCloseTo(g.getAltitude(), within(1.0));
        }
        assertThat(epochsUsed).isGreaterThan(2);
    }
}
