package org.therapykit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.License;

class InvalidValueExceptionTest {

  @Test
  void turnsMissingAttributesOfAGeneratedBuilderIntoViolations() {
    assertThatThrownBy(() -> License.builder().number("1").build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e -> {
              InvalidValueException ive = (InvalidValueException) e;
              assertThat(ive.type()).isEqualTo("License");
              assertThat(ive.violations())
                  .extracting(v -> v.code() + " " + v.path())
                  .containsExactly(
                      "MISSING_VALUE /profession",
                      "MISSING_VALUE /jurisdiction",
                      "MISSING_VALUE /validity",
                      "MISSING_VALUE /status");
              assertThat(ive.getMessage())
                  .isEqualTo(
                      "Invalid License: MISSING_VALUE at /profession; MISSING_VALUE at"
                          + " /jurisdiction; MISSING_VALUE at /validity; MISSING_VALUE at /status");
            });
  }

  @Test
  void namesMissingAttributesFromTheirNamesNotFromAMessage() {
    // called from outside a generated builder, the value type is not known
    InvalidValueException e = new InvalidValueException("number", "status");
    assertThat(e.type()).isEqualTo("value");
    assertThat(e.violations())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("MISSING_VALUE /number", "MISSING_VALUE /status");
  }

  @Test
  void needsAtLeastOneViolation() {
    assertThatThrownBy(() -> new InvalidValueException("X", ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void findingsPrintCodePathSeverityAndMessage() {
    Finding f = Finding.of(FindingCode.BLANK_VALUE, "", Severity.ERROR, "must not be blank");
    assertThat(f).hasToString("BLANK_VALUE at / (error): must not be blank");
    assertThat(f.withPathPrefix("/practitioner").path()).isEqualTo("/practitioner");
    assertThat(f.isError()).isTrue();
    assertThatThrownBy(() -> Finding.error(FindingCode.BLANK_VALUE, "no-slash", "m"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid Finding: INVALID_FORMAT at /path");
  }

  @Test
  void everyCodeHasAStableUpperSnakeWireForm() {
    for (FindingCode c : FindingCode.values()) {
      assertThat(c.code()).matches("[A-Z][A-Z_]*").isEqualTo(c.name());
    }
  }
}
