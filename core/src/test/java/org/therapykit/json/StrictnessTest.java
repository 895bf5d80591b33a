package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.json.TherapyJsonTest.codeAndPointer;
import static org.therapykit.json.TherapyJsonTest.failure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.practitioner.Practitioner;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Every strictness setting is explicit, so a Jackson upgrade that changes a default cannot silently
 * loosen reading; and each one has the observable effect it promises.
 */
class StrictnessTest {
  private final TherapyJson json = TherapyJson.strict();
  private final String base = json.write(GoldenPractitioners.certified());

  @Test
  void everyRelevantJacksonFeatureIsSetExplicitly() {
    JsonFactory f = json.factory();
    assertThat(f.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)).isFalse();
    assertThat(f.isEnabled(StreamReadFeature.AUTO_CLOSE_SOURCE)).isFalse();
    // repeated properties are found by the generated readers (see the duplicate key case below)
    assertThat(f.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isFalse();
    for (JsonReadFeature feature : JsonReadFeature.values()) {
      assertThat(f.isEnabled(feature)).as(feature.name()).isFalse();
    }
    StreamReadConstraints c = f.streamReadConstraints();
    assertThat(c.getMaxNestingDepth()).isEqualTo(TherapyJson.MAX_DEPTH);
    assertThat(c.getMaxStringLength()).isEqualTo(TherapyJson.MAX_STRING_LENGTH);
    assertThat(c.getMaxNameLength()).isEqualTo(TherapyJson.MAX_NAME_LENGTH);
    assertThat(c.getMaxNumberLength()).isEqualTo(TherapyJson.MAX_NUMBER_LENGTH);
    assertThat(c.getMaxDocumentLength()).isEqualTo(TherapyJson.DEFAULT_MAX_DOCUMENT_BYTES);
    assertThat(c.getMaxTokenCount()).isEqualTo(TherapyJson.MAX_TOKENS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown field|\"displayName\"|\"colour\":1,\"displayName\"|UNKNOWN_FIELD /practitioner/colour",
        "class name as type id|\"displayName\"|\"@class\":\"java.lang.Runtime\",\"displayName\"|UNKNOWN_FIELD /practitioner/@class",
        "duplicate key|\"displayName\"|\"displayName\":\"A\",\"displayName\"|DUPLICATE_FIELD /practitioner/displayName",
        "string for a number|\"hours\":14|\"hours\":\"14\"|WRONG_TYPE /practitioner/trainings/3/hours",
        "float for a whole number|\"practiceHours\":312|\"practiceHours\":312.005|INVALID_VALUE /practitioner/supervisedPractice/0/practiceHours",
        "number for a string|\"number\":\"071-009876\"|\"number\":71009876|WRONG_TYPE /practitioner/licenses/0/number",
        "boolean for a string|\"number\":\"071-009876\"|\"number\":true|WRONG_TYPE /practitioner/licenses/0/number",
        "string for a boolean|\"provisional\":false|\"provisional\":\"false\"|WRONG_TYPE /practitioner/licenses/0/provisional",
        "number for a boolean|\"provisional\":false|\"provisional\":0|WRONG_TYPE /practitioner/licenses/0/provisional",
        "number for an enum|\"psychologist\"|2|WRONG_TYPE /practitioner/licenses/0/profession",
        "constant name for an enum|\"psychologist\"|\"PSYCHOLOGIST\"|INVALID_VALUE /practitioner/licenses/0/profession",
        "unknown enum code|\"psychologist\"|\"shaman\"|INVALID_VALUE /practitioner/licenses/0/profession",
        "null for a required value|\"071-009876\"|null|NULL_VALUE /practitioner/licenses/0/number",
        "null for an optional value|\"title\":\"Licensed Clinical Psychologist\"|\"title\":null|NULL_VALUE /practitioner/licenses/0/title",
        "null in a list|\"licenses\":[|\"licenses\":[null,|NULL_VALUE /practitioner/licenses/0",
        "single value for a list|\"memberships\":[{\"body\":\"aasect\",\"period\":\"2026-01-01/2026-12-31\"}]|\"memberships\":{\"body\":\"aasect\",\"period\":\"2026-01-01/2026-12-31\"}|WRONG_TYPE /practitioner/memberships",
        "missing required value|\"number\":\"071-009876\",|''|MISSING_FIELD /practitioner/licenses/0/number",
        "blank text|\"071-009876\"|\"   \"|INVALID_VALUE /practitioner/licenses/0",
        "malformed date|\"2014-06-14\"|\"14/06/2014\"|INVALID_VALUE /practitioner/degrees/0/awarded",
        "date as array|\"2014-06-14\"|[2014,6,14]|WRONG_TYPE /practitioner/degrees/0/awarded",
        "impossible date|\"2014-06-14\"|\"2014-02-30\"|INVALID_VALUE /practitioner/degrees/0/awarded",
        "end before start|\"2019-08-01/2027-07-31\"|\"2027-08-01/2027-07-31\"|INVALID_VALUE /practitioner/licenses/0/validity",
        "tiny exponent for hours|\"hours\":14|\"hours\":1e-100000000|INVALID_VALUE /practitioner/trainings/3/hours",
        "huge exponent for hours|\"hours\":14|\"hours\":1e100000000|INVALID_VALUE /practitioner/trainings/3/hours",
        "integer overflow for hours|\"hours\":14|\"hours\":123456789012345678901234567890|INVALID_VALUE /practitioner/trainings/3/hours",
        "negative hours|\"hours\":14|\"hours\":-1|INVALID_VALUE /practitioner/trainings/3/hours",
        "body and type that do not match|\"type\":\"aasect-cst\"|\"type\":\"cosrt-accredited\"|INVALID_VALUE /practitioner/certifications/0",
        "wrong jurisdiction form|\"US-IL\"|\"Illinois\"|INVALID_VALUE /practitioner/licenses/0/jurisdiction",
        "comment|\"displayName\"|/* hi */\"displayName\"|MALFORMED_JSON /practitioner",
        "trailing comma|\"role\":\"on-staff\"|\"role\":\"on-staff\",|MALFORMED_JSON /practitioner/affiliations/0",
        "NaN|\"hours\":14|\"hours\":NaN|MALFORMED_JSON /practitioner/trainings/3",
        "leading zero|\"hours\":14|\"hours\":014|MALFORMED_JSON /practitioner/trainings/3",
      })
  void rejectsWithACodeAndPointer(String name, String from, String to, String expected) {
    assertThat(base).contains(from);
    String hostile =
        base.replaceFirst(
            java.util.regex.Pattern.quote(from),
            to.equals("''") ? "" : java.util.regex.Matcher.quoteReplacement(to));
    assertThat(codeAndPointer(failure(() -> json.read(Practitioner.class, hostile))))
        .isEqualTo(expected);
  }

  @Test
  void carriesTheModelsViolationsReRootedInTheDocument() {
    String hostile =
        base.replace("\"071-009876\"", "\" \"")
            .replace("\"Licensed Clinical Psychologist\"", "\"\"");
    JsonInputException e = failure(() -> json.read(Practitioner.class, hostile));
    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly(
            "BLANK_VALUE /practitioner/licenses/0/number",
            "BLANK_VALUE /practitioner/licenses/0/title");
  }
}
