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

  /** The form of a requirement set's version, such as {@code 2025.T.1}. */
  public static final String VERSION = "[A-Za-z0-9.-]+";

  /** What {@link #VERSION} means. */
  public static final String VERSION_HINT = "letters, digits, dots or hyphens, such as 2025.T.1";

  private Forms() {}

  /**
   * Decides {@link #LANGUAGE} without a regular expression.
   *
   * @param s the text
   * @return true if the whole text matches
   */
  public static boolean isLanguage(String s) {
    int n = s.length();
    int letters = 0;
    while (letters < n && s.charAt(letters) >= 'a' && s.charAt(letters) <= 'z') {
      letters++;
    }
    if (letters < 2 || letters > 3) {
      return false;
    }
    return n == letters
        || (n == letters + 3
            && s.charAt(letters) == '-'
            && isUpper(s.charAt(letters + 1))
            && isUpper(s.charAt(letters + 2)));
  }

  /**
   * Decides {@link #POLICY_ID} without a regular expression.
   *
   * @param s the text
   * @return true if the whole text matches
   */
  public static boolean isPolicyId(String s) {
    return s.length() > 0 && allOf(s, true);
  }

  /**
   * Decides {@link #VERSION} without a regular expression.
   *
   * @param s the text
   * @return true if the whole text matches
   */
  public static boolean isVersion(String s) {
    return s.length() > 0 && allOf(s, false);
  }

  /**
   * Decides {@link #POINTER} without a regular expression.
   *
   * @param s the text
   * @return true if the whole text matches
   */
  public static boolean isPointer(String s) {
    return s.isEmpty() || s.charAt(0) == '/';
  }

  /**
   * Whether every character is a letter, a digit, a dot, a hyphen or (if allowed) an underscore.
   */
  private static boolean allOf(String s, boolean underscore) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || (underscore && c == '_');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
