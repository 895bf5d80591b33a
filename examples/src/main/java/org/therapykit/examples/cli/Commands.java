package org.therapykit.examples.cli;

import java.util.concurrent.Callable;

/** What the commands other than {@code check} share: inputs, one-line problems, error handling. */
final class Commands {
  private Commands() {}

  /** A file named on the command line, or standard input for {@code -}. */
  static Source source(String argument, Streams streams) {
    return argument.equals("-") ? Source.stdin(streams.in()) : Source.file(argument);
  }

  /** One line on standard error, after what is already on standard output. */
  static void problem(Streams streams, String line) {
    streams.out().flush();
    streams.err().println(Text.oneLine(line));
    streams.err().flush();
  }

  /**
   * Runs a command body: an unreadable input is exit code 2 in one line, a bug exit code 3 in one
   * line; stack traces only with {@code --debug}.
   */
  static int run(Streams streams, boolean debug, Callable<Integer> body) {
    try {
      return body.call();
    } catch (UnreadableInputException e) {
      problem(streams, "therapykit: " + e.getMessage());
      trace(streams, debug, e);
      return ExitCodes.USAGE;
    } catch (Exception e) {
      problem(
          streams,
          "therapykit: internal error: " + Text.describe(e) + " (run with --debug for details)");
      trace(streams, debug, e);
      return ExitCodes.INTERNAL;
    } finally {
      streams.out().flush();
      streams.err().flush();
    }
  }

  private static void trace(Streams streams, boolean debug, Throwable e) {
    if (debug) {
      e.printStackTrace(streams.err());
    }
  }
}
