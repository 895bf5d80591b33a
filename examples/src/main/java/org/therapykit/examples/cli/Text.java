package org.therapykit.examples.cli;

import java.util.Objects;
import org.therapykit.Coded;

/** Small helpers for what the commands print. */
final class Text {
  private Text() {}

  /** A code as words, such as {@code care coordination} for {@code care-coordination}. */
  static String words(Coded code) {
    return code.code().replace('-', ' ');
  }

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
