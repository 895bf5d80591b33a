package org.therapykit;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception TherapyKit throws for bad input, like {@code DateTimeException} for
 * java.time.
 *
 * <p>Subclasses carry structure a caller can act on: {@link
 * org.therapykit.validation.InvalidValueException} carries every violated invariant with its code
 * and path. Messages never contain a sensitive value (histories, notes, reasons, goal text); they
 * name codes and paths only.
 *
 * <p>Caller mistakes, such as passing {@code null} where the documentation forbids it, are not
 * reported with this type but with {@link NullPointerException} or {@link
 * IllegalArgumentException}.
 *
 * <p>This class is unchecked and thread-safe once constructed.
 */
public class TherapyKitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message the message, not null; must not contain sensitive values
   */
  public TherapyKitException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message the message, not null; must not contain sensitive values
   * @param cause the cause, may be null
   */
  public TherapyKitException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
