package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.json.TherapyJson;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Finding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ValueContractsTest {
  /** A host's storage of a licence as a row of text columns. */
  static Map<String, String> toRow(License l) {
    return ImmutableMap.<String, String>builder()
        .put("profession", l.profession().code())
        .put("jurisdiction", l.jurisdiction().toString())
        .put("number", l.number())
        .put("title", l.title().orElse(""))
        .put("validity", l.validity().toString())
        .put("status", l.status().code())
        .put("provisional", Boolean.toString(l.provisional()))
        .buildOrThrow();
  }

  private static String column(Map<String, String> row, String name) {
    return row.getOrDefault(name, "");
  }

  static License fromRow(Map<String, String> row) {
    String title = row.getOrDefault("title", "");
    return License.builder()
        .profession(org.therapykit.Coded.parse(Profession.class, column(row, "profession")))
        .jurisdiction(Jurisdiction.parse(column(row, "jurisdiction")))
        .number(column(row, "number"))
        .title(title.isEmpty() ? Optional.empty() : Optional.of(title))
        .validity(DateRange.parse(column(row, "validity")))
        .status(org.therapykit.Coded.parse(LicenseStatus.class, column(row, "status")))
        .provisional(Boolean.parseBoolean(row.getOrDefault("provisional", "false")))
        .build();
  }

  private static final TherapyJson JSON = TherapyJson.strict();
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  /**
   * What no builder enforces, so a generated practitioner can break it: every finding the default
   * policy makes points at a part of the practitioner's JSON that exists, or at an absent member of
   * an object that does (an empty list is not written).
   */
  static void findingsPointIntoThePractitioner(Practitioner p) {
    JsonNode practitioner = new ObjectMapper().readTree(JSON.write(p)).path("practitioner");
    for (Finding f : QualificationPolicy.standard().assess(p, AS_OF).findings()) {
      String path = f.path();
      // an absent member (an empty list is not written) is a place in an object that exists
      String parent = path.substring(0, Math.max(0, path.lastIndexOf('/')));
      if (practitioner.at(path).isMissingNode() && !practitioner.at(parent).isObject()) {
        throw new IllegalStateException(f.code() + " points at no element: " + path);
      }
    }
  }

  @Test
  void practitionersKeepEveryContract() {
    ValueContracts.of(TherapyGenerators.practitioners())
        .withSamples(300)
        .withInvariant(ValueContractsTest::findingsPointIntoThePractitioner)
        .checkInvariants()
        .checkRoundTrip(JSON::write, s -> JSON.read(Practitioner.class, s))
        .checkEqualValuesHashEqually(p -> Practitioner.builder().from(p).build())
        .checkBuilderCopy(p -> Practitioner.builder().from(p).build())
        .checkWither(
            "licenses",
            Practitioner::licenses,
            Practitioner::withLicenses,
            TherapyGenerators.practitioners().map(Practitioner::licenses))
        .checkWither(
            "certifications",
            Practitioner::certifications,
            Practitioner::withCertifications,
            TherapyGenerators.practitioners().map(Practitioner::certifications))
        .checkWither(
            "trainings",
            Practitioner::trainings,
            Practitioner::withTrainings,
            TherapyGenerators.trainingRecords().listOf(0, 6))
        .checkWither(
            "displayName",
            Practitioner::displayName,
            Practitioner::withDisplayName,
            TherapyGenerators.displayNames());
  }

  @Test
  void practitionerContractsFailWhenTheCodecLosesAField() {
    // the same chain as above, with a reader that drops the licences
    assertThatThrownBy(
            () ->
                ValueContracts.of(TherapyGenerators.practitioners().certifiedSexTherapists())
                    .withSamples(20)
                    .withInvariant(ValueContractsTest::findingsPointIntoThePractitioner)
                    .checkInvariants()
                    .checkRoundTrip(
                        JSON::write,
                        json -> JSON.read(Practitioner.class, json).withLicenses(List.of())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("contract \"round trip\" failed");
  }

  @Test
  void licencesAndCertificationsKeepTheirWithers() {
    ValueContracts.of(TherapyGenerators.licenses())
        .withInvariant(l -> License.builder().from(l).build())
        .checkWither(
            "validity", License::validity, License::withValidity, TherapyGenerators.dateRanges())
        .checkWither(
            "status", License::status, License::withStatus, Generator.enums(LicenseStatus.class))
        .checkWither(
            "jurisdiction",
            License::jurisdiction,
            License::withJurisdiction,
            TherapyGenerators.jurisdictions());
    // any validity is allowed only without a first-certified date, which must not be after it
    ValueContracts.of(
            TherapyGenerators.certifications()
                .map(c -> c.withFirstCertified(java.util.Optional.empty())))
        .withInvariant(c -> Certification.builder().from(c).build())
        .checkWither(
            "validity",
            Certification::validity,
            Certification::withValidity,
            TherapyGenerators.dateRanges())
        .checkWither(
            "status",
            Certification::status,
            Certification::withStatus,
            Generator.enums(CertificationStatus.class));
  }

  @Test
  void aHostsRoundTripThroughRowsKeepsLicencesEqual() {
    ValueContracts.of(TherapyGenerators.licenses())
        .withSamples(1000)
        .checkRoundTrip(ValueContractsTest::toRow, ValueContractsTest::fromRow);
  }

  @Test
  void catchesALossyRoundTripAndNamesTheSeed() {
    ValueContracts<License> contracts =
        ValueContracts.of(TherapyGenerators.licenses()).withSeed(99L).withSamples(500);
    assertThatThrownBy(
            () ->
                contracts.checkRoundTrip(
                    l -> {
                      Map<String, String> row = new java.util.HashMap<>(toRow(l));
                      row.remove("provisional");
                      return row;
                    },
                    ValueContractsTest::fromRow))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("from seed 99L failed")
        .hasMessageContaining("contract \"round trip\" failed")
        .hasMessageContaining("not equal to the value written")
        .hasMessageContaining("Samples.nth(99L, ");
  }

  @Test
  void catchesACopyThatIsNotEqual() {
    assertThatThrownBy(
            () ->
                ValueContracts.of(TherapyGenerators.practitioners())
                    .checkEqualValuesHashEqually(p -> p.withDisplayName(p.displayName() + " Jr.")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("equal values hash equally")
        .hasMessageContaining("not equal to its original");
  }

  /** A value with a broken hash code: equal by text, hashed by identity. */
  static final class BadlyHashed {
    final String text;

    BadlyHashed(String text) {
      this.text = text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BadlyHashed b && b.text.equals(text);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  void catchesEqualValuesThatHashApart() {
    assertThatThrownBy(
            () ->
                ValueContracts.of(TherapyGenerators.displayNames().map(BadlyHashed::new))
                    .checkEqualValuesHashEqually(b -> new BadlyHashed(b.text)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("different hash codes");
  }

  @Test
  void catchesAWitherThatIgnoresItsValueOrBreaksAnInvariant() {
    ValueContracts<License> licenses = ValueContracts.of(TherapyGenerators.licenses());
    assertThatThrownBy(
            () ->
                licenses.checkWither(
                    "status",
                    License::status,
                    (l, s) -> l,
                    Generator.constant(LicenseStatus.REVOKED)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("with status")
        .hasMessageContaining("does not have the new status");
    assertThatThrownBy(
            () ->
                licenses
                    .withInvariant(
                        l -> {
                          if (!l.validity().contains(LocalDate.of(2000, 1, 1))) {
                            throw new IllegalStateException("host rule: valid in 2000");
                          }
                        })
                    .checkInvariants())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("breaks an invariant: host rule: valid in 2000");
  }

  @Test
  void catchesARebuildThatLosesData() {
    assertThatThrownBy(
            () ->
                ValueContracts.of(TherapyGenerators.licenses())
                    .checkBuilderCopy(l -> l.withTitle(Optional.of("X"))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("builder.from(x).build() equals x");
  }

  @Test
  void isConfiguredImmutably() {
    ValueContracts<String> base = ValueContracts.of(TherapyGenerators.displayNames());
    assertThat(base.withSeed(5L).toString()).contains("seed 5");
    assertThat(base.toString()).contains("seed " + ValueContracts.DEFAULT_SEED);
    assertThat(base.withSamples(3).toString()).contains("3 samples");
    assertThatThrownBy(() -> base.withSamples(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ImmutableList.of(base)).hasSize(1);
  }
}
