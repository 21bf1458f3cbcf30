package space.cosmodrome.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import space.cosmodrome.error.CosmodromeException;

/** The {@code cosmodrome} command: subcommands, and the one place where errors become exit codes. */
@Command(name = "cosmodrome", mixinStandardHelpOptions = true, version = "cosmodrome 0.1.0",
        description = "Satellite mission planner: launch sites and vehicles, payload capacity, launch windows.",
        subcommands = {SitesCommand.class, VehiclesCommand.class, LaunchCommand.class, WindowsCommand.class, PlanCommand.class,
                PropagateCommand.class, PassesCommand.class, WhereCommand.class, BenchCommand.class, ServeCommand.class, ScreenCommand.class,
                CommandLine.HelpCommand.class})
public final class Cosmodrome implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command line with the given streams.
     * @return the exit code: 0 success, 2 bad input, 3 missing data, 1 internal error
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Cosmodrome());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            String command = ex.getCommandLine().getCommandName();
            err.println("error: " + ex.getMessage().replace('\n', ' ')
                    + " (see 'cosmodrome " + (command.equals("cosmodrome") ? "" : command + " ") + "--help')");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CosmodromeException) {
                CosmodromeException ce = (CosmodromeException) ex;
                err.println("error: " + ce.getMessage().replace('\n', ' '));
                return ce.code().exitCode();
            }
            err.println("error: internal error: " + ex);
            if (System.getenv("COSMODROME_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return 1;
        });
        return cmd.execute(args);
    }
}
