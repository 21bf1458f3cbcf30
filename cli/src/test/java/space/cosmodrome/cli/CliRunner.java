package space.cosmodrome.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process and keeps its exit code, standard output and standard error. */
record CliRunner(int exitCode, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cosmodrome.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }

    /** Splits a shell line into words (no quoting needed by our snippets). */
    static String[] words(String line) {
        List<String> list = new ArrayList<>(List.of(line.trim().split("\\s+")));
        return list.toArray(new String[0]);
    }
}
