package space.cosmodrome.ascent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import space.cosmodrome.io.launch.CatalogReader;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchSite;
import space.cosmodrome.launch.LaunchVehicle;

/**
 * The dog-leg that keeps the instantaneous impact point off a keep-out zone ({@link AscentSearch#runClearOfKeepOutZones})
 * against a brute force over its two levers, the pitch-over and the time the yaw waits: PSLV-XL from Sriharikota to a
 * 600 km SSO, the impact point kept off Sri Lanka. Both levers delay the yaw (a larger kick keeps the dynamic pressure
 * up longer, so the vacuum guidance starts later), and the best clear ascent lies where the yaw starts just late
 * enough. On a grid of 5 kicks (0.96 to 1.04 times the one found) and 5 holds (none, and 0.4 s either side of the one
 * found), each payload solved from a cold start, no ascent whose impact point keeps clear carries more than the search's
 * answer (0.3 % allowed, as for the kick alone in {@link AscentSearchMatchesBruteForceOverKickTest}).
 */
class YawHoldMatchesBruteForceOverKickAndHoldTest {

    @Test
    void pslvXlSriharikotaTo600KmSso() {
        LaunchCatalog c = CatalogReader.bundled();
        LaunchVehicle v = c.vehicle("pslv-xl").withoutDisposal();
        LaunchSite site = c.site("sriharikota");
        TargetOrbit target = TargetOrbit.sunSynchronous(600_000);
        LaunchGeometry.Approach approach = LaunchGeometry.approach(site, target.inclinationRad(), true);
        AscentSearch.Solution found = new AscentSearch(v, site, approach, AscentSearch.Plan.direct(target))
                .runClearOfKeepOutZones();
        assertThat(found.flight.keepOutZoneCrossed).isNull();
        double foundKick = found.guidance.kickRad();
        double foundHold = found.search.yawHoldUntilS;
        assertThat(foundHold).as("the yaw waits past the guidance switch").isGreaterThan(found.flight.switchTimeS);
        double best = 0;
        String bestAt = "none";
        int crossings = 0;
        for (double kickShare : new double[] {0.96, 0.98, 1, 1.02, 1.04}) {
            for (double hold : new double[] {Double.NaN, foundHold - 0.4, foundHold - 0.2, foundHold, foundHold + 0.4}) {
                AscentSearch fresh = new AscentSearch(v, site, approach, AscentSearch.Plan.direct(target));
                fresh.kick = foundKick * kickShare;
                fresh.yawHoldUntilS = hold;
                AscentSearch.Solution s = fresh.payloadRoot(found.capacityKg);
                if (s == null) {
                    continue;
                }
                if (s.flight.keepOutZoneCrossed != null) {
                    crossings++;
                } else if (s.payloadKg > best) {
                    best = s.payloadKg;
                    bestAt = String.format(Locale.ROOT, "kick %.3f deg, hold to T+%.2f s", Math.toDegrees(fresh.kick), hold);
                }
            }
        }
        System.out.printf(Locale.ROOT, "search %.1f kg (kick %.3f deg, yaw held to T+%.2f s); brute force, clear: %.1f kg"
                + " (%s); %d of 25 cross%n", found.capacityKg, Math.toDegrees(foundKick), foundHold, best, bestAt, crossings);
        assertThat(crossings).as("the constraint binds on the grid").isPositive();
        assertThat(best).isLessThan(found.capacityKg * 1.003);
    }
}
