package org.therapykit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointerTest {
  @Test
  void parsesTokensAndUnescapesThem() {
    Pointer p = Pointer.parse("/certifications/2/validity");
    assertThat(p.tokens()).containsExactly("certifications", "2", "validity");
    assertThat(p.index(1)).hasValue(2);
    assertThat(p.index(0)).isEmpty();
    assertThat(p.index(3)).isEmpty();
    assertThat(p.index(-1)).isEmpty();
    assertThat(p).hasToString("/certifications/2/validity");
    assertThat(Pointer.parse("/a~1b/c~0d").tokens()).containsExactly("a/b", "c~d");
    assertThat(Pointer.parse("/").tokens()).containsExactly("");
    assertThat(Pointer.parse("")).isEqualTo(Pointer.root());
    assertThat(Pointer.root().tokens()).isEmpty();
  }

  @Test
  void buildsFromTokensEscapingThem() {
    assertThat(Pointer.of("licenses", 0, "number")).hasToString("/licenses/0/number");
    assertThat(Pointer.of("a/b", "c~d")).hasToString("/a~1b/c~0d");
    assertThat(Pointer.of("a/b").tokens()).containsExactly("a/b");
    assertThat(Pointer.of()).isEqualTo(Pointer.root());
    assertThat(Pointer.of("x", 1)).isEqualTo(Pointer.parse("/x/1")).hasSameHashCodeAs("/x/1");
  }

  @Test
  void matchesTemplatesWithIndexWildcardsAndARest() {
    Pointer p = Pointer.parse("/sessions/3/attendees/1");
    assertThat(p.matches("/sessions/*/attendees/*")).isTrue();
    assertThat(p.matches("/sessions/*/attendees")).isFalse();
    assertThat(p.matches("/sessions/*/addressedGoals/*")).isFalse();
    assertThat(p.matches("/sessions/**")).isTrue();
    assertThat(p.matches("/sessions/3/attendees/1/**")).isTrue();
    assertThat(p.matches("/disclosures/**")).isFalse();
    assertThat(p.matches("/**")).isTrue();
    // * is an array index only, not any token
    assertThat(Pointer.parse("/sessions/x").matches("/sessions/*")).isFalse();
    assertThat(Pointer.parse("/sessions/01").matches("/sessions/*")).isFalse();
    assertThat(Pointer.root().matches("")).isTrue();
    assertThat(Pointer.root().matches("/**")).isTrue();
  }

  @Test
  void startsWithComparesWholeTokens() {
    Pointer p = Pointer.parse("/sessions/1/date");
    assertThat(p.startsWith(Pointer.parse("/sessions"))).isTrue();
    assertThat(p.startsWith(Pointer.parse("/sess"))).isFalse();
    assertThat(p.startsWith(Pointer.root())).isTrue();
  }

  @Test
  void rejectsTextThatIsNotAPointer() {
    assertThatThrownBy(() -> Pointer.parse("sessions/1"))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(Finding::code)
                    .containsExactly(FindingCode.INVALID_FORMAT));
    assertThatThrownBy(() -> Pointer.parse("x")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void everyFindingHasItsPathsAsPointers() {
    Finding f =
        Finding.of(
            FindingCode.CONSENT_WITHDRAWN,
            "/authorizations/1",
            "/consents/0/withdrawnOn",
            Severity.ERROR,
            "withdrawn");
    assertThat(f.pointer().matches("/authorizations/*")).isTrue();
    assertThat(f.pointer().index(1)).hasValue(1);
    assertThat(f.relatedPointer()).contains(Pointer.parse("/consents/0/withdrawnOn"));
    assertThat(Finding.error(FindingCode.MISSING_VALUE, "", "x").relatedPointer()).isEmpty();
  }
}
