package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.json.TherapyJsonTest.codeAndPointer;
import static org.therapykit.json.TherapyJsonTest.failure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.course.CaseProperties;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.GoldenCase;
import org.therapykit.course.TherapyCase;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.referral.Referral;

/** The course-of-therapy documents get the same strict, pointer-precise treatment. */
class CaseJsonTest {
  private final TherapyJson json = TherapyJson.strict();
  private final String base = json.write(GoldenCase.build());

  @Test
  void everyCaseDocumentKindRoundTrips() {
    TherapyCase c = GoldenCase.build();
    assertThat(json.read(TherapyCase.class, base)).isEqualTo(c);
    CaseReport report = CaseRules.standard().validate(c);
    assertThat(json.read(CaseReport.class, json.write(report))).isEqualTo(report);
    Referral referral = c.referral().orElseThrow();
    assertThat(json.read(Referral.class, json.write(referral))).isEqualTo(referral);
    TreatmentPlan plan = c.plan().orElseThrow();
    assertThat(json.read(TreatmentPlan.class, json.write(plan))).isEqualTo(plan);
    for (ReleaseAuthorization a : c.authorizations()) {
      assertThat(json.read(ReleaseAuthorization.class, json.write(a))).isEqualTo(a);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "duplicate in a set|\"attendees\":[\"client-a\",\"client-b\"]|\"attendees\":[\"client-a\",\"client-a\"]|INVALID_VALUE /therapyCase/sessions/0/attendees/1",
        "duplicate category|\"categories\":[\"goals-and-progress\"]|\"categories\":[\"goals-and-progress\",\"goals-and-progress\"]|INVALID_VALUE /therapyCase/authorizations/0/categories/1",
        "plan version number as text|\"number\":1,|\"number\":\"1\",|WRONG_TYPE /therapyCase/plan/versions/0/number",
        "plan version number as decimal|\"number\":1,|\"number\":1.5,|WRONG_TYPE /therapyCase/plan/versions/0/number",
        "plan version number out of int range|\"number\":1,|\"number\":99999999999,|INVALID_VALUE /therapyCase/plan/versions/0/number",
        "null note|\"reasonsText\":|\"reasonsText\":null,\"x\":|NULL_VALUE /therapyCase/intakes/0/reasonsText",
        "unknown field in an intake|\"reasonsText\":|\"diagnosis\":\"x\",\"reasonsText\":|UNKNOWN_FIELD /therapyCase/intakes/0/diagnosis",
        "unknown code|\"fertility-specialist\"|\"fertility-doctor\"|INVALID_VALUE /therapyCase/referral/referrer/role",
        "boolean as text|\"revocationStatement\":true|\"revocationStatement\":\"yes\"|WRONG_TYPE /therapyCase/authorizations/0/revocationStatement",
      })
  void rejectsWithACodeAndPointer(String name, String from, String to, String expected) {
    assertThat(base).contains(from);
    String hostile =
        base.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(codeAndPointer(failure(() -> json.read(TherapyCase.class, hostile))))
        .isEqualTo(expected);
  }

  @Test
  void reRootsTheCasesOwnInvariantsInTheDocument() {
    String hostile =
        base.replaceFirst(
            java.util.regex.Pattern.quote("\"attendees\":[\"client-a\",\"client-b\"]"),
            "\"attendees\":[\"client-a\",\"client-z\"]");
    JsonInputException e = failure(() -> json.read(TherapyCase.class, hostile));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /therapyCase");
    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .contains("UNKNOWN_REFERENCE /therapyCase/sessions/0/attendees/1");
  }

  @Test
  void neverEchoesSensitiveTextInErrors() {
    String marked = json.write(GoldenCase.marked().therapyCase());
    assertThat(marked).contains(GoldenCase.MARKER);
    String[] hostile = {
      marked.replaceFirst("\"reasonsText\":\"", "\"reasonsText\":1,\"x\":\""),
      marked.replace("\"number\":1,", "\"number\":\"" + GoldenCase.MARKER + "\","),
      marked.replaceFirst("\"text\":\"", "\"text\":[\""),
      marked.substring(0, marked.indexOf(GoldenCase.MARKER) + 20),
      marked.replaceFirst("\"topics\":\\[", "\"topics\":[null,"),
    };
    for (String h : hostile) {
      JsonInputException e = failure(() -> json.read(TherapyCase.class, h));
      assertThat(String.valueOf(e.getMessage())).doesNotContain(GoldenCase.MARKER);
      assertThat(e.violations())
          .allSatisfy(v -> assertThat(v.message()).doesNotContain(GoldenCase.MARKER));
    }
  }

  @Test
  void generatedCasesRoundTripAndValidateAgainstTheirSchema() {
    qt().withFixedSeed(44L)
        .withExamples(300)
        .forAll(CaseProperties.anyCases())
        .checkAssert(
            c -> {
              String text = json.write(c);
              assertThat(json.read(TherapyCase.class, text)).isEqualTo(c);
              assertThat(SchemaTest.errors("therapyCase", text)).isEmpty();
              String report = json.write(CaseRules.standard().validate(c));
              assertThat(SchemaTest.errors("caseReport", report)).isEmpty();
            });
  }
}
