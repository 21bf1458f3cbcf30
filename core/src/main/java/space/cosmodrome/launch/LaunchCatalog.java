package space.cosmodrome.launch;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import space.cosmodrome.error.CosmodromeException;

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
        String wanted = id == null ? "" : id.toLowerCase(java.util.Locale.ROOT);
        List<String> nearest = known.stream()
                .sorted(Comparator.comparingInt((String k) -> distance(wanted, k)).thenComparing(k -> k))
                .limit(3).collect(Collectors.toList());
        return "did you mean " + String.join(", ", nearest) + "? known ids: " + String.join(", ", known);
    }

    /** Levenshtein distance, with a bonus when one id contains the other. */
    static int distance(String a, String b) {
        if (b.contains(a) || a.contains(b)) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
