package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.json.TherapyJsonTest.codeAndPointer;
import static org.therapykit.json.TherapyJsonTest.failure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosureOutcome;
import org.therapykit.consent.DisclosureProperties;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.InformationCategory;
import tools.jackson.databind.json.JsonMapper;

/** Disclosure requests and decisions as JSON: audit records, strict, pointer-precise. */
class DisclosureJsonTest {
  private final TherapyJson json = TherapyJson.strict();
  private final DisclosureDecision partial =
      java.util.Objects.requireNonNull(
          GoldenDisclosures.decisions().get("disclosure-decision-partial-permit.json"));
  private final String base = json.write(partial);

  @Test
  void requestsAndDecisionsRoundTrip() {
    for (TherapyDocument value : GoldenDisclosures.all().values()) {
      Class<? extends TherapyDocument> type = GoldenFilesTest.rootType(value);
      assertThat(json.read(type, json.write(value))).isEqualTo(value);
    }
    DisclosureRequest request = GoldenDisclosures.partnerRequest();
    assertThat(json.write(request))
        .isEqualTo(
            "{\"formatVersion\":\"1.1\",\"disclosureRequest\":{\"requester\":{\"role\":"
                + "\"client-designee\",\"client\":\"client-b\"},\"purpose\":\"at-client-request\","
                + "\"subjects\":[\"client-a\"],\"categories\":[\"sexual-history\"],"
                + "\"date\":\"2026-03-31\"}}");
  }

  @Test
  void aDecisionIsASelfContainedAuditRecord() {
    assertThat(base)
        .startsWith("{\"formatVersion\":\"1.1\",\"disclosureDecision\":{\"caseId\":\"case-0001\",")
        .contains("\"request\":{\"requester\":{\"role\":\"fertility-specialist\"")
        .contains("\"outcome\":\"permit\",\"permittedCategories\":[\"goals-and-progress\"]")
        .contains("\"authorizations\":[\"roi-a\",\"roi-b\"]")
        .contains("\"code\":\"CATEGORY_NOT_COVERED\",\"path\":\"/request/categories/0\"");
    // the path of a finding about the request points into this very document
    assertThat(
            JsonMapper.builder()
                .build()
                .readTree(base)
                .at("/disclosureDecision/request/categories/0")
                .asString())
        .isEqualTo(InformationCategory.SEXUAL_HISTORY.code());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown outcome|\"outcome\":\"permit\"|\"outcome\":\"allow\"|INVALID_VALUE /disclosureDecision/outcome",
        "outcome as a number|\"outcome\":\"permit\"|\"outcome\":0|WRONG_TYPE /disclosureDecision/outcome",
        "duplicate permitted category|\"permittedCategories\":[\"goals-and-progress\"]|\"permittedCategories\":[\"goals-and-progress\",\"goals-and-progress\"]|INVALID_VALUE /disclosureDecision/permittedCategories/1",
        "unknown field in the request|\"purpose\":|\"why\":\"x\",\"purpose\":|UNKNOWN_FIELD /disclosureDecision/request/why",
        "null date|\"date\":\"2026-03-31\"|\"date\":null|NULL_VALUE /disclosureDecision/request/date",
        "bad client id|\"subjects\":[\"client-a\"]|\"subjects\":[\"client a\"]|INVALID_VALUE /disclosureDecision/request/subjects/0",
        "unknown finding code|\"CATEGORY_NOT_COVERED\"|\"CATEGORY_UNKNOWN\"|INVALID_VALUE /disclosureDecision/findings/0/code",
      })
  void rejectsWithACodeAndPointer(String name, String from, String to, String expected) {
    assertThat(base).contains(from);
    String hostile = base.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    assertThat(codeAndPointer(failure(() -> json.read(DisclosureDecision.class, hostile))))
        .isEqualTo(expected);
  }

  @Test
  void aDecisionThatWidensItsRequestCannotBeRead() {
    String widened =
        base.replace(
            "\"permittedCategories\":[\"goals-and-progress\"]",
            "\"permittedCategories\":[\"goals-and-progress\",\"psychotherapy-notes\"]");
    JsonInputException e = failure(() -> json.read(DisclosureDecision.class, widened));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /disclosureDecision");
    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly("INCONSISTENT_VALUE /disclosureDecision/permittedCategories/1");

    String denied = base.replace("\"outcome\":\"permit\"", "\"outcome\":\"deny\"");
    assertThat(failure(() -> json.read(DisclosureDecision.class, denied)).violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly(
            "INCONSISTENT_VALUE /disclosureDecision/outcome",
            "INCONSISTENT_VALUE /disclosureDecision/authorizations");
  }

  @Test
  void anEmptyRequestCannotBeRead() {
    String empty =
        json.write(GoldenDisclosures.partnerRequest())
            .replace("\"categories\":[\"sexual-history\"],", "");
    // a list that may not be empty is a required property, in the reader as in the schema
    assertThat(codeAndPointer(failure(() -> json.read(DisclosureRequest.class, empty))))
        .isEqualTo("MISSING_FIELD /disclosureRequest/categories");
    assertThat(SchemaTest.errors("disclosureRequest", empty)).isNotEmpty();
  }

  @Test
  void generatedDecisionsRoundTripAndValidateAgainstTheirSchemas() {
    int[] outcomes = new int[2];
    qt().withFixedSeed(55L)
        .withExamples(500)
        .forAll(DisclosureProperties.scenarios())
        .checkAssert(
            s -> {
              DisclosureDecision d = s.decide();
              String request = json.write(s.request());
              assertThat(json.read(DisclosureRequest.class, request)).isEqualTo(s.request());
              assertThat(SchemaTest.errors("disclosureRequest", request)).isEmpty();
              String decision = json.write(d);
              assertThat(json.read(DisclosureDecision.class, decision)).isEqualTo(d);
              assertThat(SchemaTest.errors("disclosureDecision", decision)).isEmpty();
              outcomes[d.outcome() == DisclosureOutcome.PERMIT ? 0 : 1]++;
            });
    assertThat(outcomes[0]).isGreaterThan(50);
    assertThat(outcomes[1]).isGreaterThan(50);
  }
}
