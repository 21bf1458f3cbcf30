package space.cosmodrome.mission;

import space.cosmodrome.error.CosmodromeException;

/**
 * The power system, for the budget per orbit.
 *
 * @param arrayPowerW array output in sunlight, orbit average over attitude (W)
 * @param consumptionW mean consumption (W)
 * @param batteryWh usable battery capacity (Wh)
 */
public record Power(double arrayPowerW, double consumptionW, double batteryWh) {
    public Power {
        if (!(arrayPowerW >= 0 && arrayPowerW < 1e6)) {
            throw CosmodromeException.badValue("satellite.power.arrayPowerW", arrayPowerW, "allowed: 0 to 1,000,000 W");
        }
        if (!(consumptionW >= 0 && consumptionW < 1e6)) {
            throw CosmodromeException.badValue("satellite.power.consumptionW", consumptionW, "allowed: 0 to 1,000,000 W");
        }
        if (!(batteryWh > 0 && batteryWh < 1e7)) {
            throw CosmodromeException.badValue("satellite.power.batteryWh", batteryWh, "allowed: above 0 Wh");
        }
    }
}
