package space.cosmodrome.io.launch;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.AscentResult;
import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.LaunchVehicle;
import space.cosmodrome.launch.PublishedPayload;

class ValidationScratchTest {
    @Test
    void table() {
        LaunchCatalog c = CatalogReader.bundled();
        for (LaunchVehicle v : c.vehicles()) {
            for (PublishedPayload p : v.publishedPayloads()) {
                long t0 = System.nanoTime();
                String site = p.siteId();
                try {
                    double incl = p.sunSynchronous() ? TargetOrbit.sunSynchronousInclination(p.perigeeKm() * 1000, p.apogeeKm() * 1000)
                            : Math.toRadians(p.inclinationDeg());
                    AscentResult r = PayloadCapacity.maximize(v, c.site(site), new TargetOrbit(p.perigeeKm() * 1000, p.apogeeKm() * 1000, incl));
                    System.out.printf(Locale.ROOT, "%-12s %-12s %6.0f x %6.0f i=%6.2f pub %7.0f calc %7.0f err %+6.1f%% dogleg %.1f plan %s kick? %.0f ms%n",
                            v.id(), site, p.perigeeKm(), p.apogeeKm(), Math.toDegrees(incl), p.payloadKg(), r.capacityKg(),
                            100 * (r.capacityKg() - p.payloadKg()) / p.payloadKg(), Math.toDegrees(r.dogLegRad()),
                            r.plan().substring(0, 10), (System.nanoTime() - t0) / 1e6);
                } catch (CosmodromeException e) {
                    System.out.printf(Locale.ROOT, "%-12s %-12s %6.0f x %6.0f pub %7.0f FAILED %s%n", v.id(), site, p.perigeeKm(), p.apogeeKm(), p.payloadKg(), e.getMessage());
                }
            }
        }
    }
}
