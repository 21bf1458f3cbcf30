package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import space.cosmodrome.io.launch.CatalogReader;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

/**
 * The capacity {@link AscentSearch} finds against a dense brute force over the pitch-over: at 21 kicks from 0.8 to
 * 1.2 times the one found, the payload solved from a cold start of the guidance (no warm start carried over)
 * never carries more than the search's answer (0.3 % allowed: the search pins the kick to about 2 %). The answer
 * must not depend on the path the search took: Angara-A5 from Plesetsk to 200 km at 63.8 deg gave 21,655 kg at a
 * 0.90 deg kick, while a 0.85 deg kick carries 23,700 kg (in the package of AscentSearch, which it drives; here for
 * the bundled catalog).
 */
class AscentSearchMatchesBruteForceOverKickTest {

    @Test
    void angaraA5PlesetskTo200KmAt63Point8Deg() {
        check("angara-a5", "plesetsk", 200, 63.8);
    }

    @Test
    void falcon9CapeCanaveralTo200KmAt28Point5Deg() {
        check("falcon9-b5", "ccsfs_ksc", 200, 28.5);
    }

    private static void check(String vehicleId, String siteId, double altitudeKm, double inclinationDeg) {
        LaunchCatalog c = CatalogReader.bundled();
        LaunchVehicle v = c.vehicle(vehicleId);
        LaunchSite site = c.site(siteId);
        TargetOrbit target = TargetOrbit.circular(altitudeKm * 1000, Math.toRadians(inclinationDeg));
        LaunchGeometry.Approach approach = LaunchGeometry.approach(site, target.inclinationRad(), true);
        AscentSearch search = new AscentSearch(v, site, approach, AscentSearch.Plan.direct(target));
        AscentSearch.Solution found = search.run();
        double foundKick = found.guidance.kickRad();
        double best = 0;
        double bestKick = Double.NaN;
        for (int i = 0; i <= 20; i++) {
            double kick = foundKick * (0.8 + 0.02 * i);
            AscentSearch fresh = new AscentSearch(v, site, approach, AscentSearch.Plan.direct(target));
            fresh.kick = kick;
            AscentSearch.Solution s = fresh.payloadRoot(found.capacityKg);
            if (s != null && s.payloadKg > best) {
                best = s.payloadKg;
                bestKick = kick;
            }
        }
        System.out.printf(Locale.ROOT, "%s, %s, %.0f km, %.1f deg: search %.0f kg at a %.3f deg kick; brute force %.0f kg at %.3f deg%n",
                vehicleId, siteId, altitudeKm, inclinationDeg, found.capacityKg, Math.toDegrees(foundKick), best,
                Math.toDegrees(bestKick));
        assertThat(best).isLessThan(found.capacityKg * 1.003);
    }
}
