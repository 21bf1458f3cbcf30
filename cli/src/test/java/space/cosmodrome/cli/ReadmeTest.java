package space.cosmodrome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import space.cosmodrome.io.json.Json;

/** Every {@code ./cosmodrome ...} line in the README's shell blocks runs and succeeds. */
class ReadmeTest {
    @Test
    void readmeCommandsRun() throws Exception {
        Path readme = Path.of(System.getProperty("cosmodrome.root"), "README.md");
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        for (String line : Files.readAllLines(readme)) {
            if (line.startsWith("```")) {
                inShell = !inShell && line.startsWith("```bash");
            } else if (inShell && line.startsWith("./cosmodrome ")) {
                commands.add(line.substring("./cosmodrome ".length()));
            }
        }
        assertThat(commands).isNotEmpty();
        for (String command : commands) {
            // the README is run from the repository root; the tests run in cli/
            String root = System.getProperty("cosmodrome.root");
            String line = command.replace("/tmp/", System.getProperty("java.io.tmpdir") + "/")
                    .replace(" examples/", " " + root + "/examples/");
            CliRunner r = CliRunner.run(CliRunner.words(line));
            assertThat(r.exitCode()).as(command + "\n" + r.err()).isZero();
            if (command.contains("--json")) {
                assertThat(Json.mapper().readTree(r.out())).as(command).isNotNull();
            }
        }
    }
}
