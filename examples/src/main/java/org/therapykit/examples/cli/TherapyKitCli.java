package org.therapykit.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.therapykit.json.TherapyJson;
import org.therapykit.qualification.QualificationPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code therapykit} program: {@code java -jar therapykit.jar check [FILE...]}.
 *
 * <p>Commands are picocli subcommands; {@code check} is the one in this build. Exit codes are those
 * of {@link ExitCodes}: a usage error is one line on standard error and exit code 2, never a stack
 * trace.
 */
@Command(
    name = "therapykit",
    mixinStandardHelpOptions = true,
    versionProvider = TherapyKitCli.Version.class,
    description = {
      "Checks practitioners with TherapyKit: says for each whether they are a certified sex"
          + " therapist, a sex therapist, a sex counsellor, a sexuality educator or none of"
          + " these, and why.",
      ""
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
      "Run 'therapykit check' to check the bundled sample directory of fictional practitioners.",
      "",
      "Exit codes: 0 every record was read; 1 some records were invalid (each reported on"
          + " standard error); 2 usage error or unreadable input; 3 internal error."
    })
public final class TherapyKitCli implements Callable<Integer> {
  private final Streams streams;

  private TherapyKitCli(Streams streams) {
    this.streams = streams;
  }

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(Streams.system(), args));
  }

  /**
   * Runs the program in this JVM, as tests and hosts do; writes to the given streams and returns
   * the exit code instead of exiting.
   *
   * @param streams the streams and clock to use, not null
   * @param args the command line, not null
   * @return the exit code, one of {@link ExitCodes}
   */
  public static int run(Streams streams, String... args) {
    try {
      return commandLine(streams).execute(args);
    } finally {
      streams.out().flush();
      streams.err().flush();
    }
  }

  /** Builds the command hierarchy; a new command (say, {@code case}) is one more subcommand. */
  static CommandLine commandLine(Streams streams) {
    CommandLine cli = new CommandLine(new TherapyKitCli(streams));
    cli.addSubcommand("check", new CheckCommand(streams));
    cli.addSubcommand("help", new HelpCommand());
    // set after the subcommands are added, so that they apply to all of them
    cli.setOut(streams.out());
    cli.setErr(streams.err());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(TherapyKitCli::usageError);
    cli.setExecutionExceptionHandler(TherapyKitCli::internalError);
    return cli;
  }

  /** {@code therapykit} alone: a usage error. */
  @Override
  public Integer call() {
    streams
        .err()
        .println("therapykit: missing command: try 'therapykit check' or 'therapykit --help'");
    return ExitCodes.USAGE;
  }

  /** Reports a command-line mistake in one line, with where to find help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String reason = e.getMessage();
    if (e instanceof UnmatchedArgumentException u
        && cmd.getParent() == null
        && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      reason =
          "unknown command '"
              + u.getUnmatched().get(0)
              + "' (commands in this build: "
              + String.join(", ", cmd.getSubcommands().keySet())
              + ")";
    }
    err.println(
        "therapykit: "
            + Text.oneLine(reason == null ? "invalid command line" : reason)
            + " (see '"
            + cmd.getCommandSpec().qualifiedName()
            + " --help')");
    return ExitCodes.USAGE;
  }

  /** A bug: one line, and the stack trace only with {@code --debug} anywhere on the line. */
  private static int internalError(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    err.println(
        "therapykit: internal error: " + Text.describe(e) + " (run with --debug for details)");
    if (parsed.originalArgs().contains("--debug")) {
      e.printStackTrace(err);
    }
    return ExitCodes.INTERNAL;
  }

  /** The version line of {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "therapykit "
            + TherapyJson.module().version()
            + " (JSON format 1.0, policy "
            + QualificationPolicy.standard().id()
            + ")"
      };
    }
  }
}
