package org.therapykit.json;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.therapykit.internal.Pointers;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every Jackson failure into a {@link JsonInputException}: a stable code, a JSON Pointer in
 * the input document, a line and column, and no input value (Jackson's own messages, which may
 * quote the input, are never passed on).
 */
final class Errors {

  private Errors() {}

  static JsonInputException problem(
      JsonErrorCode code, String pointer, @Nullable JsonParser p, String detail) {
    TokenStreamLocation loc = p == null ? null : p.currentTokenLocation();
    return new JsonInputException(
        code,
        pointer,
        loc == null ? 0 : loc.getLineNr(),
        loc == null ? 0 : loc.getColumnNr(),
        detail,
        ImmutableList.of(),
        null);
  }

  /**
   * Translates a Jackson exception raised while reading the value at {@code base} (a pointer such
   * as {@code /practitioner}).
   */
  static RuntimeException translate(JacksonException e, String base, @Nullable JsonParser p) {
    return translate(e, base, p, 0);
  }

  /**
   * As {@link #translate(JacksonException, String, JsonParser)}, leaving out the {@code skipOuter}
   * outermost levels of the parser's place (the array index of a bulk record).
   */
  static RuntimeException translate(
      JacksonException e, String base, @Nullable JsonParser p, int skipOuter) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException io) {
      return new UncheckedIOException("reading JSON input failed", io);
    }
    if (e instanceof InvalidDefinitionException) {
      return new IllegalStateException("TherapyKit JSON mapping is broken for a type", e);
    }
    // A syntax error has no databind path: the pointer is where the parser is. When it fails
    // between properties the innermost property name is stale, so only the enclosing object or
    // array is named (the line and column say exactly where).
    boolean syntax =
        e instanceof StreamReadException
            && !(e instanceof StreamConstraintsException)
            && !(e instanceof InputCoercionException)
            && !String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property");
    String pointer;
    if (p != null && (e instanceof StreamReadException || e.getPath().isEmpty())) {
      pointer = contextPointer(p.streamReadContext(), !syntax, skipOuter);
    } else {
      pointer = e.getPath().isEmpty() ? base : base + pointerOf(e.getPath());
    }
    TokenStreamLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();

    if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidValueException) {
      InvalidValueException ive = (InvalidValueException) e.getCause();
      ImmutableList<Finding> violations =
          ive.violations().stream()
              .map(v -> v.withPathPrefix(pointer))
              .collect(ImmutableList.toImmutableList());
      boolean allMissing =
          ive.violations().stream().allMatch(v -> v.code() == FindingCode.MISSING_VALUE);
      if (allMissing) {
        return new JsonInputException(
            JsonErrorCode.MISSING_FIELD,
            violations.get(0).path(),
            line,
            column,
            "required property absent",
            violations,
            null);
      }
      return new JsonInputException(
          JsonErrorCode.INVALID_VALUE,
          pointer,
          line,
          column,
          ive.type() + " breaks its invariants",
          violations,
          null);
    }
    JsonErrorCode code;
    String detail;
    if (e instanceof JsonProblem jp) {
      code = jp.code();
      detail = e.getOriginalMessage();
    } else if (e instanceof StreamConstraintsException) {
      code = JsonErrorCode.TOO_LARGE;
      detail = "a read limit was exceeded";
    } else if (e instanceof UnexpectedEndOfInputException) {
      code = JsonErrorCode.MALFORMED_JSON;
      detail = "unexpected end of input";
    } else if (e instanceof InputCoercionException) {
      code = JsonErrorCode.INVALID_VALUE;
      detail = "number out of range";
    } else if (e instanceof StreamReadException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.startsWith("Duplicate Object property")) {
        code = JsonErrorCode.DUPLICATE_FIELD;
        detail = "property appears twice";
      } else {
        code = JsonErrorCode.MALFORMED_JSON;
        detail = "not well-formed JSON";
      }
    } else if (e instanceof PropertyBindingException) {
      code = JsonErrorCode.UNKNOWN_FIELD;
      detail = "property not defined by the format";
    } else if (e instanceof InvalidNullException) {
      code = JsonErrorCode.NULL_VALUE;
      detail = "null is not allowed; omit absent values";
    } else if (e instanceof InvalidFormatException) {
      // our own leaf types report through JsonProblem; Jackson's come from refused coercions
      code = JsonErrorCode.WRONG_TYPE;
      detail = "value of the wrong JSON type";
    } else if (e instanceof MismatchedInputException) {
      code = JsonErrorCode.WRONG_TYPE;
      detail = "value of the wrong JSON type";
    } else if (e.getCause() instanceof UniqueList.DuplicateElementException) {
      code = JsonErrorCode.INVALID_VALUE;
      detail = "an element appears twice in a set";
    } else if (e instanceof ValueInstantiationException) {
      code = JsonErrorCode.INVALID_VALUE;
      detail = "value could not be built";
    } else {
      code = JsonErrorCode.INVALID_VALUE;
      detail = "value not allowed";
    }
    return new JsonInputException(code, pointer, line, column, detail, ImmutableList.of(), null);
  }

  /** Translates a failure while writing: only an I/O failure of the target is expected. */
  static RuntimeException writeFailure(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException io) {
      return new UncheckedIOException("writing JSON output failed", io);
    }
    return new IllegalStateException("TherapyKit JSON writing failed", e);
  }

  /** The pointer of a databind path, relative to the value being read. */
  private static String pointerOf(List<JacksonException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : path) {
      String name = r.getPropertyName();
      if (name != null) {
        sb.append('/').append(token(name));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  /**
   * The pointer of the parser's current place in the whole document; with {@code innermost} false,
   * the innermost object's current property is left out.
   */
  static String contextPointer(@Nullable TokenStreamContext ctx, boolean innermost, int skipOuter) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    boolean first = true;
    for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject()) {
        String name = c.currentName();
        if (name != null && (innermost || !first)) {
          parts.addFirst(token(name));
        }
      } else if (c.inArray()) {
        parts.addFirst(Integer.toString(Math.max(0, c.getCurrentIndex())));
      }
      first = false;
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (String part : parts) {
      if (i++ >= skipOuter) {
        sb.append('/').append(part);
      }
    }
    return sb.toString();
  }

  private static final java.util.regex.Pattern NAME_LIKE =
      java.util.regex.Pattern.compile("[A-Za-z_@$][A-Za-z0-9_@$.:-]{0,63}");

  /**
   * A property name as a pointer token. The format's own names are identifiers; a property name
   * that does not look like one (spaces, punctuation, more than 64 characters) could be a value in
   * the wrong place, so it is reported as {@code *} and never echoed.
   */
  static String token(String name) {
    return NAME_LIKE.matcher(name).matches() ? Pointers.escape(name) : "*";
  }
}
