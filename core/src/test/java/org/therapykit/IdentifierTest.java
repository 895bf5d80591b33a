package org.therapykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;

class IdentifierTest {
  /** Every identifier kind, by its factory. */
  private static final List<Function<String, ? extends Identifier>> KINDS =
      List.of(
          PractitionerId::of,
          OrganizationId::of,
          ClientId::of,
          CaseId::of,
          ReferralId::of,
          GoalId::of,
          HomeworkId::of,
          AuthorizationId::of);

  @Test
  void everyKindHasTheTextFormAndEqualityOfItsOwnKind() {
    for (Function<String, ? extends Identifier> of : KINDS) {
      Identifier id = of.apply("x-1");
      assertThat(id.value()).isEqualTo("x-1");
      assertThat(id.toString()).isEqualTo("x-1");
      assertThat(of.apply("x-1")).isEqualTo(id).hasSameHashCodeAs(id);
    }
    assertThat((Object) PractitionerId.of("x-1")).isNotEqualTo(ClientId.of("x-1"));
  }

  @Test
  void rejectsTextWithoutTheFormNamingItsOwnKind() {
    for (Function<String, ? extends Identifier> of : KINDS) {
      String kind = of.apply("x-1").getClass().getSuperclass().getSimpleName();
      for (String bad : List.of("", "-x", "a b", "x".repeat(129), "é")) {
        InvalidValueException e =
            catchThrowableOfType(InvalidValueException.class, () -> of.apply(bad));
        assertThat(e).as("%s %s", kind, bad).isNotNull();
        assertThat(e.type()).isEqualTo(kind);
        assertThat(e.violations())
            .singleElement()
            .extracting(f -> f.code())
            .isEqualTo(FindingCode.INVALID_FORMAT);
      }
    }
  }

  @Test
  void acceptsTheLongestIdentifier() {
    assertThat(CaseId.of("a".repeat(128)).value()).hasSize(128);
  }
}
