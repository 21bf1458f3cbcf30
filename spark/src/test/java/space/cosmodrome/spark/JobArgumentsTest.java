package space.cosmodrome.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import space.cosmodrome.error.CosmodromeException;

/** The spark-submit jobs' arguments are refused the way the command line refuses them (exit 2, flag named). */
class JobArgumentsTest {
    private static final Set<String> FLAGS = Set.of("--from", "--days", "--out");

    @Test
    void valuesSwitchesAndDefaults() {
        JobArguments a = JobArguments.parse(new String[] {"--from", "2026-05-30T00:00:00Z", "--lenient", "--days", "2"},
                FLAGS, Set.of("--lenient"), List.of("--from"));
        assertThat(a.from()).isEqualTo(Instant.parse("2026-05-30T00:00:00Z"));
        assertThat(a.days()).isEqualTo(2.0);
        assertThat(a.has("--lenient")).isTrue();
        assertThat(a.has("--out")).isFalse();
        assertThat(a.number("--out", 7.0)).isEqualTo(7.0);
    }

    @Test
    void badInputNamesTheFlag() {
        assertRefused(new String[] {"--bogus", "1"}, List.of(), "--bogus");
        assertRefused(new String[] {"--from"}, List.of(), "--from");
        assertRefused(new String[] {}, List.of("--out"), "--out");
        JobArguments a = JobArguments.parse(new String[] {"--days", "40", "--from", "yesterday"}, FLAGS, Set.of(),
                List.of());
        assertThatThrownBy(a::days).hasMessageContaining("--days").hasMessageContaining("at most 30");
        assertThatThrownBy(a::from).hasMessageContaining("--from").hasMessageContaining("yesterday");
        JobArguments b = JobArguments.parse(new String[] {"--days", "two"}, FLAGS, Set.of(), List.of());
        assertThatThrownBy(b::days).hasMessageContaining("two").hasMessageContaining("a number");
    }

    private static void assertRefused(String[] args, List<String> required, String named) {
        assertThatThrownBy(() -> JobArguments.parse(args, FLAGS, Set.of(), required))
                .isInstanceOf(CosmodromeException.class).hasMessageContaining(named)
                .satisfies(e -> assertThat(((CosmodromeException) e).code().exitCode()).isEqualTo(2));
    }
}
