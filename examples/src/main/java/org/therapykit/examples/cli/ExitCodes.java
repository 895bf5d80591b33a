package org.therapykit.examples.cli;

/** The exit codes of {@code therapykit}. */
public final class ExitCodes {
  /** Every record was read (whatever the classifications). */
  public static final int OK = 0;

  /**
   * Some records were invalid: each is reported on standard error with its index and JSON Pointer,
   * and the rest were still checked. An empty input counts as invalid too, and so does FHIR input
   * that cannot be parsed or is not a Bundle or Practitioner, a FHIR practitioner that cannot be
   * mapped, and a mapping finding of severity error (an element that was not mapped).
   */
  public static final int INVALID_RECORDS = 1;

  /** A usage error, or an input that could not be read (missing, a directory, unreadable). */
  public static final int USAGE = 2;

  /** A bug in the program; {@code --debug} shows the stack trace. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
