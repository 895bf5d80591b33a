package org.therapykit.json;

/**
 * Why a JSON document could not be read, such as {@link #UNKNOWN_FIELD}. Codes are stable and
 * append-only; the wire form is the constant name.
 */
public enum JsonErrorCode {
  /** The input is empty or only whitespace. */
  EMPTY_INPUT,
  /** The input is not well-formed JSON (syntax, encoding, truncation). */
  MALFORMED_JSON,
  /** Well-formed JSON continues after the document ends. */
  TRAILING_CONTENT,
  /**
   * The input exceeds a read limit: document size, nesting depth, string, property-name or number
   * length, or token count.
   */
  TOO_LARGE,
  /** An object has a property the format does not define. */
  UNKNOWN_FIELD,
  /** An object has the same property twice. */
  DUPLICATE_FIELD,
  /** A required property is absent. */
  MISSING_FIELD,
  /** A property is {@code null}; the format omits absent values instead. */
  NULL_VALUE,
  /**
   * A value has the wrong JSON type, such as a string where a number belongs, or a number where an
   * enum code belongs; no coercion is attempted.
   */
  WRONG_TYPE,
  /**
   * A value has the right JSON type but is not allowed: an unknown code, a malformed date, too many
   * decimal places, or an object that breaks the model's invariants (see {@link
   * JsonInputException#violations()}).
   */
  INVALID_VALUE,
  /** The document's {@code formatVersion} has a newer major version than this reader supports. */
  UNSUPPORTED_VERSION,
  /**
   * The input is not a document envelope: a root object without {@code formatVersion} and a kind
   * property, such as a bare practitioner {@code {"id": ...}} where {@code {"formatVersion": "1.1",
   * "practitioner": {"id": ...}}} belongs.
   */
  MISSING_ENVELOPE,
  /**
   * The bytes are not UTF-8: a UTF-16 or UTF-32 byte order mark, or the zero bytes of those
   * encodings. JSON exchanged between systems is UTF-8 (RFC 8259, section 8.1).
   */
  INVALID_ENCODING
}
