package org.therapykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;

/**
 * The FHIR R4 specification's own Practitioner, PractitionerRole and Consent examples (test
 * resources, copied unchanged): each is read without an exception, what maps is mapped, and what
 * cannot be mapped is reported, in the counts below.
 */
class R4ExamplesTest {
  private static final String DIR = "r4-examples/";

  private static final List<String> PRACTITIONERS =
      List.of(
          "Practitioner-example.json",
          "Practitioner-f001.json",
          "Practitioner-f002.json",
          "Practitioner-f003.json",
          "Practitioner-f004.json",
          "Practitioner-f005.json",
          "Practitioner-f006.json",
          "Practitioner-f007.json",
          "Practitioner-f201.json",
          "Practitioner-f202.json",
          "Practitioner-f203.json",
          "Practitioner-f204.json",
          "Practitioner-xcda-author.json",
          "Practitioner-xcda1.json");

  private static final List<String> CONSENTS =
      List.of(
          "Consent-consent-example-Emergency.json",
          "Consent-consent-example-Out.json",
          "Consent-consent-example-basic.json",
          "Consent-consent-example-grantor.json",
          "Consent-consent-example-notAuthor.json",
          "Consent-consent-example-notOrg.json",
          "Consent-consent-example-notThem.json",
          "Consent-consent-example-notThis.json",
          "Consent-consent-example-notTime.json",
          "Consent-consent-example-pkb.json",
          "Consent-consent-example-signature.json",
          "Consent-consent-example-smartonfhir.json");

  @Test
  void everyPractitionerExampleIsReadAndWhatCannotBeMappedIsReported() throws IOException {
    List<Practitioner> read = new ArrayList<>();
    Map<String, Integer> codes = new TreeMap<>();
    for (String name : PRACTITIONERS) {
      org.hl7.fhir.r4.model.Practitioner p =
          (org.hl7.fhir.r4.model.Practitioner) Fixtures.FHIR.parse(load(name));
      Mapped<Practitioner> m = Fixtures.FHIR.fromFhir(p, List.of(), List.of());
      m.value().ifPresent(read::add);
      m.findings().forEach(f -> codes.merge(f.code().code() + " " + f.location(), 1, Integer::sum));
      assertThat(m.findings()).allSatisfy(f -> assertNoInputValue(f, load(name)));
    }
    // every example has an id and a name: all fourteen map to a practitioner
    assertThat(read).hasSize(14);
    assertThat(read.get(0).displayName()).isEqualTo("Dr Adam Careful");
    // their qualifications: the example's v2-0360 BS degree is awarded in "1995", a year, not a
    // date; f201's SNOMED code is not one the bridge maps
    assertThat(codes)
        .isEqualTo(
            Map.of(
                "INVALID_VALUE Practitioner.qualification[0]", 1,
                "UNKNOWN_CODE Practitioner.qualification[0].code", 1));
    assertThat(read).allSatisfy(p -> assertThat(p.licenses()).isEmpty());
  }

  @Test
  void thePractitionerRoleExampleIsReadWithItsUnresolvedOrganisationReported() throws IOException {
    Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
    b.addEntry().setResource((Resource) Fixtures.FHIR.parse(load("Practitioner-example.json")));
    PractitionerRole role =
        (PractitionerRole) Fixtures.FHIR.parse(load("PractitionerRole-example.json"));
    b.addEntry().setResource(role);
    PractitionerBundle read = Fixtures.FHIR.readPractitioners(b);
    assertThat(read.practitioners()).hasSize(1);
    assertThat(read.practitioners().get(0).affiliations()).isEmpty();
    assertThat(read.findings())
        .extracting(f -> f.code().code() + " " + f.location())
        .containsExactly(
            "INVALID_VALUE Bundle.entry[0].resource.qualification[0]",
            "UNRESOLVED_REFERENCE Bundle.entry[0].resource.organization");
  }

  @Test
  void everyConsentExampleIsReadAndReportedAsOneTheRulesCannotInterpret() throws IOException {
    int uninterpretable = 0;
    for (String name : CONSENTS) {
      Consent c = (Consent) Fixtures.FHIR.parse(load(name));
      Mapped<org.therapykit.consent.ReleaseAuthorization> m = Fixtures.FHIR.readAuthorization(c);
      assertThat(m.value()).isEmpty();
      assertThat(m.findings()).allSatisfy(f -> assertNoInputValue(f, load(name)));
      uninterpretable +=
          (int)
              m.findings().stream()
                  .filter(f -> f.code() == MappingCode.UNINTERPRETABLE_CONSENT)
                  .count();
      Mapped<org.therapykit.consent.TreatmentConsent> t = Fixtures.FHIR.readTreatmentConsent(c);
      assertThat(t.value()).isEmpty();
      assertThat(t.findings())
          .extracting(MappingFinding::code)
          .containsExactly(MappingCode.UNINTERPRETABLE_CONSENT);
    }
    assertThat(uninterpretable).isEqualTo(12);
  }

  private static final java.util.Set<String> STRUCTURAL =
      java.util.Set.of("resourceType", "system", "url", "status", "code", "use", "gender");

  /**
   * A finding's message holds no value of the input: no name, identifier, text or date, i.e. no
   * string value that is not a structural code (a resource type, a system, a lower-case code).
   */
  private static void assertNoInputValue(MappingFinding f, String json) {
    List<String> values = new ArrayList<>();
    collect(tools.jackson.databind.json.JsonMapper.builder().build().readTree(json), "", values);
    for (String v : values) {
      assertThat(f.message()).doesNotContain(v);
      assertThat(f.location()).doesNotContain(v);
    }
  }

  private static void collect(tools.jackson.databind.JsonNode node, String key, List<String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> collect(e.getValue(), e.getKey(), out));
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, key, out));
    } else if (node.isString()
        && !STRUCTURAL.contains(key)
        && node.asString().length() >= 4
        && !node.asString().matches("[a-z-]+")) {
      out.add(node.asString());
    }
  }

  private static String load(String name) throws IOException {
    try (InputStream in = R4ExamplesTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
