package org.therapykit.internal;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * Collects invariant violations of one value and throws them all at once.
 *
 * <p>Used from {@code @Value.Check} methods: {@code Violations.of("License").blank("/number",
 * number()).throwIfAny();}. Messages never contain the checked value.
 */
public final class Violations {
  private final String type;
  // created on the first violation: values are checked on every construction and almost never
  // break an invariant, so the common path allocates nothing but this collector
  private ImmutableList.@Nullable Builder<Finding> found;

  private Violations(String type) {
    this.type = type;
  }

  /**
   * Starts collecting violations for a value type.
   *
   * @param type the simple type name used in the exception message
   * @return a new collector
   */
  public static Violations of(String type) {
    return new Violations(type);
  }

  /**
   * Records a violation.
   *
   * @param code the code
   * @param path the JSON Pointer of the attribute
   * @param message a message without the value
   * @return this collector
   */
  public Violations add(FindingCode code, String path, String message) {
    if (found == null) {
      found = ImmutableList.builder();
    }
    found.add(Finding.error(code, path, message));
    return this;
  }

  /**
   * Records a violation if {@code condition} is false.
   *
   * @param condition the invariant
   * @param code the code if it fails
   * @param path the JSON Pointer of the attribute
   * @param message a message without the value
   * @return this collector
   */
  public Violations require(boolean condition, FindingCode code, String path, String message) {
    return condition ? this : add(code, path, message);
  }

  /**
   * Records {@link FindingCode#BLANK_VALUE} if the text is empty or whitespace.
   *
   * @param path the JSON Pointer of the attribute
   * @param text the text
   * @return this collector
   */
  public Violations notBlank(String path, String text) {
    return require(!text.isBlank(), FindingCode.BLANK_VALUE, path, "must not be blank");
  }

  /**
   * Records {@link FindingCode#BLANK_VALUE} if the text is blank, or {@link
   * FindingCode#OUT_OF_RANGE} if it is longer than {@code maxLength} characters.
   *
   * @param path the JSON Pointer of the attribute
   * @param text the text
   * @param maxLength the largest length allowed
   * @return this collector
   */
  public Violations text(String path, String text, int maxLength) {
    notBlank(path, text);
    // the message is built only when needed
    return text.length() <= maxLength
        ? this
        : add(FindingCode.OUT_OF_RANGE, path, "must be at most " + maxLength + " characters");
  }

  /**
   * Records {@link FindingCode#DUPLICATE_VALUE} for every element whose key was seen before.
   *
   * @param <T> the element type
   * @param path the JSON Pointer of the list
   * @param elements the elements
   * @param key the key that must be unique, with null meaning "no key"
   * @param what what the key is, for the message, such as {@code "licence number"}
   * @return this collector
   */
  public <T> Violations unique(
      String path, Iterable<T> elements, Function<T, @Nullable Object> key, String what) {
    if (elements instanceof Collection<?> c && c.size() < 2) {
      return this; // nothing to compare: no key strings, no set
    }
    Set<Object> seen = new HashSet<>();
    int i = 0;
    for (T element : elements) {
      Object k = key.apply(element);
      if (k != null && !seen.add(k)) {
        add(FindingCode.DUPLICATE_VALUE, path + "/" + i, "duplicate " + what);
      }
      i++;
    }
    return this;
  }

  /**
   * Throws {@link InvalidValueException} with every recorded violation, if there is any.
   *
   * @throws InvalidValueException if a violation was recorded
   */
  public void throwIfAny() {
    if (found != null) {
      throw new InvalidValueException(type, found.build());
    }
  }
}
