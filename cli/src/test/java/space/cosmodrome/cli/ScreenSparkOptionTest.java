package space.cosmodrome.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * {@code screen --spark} as the command line sees it without the spark module on its class path (its tests run
 * without Spark): a one-line error saying how to get it, exit 3; misuse of the options, exit 2. The Spark run itself
 * is tested in the spark module against the single-machine screener.
 */
class ScreenSparkOptionTest {
    static final String SAMPLE = Paths.get(System.getProperty("cosmodrome.root", ".."))
            .resolve("spark/src/test/resources/screening/sample_2023-10.3le").toString();

    static CliRunner screen(String... more) {
        String[] base = {"screen", "--catalog", SAMPLE, "--from", "2023-10-10T00:00:00Z", "--days", "0.1",
            "--threshold-km", "10", "--quiet"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRunner.run(all);
    }

    @Test
    void withoutSparkOnTheClassPathSaysHowToGetIt() {
        CliRunner r = screen("--spark", "local[2]");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).hasSize(1);
        assertThat(r.err()).contains("./cosmodrome").contains("-pl spark").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMasterThatIsNotOneIsRefused() {
        CliRunner r = screen("--spark", "everywhere");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("--spark").contains("local[*]");
    }

    @Test
    void sparkOutWithoutSparkIsRefused() {
        CliRunner r = screen("--spark-out", "/tmp/nowhere");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").contains("--spark");
    }
}
