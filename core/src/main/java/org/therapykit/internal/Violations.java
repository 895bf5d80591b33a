package org.therapykit.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

/**
 * Collects invariant violations of one value and throws them all at once.
 *
 * <p>Used from {@code @Value.Check} methods: {@code Violations.of("License").blank("/number",
 * number()).throwIfAny();}. Messages never contain the checked value, but for a jurisdiction code
 * that ISO 3166 does not assign: a code is not sensitive, and {@code US-XX} says more than its
 * path.
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
   * FindingCode#OUT_OF_RANGE} if it is longer than {@code maxLength} code points, or {@link
   * FindingCode#INVALID_FORMAT} if it holds an unpaired surrogate (it could not be written as
   * UTF-8).
   *
   * @param path the JSON Pointer of the attribute
   * @param text the text
   * @param maxLength the largest length allowed, in Unicode code points
   * @return this collector
   */
  public Violations text(String path, String text, int maxLength) {
    return text(path, -1, text, maxLength, false);
  }

  /**
   * Checks a text as {@link #text(String, String, int)} does, at {@code path/index} when {@code
   * index} is not negative, allowing the empty text if {@code mayBeEmpty}.
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element's index in a list, or -1
   * @param text the text
   * @param maxLength the largest length allowed, in Unicode code points
   * @param mayBeEmpty whether the empty (and a blank) text is allowed
   * @return this collector
   */
  public Violations text(String path, int index, String text, int maxLength, boolean mayBeEmpty) {
    // one pass for the common text (no surrogates: then code points are chars); the path and the
    // message are built only when a violation is found
    int n = text.length();
    int surrogate = -1;
    for (int i = 0; i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        surrogate = i;
        break;
      }
    }
    int codePoints = n;
    boolean paired = true;
    if (surrogate >= 0) {
      codePoints = surrogate;
      for (int i = surrogate; i < n; i++, codePoints++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          paired = false;
        }
      }
    }
    boolean blank = !mayBeEmpty && isBlank(text);
    if (blank) {
      add(FindingCode.BLANK_VALUE, at(path, index), "must not be blank");
    }
    if (codePoints > maxLength) {
      add(
          FindingCode.OUT_OF_RANGE,
          at(path, index),
          "must be at most " + maxLength + " characters");
    }
    if (!paired) {
      add(FindingCode.INVALID_FORMAT, at(path, index), "holds an unpaired surrogate");
    }
    return this;
  }

  /**
   * Records {@link FindingCode#INVALID_FORMAT} if the whole text does not match {@code pattern}.
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element's index in a list, or -1
   * @param text the text
   * @param pattern the pattern
   * @param hint what the pattern means, for the message, such as {@code "a language tag"}
   * @return this collector
   */
  public Violations matches(String path, int index, String text, Pattern pattern, String hint) {
    return pattern.matcher(text).matches()
        ? this
        : add(FindingCode.INVALID_FORMAT, at(path, index), "must be " + hint);
  }

  /**
   * Records {@link FindingCode#INVALID_FORMAT} if a text did not have its form, as decided by the
   * caller.
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element's index in a list, or -1
   * @param matches whether the text has the form
   * @param hint what the form is, for the message
   * @return this collector
   */
  public Violations matches(String path, int index, boolean matches, String hint) {
    return matches ? this : add(FindingCode.INVALID_FORMAT, at(path, index), "must be " + hint);
  }

  /**
   * Records {@link FindingCode#OUT_OF_RANGE} if a whole number is outside {@code [min, max]}.
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element's index in a list, or -1
   * @param value the number
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return this collector
   */
  public Violations range(String path, int index, long value, long min, long max) {
    return value >= min && value <= max
        ? this
        : add(FindingCode.OUT_OF_RANGE, at(path, index), "must be from " + min + " to " + max);
  }

  /**
   * Records {@link FindingCode#OUT_OF_RANGE} if a decimal is not finite or outside {@code [min,
   * max]}.
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element's index in a list, or -1
   * @param value the number
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return this collector
   */
  public Violations range(String path, int index, double value, double min, double max) {
    return value >= min && value <= max // false for NaN
        ? this
        : add(
            FindingCode.OUT_OF_RANGE,
            at(path, index),
            "must be a finite number from " + min + " to " + max);
  }

  /**
   * Records {@link FindingCode#OUT_OF_RANGE} if an amount of hours is outside {@code [min, max]},
   * given in hundredths of an hour.
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element's index in a list, or -1
   * @param hours the hours
   * @param minHundredths the smallest amount allowed, in hundredths
   * @param maxHundredths the largest amount allowed, in hundredths
   * @return this collector
   */
  public Violations hours(
      String path, int index, Hours hours, long minHundredths, long maxHundredths) {
    long h = hours.hundredths();
    return h >= minHundredths && h <= maxHundredths
        ? this
        : add(
            FindingCode.OUT_OF_RANGE,
            at(path, index),
            "must be from "
                + Hours.ofHundredths(minHundredths)
                + " to "
                + Hours.ofHundredths(maxHundredths)
                + " hours");
  }

  /**
   * Records {@link FindingCode#OUT_OF_RANGE} if a date's year cannot be written as four digits
   * ({@link IsoDates#isWritable(LocalDate)}).
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element's index in a list, or -1
   * @param date the date
   * @return this collector
   */
  public Violations date(String path, int index, LocalDate date) {
    return IsoDates.isWritable(date)
        ? this
        : add(
            FindingCode.OUT_OF_RANGE,
            at(path, index),
            "must be a date in the years " + IsoDates.MIN_YEAR + " to " + IsoDates.MAX_YEAR);
  }

  /**
   * Records {@link FindingCode#OUT_OF_RANGE} if a month's year cannot be written as {@code
   * yyyy-MM}.
   *
   * @param path the JSON Pointer of the attribute
   * @param index the element index, or -1 for a single value
   * @param month the month
   * @return this collector
   */
  public Violations month(String path, int index, YearMonth month) {
    return IsoDates.isWritable(month)
        ? this
        : add(
            FindingCode.OUT_OF_RANGE,
            at(path, index),
            "must be a month in the years " + IsoDates.MIN_YEAR + " to " + IsoDates.MAX_YEAR);
  }

  /**
   * Records {@link FindingCode#MISSING_VALUE} if a list or set is empty.
   *
   * @param path the JSON Pointer of the attribute
   * @param elements the list or set
   * @return this collector
   */
  public Violations notEmpty(String path, Collection<?> elements) {
    return elements.isEmpty()
        ? add(FindingCode.MISSING_VALUE, path, "must hold at least one element")
        : this;
  }

  /** Whether a text is empty or only white space; usually decided by its first character. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static String at(String path, int index) {
    return index < 0 ? path : path + "/" + index;
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
   * Records a {@link FindingCode#DUPLICATE_VALUE} for each element that shares its key with an
   * earlier one and is not another cycle of it: cycles (a credential renewed under the same number)
   * must be of the same kind and their periods must not overlap.
   *
   * @param <T> the element type
   * @param path the list's path, such as {@code /certifications}
   * @param elements the elements, not null
   * @param key the key that identifies one credential across its cycles
   * @param kind what every cycle of one credential has in common, such as its type
   * @param period the period of one cycle
   * @param what what the key is, for the message, such as {@code "certification (body and number)"}
   * @return this collector
   */
  public <T> Violations cycles(
      String path,
      List<T> elements,
      Function<T, Object> key,
      Function<T, Object> kind,
      Function<T, DateRange> period,
      String what) {
    int n = elements.size();
    for (int i = 1; i < n; i++) {
      T later = elements.get(i);
      Object k = key.apply(later);
      for (int j = 0; j < i; j++) {
        T earlier = elements.get(j);
        if (!k.equals(key.apply(earlier))) {
          continue;
        }
        if (!kind.apply(later).equals(kind.apply(earlier))) {
          add(
              FindingCode.DUPLICATE_VALUE,
              path + "/" + i,
              "duplicate " + what + ": a renewal cycle must be of the same kind as the others");
          break;
        }
        if (period.apply(later).overlaps(period.apply(earlier))) {
          add(
              FindingCode.DUPLICATE_VALUE,
              path + "/" + i,
              "duplicate " + what + ": a renewal cycle must not overlap the others");
          break;
        }
      }
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
