package org.therapykit.internal;

/**
 * The patterns of text attributes that several model types share, each declared once and named by
 * the {@link Text} annotations that use it. Patterns are in the common subset of Java and ECMA-262
 * regular expressions.
 */
public final class Forms {
  /** A language: an ISO 639 code, optionally with an ISO 3166 region, such as {@code fr-CA}. */
  public static final String LANGUAGE = "[a-z]{2,3}(-[A-Z]{2})?";

  /** What {@link #LANGUAGE} means. */
  public static final String LANGUAGE_HINT = "an ISO 639 language code such as en or fr-CA";

  /**
   * The id of a qualification policy or requirement set, such as {@code therapykit-aasect-2025}.
   */
  public static final String POLICY_ID = "[A-Za-z0-9._-]+";

  /** What {@link #POLICY_ID} means. */
  public static final String POLICY_ID_HINT = "letters, digits, dots, underscores or hyphens";

  /** The longest policy or requirement set id. */
  public static final int POLICY_ID_MAX = 64;

  /** A JSON Pointer (RFC 6901): empty, or starting with a slash. */
  public static final String POINTER = "(/[\\s\\S]*)?";

  /** What {@link #POINTER} means. */
  public static final String POINTER_HINT = "a JSON Pointer, empty or starting with /";

  private Forms() {}
}
