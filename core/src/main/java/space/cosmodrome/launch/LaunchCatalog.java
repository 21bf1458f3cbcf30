package space.cosmodrome.launch;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import space.cosmodrome.error.CosmodromeException;
import space.cosmodrome.error.Suggestions;

/**
 * Launch sites and vehicles by id. The bundled catalog comes first; user entries with the same id replace
 * the bundled ones ({@link #with}).
 */
public final class LaunchCatalog {
    private final Map<String, LaunchSite> sites;
    private final Map<String, LaunchVehicle> vehicles;

    public LaunchCatalog(Collection<LaunchSite> sites, Collection<LaunchVehicle> vehicles) {
        this.sites = new LinkedHashMap<>();
        sites.forEach(s -> this.sites.put(s.id(), s));
        this.vehicles = new LinkedHashMap<>();
        vehicles.forEach(v -> this.vehicles.put(v.id(), v));
    }

    /** @return a new catalog with the other's entries added, replacing entries with the same id */
    public LaunchCatalog with(LaunchCatalog other) {
        LaunchCatalog merged = new LaunchCatalog(sites.values(), vehicles.values());
        merged.sites.putAll(other.sites);
        merged.vehicles.putAll(other.vehicles);
        return merged;
    }

    public List<LaunchSite> sites() {
        return List.copyOf(sites.values());
    }

    public List<LaunchVehicle> vehicles() {
        return List.copyOf(vehicles.values());
    }

    /** @return the site with that id, or an UNKNOWN_ID error naming the nearest ids */
    public LaunchSite site(String id) {
        LaunchSite site = sites.get(id);
        if (site == null) {
            throw CosmodromeException.unknownId("--site", id, suggest(id, sites.keySet()));
        }
        return site;
    }

    /** @return the vehicle with that id, or an UNKNOWN_ID error naming the nearest ids */
    public LaunchVehicle vehicle(String id) {
        LaunchVehicle vehicle = vehicles.get(id);
        if (vehicle == null) {
            throw CosmodromeException.unknownId("--vehicle", id, suggest(id, vehicles.keySet()));
        }
        return vehicle;
    }

    static String suggest(String id, Collection<String> known) {
        return "did you mean " + String.join(", ", Suggestions.nearest(id, known, 3)) + "? known ids: "
                + String.join(", ", known);
    }
}
