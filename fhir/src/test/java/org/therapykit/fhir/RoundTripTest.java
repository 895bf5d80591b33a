package org.therapykit.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.junit.jupiter.api.Test;
import org.therapykit.course.TherapyCase;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * TherapyKit → FHIR → TherapyKit is the identity; FHIR (as the bridge writes it) → TherapyKit →
 * FHIR gives back equal resources (HAPI's {@code equalsDeep}), through JSON text too; and an edit a
 * FHIR host makes to a mapped element survives the trip.
 */
class RoundTripTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @Test
  void practitionersSurviveTheTripThroughFhirAndJsonText() {
    for (Practitioner p : Fixtures.practitioners()) {
      PractitionerResources fhir = Fixtures.FHIR.toFhir(p);
      Mapped<Practitioner> back = Fixtures.FHIR.fromFhir(fhir);
      assertThat(back.findings()).isEmpty();
      assertThat(back.value()).contains(p);
    }
    List<Practitioner> all = Fixtures.practitioners();
    Bundle bundle = Fixtures.FHIR.toBundle(all);
    Bundle parsed = Fixtures.FHIR.parseBundle(Fixtures.FHIR.encodePretty(bundle));
    PractitionerBundle read = Fixtures.FHIR.readPractitioners(parsed);
    assertThat(read.findings()).isEmpty();
    assertThat(read.practitioners()).containsExactlyElementsOf(all);
  }

  @Test
  void fhirWrittenByTheBridgeComesBackEqual() {
    for (Practitioner p : Fixtures.practitioners().subList(0, 300)) {
      Bundle once = Fixtures.FHIR.toBundle(List.of(p));
      Bundle parsed = Fixtures.FHIR.parseBundle(Fixtures.FHIR.encode(once));
      Practitioner read = Fixtures.FHIR.readPractitioners(parsed).practitioners().get(0);
      assertEqualEntries(Fixtures.FHIR.toBundle(List.of(read)), parsed);
    }
  }

  @Test
  void casesSurviveTheTripExceptTheirPsychotherapyNotes() {
    int withNotes = 0;
    for (TherapyCase c : Fixtures.couples()) {
      CaseBundle out = Fixtures.FHIR.toFhir(c);
      long notes = c.sessions().stream().filter(s -> s.psychotherapyNote().isPresent()).count();
      assertThat(out.findings())
          .hasSize((int) notes)
          .allMatch(f -> f.code() == MappingCode.WITHHELD);
      withNotes += notes > 0 ? 1 : 0;
      Bundle parsed = Fixtures.FHIR.parseBundle(Fixtures.FHIR.encodePretty(out.bundle()));
      Mapped<TherapyCase> back = Fixtures.FHIR.readCase(parsed);
      assertThat(back.findings()).isEmpty();
      assertThat(back.value()).contains(Fixtures.withoutPsychotherapyNotes(c));
      assertThat(Fixtures.FHIR.encode(parsed)).doesNotContain("psychotherapyNote");
      // and FHIR → TherapyKit → FHIR
      assertEqualEntries(Fixtures.FHIR.toFhir(back.orElseThrow()).bundle(), parsed);
    }
    assertThat(withNotes).as("cases that exercise the withholding").isGreaterThan(10);
  }

  @Test
  void individualCasesSurviveTheTripToo() {
    for (TherapyCase c :
        org.therapykit.testkit.Samples.list(
            77L, 50, org.therapykit.testkit.TherapyGenerators.cases().individual())) {
      Mapped<TherapyCase> back = Fixtures.FHIR.readCase(Fixtures.FHIR.toFhir(c).bundle());
      assertThat(back.findings()).isEmpty();
      assertThat(back.value()).contains(Fixtures.withoutPsychotherapyNotes(c));
    }
  }

  @Test
  void assessmentsSurviveTheTrip() {
    for (Practitioner p : Fixtures.practitioners().subList(0, 300)) {
      QualificationAssessment a = QualificationPolicy.standard().assess(p, AS_OF);
      AssessmentResources fhir = Fixtures.FHIR.toFhir(a);
      Basic parsed = (Basic) Fixtures.FHIR.parse(Fixtures.FHIR.encode(fhir.assessment()));
      Mapped<QualificationAssessment> back = Fixtures.FHIR.fromFhir(parsed);
      assertThat(back.findings()).isEmpty();
      assertThat(back.value()).contains(a);
      assertThat(Fixtures.FHIR.encode(Fixtures.FHIR.toFhir(back.orElseThrow()).assessment()))
          .isEqualTo(Fixtures.FHIR.encode(parsed));
    }
  }

  @Test
  void aHostsEditsToMappedElementsSurvive() {
    Practitioner p =
        Fixtures.practitioners().stream()
            .filter(
                x ->
                    !x.licenses().isEmpty()
                        && x.licenses().get(0).status()
                            == org.therapykit.practitioner.LicenseStatus.ACTIVE)
            .findFirst()
            .orElseThrow();
    Bundle bundle = Fixtures.FHIR.toBundle(List.of(p));
    org.hl7.fhir.r4.model.Practitioner fp =
        (org.hl7.fhir.r4.model.Practitioner) bundle.getEntryFirstRep().getResource();
    fp.getNameFirstRep().setText("Dr. Edited Name");
    PractitionerQualificationComponent q = fp.getQualificationFirstRep();
    q.getIdentifierFirstRep().setValue("EDITED-1");
    q.getPeriod().setEndElement(new DateTimeType("2031-12-31"));
    Extension ndh = q.getExtensionByUrl(PractitionerMapping.NDH);
    ndh.getExtensionByUrl("status").setValue(new CodeType("suspended"));
    Practitioner read = Fixtures.FHIR.readPractitioners(bundle).practitioners().get(0);
    assertThat(read.displayName()).isEqualTo("Dr. Edited Name");
    assertThat(read.licenses().get(0).number()).isEqualTo("EDITED-1");
    assertThat(read.licenses().get(0).validity().end()).contains(LocalDate.of(2031, 12, 31));
    assertThat(read.licenses().get(0).status().code()).isEqualTo("suspended");
    assertEqualEntries(Fixtures.FHIR.toBundle(List.of(read)), bundle);
  }

  /**
   * The resource's JSON without its id: HAPI gives a parsed bundle entry the id of its {@code
   * urn:uuid} full URL, which the entries' equal full URLs already compare.
   */
  private static String withoutId(org.hl7.fhir.r4.model.Resource r) {
    org.hl7.fhir.r4.model.Resource copy = r.copy();
    copy.setId((String) null);
    return Fixtures.FHIR.encode(copy);
  }

  private static void assertEqualEntries(Bundle actual, Bundle expected) {
    List<BundleEntryComponent> a = actual.getEntry();
    List<BundleEntryComponent> e = expected.getEntry();
    assertThat(a).hasSameSizeAs(e);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).getFullUrl()).isEqualTo(e.get(i).getFullUrl());
      assertThat(withoutId(a.get(i).getResource()))
          .as("entry %s (%s)", i, e.get(i).getResource().fhirType())
          .isEqualTo(withoutId(e.get(i).getResource()));
    }
  }
}
