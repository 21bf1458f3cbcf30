package space.cosmodrome.launch;

import java.util.List;

import space.cosmodrome.error.CosmodromeException;

/**
 * A launch site from the catalog.
 *
 * @param id catalog id ({@code vostochny})
 * @param name full name
 * @param country country
 * @param latitudeDeg geodetic latitude, WGS84 (deg, north positive)
 * @param longitudeDeg longitude (deg, east positive)
 * @param altitudeM pad altitude above the ellipsoid (m)
 * @param corridors allowed ground launch azimuths; empty when the catalog has no range-safety data, in which
 *                  case every azimuth is allowed and the capacity reports say so
 * @param confidence how far the figures can be trusted (high, medium, low)
 * @param sources where the figures come from
 * @param notes free text: choices made between sources, alternatives
 * @param keepOutZones areas the instantaneous impact point may not cross below orbital speed; empty when none
 *                     are known (the corridors alone then stand for range safety)
 */
public record LaunchSite(String id, String name, String country, double latitudeDeg, double longitudeDeg,
                         double altitudeM, List<AzimuthCorridor> corridors, String confidence,
                         List<String> sources, String notes, List<KeepOutZone> keepOutZones) {

    /** A site without keep-out zones. */
    public LaunchSite(String id, String name, String country, double latitudeDeg, double longitudeDeg,
                      double altitudeM, List<AzimuthCorridor> corridors, String confidence, List<String> sources,
                      String notes) {
        this(id, name, country, latitudeDeg, longitudeDeg, altitudeM, corridors, confidence, sources, notes, List.of());
    }

    public LaunchSite {
        if (id == null || id.isBlank()) {
            throw CosmodromeException.missing("site.id", "a non-empty id");
        }
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
            throw CosmodromeException.badValue("site.latitudeDeg", latitudeDeg, "allowed: [-90, 90]");
        }
        if (!(longitudeDeg >= -180 && longitudeDeg <= 360)) {
            throw CosmodromeException.badValue("site.longitudeDeg", longitudeDeg, "allowed: [-180, 360]");
        }
        if (!(altitudeM >= -500 && altitudeM <= 10_000)) {
            throw CosmodromeException.badValue("site.altitudeM", altitudeM, "allowed: [-500, 10000]");
        }
        corridors = List.copyOf(corridors == null ? List.of() : corridors);
        sources = List.copyOf(sources == null ? List.of() : sources);
        keepOutZones = List.copyOf(keepOutZones == null ? List.of() : keepOutZones);
    }

    /** @return geodetic latitude (rad) */
    public double latitudeRad() {
        return Math.toRadians(latitudeDeg);
    }

    /** @return longitude (rad) */
    public double longitudeRad() {
        return Math.toRadians(longitudeDeg);
    }

    /** @return this site with no keep-out zones (the instance is not changed) */
    public LaunchSite withoutKeepOutZones() {
        return keepOutZones.isEmpty() ? this : new LaunchSite(id, name, country, latitudeDeg, longitudeDeg, altitudeM,
                corridors, confidence, sources, notes, List.of());
    }

    /** @return whether range safety allows this ground azimuth (deg); true when no corridor is known */
    public boolean allowsAzimuth(double azimuthDeg) {
        return corridors.isEmpty() || corridors.stream().anyMatch(c -> c.contains(azimuthDeg));
    }
}
