package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.json.TherapyJsonTest.codeAndPointer;
import static org.therapykit.json.TherapyJsonTest.failure;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;

/**
 * The kinds of document a schema accepts and the reader rejects, as listed in {@code
 * docs/json-format.md}, "What the schemas do not check": one test each, showing the schema's
 * verdict and the reader's code. {@code WireContractProperties} (testkit) allows a disagreement
 * between the two only of these kinds.
 */
class SchemaGapsTest {
  private final TherapyJson json = TherapyJson.strict();
  private final String base = json.write(GoldenPractitioners.certified());

  private String hostile(String from, String to) {
    assertThat(base).contains(from);
    return base.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  private static void schemaAccepts(String document) {
    assertThat(SchemaTest.errors("practitioner", document)).isEmpty();
  }

  @Test
  void duplicateProperty() {
    String twice = hostile("\"displayName\":", "\"displayName\":\"A\",\"displayName\":");
    schemaAccepts(twice);
    assertThat(codeAndPointer(failure(() -> json.read(Practitioner.class, twice))))
        .isEqualTo("DUPLICATE_FIELD /practitioner/displayName");
  }

  @Test
  void relation() {
    String reversed = hostile("\"2019-08-01/2027-07-31\"", "\"2027-08-01/2027-07-31\"");
    schemaAccepts(reversed);
    JsonInputException e = failure(() -> json.read(Practitioner.class, reversed));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner/licenses/0/validity");
    assertThat(e.violations()).extracting(v -> v.code().code()).containsExactly("END_BEFORE_START");
    // the text has the form; the message names the rule it breaks, not the form
    assertThat(e.getMessage())
        .contains("invalid date range: end must not be before the start")
        .doesNotContain("such as")
        .doesNotContain("2027-08-01");
  }

  @Test
  void relationsOfRenewalCycles() {
    // a first-certified date after the cycle it belongs to
    String late =
        hostile(
            "\"validity\":\"2024-02-01/2027-01-31\"",
            "\"validity\":\"2024-02-01/2027-01-31\",\"firstCertified\":\"2025-01-01\"");
    schemaAccepts(late);
    JsonInputException e = failure(() -> json.read(Practitioner.class, late));
    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly("INCONSISTENT_VALUE /practitioner/certifications/0/firstCertified");
    // two cycles of one certificate number that overlap
    String cert = base.substring(base.indexOf("{\"body\":\"aasect\""));
    cert = cert.substring(0, cert.indexOf("}}") + 2); // it ends with its verification object
    String overlapping = hostile(cert, cert + "," + cert.replace("2024-02-01/", "2027-01-31/"));
    schemaAccepts(overlapping);
    assertThat(codeAndPointer(failure(() -> json.read(Practitioner.class, overlapping))))
        .startsWith("INVALID_VALUE /practitioner");
    assertThat(failure(() -> json.read(Practitioner.class, overlapping)).violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly("DUPLICATE_VALUE /practitioner/certifications/1");
  }

  @Test
  void rangeWithADayNotInItsMonth() {
    String notADay = hostile("\"2019-08-01/2027-07-31\"", "\"2019-02-30/2027-07-31\"");
    schemaAccepts(notADay);
    JsonInputException e = failure(() -> json.read(Practitioner.class, notADay));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner/licenses/0/validity");
    assertThat(e.violations()).extracting(v -> v.code().code()).containsExactly("NO_SUCH_DATE");
    assertThat(e.getMessage()).contains("invalid date range: a day that is not in its month");
  }

  @Test
  void rangeWithoutTheFormStillShowsTheForm() {
    String noForm = hostile("\"2019-08-01/2027-07-31\"", "\"from 2019\"");
    JsonInputException e = failure(() -> json.read(Practitioner.class, noForm));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner/licenses/0/validity");
    assertThat(e.getMessage()).contains("expected a date range such as 2024-01-01/2026-12-31");
  }

  @Test
  void calendar() {
    String notADay = hostile("\"2014-06-14\"", "\"2014-02-30\"");
    schemaAccepts(notADay);
    JsonInputException e = failure(() -> json.read(Practitioner.class, notADay));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner/degrees/0/awarded");
    assertThat(e.violations()).extracting(v -> v.code().code()).containsExactly("NO_SUCH_DATE");
  }

  @Test
  void surrogate() {
    String unpaired = hostile("\"Dr. Amara Osei\"", "\"Dr. \\ud800 Osei\"");
    schemaAccepts(unpaired);
    JsonInputException e = failure(() -> json.read(Practitioner.class, unpaired));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner");
    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly("INVALID_FORMAT /practitioner/displayName");
  }

  @Test
  void unassignedCode() {
    // the schema states the form of a jurisdiction; which codes ISO 3166 assigns is data
    String unassigned = hostile("\"US-IL\"", "\"US-XX\"");
    schemaAccepts(unassigned);
    JsonInputException e = failure(() -> json.read(Practitioner.class, unassigned));
    assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner/licenses/0/jurisdiction");
    assertThat(e.violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly("NOT_ASSIGNED /practitioner/licenses/0/jurisdiction/subdivision");
    assertThat(e.getMessage())
        .contains("invalid jurisdiction: subdivision US-XX is not an assigned ISO 3166-2 code")
        .doesNotContain("such as");
    String noCountry = hostile("\"US-IL\"", "\"ZZ\"");
    schemaAccepts(noCountry);
    assertThat(failure(() -> json.read(Practitioner.class, noCountry)).violations())
        .extracting(v -> v.code().code() + " " + v.path())
        .containsExactly("NOT_ASSIGNED /practitioner/licenses/0/jurisdiction/country");
  }

  @Test
  void limit() {
    schemaAccepts(base);
    TherapyJson small = TherapyJson.builder().maxDocumentBytes(1024).build();
    assertThat(base.length()).isGreaterThan(1024);
    assertThat(failure(() -> small.read(Practitioner.class, base)).code())
        .isEqualTo(JsonErrorCode.TOO_LARGE);
    byte[] utf16 = base.getBytes(StandardCharsets.UTF_16BE);
    assertThat(failure(() -> json.read(Practitioner.class, utf16)).code())
        .isEqualTo(JsonErrorCode.INVALID_ENCODING);
  }
}
