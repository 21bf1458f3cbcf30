package space.cosmodrome.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import space.cosmodrome.io.json.Json;
import space.cosmodrome.io.launch.LaunchJson;
import space.cosmodrome.launch.LaunchSite;

@Command(name = "sites", mixinStandardHelpOptions = true, description = "List the launch sites.")
final class SitesCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<LaunchSite> sites = common.launchCatalog().sites();
        if (common.json) {
            List<Object> list = new ArrayList<>();
            sites.forEach(s -> list.add(LaunchJson.site(s)));
            spec.commandLine().getOut().println(Json.write(Json.object("sites", list)));
        } else {
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-14s %-40s %9s %10s %7s  %s%n", "id", "name", "lat deg", "lon deg", "alt m", "corridors");
            for (LaunchSite s : sites) {
                out.printf(Locale.ROOT, "%-14s %-40s %9.4f %10.4f %7.0f  %d%n", s.id(), s.name(), s.latitudeDeg(),
                        s.longitudeDeg(), s.altitudeM(), s.corridors().size());
            }
        }
        return 0;
    }
}
