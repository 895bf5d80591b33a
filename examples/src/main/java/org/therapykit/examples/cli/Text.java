package org.therapykit.examples.cli;

import java.util.Objects;

/** Small helpers that keep every problem report on one line. */
final class Text {
  private Text() {}

  /** Replaces line breaks and other control characters, so that a report stays one line. */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .map(cp -> Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 ? ' ' : cp)
        .forEach(sb::appendCodePoint);
    return sb.toString().strip();
  }

  /** Describes an exception in one line without its class name, such as {@code boom}. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return oneLine(
        Objects.requireNonNullElse(message, "").isBlank()
            ? e.getClass().getSimpleName()
            : Objects.requireNonNull(message));
  }
}
