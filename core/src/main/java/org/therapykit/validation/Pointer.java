package org.therapykit.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.OptionalInt;
import org.therapykit.internal.Pointers;

/**
 * A JSON Pointer (RFC 6901) into a value's JSON form, such as {@code /certifications/2/validity}:
 * where a {@link Finding} applies, as a value rather than a string to split.
 *
 * <p>A pointer is a list of reference tokens; {@code ~1} and {@code ~0} in the text stand for
 * {@code /} and {@code ~} in a token. {@link #matches(String)} compares a pointer with a template
 * in which {@code *} stands for one array index and a final {@code **} for any rest, so a host (or
 * a test) can ask "is this about a certification's validity?" without parsing:
 *
 * <pre>{@code
 * finding.pointer().matches("/certifications/ * /validity")   // without the spaces
 * finding.pointer().index(1)                                   // which certification: 2
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal when the pointer texts are equal.
 */
public final class Pointer {
  private static final Pointer ROOT = new Pointer("", ImmutableList.of());

  private final String text;
  private final ImmutableList<String> tokens;

  private Pointer(String text, ImmutableList<String> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * Returns the pointer to the whole value, {@code ""}.
   *
   * @return the root pointer, not null
   */
  public static Pointer root() {
    return ROOT;
  }

  /**
   * Parses a pointer's text.
   *
   * @param text {@code ""} or text starting with {@code /}, not null
   * @return the pointer, not null
   * @throws InvalidValueException with code {@code INVALID_FORMAT} if the text is neither
   */
  public static Pointer parse(String text) {
    if (!text.isEmpty() && text.charAt(0) != '/') {
      throw new InvalidValueException(
          "Pointer",
          List.of(
              Finding.error(
                  FindingCode.INVALID_FORMAT,
                  "",
                  "expected a JSON Pointer: empty, or starting with /")));
    }
    if (text.isEmpty()) {
      return ROOT;
    }
    ImmutableList.Builder<String> tokens = ImmutableList.builder();
    int start = 1;
    while (true) {
      int slash = text.indexOf('/', start);
      String raw = slash < 0 ? text.substring(start) : text.substring(start, slash);
      tokens.add(unescape(raw));
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    return new Pointer(text, tokens.build());
  }

  /**
   * Builds a pointer from tokens, escaping each: {@code of("licenses", 0, "number")} is {@code
   * /licenses/0/number}.
   *
   * @param tokens names or array indexes, not null
   * @return the pointer, not null
   */
  public static Pointer of(Object... tokens) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (Object t : tokens) {
      b.add(String.valueOf(t));
    }
    ImmutableList<String> list = b.build();
    return list.isEmpty() ? ROOT : new Pointer(Pointers.of(tokens), list);
  }

  /**
   * Returns the reference tokens, unescaped: {@code [certifications, 2, validity]}.
   *
   * @return the tokens, empty for the root, not null
   */
  public ImmutableList<String> tokens() {
    return tokens;
  }

  /**
   * Returns the array index at a position, if that token is one.
   *
   * @param position the token's position, from 0
   * @return the index, or empty if there is no such token or it is not a non-negative integer
   */
  public OptionalInt index(int position) {
    if (position < 0 || position >= tokens.size()) {
      return OptionalInt.empty();
    }
    String t = tokens.get(position);
    return isIndex(t) ? OptionalInt.of(Integer.parseInt(t)) : OptionalInt.empty();
  }

  /**
   * Returns whether this pointer starts with another, token by token ({@code /sessions/1} starts
   * with {@code /sessions}, not with {@code /sess}).
   *
   * @param prefix the prefix, not null
   * @return true if every token of the prefix begins this pointer
   */
  public boolean startsWith(Pointer prefix) {
    return tokens.size() >= prefix.tokens.size()
        && tokens.subList(0, prefix.tokens.size()).equals(prefix.tokens);
  }

  /**
   * Returns whether this pointer matches a template: tokens equal, {@code *} for any array index,
   * and a final {@code **} for any rest (none included). {@code /sessions/3/attendees/1} matches
   * {@code /sessions/ * /attendees/ *} and {@code /sessions/ **} (without the spaces).
   *
   * @param template a pointer template, not null
   * @return true if it matches
   */
  public boolean matches(String template) {
    Pointer t = parse(template);
    int n = t.tokens.size();
    boolean rest = n > 0 && t.tokens.get(n - 1).equals("**");
    int fixed = rest ? n - 1 : n;
    if (rest ? tokens.size() < fixed : tokens.size() != fixed) {
      return false;
    }
    for (int i = 0; i < fixed; i++) {
      String want = t.tokens.get(i);
      String have = tokens.get(i);
      if (want.equals("*") ? !isIndex(have) : !want.equals(have)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pointer other && other.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the pointer's text, {@code ""} for the root.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return text;
  }

  private static boolean isIndex(String t) {
    if (t.isEmpty() || t.length() > 9 || (t.length() > 1 && t.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String unescape(String raw) {
    return raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
  }
}
