package org.therapykit.json;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.therapykit.Hours;
import org.therapykit.internal.IsoDates;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The state of one read: the problems found so far, and the leaf readers the generated codecs call.
 * A leaf reader returns the value, or null after recording why there is none and skipping the bad
 * value, so that reading goes on and a document reports every problem (up to {@value
 * #MAX_PROBLEMS}). Not thread-safe; one instance per document.
 */
final class WireReader {
  /** What {@link #field} returns at the end of an object. */
  static final int END = Integer.MIN_VALUE;

  /** The most problems one document reports; reading stops at this many. */
  static final int MAX_PROBLEMS = 20;

  private final boolean acceptUnknownFields;
  private @Nullable List<JsonProblem> problems; // made on the first problem
  private int count;

  WireReader(boolean acceptUnknownFields) {
    this.acceptUnknownFields = acceptUnknownFields;
  }

  /** Thrown when {@value #MAX_PROBLEMS} problems have been found: reading stops. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("too many problems", null, false, false);
    }
  }

  /** Builds the matcher the generated readers use to find a property's field number. */
  static PropertyNameMatcher matcher(String[] names) {
    return BinaryNameMatcher.construct(java.util.Arrays.asList(names), false);
  }

  // ---- problems ---------------------------------------------------------------------------

  /** Returns the number of problems found so far, to compare with later. */
  int mark() {
    return count;
  }

  boolean hasProblems() {
    return count > 0;
  }

  /** Returns the problems, at most {@value #MAX_PROBLEMS}, in the order found. */
  ImmutableList<JsonProblem> problems() {
    return problems == null ? ImmutableList.of() : ImmutableList.copyOf(problems);
  }

  private List<JsonProblem> list() {
    if (problems == null) {
      problems = new ArrayList<>(4);
    }
    return problems;
  }

  /** Returns whether reading stopped before the end because there were too many problems. */
  boolean truncated() {
    return count >= MAX_PROBLEMS;
  }

  void problem(
      JsonErrorCode code,
      String pointer,
      @Nullable TokenStreamLocation at,
      String detail,
      List<Finding> violations) {
    count++;
    list()
        .add(
            new JsonProblem(
                code,
                pointer,
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(),
                detail,
                violations));
    if (count >= MAX_PROBLEMS) {
      throw new Stop();
    }
  }

  /** Records a problem at the current value of {@code p}. */
  void problemAtValue(JsonParser p, JsonErrorCode code, String detail) {
    problem(code, valuePointer(p), p.currentTokenLocation(), detail, ImmutableList.of());
  }

  /** Records a syntax or limit failure of the parser; reading cannot go on after it. */
  void failure(JacksonException e, @Nullable JsonParser p) {
    JsonErrorCode code = Errors.codeOf(e);
    String pointer =
        p == null
            ? ""
            : code == JsonErrorCode.TOO_LARGE
                ? pointer(p.streamReadContext())
                : Errors.containerPointer(p.streamReadContext());
    list()
        .add(
            new JsonProblem(
                code,
                pointer,
                e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                Errors.detailOf(e),
                ImmutableList.of()));
    count++;
  }

  // ---- objects ----------------------------------------------------------------------------

  /**
   * Handles the result of {@code nextNameMatch}: returns the field number and moves to its value;
   * or, for an unknown or repeated property, records it (unknown ones only when they are not
   * accepted), skips its value and returns -1; or returns {@link #END} at the end of the object.
   */
  int field(JsonParser p, int match, long seen) {
    if (match >= 0) {
      p.nextToken();
      if ((seen & (1L << match)) == 0) {
        return match;
      }
      problemAtValue(p, JsonErrorCode.DUPLICATE_FIELD, "property appears twice");
      p.skipChildren();
      return -1;
    }
    if (match == PropertyNameMatcher.MATCH_END_OBJECT) {
      return END;
    }
    // an unknown name; a token that is neither a name nor the end would have failed the parser
    p.nextToken();
    if (!acceptUnknownFields) {
      problemAtValue(p, JsonErrorCode.UNKNOWN_FIELD, "property not defined by the format");
    }
    p.skipChildren();
    return -1;
  }

  /** Returns true at the start of an object; otherwise records the wrong type and skips. */
  boolean startObject(JsonParser p) {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType(p, "an object");
    return false;
  }

  /** Returns true at the start of an array; otherwise records the wrong type and skips. */
  boolean startArray(JsonParser p) {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    wrongType(p, "an array");
    return false;
  }

  /**
   * At the end of an object: records each required field not seen, and returns whether the object
   * had no problem since {@code mark}, that is, whether it can be built.
   */
  boolean complete(JsonParser p, int mark, long seen, long required, String[] fields) {
    long missing = required & ~seen;
    if (missing != 0) {
      String base = closedPointer(p);
      for (int i = 0; i < fields.length; i++) {
        if ((missing & (1L << i)) != 0) {
          problem(
              JsonErrorCode.MISSING_FIELD,
              base + "/" + fields[i],
              p.currentTokenLocation(),
              "required property absent",
              ImmutableList.of());
        }
      }
    }
    return count == mark;
  }

  /** At the end of an object whose value breaks its invariants: records every violation. */
  void invalid(JsonParser p, InvalidValueException e) {
    String base = closedPointer(p);
    problem(
        JsonErrorCode.INVALID_VALUE,
        base,
        p.currentTokenLocation(),
        e.type() + " breaks its invariants",
        reRoot(e, base));
  }

  /** Adds an element to a set, or records that it repeats an earlier one. */
  <T> void addUnique(JsonParser p, Set<T> set, T element) {
    if (!set.add(element)) {
      problemAtValue(p, JsonErrorCode.INVALID_VALUE, "an element appears twice in a set");
    }
  }

  // ---- leaves -----------------------------------------------------------------------------

  @Nullable String string(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    wrongType(p, "a string");
    return null;
  }

  /** Reads the text of a code; {@link #unknownCode} reports one that is not defined. */
  @Nullable String code(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    wrongType(p, "a string code");
    return null;
  }

  void unknownCode(JsonParser p, String type, String codes) {
    // codes are not sensitive; the value read is never repeated
    problemAtValue(p, JsonErrorCode.INVALID_VALUE, "unknown " + type + " code; valid: " + codes);
  }

  /** Records a text that its type could not parse. */
  void badText(JsonParser p, RuntimeException e, String name, String example) {
    String pointer = valuePointer(p);
    problem(
        JsonErrorCode.INVALID_VALUE,
        pointer,
        p.currentTokenLocation(),
        badTextMessage(e, name, example),
        e instanceof InvalidValueException ive ? reRoot(ive, pointer) : ImmutableList.of());
  }

  /**
   * Says what is wrong with a text: that it lacks the form, or, when it has the form but breaks a
   * rule of the type (an end before the start, a day not in its month), which rule.
   */
  static String badTextMessage(RuntimeException e, String name, String example) {
    if (e instanceof InvalidValueException ive) {
      for (Finding f : ive.violations()) {
        if (f.code() != FindingCode.INVALID_FORMAT) {
          // the type's own messages name the rule, never the value read (but for a jurisdiction
          // code that is not assigned: codes are not sensitive)
          String where = f.path().isEmpty() ? "" : f.path().substring(1) + " ";
          return "invalid " + name + ": " + where + f.message();
        }
      }
    }
    return "expected a " + name + " such as " + example;
  }

  @Nullable Boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    wrongType(p, "true or false");
    return null;
  }

  @Nullable Integer int32(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    BigDecimal whole = whole(p);
    if (whole == null) {
      return null;
    }
    try {
      return whole.intValueExact();
    } catch (ArithmeticException e) {
      problemAtValue(p, JsonErrorCode.INVALID_VALUE, "number out of range");
      return null;
    }
  }

  @Nullable Long int64(JsonParser p) {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && (p.getNumberType() == JsonParser.NumberType.INT
            || p.getNumberType() == JsonParser.NumberType.LONG)) {
      return p.getLongValue();
    }
    BigDecimal whole = whole(p);
    if (whole == null) {
      return null;
    }
    try {
      return whole.longValueExact();
    } catch (ArithmeticException e) {
      problemAtValue(p, JsonErrorCode.INVALID_VALUE, "number out of range");
      return null;
    }
  }

  /**
   * For a whole-number field whose token is not a plain small integer: the exact value of a number
   * written with a fraction or an exponent, such as {@code 2.0} or {@code 1e2} (JSON Schema, like
   * JavaScript, counts those as integers), or of a large integer; or null after reporting a
   * fraction or another type.
   */
  private @Nullable BigDecimal whole(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, "a whole number");
      return null;
    }
    BigDecimal d = decimalOf(p);
    if (d != null && d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      wrongType(p, "a whole number");
      return null;
    }
    return d;
  }

  private @Nullable BigDecimal decimalOf(JsonParser p) {
    try {
      return p.getDecimalValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      problemAtValue(p, JsonErrorCode.INVALID_VALUE, "number out of range");
      return null;
    }
  }

  @Nullable Double decimal(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      double d = p.getDoubleValue();
      if (Double.isFinite(d)) {
        return d;
      }
      problemAtValue(p, JsonErrorCode.INVALID_VALUE, "number out of range");
      return null;
    }
    wrongType(p, "a number");
    return null;
  }

  @Nullable YearMonth month(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(p, "a month string yyyy-MM");
      return null;
    }
    YearMonth month = IsoDates.parseMonth(p.getString());
    if (month == null) {
      problemAtValue(p, JsonErrorCode.INVALID_VALUE, "expected a month yyyy-MM");
    }
    return month;
  }

  @Nullable LocalDate date(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(p, "a date string yyyy-MM-dd");
      return null;
    }
    String s = p.getString();
    if (IsoDates.hasDateForm(s, 0, s.length())) {
      try {
        return IsoDates.parseForm(s, 0);
      } catch (DateTimeParseException e) {
        String pointer = valuePointer(p);
        problem(
            JsonErrorCode.INVALID_VALUE,
            pointer,
            p.currentTokenLocation(),
            "no such calendar date",
            ImmutableList.of(
                Finding.error(
                    FindingCode.NO_SUCH_DATE, pointer, "a day that is not in its month")));
        return null;
      }
    }
    problemAtValue(p, JsonErrorCode.INVALID_VALUE, "expected a date yyyy-MM-dd");
    return null;
  }

  /**
   * Reads hours from a JSON number with at most two decimal places, from 0 to 10,000,000: never
   * rounded, never from a string.
   */
  @Nullable Hours hours(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int whole = p.getIntValue();
      if (whole >= 0 && whole <= Hours.MAX.hundredths() / 100) {
        return Hours.of(whole);
      }
    } else if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, "a number of hours");
      return null;
    }
    BigDecimal d = decimalOf(p);
    if (d == null) {
      return null;
    }
    try {
      return Hours.of(d);
    } catch (InvalidValueException e) {
      String pointer = valuePointer(p);
      problem(
          JsonErrorCode.INVALID_VALUE,
          pointer,
          p.currentTokenLocation(),
          "hours are 0 to 10,000,000 with at most two decimals",
          reRoot(e, pointer));
      return null;
    }
  }

  private void wrongType(JsonParser p, String expected) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      problemAtValue(p, JsonErrorCode.NULL_VALUE, "null is not allowed; omit absent values");
    } else {
      problemAtValue(p, JsonErrorCode.WRONG_TYPE, "expected " + expected);
    }
    p.skipChildren();
  }

  // ---- pointers ---------------------------------------------------------------------------

  private static ImmutableList<Finding> reRoot(InvalidValueException e, String base) {
    ImmutableList.Builder<Finding> b = ImmutableList.builder();
    for (Finding f : e.violations()) {
      b.add(f.withPathPrefix(base));
    }
    return b.build();
  }

  /** The pointer of the parser's current value (a scalar, or the start of an object or array). */
  static String valuePointer(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx != null) {
      ctx = ctx.getParent();
    }
    return pointer(ctx);
  }

  /** The pointer of the object or array that the parser's current end token closed. */
  static String closedPointer(JsonParser p) {
    return pointer(p.streamReadContext());
  }

  /** The pointer of a context's current place, names made safe by {@link Errors#token}. */
  static String pointer(@Nullable TokenStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "";
    }
    String parent = pointer(ctx.getParent());
    if (ctx.inArray()) {
      return parent + "/" + Math.max(0, ctx.getCurrentIndex());
    }
    String name = ctx.currentName();
    return name == null ? parent : parent + "/" + Errors.token(name);
  }
}
