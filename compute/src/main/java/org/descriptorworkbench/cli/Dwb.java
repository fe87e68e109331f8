package org.descriptorworkbench.cli;

import java.io.PrintWriter;
import org.descriptorworkbench.error.WorkbenchException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code dwb} command line: the same code paths as the GUI, headless. Exit code 0 on success,
 * 2 on bad input with a one-line reason on stderr (a stack trace only with {@code --debug}).
 */
@Command(name = "dwb",
        mixinStandardHelpOptions = true,
        versionProvider = Dwb.Version.class,
        description = "Descriptor Workbench: compute and compare atomic-environment descriptors.",
        subcommands = {
            CommandLine.HelpCommand.class,
            InfoCommand.class,
            ConvertCommand.class,
            FeaturesCommand.class,
            ImbalanceCommand.class,
            CorrelateCommand.class,
            SelectCommand.class,
            PcaCommand.class,
            ReconstructCommand.class,
            SensitivityCommand.class,
            PerturbCommand.class,
            RotateCommand.class,
            BenchCommand.class,
        })
public final class Dwb implements Runnable {

    /** Exit code for bad input (file, parameter, resource limit). */
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured picocli command tree. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Dwb());
        cli.setExecutionExceptionHandler(Dwb::handleExecutionException);
        cli.setParameterExceptionHandler(Dwb::handleParameterException);
        return cli;
    }

    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        PrintWriter err = cmd.getErr();
        if (e instanceof WorkbenchException) {
            err.println("dwb: " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return EXIT_BAD_INPUT;
        }
        err.println("dwb: internal error: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("dwb: run again with --debug for the stack trace, and please report it");
        }
        err.flush();
        return 1;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("dwb: " + e.getMessage());
        err.println("dwb: see 'dwb " + qualifiedName(e.getCommandLine()) + "--help'");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    private static String qualifiedName(CommandLine cmd) {
        String full = cmd.getCommandSpec().qualifiedName(" ");
        String rest = full.startsWith("dwb") ? full.substring(3).strip() : full;
        return rest.isEmpty() ? "" : rest + " ";
    }

    /** Reports the version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Dwb.class.getPackage().getImplementationVersion();
            return new String[] {"dwb " + (v == null ? "development" : v)};
        }
    }
}
