package org.therapykit.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.consent.DisclosureFixtures.A;
import static org.therapykit.consent.DisclosureFixtures.CASE;
import static org.therapykit.consent.DisclosureFixtures.SPECIALIST;
import static org.therapykit.consent.DisclosureFixtures.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.therapykit.AuthorizationId;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import org.therapykit.validation.Severity;

/**
 * The invariants and derived answers of {@link DisclosureRequest} and {@link DisclosureDecision}.
 */
class DisclosureValuesTest {
  private static final DisclosureRequest REQUEST =
      request(SPECIALIST, DisclosurePurpose.CARE_COORDINATION, A)
          .addCategories(InformationCategory.GOALS_AND_PROGRESS, InformationCategory.SEXUAL_HISTORY)
          .build();

  private static List<String> violations(String type, Executable build) {
    InvalidValueException e =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, build);
    assertThat(e.type()).isEqualTo(type);
    return e.violations().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  @Test
  void aRequestNamesSomeoneAndSomething() {
    assertThat(
            violations(
                "DisclosureRequest",
                () ->
                    DisclosureRequest.builder()
                        .requester(SPECIALIST)
                        .purpose(DisclosurePurpose.PAYMENT)
                        .date(DisclosureFixtures.DAY)
                        .build()))
        .containsExactly("MISSING_VALUE /subjects", "MISSING_VALUE /categories");
    // categories keep declaration order, whatever the order given
    assertThat(REQUEST.categories())
        .containsExactly(
            InformationCategory.SEXUAL_HISTORY, InformationCategory.GOALS_AND_PROGRESS);
    assertThat(REQUEST.toString()).doesNotContain("Rowan").contains("<redacted>");
  }

  @Test
  void aPermitNeverWidensTheRequest() {
    assertThat(
            violations(
                "DisclosureDecision",
                () ->
                    DisclosureDecision.builder()
                        .caseId(CASE)
                        .request(REQUEST)
                        .outcome(DisclosureOutcome.PERMIT)
                        .addPermittedCategories(
                            InformationCategory.GOALS_AND_PROGRESS, InformationCategory.HOMEWORK)
                        .build()))
        .containsExactly("INCONSISTENT_VALUE /permittedCategories/1");
  }

  @Test
  void theOutcomeAgreesWithThePermittedCategories() {
    assertThat(
            violations(
                "DisclosureDecision",
                () ->
                    DisclosureDecision.builder()
                        .caseId(CASE)
                        .request(REQUEST)
                        .outcome(DisclosureOutcome.PERMIT)
                        .build()))
        .containsExactly("INCONSISTENT_VALUE /outcome");
    assertThat(
            violations(
                "DisclosureDecision",
                () ->
                    DisclosureDecision.builder()
                        .caseId(CASE)
                        .request(REQUEST)
                        .outcome(DisclosureOutcome.DENY)
                        .addPermittedCategory(InformationCategory.SEXUAL_HISTORY)
                        .addAuthorization(AuthorizationId.of("roi-a"))
                        .build()))
        .containsExactly("INCONSISTENT_VALUE /outcome", "INCONSISTENT_VALUE /authorizations");
  }

  @Test
  void aPartialPermitSaysWhatIsDenied() {
    DisclosureDecision d =
        DisclosureDecision.builder()
            .caseId(CASE)
            .request(REQUEST)
            .outcome(DisclosureOutcome.PERMIT)
            .addPermittedCategory(InformationCategory.GOALS_AND_PROGRESS)
            .addAuthorization(AuthorizationId.of("roi-a"))
            .addFinding(
                Finding.of(
                    FindingCode.CATEGORY_NOT_COVERED,
                    "/request/categories/0",
                    Severity.ERROR,
                    "not listed"))
            .build();
    assertThat(d.isPermitted()).isTrue();
    assertThat(d.isPartial()).isTrue();
    assertThat(d.hasErrors()).isTrue();
    assertThat(d.deniedCategories()).containsExactly(InformationCategory.SEXUAL_HISTORY);
    assertThat(d.findings(FindingCode.CATEGORY_NOT_COVERED)).hasSize(1);
    assertThat(d.findings(FindingCode.NO_AUTHORIZATION)).isEmpty();
    assertThat(
            DisclosureDecision.builder()
                .from(d)
                .permittedCategories(REQUEST.categories())
                .build()
                .isPartial())
        .isFalse();
  }
}
