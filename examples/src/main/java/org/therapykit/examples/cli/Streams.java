package org.therapykit.examples.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

/**
 * What the program talks to: standard input, output and error (written as UTF-8), and the clock
 * that gives "today". Tests pass their own buffers and a fixed clock.
 *
 * @param in standard input, read by {@code check -}
 * @param out standard output: the table or the JSON
 * @param err standard error: one line per problem, progress
 * @param clock the clock for the default {@code --as-of} date
 */
public record Streams(InputStream in, PrintWriter out, PrintWriter err, Clock clock) {
  /**
   * Returns the streams of a program: the process's standard streams and the system clock in the
   * system's time zone, so that "today" is the user's today.
   *
   * @return the streams, not null
   */
  public static Streams system() {
    return of(System.in, System.out, System.err, Clock.system(ZoneId.systemDefault()));
  }

  /**
   * Returns streams over the given ones, writing UTF-8.
   *
   * @param in standard input, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param clock the clock, not null
   * @return the streams, not null
   */
  public static Streams of(InputStream in, OutputStream out, OutputStream err, Clock clock) {
    return new Streams(in, writer(out), writer(err), clock);
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), false);
  }
}
