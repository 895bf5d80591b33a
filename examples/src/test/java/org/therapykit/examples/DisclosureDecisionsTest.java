package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureOutcome;
import org.therapykit.consent.InformationCategory;
import org.therapykit.json.TherapyJson;

class DisclosureDecisionsTest {
  @Test
  void permitsTheSharedGoalsDeniesAfterTheRevocationAndPermitsTreatment() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DisclosureDecision decision =
        DisclosureDecisions.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(decision.outcome()).isEqualTo(DisclosureOutcome.PERMIT);
    assertThat(decision.permittedCategories())
        .containsExactly(InformationCategory.GOALS_AND_PROGRESS);
    assertThat(decision.isPartial()).isTrue();
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(3))
        .startsWith("{\"formatVersion\":\"1.1\",\"disclosureDecision\":{\"caseId\":\"case-0001\"");
    assertThat(TherapyJson.strict().read(DisclosureDecision.class, lines.get(3)))
        .isEqualTo(decision);
    assertThat(lines.stream().filter(l -> !l.startsWith("{")).map(l -> l.replaceAll(": .*", "")))
        .containsExactly(
            "PERMIT [GOALS_AND_PROGRESS]",
            "[roi-a, roi-b]",
            "CATEGORY_NOT_COVERED at /request/categories/0 (error)",
            "DENY",
            "CATEGORY_NOT_COVERED at /request/categories/0 (error)",
            "PARTNER_NOT_AUTHORIZED at /goals/0/owners/1 (error)",
            "AUTHORIZATION_REVOKED at /authorizations/1/revokedOn (error)",
            "[SEXUAL_HISTORY, GOALS_AND_PROGRESS, PSYCHOTHERAPY_NOTES]");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .doesNotContain("Alex Example")
        .doesNotContain("Rowan");
  }

  @Test
  void mainRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      DisclosureDecisions.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("PERMIT");
  }
}
