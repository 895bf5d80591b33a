package org.therapykit.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input of {@code check}: a file, standard input, or the bundled sample directory, with the
 * name used in reports ({@code people.ndjson}, {@code <stdin>}).
 */
final class Source {
  /** The classpath resource of the bundled sample directory. */
  static final String SAMPLE_RESOURCE = "/org/therapykit/examples/sample-directory.ndjson";

  /** Opens the input; may be called once. */
  interface Opener {
    InputStream open() throws IOException;
  }

  private final String name;
  private final String description;
  private final Opener opener;

  private Source(String name, String description, Opener opener) {
    this.name = name;
    this.description = description;
    this.opener = opener;
  }

  /** The bundled sample directory of fictional practitioners. */
  static Source sample() {
    return new Source(
        "sample-directory.ndjson",
        "bundled sample directory of fictional practitioners",
        () ->
            Objects.requireNonNull(
                Source.class.getResourceAsStream(SAMPLE_RESOURCE),
                "the sample directory is missing from the class path"));
  }

  /** Standard input; closing it leaves the process's standard input open. */
  static Source stdin(InputStream in) {
    return new Source(
        "<stdin>",
        "standard input",
        () ->
            new FilterInputStream(in) {
              @Override
              public void close() {}
            });
  }

  /**
   * A file named on the command line, checked before anything is read.
   *
   * @throws UnreadableInputException if it is missing, a directory or not readable
   */
  static Source file(String argument) {
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw new UnreadableInputException(argument, "not a valid file name", e);
    }
    if (!Files.exists(path)) {
      throw new UnreadableInputException(argument, "no such file", null);
    }
    if (Files.isDirectory(path)) {
      throw new UnreadableInputException(argument, "is a directory, not a file", null);
    }
    if (!Files.isReadable(path)) {
      throw new UnreadableInputException(argument, "permission denied", null);
    }
    return new Source(argument, argument, () -> Files.newInputStream(path));
  }

  /** The name in problem reports. */
  String name() {
    return name;
  }

  /** The description in the table's header. */
  String description() {
    return description;
  }

  /**
   * Opens the input.
   *
   * @throws UnreadableInputException if it cannot be opened
   */
  InputStream open() {
    try {
      return opener.open();
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(name, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnreadableInputException(name, "permission denied", e);
    } catch (IOException e) {
      throw new UnreadableInputException(name, "cannot be read: " + reason(e), e);
    }
  }

  /** An I/O failure's reason, without the exception class name. */
  static String reason(@Nullable IOException e) {
    String message = e == null ? null : e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : Text.oneLine(message);
  }
}
