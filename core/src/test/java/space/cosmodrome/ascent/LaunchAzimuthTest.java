package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.launch.AzimuthCorridor;
import space.cosmodrome.launch.LaunchSite;

/**
 * The launch azimuth against the textbook relations, and what flying another one costs.
 *
 * <p>Reference: the launch-azimuth relations of the astrodynamics textbooks (Curtis, <i>Orbital Mechanics for
 * Engineering Students</i>; Vallado, <i>Fundamentals of Astrodynamics and Applications</i>): the inertial
 * azimuth into inclination i from latitude L obeys sin(az_I) = cos(i) / cos(L), and the azimuth flown over the
 * ground is tan(az) = (V sin(az_I) - v_rot) / (V cos(az_I)), V the orbital speed, v_rot the pad's eastward
 * speed (Earth's rotation rate times the pad's distance from the axis). Computed here, not taken from
 * {@link LaunchGeometry}.
 */
class LaunchAzimuthTest {
    private static final TargetOrbit SSO_500 = TargetOrbit.circular(500e3, Math.toRadians(97.4));
    private static final double OMEGA_EARTH = 7.292115e-5;   // WGS84 rotation rate (rad/s)

    /** Ground azimuth into an inclination from the textbook relations, northbound branch (deg, -180 to 180). */
    private static double textbookGroundAzimuthDeg(LaunchSite site, TargetOrbit target) {
        double lat = Math.toRadians(site.latitudeDeg());
        double a = 6_378_137.0;
        double e2 = 6.69437999014e-3;
        double n = a / Math.sqrt(1 - e2 * Math.sin(lat) * Math.sin(lat));
        double vRot = OMEGA_EARTH * (n + site.altitudeM()) * Math.cos(lat);
        double v = Math.sqrt(Earth.MU / target.perigeeRadiusM());
        double azInertial = Math.asin(Math.cos(target.inclinationRad()) / Math.cos(lat));
        return Math.toDegrees(Math.atan2(v * Math.sin(azInertial) - vRot, v * Math.cos(azInertial)));
    }

    /** Air-relative heading over the ground (deg, -180 to 180) of a trajectory sample, geocentric east/north. */
    private static double airRelativeHeadingDeg(TrajectoryPoint p) {
        double[] r = p.positionM();
        double[] v = p.velocityMps();
        double rx = v[0] + OMEGA_EARTH * r[1];
        double ry = v[1] - OMEGA_EARTH * r[0];
        double rz = v[2];
        double rn = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
        double rho = Math.hypot(r[0], r[1]);
        double east = (-r[1] * rx + r[0] * ry) / rho;
        // north = up x east = (-z x / (r rho), -z y / (r rho), rho / r)
        double north = (-r[2] * r[0] * rx - r[2] * r[1] * ry) / (rn * rho) + rho / rn * rz;
        return Math.toDegrees(Math.atan2(east, north));
    }

    @Test
    void theAtmosphericPhaseHoldsTheTextbookAzimuth() {
        LaunchSite site = TestVehicles.vostochny(List.of(new AzimuthCorridor("SSO", 339, 353, "test", "")));
        AscentResult r = PayloadCapacity.maximize(TestVehicles.angara12(), site, SSO_500);
        double expected = textbookGroundAzimuthDeg(site, SSO_500);
        double flown = Math.toDegrees(r.approach().groundAzimuthRad());
        assertThat(flown - 360).isCloseTo(expected, within(0.2));
        // through the gravity turn, once the horizontal speed is past the first few m/s (over 100 m/s at an
        // air speed of 400 m/s), to the closed-loop guidance the vehicle flies that azimuth over the ground: the
        // Coriolis drift of the first seconds of the turn must not swing it (it did, by 21 deg, to -35 deg)
        double switchS = r.events().stream().filter(e -> e.name().equals("closed-loop guidance")).findFirst()
                .orElseThrow().timeS();
        List<TrajectoryPoint> turn = r.trajectory().stream()
                .filter(p -> p.relativeSpeedMps() > 400 && p.timeS() < switchS).toList();
        assertThat(turn).hasSizeGreaterThan(30);
        for (TrajectoryPoint p : turn) {
            assertThat(airRelativeHeadingDeg(p)).as("T+%.0f s", p.timeS()).isCloseTo(expected, within(0.3));
        }
    }

    @Test
    void aForcedDogLegNeverCarriesMoreThanTheDirectAscent() {
        // 1 deg corridors 10 deg either side of the direct azimuth (about 346 deg) force dog-legs of about 6 deg,
        // which must cost payload. Before the gravity turn held its heading, the northern one carried 4 % more;
        // before the yaw spread its plane change over the burn, a western one could (Kourou, 16 deg west: +13 %)
        double direct = capacity(new AzimuthCorridor("direct", 339, 353, "test", ""), SSO_500);
        for (AzimuthCorridor forced : List.of(new AzimuthCorridor("north", 356, 357, "test", ""),
                new AzimuthCorridor("west", 335, 336, "test", ""))) {
            assertThat(capacity(forced, SSO_500)).as(forced.name()).isLessThan(direct);
        }
        // a prograde target: 70 deg (direct azimuth about 31 deg), 6 deg dog-legs forced from either side
        TargetOrbit prograde = TargetOrbit.circular(500e3, Math.toRadians(70));
        double directPrograde = capacity(new AzimuthCorridor("direct", 20, 45, "test", ""), prograde);
        for (double forcedDeg : new double[] {21, 40}) {
            assertThat(capacity(new AzimuthCorridor("forced", forcedDeg, forcedDeg + 1, "test", ""), prograde))
                    .as("%.0f deg", forcedDeg).isLessThan(directPrograde);
        }
    }

    private static double capacity(AzimuthCorridor corridor, TargetOrbit target) {
        return PayloadCapacity.maximize(TestVehicles.angara12(), TestVehicles.vostochny(List.of(corridor)), target)
                .capacityKg();
    }
}
