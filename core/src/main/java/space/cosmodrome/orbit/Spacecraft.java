package space.cosmodrome.orbit;

import space.cosmodrome.error.CosmodromeException;

/**
 * What propagation needs to know of the satellite.
 *
 * @param massKg mass (kg), positive
 * @param dragAreaM2 cross-section facing the flow (m²), at least 0
 * @param dragCoefficient drag coefficient, at least 0 (2.2 is usual)
 * @param srpAreaM2 cross-section facing the Sun (m²), at least 0
 * @param srpCoefficient reflection coefficient, 1 to 2 (1.3 is usual)
 */
public record Spacecraft(double massKg, double dragAreaM2, double dragCoefficient, double srpAreaM2,
                         double srpCoefficient) {
    public Spacecraft {
        if (!(massKg > 0 && massKg < 1e6)) {
            throw CosmodromeException.badValue("satellite.massKg", massKg, "allowed: above 0 and below 1,000,000 kg");
        }
        if (!(dragAreaM2 >= 0 && dragAreaM2 < 1e4)) {
            throw CosmodromeException.badValue("satellite.dragAreaM2", dragAreaM2, "allowed: 0 to 10,000 m2");
        }
        if (!(dragCoefficient >= 0 && dragCoefficient <= 10)) {
            throw CosmodromeException.badValue("satellite.dragCoefficient", dragCoefficient, "allowed: 0 to 10");
        }
        if (!(srpAreaM2 >= 0 && srpAreaM2 < 1e4)) {
            throw CosmodromeException.badValue("satellite.srpAreaM2", srpAreaM2, "allowed: 0 to 10,000 m2");
        }
        if (!(srpCoefficient >= 0 && srpCoefficient <= 2)) {
            throw CosmodromeException.badValue("satellite.srpCoefficient", srpCoefficient, "allowed: 0 to 2");
        }
    }

    /** @return ballistic coefficient Cd·A/m (m²/kg) */
    public double ballisticCoefficientM2PerKg() {
        return dragCoefficient * dragAreaM2 / massKg;
    }
}
