package space.cosmodrome.io.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import space.cosmodrome.data.OrekitData;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.ErrorCode;
import space.cosmodrome.io.launch.CatalogReader;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.mission.Mission;
import space.cosmodrome.orbit.OrbitSpec;
import space.cosmodrome.orbit.PropagationModel;
import space.cosmodrome.orbit.SolarTime;

class MissionReaderTest {
    static LaunchCatalog catalog;

    static final String GOOD = String.join("\n",
            "name: test",
            "satellite:",
            "  massKg: 350",
            "  sensor:",
            "    maxOffNadirDeg: 30",
            "orbit:",
            "  sunSynchronous:",
            "    altitudeKm: 500",
            "    ltan: \"10:30\"",
            "    epochUtc: 2026-12-01T00:00:00Z",
            "propagation: j2",
            "groundStations:",
            "  - name: a",
            "    latitudeDeg: 55",
            "    longitudeDeg: 37",
            "  - name: b",
            "    latitudeDeg: 48",
            "    longitudeDeg: 135",
            "analysis:",
            "  durationDays: 1",
            "  stepS: 60",
            "");

    @BeforeAll
    static void load() {
        OrekitData.context();
        catalog = CatalogReader.bundled();
    }

    private static CosmodromeException fail(String yaml) {
        return catchThrowableOfType(CosmodromeException.class, () -> MissionReader.parse("m.yaml", yaml, catalog));
    }

    @Test
    void readsAValidFile() {
        Mission m = MissionReader.parse("m.yaml", GOOD, catalog);
        assertThat(m.name()).isEqualTo("test");
        assertThat(m.orbit()).isInstanceOf(OrbitSpec.SunSynchronous.class);
        assertThat(((OrbitSpec.SunSynchronous) m.orbit()).ltanHours()).isEqualTo(10.5);
        assertThat(m.propagation()).isEqualTo(PropagationModel.J2);
        assertThat(m.stations()).hasSize(2);
        assertThat(m.analysis().durationS()).isEqualTo(86_400);
    }

    @Test
    void readsTheBundledExample() {
        Path example = Path.of(System.getProperty("cosmodrome.root", "..")).resolve("examples/vostochny-eo.yaml");
        Mission m = MissionReader.read(example, catalog);
        assertThat(m.launch()).isNotNull();
        assertThat(m.launch().site().id()).isEqualTo("vostochny");
        assertThat(m.launch().vehicle().id()).isEqualTo("angara-1.2");
    }

    @Test
    void aValueOutOfRangeNamesLineColumnAndFieldPath() {
        CosmodromeException e = fail(GOOD.replace("massKg: 350", "massKg: -5"));
        assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
        assertThat(e.details()).containsEntry("field", "satellite.massKg").containsEntry("line", 3).containsEntry("column", 11)
                .containsEntry("value", -5.0);
    }

    @Test
    void aListItemIsNamedByItsIndex() {
        CosmodromeException e = fail(GOOD.replace("latitudeDeg: 48", "latitudeDeg: 95"));
        assertThat(e.details()).containsEntry("field", "groundStations[1].latitudeDeg").containsEntry("line", 17);
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        CosmodromeException e = fail(GOOD.replace("  massKg: 350", "  massKg: [350"));
        assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
        assertThat(e.details()).containsKeys("line", "column");
    }

    @Test
    void anUnknownKeySuggestsTheNearest() {
        CosmodromeException e = fail(GOOD.replace("massKg: 350", "masKg: 350"));
        assertThat(e.details()).containsEntry("line", 3).containsEntry("field", "satellite.masKg");
        assertThat(e.getMessage()).contains("massKg");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        CosmodromeException e = fail(GOOD.replace("  massKg: 350\n", ""));
        assertThat(e.details()).containsEntry("field", "satellite.massKg").containsKey("line");
    }

    @Test
    void aBadLtanAndAnUnknownVehicleAreRefused() {
        assertThat(fail(GOOD.replace("\"10:30\"", "\"25:00\"")).details()).containsEntry("field", "orbit.sunSynchronous.ltan");
        String launch = GOOD.replace("  sunSynchronous:\n    altitudeKm: 500\n    ltan: \"10:30\"\n    epochUtc: 2026-12-01T00:00:00Z",
                "  launch:\n    site: vostochny\n    vehicle: angara-9\n    launchUtc: 2026-12-01T01:18:49Z\n    target:\n      altitudeKm: 500\n      sso: true");
        CosmodromeException e = fail(launch);
        assertThat(e.details()).containsEntry("field", "orbit.launch.vehicle").containsEntry("line", 9);
    }

    static final String REGION = String.join("\n",
            "regions:",
            "  - name: box",
            "    gridStepDeg: 2",
            "    polygon:",
            "      - [10, 30]",
            "      - [10, 40]",
            "      - [20, 40]",
            "      - [20, 30]",
            "");

    @Test
    void readsRegionsAndElevationMasks() {
        String yaml = GOOD.replace("analysis:", REGION + "analysis:")
                .replace("    longitudeDeg: 135", "    longitudeDeg: 135\n    elevationMask:\n      - [0, 5]\n      - [180, 12]");
        Mission m = MissionReader.parse("m.yaml", yaml, catalog);
        assertThat(m.regions()).hasSize(1);
        assertThat(m.regions().get(0).gridPoints()).hasSize(36);
        assertThat(m.stations().get(1).mask()).isNotNull();
        // a mask alone sets no further minimum
        assertThat(m.stations().get(1).minElevationRad()).isZero();
        assertThat(Math.toDegrees(m.stations().get(1).minElevationAt(Math.toRadians(90)))).isCloseTo(8.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aBadVertexOrMaskEntryIsNamedWithItsLine() {
        String yaml = GOOD.replace("analysis:", REGION.replace("[10, 40]", "[100, 40]") + "analysis:");
        CosmodromeException e = fail(yaml);
        assertThat(e.code()).isEqualTo(ErrorCode.BAD_FILE);
        assertThat(e.details()).containsEntry("field", "regions[0].polygon[1]").containsEntry("line", 24);
        CosmodromeException pair = fail(GOOD.replace("analysis:", REGION.replace("[10, 40]", "[10]") + "analysis:"));
        assertThat(pair.details()).containsEntry("field", "regions[0].polygon[1]");
        CosmodromeException mask = fail(GOOD.replace("    longitudeDeg: 135",
                "    longitudeDeg: 135\n    elevationMask:\n      - [90, 5]\n      - [10, 12]"));
        assertThat(mask.details()).containsEntry("field", "groundStations[1].elevationMask[1]").containsEntry("line", 21);
        CosmodromeException step = fail(GOOD.replace("analysis:", REGION.replace("gridStepDeg: 2", "gridStepDeg: 30") + "analysis:"));
        assertThat(step.details()).containsEntry("field", "regions[0].gridStepDeg");
    }

    private static String withOrbit(String section) {
        return GOOD.replace("  sunSynchronous:\n    altitudeKm: 500\n    ltan: \"10:30\"\n    epochUtc: 2026-12-01T00:00:00Z", section);
    }

    @Test
    void readsEveryKindOfOrbit() {
        Mission k = MissionReader.parse("m.yaml", withOrbit("  keplerian:\n    semiMajorAxisKm: 7000\n    eccentricity: 0.01\n"
                + "    inclinationDeg: 45\n    epochUtc: 2026-12-01T00:00:00Z"), catalog);
        assertThat(k.orbit()).isInstanceOf(OrbitSpec.Keplerian.class);
        Mission f = MissionReader.parse("m.yaml", withOrbit("  frozen:\n    altitudeKm: 700\n    ltan: \"22:30\"\n"
                + "    epochUtc: 2026-12-01T00:00:00Z"), catalog);
        assertThat(((OrbitSpec.Frozen) f.orbit()).eccentricity()).isBetween(5e-4, 2e-3);
        // its node is the LTAN's, as for a sun-synchronous circle: the same local time read back (mean equinox of date)
        assertThat(SolarTime.ltanHours(f.orbit().initialOrbit()) * 60).isCloseTo(22.5 * 60, offset(0.1));
        Mission r = MissionReader.parse("m.yaml", withOrbit("  repeatGroundTrack:\n    revolutions: 15\n    days: 1\n"
                + "    ltan: \"10:30\"\n    epochUtc: 2026-12-01T00:00:00Z")
                + "propagationOptions:\n  gravityDegree: 20\n  gravityOrder: 10\n", catalog);
        assertThat(r.orbit()).isInstanceOf(OrbitSpec.RepeatGroundTrack.class);
        assertThat(r.gravity()).isEqualTo(new Mission.Gravity(20, 10));
        Mission t = MissionReader.parse("m.yaml", withOrbit("  tle:\n    lines:\n"
                + "      - \"1 25544U 98067A   26150.51748228  .00011776  00000+0  21767-3 0  9998\"\n"
                + "      - \"2 25544  51.6337  27.5746 0007245 114.7080 245.4664 15.49496548569014\"").replace("propagation: j2\n", ""), catalog);
        assertThat(t.orbit()).isInstanceOf(OrbitSpec.FromTle.class);
        assertThat(t.propagation()).isEqualTo(PropagationModel.SGP4);
        Mission fromFile = MissionReader.parse("m.yaml", withOrbit("  tle:\n    file: data/tle/celestrak_stations_2026-05-30.tle\n"
                + "    catalogNumber: 25544"), catalog, Path.of(System.getProperty("cosmodrome.root", "..")));
        assertThat(((OrbitSpec.FromTle) fromFile.orbit()).tle().getSatelliteNumber()).isEqualTo(25544);
    }

    @Test
    void badOrbitsAreRefusedNamingTheField() {
        CosmodromeException two = fail(GOOD.replace("  sunSynchronous:", "  frozen:\n    altitudeKm: 700\n  sunSynchronous:"));
        assertThat(two.details()).containsEntry("field", "orbit");
        CosmodromeException surface = fail(withOrbit("  keplerian:\n    semiMajorAxisKm: 6500\n    eccentricity: 0.1\n"
                + "    inclinationDeg: 45\n    epochUtc: 2026-12-01T00:00:00Z"));
        assertThat(surface.details()).containsEntry("field", "orbit.keplerian.semiMajorAxisKm").containsEntry("line", 8);
        assertThat(surface.getMessage()).contains("below the surface");
        CosmodromeException sgp4 = fail(GOOD.replace("propagation: j2", "propagation: sgp4"));
        assertThat(sgp4.details()).containsEntry("field", "propagation");
        // a mission sent as text (to the server) cannot name a file
        CosmodromeException file = fail(withOrbit("  tle:\n    file: /etc/passwd"));
        assertThat(file.details()).containsEntry("field", "orbit.tle.file");
        CosmodromeException degree = fail(GOOD + "propagationOptions:\n  gravityDegree: 500\n");
        assertThat(degree.details()).containsEntry("field", "propagationOptions.gravityDegree").containsKey("line");
    }

    @Test
    void readsAWalkerConstellationAndTheBundledWalkerExample() {
        Mission w = MissionReader.parse("m.yaml", withOrbit("  walker:\n    pattern: star\n    totalSatellites: 12\n    planes: 3\n"
                + "    phasing: 2\n    semiMajorAxisKm: 6928.137\n    ltan: \"09:00\"\n    epochUtc: 2026-12-01T00:00:00Z"), catalog);
        OrbitSpec.Walker walker = (OrbitSpec.Walker) w.orbit();
        assertThat(walker.star()).isTrue();
        assertThat(walker.altitudeM()).isCloseTo(550_000, org.assertj.core.data.Offset.offset(1.0));
        assertThat(walker.sunSynchronous()).isTrue();
        assertThat(walker.phasing()).isEqualTo(2);
        Path example = Path.of(System.getProperty("cosmodrome.root", "..")).resolve("examples/walker-eo.yaml");
        Mission m = MissionReader.read(example, catalog);
        assertThat(((OrbitSpec.Walker) m.orbit()).members()).hasSize(12);
        assertThat(m.data().imagingSPerAccess()).isEqualTo(10.0);
    }

    @Test
    void badWalkerInputsNameTheFieldLineAndAllowedValues() {
        String base = "  walker:\n    totalSatellites: 12\n    planes: 3\n    phasing: 1\n    altitudeKm: 520\n"
                + "    inclinationDeg: 52\n    epochUtc: 2026-12-01T00:00:00Z";
        CosmodromeException planes = fail(withOrbit(base.replace("planes: 3", "planes: 5")));
        assertThat(planes.details()).containsEntry("field", "orbit.walker.planes").containsEntry("line", 9);
        assertThat(planes.getMessage()).contains("1, 2, 3, 4, 6, 12");
        CosmodromeException phasing = fail(withOrbit(base.replace("phasing: 1", "phasing: 3")));
        assertThat(phasing.details()).containsEntry("field", "orbit.walker.phasing").containsEntry("line", 10);
        assertThat(phasing.getMessage()).contains("0 to planes - 1 (2)");
        CosmodromeException both = fail(withOrbit(base.replace("altitudeKm: 520", "altitudeKm: 520\n    semiMajorAxisKm: 6900")));
        assertThat(both.details().get("field").toString()).startsWith("orbit.walker.");
        CosmodromeException low = fail(withOrbit(base.replace("altitudeKm: 520", "semiMajorAxisKm: 6400")));
        assertThat(low.details()).containsEntry("field", "orbit.walker.semiMajorAxisKm");
        CosmodromeException pattern = fail(withOrbit(base + "\n    pattern: rosette"));
        assertThat(pattern.details()).containsEntry("field", "orbit.walker.pattern");
        CosmodromeException ssoAndInclination = fail(withOrbit(base + "\n    ltan: \"10:30\""));
        assertThat(ssoAndInclination.details()).containsEntry("field", "orbit.walker.inclinationDeg");
        CosmodromeException unknown = fail(withOrbit(base + "\n    phasng: 1"));
        assertThat(unknown.getMessage()).contains("phasing");
    }
}
