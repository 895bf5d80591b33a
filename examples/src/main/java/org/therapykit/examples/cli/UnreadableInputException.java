package org.therapykit.examples.cli;

import org.jspecify.annotations.Nullable;

/** An input that cannot be read at all: exit code 2, one line of reason. */
final class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnreadableInputException(String input, String reason, @Nullable Throwable cause) {
    super(Text.oneLine(input + ": " + reason), cause);
  }
}
