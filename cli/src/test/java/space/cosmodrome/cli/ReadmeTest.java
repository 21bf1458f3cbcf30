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
            // the README is run from the repository root; the tests run in cli/: resolve its relative paths
            Path root = Path.of(System.getProperty("cosmodrome.root"));
            String[] words = CliRunner.words(command.replace("/tmp/", System.getProperty("java.io.tmpdir") + "/"));
            for (int i = 0; i < words.length; i++) {
                if (!words[i].startsWith("-") && !words[i].startsWith("/") && Files.exists(root.resolve(words[i]))) {
                    words[i] = root.resolve(words[i]).toString();
                }
            }
            CliRunner r = CliRunner.run(words);
            assertThat(r.exitCode()).as(command + "\n" + r.err()).isZero();
            if (command.contains("--json")) {
                assertThat(Json.mapper().readTree(r.out())).as(command).isNotNull();
            }
        }
    }
}
