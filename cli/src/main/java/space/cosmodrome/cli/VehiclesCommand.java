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
import space.cosmodrome.launch.LaunchVehicle;

@Command(name = "vehicles", mixinStandardHelpOptions = true, description = "List the launch vehicles.")
final class VehiclesCommand implements Callable<Integer> {
    @Mixin
    Common common;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<LaunchVehicle> vehicles = common.launchCatalog().vehicles();
        if (common.json) {
            List<Object> list = new ArrayList<>();
            vehicles.forEach(v -> list.add(LaunchJson.vehicle(v)));
            spec.commandLine().getOut().println(Json.write(Json.object("vehicles", list)));
        } else {
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%-13s %-34s %7s %12s  %s%n", "id", "name", "stages", "liftoff kg", "confidence");
            for (LaunchVehicle v : vehicles) {
                out.printf(Locale.ROOT, "%-13s %-34s %7d %12.0f  %s%n", v.id(), v.name(), v.stages().size(),
                        v.liftoffMassWithoutPayloadKg(), v.confidence());
            }
        }
        return 0;
    }
}
