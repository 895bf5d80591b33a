package org.therapykit.internal;

/** Builds RFC 6901 JSON Pointers from segments, escaping {@code ~} and {@code /}. */
public final class Pointers {
  private Pointers() {}

  /**
   * Joins segments into a pointer: {@code of("licenses", 0, "number")} is {@code
   * /licenses/0/number}.
   *
   * @param segments names or indexes
   * @return the pointer, {@code ""} for no segments
   */
  public static String of(Object... segments) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      sb.append('/').append(escape(String.valueOf(s)));
    }
    return sb.toString();
  }

  /**
   * Returns the pointer to one element of a list: {@code of("licenses", 2)} is {@code /licenses/2},
   * without the varargs array and conversions of {@link #of(Object...)}.
   *
   * @param list the list's property name
   * @param index the element's index
   * @return the pointer
   */
  public static String of(String list, int index) {
    return "/" + escape(list) + "/" + index;
  }

  /**
   * Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}.
   *
   * @param token the token
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
