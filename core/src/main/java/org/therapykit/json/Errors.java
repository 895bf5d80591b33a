package org.therapykit.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.therapykit.internal.Pointers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Classifies the parser's own failures by exception type (never by message text) and names places
 * without repeating input: the reader's problems come from {@link WireReader}; only syntax, limits
 * and encoding come from Jackson.
 */
final class Errors {
  private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z_@$][A-Za-z0-9_@$.:-]{0,63}");

  private Errors() {}

  /** The code of a parser failure. */
  static JsonErrorCode codeOf(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return JsonErrorCode.TOO_LARGE;
    }
    if (e instanceof JacksonIOException && e.getCause() instanceof CharConversionException) {
      return JsonErrorCode.INVALID_ENCODING;
    }
    return JsonErrorCode.MALFORMED_JSON;
  }

  /** What a parser failure means. */
  static String detailOf(JacksonException e) {
    return switch (codeOf(e)) {
      case TOO_LARGE ->
          "a read limit was exceeded (nesting depth, string, name or number length, size)";
      case INVALID_ENCODING -> "not UTF-8";
      default ->
          e instanceof UnexpectedEndOfInputException
              ? "unexpected end of input"
              : "not well-formed JSON";
    };
  }

  /**
   * An I/O failure of the caller's own stream, which is reported as {@link UncheckedIOException};
   * or null if the failure is not one.
   */
  static @Nullable UncheckedIOException ioFailure(JacksonException e) {
    if (e instanceof JacksonIOException
        && e.getCause() instanceof IOException io
        && !(io instanceof CharConversionException)) {
      return new UncheckedIOException("reading JSON input failed", io);
    }
    return null;
  }

  /**
   * The pointer of the object or array the parser is in, leaving out the innermost property name
   * (after a syntax error it may be stale; the line and column say exactly where).
   */
  static String containerPointer(@Nullable TokenStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "";
    }
    if (ctx.inObject()) {
      return WireReader.pointer(ctx.getParent());
    }
    return WireReader.pointer(ctx.getParent()) + "/" + Math.max(0, ctx.getCurrentIndex());
  }

  /**
   * A property name as a pointer token. The format's own names are identifiers; a property name
   * that does not look like one (spaces, punctuation, more than 64 characters) could be a value in
   * the wrong place, so it is reported as {@code *} and never echoed.
   */
  static String token(String name) {
    return NAME_LIKE.matcher(name).matches() ? Pointers.escape(name) : "*";
  }
}
