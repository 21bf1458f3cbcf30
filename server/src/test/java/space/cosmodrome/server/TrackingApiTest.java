package space.cosmodrome.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.GeodeticPoint;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.frames.Frame;
import org.orekit.frames.TopocentricFrame;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.propagation.events.ElevationDetector;
import org.orekit.propagation.events.EventsLogger;
import org.orekit.propagation.events.handlers.ContinueOnEvent;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;

import com.fasterxml.jackson.core.type.TypeReference;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.io.json.Json;

/**
 * The tracking endpoints in-process, against Orekit used the plain way (TLEPropagator, its frames and
 * ElevationDetector) as the reference, and every kind of bad input and limit. The element sets are the bundled
 * stations catalog ({@code data/tle}) and CelesTrak's Iridium group published both as OMM XML and as TLE.
 */
class TrackingApiTest extends InProcessServer {
    static final String STATIONS = "celestrak_stations_2026-05-30";
    static final String ISS_LINE1 = "1 25544U 98067A   26150.51748228  .00006990  00000+0  13124-3 0  9991";
    static String resource(String name) {
        try (InputStream in = TrackingApiTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The ISS element set of the bundled stations catalog, read as Orekit reads it. */
    static TLE iss() throws IOException {
        Path file = Path.of(System.getProperty("user.dir")).getParent().resolve("data/tle/" + STATIONS + ".tle");
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("1 25544")) {
                return new TLE(lines.get(i), lines.get(i + 1), OrekitData.utc());
            }
        }
        throw new AssertionError("no ISS in " + file);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void catalogsListTheBundledElementSets() {
        ApiClient.Answer a = api.get("/api/catalogs");
        assertThat(a.status()).isEqualTo(200);
        List<Map<String, Object>> catalogs = list(a.json(), "catalogs");
        Map<String, Object> stations = catalogs.stream().filter(c -> c.get("id").equals(STATIONS)).findFirst().orElseThrow();
        // data/tle/README.md: 25 objects, epochs 2026-05-28 .. 05-30
        assertThat(stations.get("objects")).isEqualTo(25);
        assertThat((String) stations.get("lastEpochUtc")).startsWith("2026-05-30");

        ApiClient.Answer one = api.get("/api/catalogs/" + STATIONS);
        assertThat(one.status()).isEqualTo(200);
        assertThat(list(one.json(), "elementSets")).extracting(x -> x.get("catalogNumber")).contains(25544, 48274);
        assertThat(api.get("/api/catalogs/nope").status()).isEqualTo(404);
    }

    @Test
    void whereAgreesWithOrekitGeodeticPoint() throws IOException {
        String at = "2026-05-30T12:00:00Z";
        ApiClient.Answer a = api.get("/api/where?catalog=" + STATIONS + "&catalogNumbers=25544&at=" + at);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        Map<String, Object> iss = list(a.json(), "objects").get(0);

        AbsoluteDate date = new AbsoluteDate(Instant.parse(at), OrekitData.utc());
        Frame itrf = OrekitData.context().getFrames().getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING, itrf);
        Vector3D p = TLEPropagator.selectExtrapolator(iss()).getPosition(date, itrf);
        GeodeticPoint g = earth.transform(p, itrf, date);
        assertThat(num(iss.get("latitudeDeg"))).isCloseTo(Math.toDegrees(g.getLatitude()), within(1e-3));
        assertThat(num(iss.get("longitudeDeg"))).isCloseTo(Math.toDegrees(g.getLongitude()), within(1e-3));
        assertThat(num(iss.get("altitudeKm"))).isCloseTo(g.getAltitude() / 1000, within(1e-2));
    }

    @Test
    void propagateAgreesWithOrekitTlePropagatorInTeme() throws IOException {
        ApiClient.Answer a = api.get("/api/propagate?catalog=" + STATIONS + "&catalogNumbers=25544"
                + "&from=2026-05-30T00:00:00Z&to=2026-05-30T06:00:00Z&stepS=600");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().get("frame")).isEqualTo("TEME");
        List<Map<String, Object>> states = list(a.json(), "states");
        assertThat(states).hasSize(37);
        TLEPropagator orekit = TLEPropagator.selectExtrapolator(iss());
        Frame teme = OrekitData.context().getFrames().getTEME();
        for (Map<String, Object> s : states) {
            AbsoluteDate t = new AbsoluteDate(Instant.parse((String) s.get("timeUtc")), OrekitData.utc());
            Vector3D ref = orekit.getPosition(t, teme);
            @SuppressWarnings("unchecked")
            List<Number> km = (List<Number>) s.get("positionKm");
            // Vallado's SGP4 and Orekit's agree to about a millimetre; the JSON keeps 1e-8 km
            assertThat(new Vector3D(km.get(0).doubleValue(), km.get(1).doubleValue(), km.get(2).doubleValue())
                    .distance(ref.scalarMultiply(1e-3))).as(s.get("timeUtc").toString()).isLessThan(1e-5);
        }
        // csv and oem as the command writes them
        ApiClient.Answer csv = api.get("/api/propagate?catalog=" + STATIONS + "&catalogNumbers=25544"
                + "&from=2026-05-30T00:00:00Z&to=2026-05-30T01:00:00Z&stepS=600&format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(8);
        ApiClient.Answer oem = api.get("/api/propagate?catalog=" + STATIONS + "&catalogNumbers=25544"
                + "&from=2026-05-30T00:00:00Z&to=2026-05-30T01:00:00Z&stepS=600&format=oem&frame=GCRF");
        assertThat(oem.body()).contains("CCSDS_OEM_VERS", "REF_FRAME", "GCRF");
    }

    @Test
    void czmlSamplesEveryObjectEarthFixed() throws IOException {
        ApiClient.Answer a = api.get("/api/propagate?catalog=" + STATIONS
                + "&from=2026-05-30T12:00:00Z&to=2026-05-30T13:00:00Z&stepS=60&format=czml");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Map<String, Object>> packets = Json.mapper().readValue(a.body(), new TypeReference<List<Map<String, Object>>>() { });
        assertThat(packets.get(0).get("id")).isEqualTo("document");
        assertThat(packets).hasSize(26);
        Map<String, Object> iss = packets.stream().filter(p -> "sat-25544".equals(p.get("id"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> position = (Map<String, Object>) iss.get("position");
        assertThat(position.get("referenceFrame")).isEqualTo("FIXED");
        @SuppressWarnings("unchecked")
        List<Number> samples = (List<Number>) position.get("cartesian");
        assertThat(samples).hasSize(61 * 4);
        AbsoluteDate t0 = new AbsoluteDate(Instant.parse("2026-05-30T12:00:00Z"), OrekitData.utc());
        Frame itrf = OrekitData.context().getFrames().getITRF(IERSConventions.IERS_2010, true);
        Vector3D ref = TLEPropagator.selectExtrapolator(iss()).getPosition(t0, itrf);
        assertThat(new Vector3D(samples.get(1).doubleValue(), samples.get(2).doubleValue(), samples.get(3).doubleValue())
                .distance(ref)).isLessThan(2.0);
    }

    @Test
    void passesAgreeWithOrekitElevationDetectorWithinOneSecond() throws IOException {
        double lat = -33.8688;
        double lon = 151.2093;
        double alt = 60;
        ApiClient.Answer a = api.get("/api/passes?catalog=" + STATIONS + "&catalogNumbers=25544&observer=" + lat + "," + lon + ","
                + alt + ",Sydney&from=2026-05-30T00:00:00Z&days=2&minElevationDeg=10");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<Map<String, Object>> passes = list(a.json(), "passes");
        assertThat(passes).isNotEmpty().allSatisfy(p -> assertThat(p.get("observer")).isEqualTo("Sydney"));

        AbsoluteDate start = new AbsoluteDate(Instant.parse("2026-05-30T00:00:00Z"), OrekitData.utc());
        Frame itrf = OrekitData.context().getFrames().getITRF(IERSConventions.IERS_2010, true);
        OneAxisEllipsoid earth = new OneAxisEllipsoid(Constants.WGS84_EARTH_EQUATORIAL_RADIUS, Constants.WGS84_EARTH_FLATTENING, itrf);
        TopocentricFrame sydney = new TopocentricFrame(earth, new GeodeticPoint(Math.toRadians(lat), Math.toRadians(lon), alt), "Sydney");
        TLEPropagator orekit = TLEPropagator.selectExtrapolator(iss());
        EventsLogger logger = new EventsLogger();
        orekit.addEventDetector(logger.monitorDetector(new ElevationDetector(sydney).withConstantElevation(Math.toRadians(10))
                .withMaxCheck(10.0).withThreshold(1e-3).withHandler(new ContinueOnEvent())));
        orekit.propagate(start, start.shiftedBy(2 * 86400.0));
        List<Double> reference = logger.getLoggedEvents().stream().map(e -> e.getState().getDate().durationFrom(start))
                .collect(Collectors.toList());
        List<Double> ours = new ArrayList<>();
        for (Map<String, Object> p : passes) {
            ours.add(seconds((String) p.get("aosUtc"), start));
            ours.add(seconds((String) p.get("losUtc"), start));
        }
        assertThat(ours).hasSameSizeAs(reference);
        for (int k = 0; k < ours.size(); k++) {
            assertThat(ours.get(k)).as("event %d", k).isCloseTo(reference.get(k), within(1.0));
        }
    }

    @Test
    void aFlatHorizonMaskActsAsThatMinimumElevation() {
        // a mask at 30 deg all round is, by definition, a 30 deg minimum elevation: both give the same passes
        String base = "/api/passes?catalog=" + STATIONS + "&catalogNumbers=25544&from=2026-05-30T00:00:00Z&days=2&observer=55.75,37.62,150";
        ApiClient.Answer masked = api.get(base + "&minElevationDeg=0&mask=0:30;120:30;240:30");
        ApiClient.Answer plain = api.get(base + "&minElevationDeg=30");
        assertThat(masked.status()).as(masked.body()).isEqualTo(200);
        List<Map<String, Object>> a = list(masked.json(), "passes");
        List<Map<String, Object>> b = list(plain.json(), "passes");
        assertThat(a).isNotEmpty().hasSameSizeAs(b);
        for (int k = 0; k < a.size(); k++) {
            assertThat(a.get(k).get("aosUtc")).isEqualTo(b.get(k).get("aosUtc"));
            assertThat(a.get(k).get("losUtc")).isEqualTo(b.get(k).get("losUtc"));
        }
        // and the mask counts: fewer passes than with no mask at all
        assertThat(list(api.get(base + "&minElevationDeg=0").json(), "passes").size()).isGreaterThan(a.size());
        expect(api.get(base + "&mask=0:30;90"), 400, "BAD_VALUE", "mask");
        expect(api.get(base + "&mask=0:95"), 400, "BAD_VALUE", "mask elevationDeg");
        expect(api.get(base + "&mask=0:5&mask=0:6"), 400, "BAD_VALUE", "mask");
    }

    private static double seconds(String utc, AbsoluteDate start) {
        return new AbsoluteDate(Instant.parse(utc), OrekitData.utc()).durationFrom(start);
    }

    @Test
    void ommInTheBodyAnswersAsThePublishedTle() {
        String at = "&at=2023-09-30T00:00:00Z";
        ApiClient.Answer omm = api.post("/api/where?catalogNumbers=24793,24795" + at, resource("/omm/celestrak_iridium_omm_2023-09-30.xml"),
                "application/xml");
        ApiClient.Answer tle = api.post("/api/where?catalogNumbers=24793,24795" + at, resource("/omm/celestrak_iridium_2023-09-30.tle"),
                "text/plain");
        assertThat(omm.status()).as(omm.body()).isEqualTo(200);
        assertThat(tle.status()).as(tle.body()).isEqualTo(200);
        List<Map<String, Object>> a = list(omm.json(), "objects");
        List<Map<String, Object>> b = list(tle.json(), "objects");
        assertThat(a).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(num(a.get(i).get("latitudeDeg"))).isCloseTo(num(b.get(i).get("latitudeDeg")), within(1e-3));
            assertThat(num(a.get(i).get("longitudeDeg"))).isCloseTo(num(b.get(i).get("longitudeDeg")), within(1e-3));
        }
        // the whole file describes itself
        ApiClient.Answer check = api.post("/api/catalogs", resource("/omm/celestrak_iridium_omm_2023-09-30.xml"), "application/xml");
        assertThat(check.json().get("objects")).isEqualTo(31);
    }

    @Test
    void badInputIs400Or404WithTheFieldNamed() {
        String base = "/api/passes?catalog=" + STATIONS + "&from=2026-05-30T00:00:00Z";
        expect(api.get(base + "&observer=95,10"), 400, "BAD_VALUE", "observer");
        expect(api.get(base), 400, "MISSING_VALUE", "observer");
        expect(api.get(base + "&observer=10,10&shadow=square"), 400, "BAD_VALUE", "shadow");
        expect(api.get(base + "&observer=10,10&minElevationDeg=95"), 400, "BAD_VALUE", "minElevationDeg");
        expect(api.get("/api/passes?catalog=" + STATIONS + "&observer=10,10&from=yesterday"), 400, "BAD_VALUE", "from");
        expect(api.get("/api/passes?catalog=nope&observer=10,10&from=2026-05-30T00:00:00Z"), 404, "UNKNOWN_ID", "catalog");
        expect(api.get(base + "&observer=10,10&catalogNumbers=99999"), 404, "UNKNOWN_ID", "catalogNumbers");
        expect(api.get(base + "&observer=10,10&catalogNumbers=ISS"), 400, "BAD_VALUE", "catalogNumbers");
        expect(api.get("/api/where?at=2026-05-30T00:00:00Z"), 400, "MISSING_VALUE", "catalog");
        expect(api.get("/api/where?catalog=" + STATIONS), 400, "MISSING_VALUE", "at");
        String prop = "/api/propagate?catalog=" + STATIONS + "&catalogNumbers=25544&from=2026-05-30T00:00:00Z&to=2026-05-30T01:00:00Z";
        expect(api.get(prop + "&stepS=60&frame=J2000"), 400, "BAD_VALUE", "frame");
        expect(api.get(prop + "&stepS=60&format=xlsx"), 400, "BAD_VALUE", "format");
        expect(api.get(prop + "&stepS=-1"), 400, "BAD_VALUE", "stepS");
        expect(api.get(prop), 400, "MISSING_VALUE", "stepS");
        expect(api.get(prop + "&stepS=60&format=czml&frame=TEME"), 400, "BAD_VALUE", "frame");
        expect(api.get("/api/propagate?catalog=" + STATIONS + "&from=2026-05-30T01:00:00Z&to=2026-05-30T00:00:00Z&stepS=60"), 400,
                "BAD_VALUE", "to");
        // a broken element set in the body: the line named
        String broken = ISS_LINE1.substring(0, 60) + "\n2 25544  51.6 garbage\n";
        ApiClient.Answer bad = api.post("/api/where?at=2026-05-30T00:00:00Z", "ISS\n" + broken, "text/plain");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("code")).isEqualTo("BAD_FILE");
        assertThat(bad.details()).containsEntry("file", "body").containsKey("line");
        ApiClient.Answer badXml = api.post("/api/where?at=2026-05-30T00:00:00Z", "<ndm><omm>", "application/xml");
        assertThat(badXml.status()).isEqualTo(400);
        assertThat(badXml.body()).doesNotContain("/tmp");
        // a catalog id and a body at once
        expect(api.post("/api/where?catalog=" + STATIONS + "&at=2026-05-30T00:00:00Z", resource("/omm/celestrak_iridium_2023-09-30.tle"),
                "text/plain"), 400, "BAD_VALUE", "catalog");
    }

    @Test
    void moreWorkThanTheLimitsIs413() {
        // the active catalog has 15,347 objects; the objects limit is 500
        ApiClient.Answer objects = api.get("/api/where?catalog=celestrak_active_2026-05-07&at=2026-05-07T00:00:00Z");
        expect(objects, 413, "LIMIT_EXCEEDED", "objects");
        assertThat(objects.details()).containsEntry("limit", 500).containsEntry("value", 15347);
        // a name filter brings it under
        ApiClient.Answer named = api.get("/api/where?catalog=celestrak_active_2026-05-07&name=ISS%20(ZARYA)&at=2026-05-07T00:00:00Z");
        assertThat(named.status()).as(named.body()).isEqualTo(200);

        String base = "/api/passes?catalog=" + STATIONS + "&from=2026-05-30T00:00:00Z";
        expect(api.get(base + "&observer=10,10&days=8"), 413, "LIMIT_EXCEEDED", "days");
        StringBuilder eleven = new StringBuilder(base);
        for (int i = 0; i < 11; i++) {
            eleven.append("&observer=").append(i).append(",10");
        }
        expect(api.get(eleven.toString()), 413, "LIMIT_EXCEEDED", "observer");
        // 25 objects x 10,081 one-minute times > 200,000 states
        expect(api.get("/api/propagate?catalog=" + STATIONS + "&from=2026-05-30T00:00:00Z&to=2026-06-06T00:00:00Z&stepS=60"), 413,
                "LIMIT_EXCEEDED", "states");
        // the limits are served
        assertThat(api.get("/api/limits").json()).containsEntry("objects", 500).containsEntry("observers", 10);
    }

    @Test
    void limitsAreConfigurable() {
        try (CosmodromeServer small = CosmodromeServer.create(ServerConfig.defaults(0).withLimits(Limits.defaults().with("objects", 3)))
                .start()) {
            ApiClient client = new ApiClient(small.port());
            expect(client.get("/api/where?catalog=" + STATIONS + "&at=2026-05-30T00:00:00Z"), 413, "LIMIT_EXCEEDED", "objects");
            assertThat(client.get("/api/where?catalog=" + STATIONS + "&catalogNumbers=25544,48274&at=2026-05-30T00:00:00Z").status())
                    .isEqualTo(200);
        }
    }

    static void expect(ApiClient.Answer a, int status, String code, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json().get("code")).as(a.body()).isEqualTo(code);
        assertThat(a.json().get("message")).isNotNull();
        assertThat(a.details()).as(a.body()).containsEntry("field", field);
    }
}
