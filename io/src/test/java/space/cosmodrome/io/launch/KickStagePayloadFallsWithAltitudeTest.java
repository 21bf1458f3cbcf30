package space.cosmodrome.io.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import space.cosmodrome.ascent.PayloadCapacity;
import space.cosmodrome.ascent.TargetOrbit;
import space.cosmodrome.launch.LaunchCatalog;
import space.cosmodrome.launch.Stage;

/**
 * Issue 2's first property, payload falls as the orbit rises, for the two vehicles whose last stage is a kick stage
 * (it rides as payload during the ascent, then flies finite burns): Vega-C's AVUM+ and Electron's Curie.
 */
class KickStagePayloadFallsWithAltitudeTest {
    private static final LaunchCatalog CATALOG = CatalogReader.bundled();

    private static double capacity(String vehicle, String site, double altitudeKm, double inclinationDeg) {
        return PayloadCapacity.maximize(CATALOG.vehicle(vehicle), CATALOG.site(site),
                TargetOrbit.circular(altitudeKm * 1000, Math.toRadians(inclinationDeg))).capacityKg();
    }

    /**
     * A 200 km orbit had only the direct plan (a parking orbit needs a target above 230 km), in which the ascent
     * stage aims at the target's height with no climb left; 300 km had the transfer plan: 3,549 kg against 3,678 kg.
     */
    @Test
    void vegaCCarriesAtLeastAsMuchTo200KmAsTo300KmFromKourou() {
        double low = capacity("vega-c", "kourou", 200, 6);
        double high = capacity("vega-c", "kourou", 300, 6);
        System.out.printf("Vega-C from Kourou at 6 deg: %.0f kg to 200 km, %.0f kg to 300 km%n", low, high);
        assertThat(low).isGreaterThanOrEqualTo(high);
    }

    /**
     * Below the lowest cut-off height the payload's heating limit allows (about 140 km), a kick stage's transfer plan
     * would cut off above its own target: a review found Electron "carrying" 330 kg to 130 km through a 140 x 130 km
     * "transfer orbit". Such targets fly only the direct plan (130 km is then out of reach), and 150 and 200 km
     * carry no more than the height below.
     */
    @Test
    void electronBelowTheHeatingFloorFliesDirectAndPayloadStillFalls() {
        var vehicle = CATALOG.vehicle("electron");
        var site = CATALOG.site("mahia_lc1");
        var at140 = PayloadCapacity.maximize(vehicle, site, TargetOrbit.circular(140_000, Math.toRadians(45)));
        assertThat(at140.plan()).startsWith("direct ascent");
        double previous = at140.capacityKg();
        for (double km : new double[] {150, 200}) {
            double kg = capacity("electron", "mahia_lc1", km, 45);
            System.out.printf("Electron from Mahia at 45 deg: %.0f kg to %.0f km%n", kg, km);
            assertThat(kg).isLessThanOrEqualTo(previous + 3);
            previous = kg;
        }
    }

    /**
     * Reference: the Hohmann transfer from a 150 km to a 155 km circular orbit (vis-viva, 3 m/s) and the rocket
     * equation with Curie's Isp, well under a kilogram: flying the 150 km ascent and burns then that transfer reaches
     * 155 km, so the 5 km cannot cost more than that, and the searches' noise (1 % of the payload). A review found
     * 327 kg to 150 km and 317 kg to 155 km: the payload root sat on the edge where the completion burn, pitched
     * 65 deg above the velocity to hold the path above the heating limit, cost twice the propellant of a slightly
     * lighter stack's 36 deg burn.
     */
    @Test
    void electronTo155KmCarriesWhatTo150KmLessAHohmannStepBetweenThem() {
        double low = capacity("electron", "mahia_lc1", 150, 45);
        double high = capacity("electron", "mahia_lc1", 155, 45);
        double hohmannMps = hohmannMps(150, 155);
        double propellantKg = curiePropellantKg(low, hohmannMps);
        System.out.printf("Electron from Mahia at 45 deg: %.0f kg to 150 km, %.0f kg to 155 km; Hohmann %.1f m/s,"
                + " %.2f kg of Curie's propellant%n", low, high, hohmannMps, propellantKg);
        assertThat(low - high).isLessThanOrEqualTo(propellantKg + 0.01 * low);
    }

    /**
     * Reference: the Hohmann transfer between the two circular orbits (vis-viva) and the rocket equation with
     * Curie's Isp: what the higher orbit costs the kick stage's propellant from a circular 300 km orbit. The model's
     * ascents to both heights start from the same suborbital transfer instead, so this is a reference for the size
     * of the fall, not a strict bound (hence 0.9 of it); with the kick stage loaded to need, the payload gives way.
     * Carrying Curie's full 100 kg load to every height, the capacity was flat, 257 kg from 300 to 1,000 km, because
     * Curie's 120 N holding the stack above the heating limit, not its propellant, set it.
     */
    @Test
    void electronPayloadFallsByAtLeastTheHohmannTransfersPropellantFrom300To1000Km() {
        double low = capacity("electron", "mahia_lc1", 300, 45);
        double high = capacity("electron", "mahia_lc1", 1000, 45);
        double hohmannMps = hohmannMps(300, 1000);
        double propellantKg = curiePropellantKg(high, hohmannMps);
        System.out.printf("Electron from Mahia at 45 deg: %.0f kg to 300 km, %.0f kg to 1,000 km; Hohmann %.0f m/s,"
                + " %.1f kg of Curie's propellant%n", low, high, hohmannMps, propellantKg);
        assertThat(low - high).isGreaterThanOrEqualTo(0.9 * propellantKg);
    }

    /**
     * Reference: the Hohmann transfer between 250 and 300 km circular orbits (vis-viva, 29.1 m/s) priced by the rocket
     * equation with AVUM+'s Isp on the stack left in the higher orbit (about 32 kg): what 50 km of height are worth to
     * the kick stage. The lower orbit takes less energy, so it must carry at least what the higher one carries less
     * that. A review found 2,629 kg to 250 km against 2,682 kg to 300 km: the completion-pitch search compared the
     * kick stage's finite burns without the impulsive trim they left, and at 250 km took a plan whose second burn
     * started late and left a 63 m/s trim (69 kg of propellant).
     */
    @Test
    void vegaCSsoTo250KmCarriesWhatTo300KmLessAHohmannStepBetweenThem() {
        var vehicle = CATALOG.vehicle("vega-c");
        var site = CATALOG.site("kourou");
        double low = PayloadCapacity.maximize(vehicle, site, TargetOrbit.sunSynchronous(250_000)).capacityKg();
        double high = PayloadCapacity.maximize(vehicle, site, TargetOrbit.sunSynchronous(300_000)).capacityKg();
        double hohmannMps = hohmannMps(250, 300);
        Stage avum = vehicle.upperStage();
        double propellantKg = (high + avum.dryMassKg()) * (Math.exp(hohmannMps / (avum.ispVacuumS() * Stage.G0)) - 1);
        System.out.printf("Vega-C from Kourou, SSO: %.0f kg to 250 km, %.0f kg to 300 km; Hohmann %.1f m/s, %.1f kg of"
                + " AVUM+ propellant%n", low, high, hohmannMps, propellantKg);
        assertThat(low).isGreaterThanOrEqualTo(high - propellantKg);
    }

    /**
     * The property itself, on the pair a review of the eighth session found: Electron to a 350 km SSO carried 236 kg and
     * to 400 km 238 kg. The transfer orbit with a searched cut-off height and the one cutting off at 200 km were chosen
     * between on their payload roots, whose capacity scatters by several kg on the heating edge; searched under each
     * root the lower cut-off carried 239.7 kg. A Hohmann allowance (about 2.5 kg of Curie's propellant for 50 km) would
     * not have caught it, so this one asks for the plain inequality: the lower orbit carries at least as much.
     */
    @Test
    void electronSsoTo350KmCarriesAtLeastWhatTo400Km() {
        var vehicle = CATALOG.vehicle("electron");
        var site = CATALOG.site("mahia_lc1");
        double low = PayloadCapacity.maximize(vehicle, site, TargetOrbit.sunSynchronous(350_000)).capacityKg();
        double high = PayloadCapacity.maximize(vehicle, site, TargetOrbit.sunSynchronous(400_000)).capacityKg();
        System.out.printf("Electron from Mahia, SSO: %.1f kg to 350 km, %.1f kg to 400 km%n", low, high);
        assertThat(low).isGreaterThanOrEqualTo(high);
    }

    /** @return the Hohmann transfer between two circular orbits (m/s): vis-viva at both ends of the transfer ellipse */
    private static double hohmannMps(double lowKm, double highKm) {
        double mu = 3.986004418e14;
        double r1 = 6_378_137 + lowKm * 1000;
        double r2 = 6_378_137 + highKm * 1000;
        double at = (r1 + r2) / 2;
        return (Math.sqrt(mu * (2 / r1 - 1 / at)) - Math.sqrt(mu / r1))
                + (Math.sqrt(mu / r2) - Math.sqrt(mu * (2 / r2 - 1 / at)));
    }

    /** @return Curie's propellant for a delta-v with a payload (kg): the rocket equation on the stage's final mass */
    private static double curiePropellantKg(double payloadKg, double deltaVMps) {
        Stage curie = CATALOG.vehicle("electron").upperStage();
        return (payloadKg + curie.dryMassKg()) * (Math.exp(deltaVMps / (curie.ispVacuumS() * Stage.G0)) - 1);
    }
}
