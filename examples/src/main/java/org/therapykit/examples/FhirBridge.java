package org.therapykit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Membership;
import org.therapykit.fhir.BundleAssessment;
import org.therapykit.fhir.FhirR4;
import org.therapykit.fhir.Mapped;
import org.therapykit.fhir.MappingFinding;
import org.therapykit.fhir.PractitionerResources;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Profession;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;

/**
 * The FHIR R4 bridge ({@code therapykit-fhir}): a practitioner to FHIR and back, then a {@code
 * Bundle} of practitioners, as a FHIR server would send it, assessed into the resources it would
 * store, a {@code Basic} and a {@code PractitionerRole} per practitioner.
 *
 * <pre>{@code
 * java -cp therapykit.jar org.therapykit.examples.FhirBridge
 * }</pre>
 *
 * <p>A test runs it and compares what it prints with a golden file.
 */
public final class FhirBridge {
  /** The date of the assessments: rules never read the clock. */
  static final LocalDate AS_OF = LocalDate.parse("2026-11-28");

  /** How many lines of a long resource the example prints. */
  private static final int SHOWN = 24;

  private FhirBridge() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** A certified sex therapist in Illinois, on staff at a hospital. */
  static Practitioner practitioner() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0007"))
        .displayName("Dr. Amara Osei")
        .addLicense(
            License.builder()
                .profession(Profession.PSYCHOLOGIST)
                .jurisdiction(Jurisdiction.parse("US-IL"))
                .number("071-009876")
                .validity(DateRange.parse("2019-08-01/2028-07-31"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .addCertification(
            Certification.builder()
                .body(CertifyingBody.AASECT)
                .type(CertificationType.AASECT_CST)
                .number("CST-20417")
                .validity(DateRange.parse("2025-02-01/2028-01-31"))
                .status(CertificationStatus.ACTIVE)
                .build())
        .addMembership(Membership.of(CertifyingBody.AASECT, DateRange.parse("2016-01-01/..")))
        .addAffiliation(
            Affiliation.builder()
                .organizationId(OrganizationId.of("org-lakeshore"))
                .organizationName("Lakeshore Hospital")
                .organizationKind(OrganizationKind.HOSPITAL)
                .role(AffiliationRole.ON_STAFF)
                .build())
        .build();
  }

  /** A marriage and family therapist in California, with no certificate. */
  static Practitioner colleague() {
    return Practitioner.builder()
        .id(PractitionerId.of("p-0112"))
        .displayName("Jordan Reyes, LMFT")
        .addLicense(
            License.builder()
                .profession(Profession.MARRIAGE_FAMILY_THERAPIST)
                .jurisdiction(Jurisdiction.parse("US-CA"))
                .number("LMFT 118204")
                .validity(DateRange.parse("2021-03-01/2027-02-28"))
                .status(LicenseStatus.ACTIVE)
                .build())
        .build();
  }

  static BundleAssessment run(PrintStream out) {
    FhirR4 fhir = FhirR4.create(); // holds HAPI's FhirContext: create once, share
    Practitioner practitioner = practitioner();

    // 1. to FHIR: a Practitioner, a PractitionerRole per affiliation and its Organization
    PractitionerResources resources = fhir.toFhir(practitioner);
    out.println("== Practitioner (the first " + SHOWN + " lines)");
    printStart(out, fhir.encodePretty(resources.practitioner()));
    out.println(
        "and "
            + resources.roles().size()
            + " PractitionerRole, "
            + resources.organizations().size()
            + " Organization");

    // 2. and back: the same practitioner, nothing lost
    Mapped<Practitioner> back = fhir.fromFhir(resources);
    out.println("== read back");
    out.println("equal to the original: " + back.orElseThrow().equals(practitioner));
    out.println("complete (no findings): " + back.isComplete());

    // 3. a Bundle as a FHIR server sends it; the colleague's licence also carries a code the
    // bridge does not map (a NUCC taxonomy code), which becomes a finding, not an exception
    Bundle sent = fhir.toBundle(List.of(practitioner, colleague()));
    for (BundleEntryComponent e : sent.getEntry()) {
      if (e.getResource() instanceof org.hl7.fhir.r4.model.Practitioner p
          && p.getIdentifierFirstRep().getValue().equals("p-0112")) {
        p.addQualification()
            .setCode(
                new CodeableConcept(
                    new Coding(
                        "http://nucc.org/provider-taxonomy",
                        "106H00000X",
                        "Marriage & Family Therapist")));
      }
    }
    Bundle received = fhir.parseBundle(fhir.encodePretty(sent));
    BundleAssessment assessed = fhir.assess(received, QualificationPolicy.standard(), AS_OF);
    out.println("== assessed as of " + AS_OF);
    for (QualificationAssessment a : assessed.assessments()) {
      out.println(a.practitionerId().value() + ": " + a.classification());
    }
    for (MappingFinding f : assessed.findings()) {
      out.println(f); // error UNKNOWN_CODE at Bundle.entry[3].resource.qualification[1].code: ...
    }

    // 4. what a FHIR server would store: a Basic and a PractitionerRole per practitioner, and an
    // OperationOutcome of the findings
    out.println("== stored");
    for (BundleEntryComponent e : assessed.bundle().getEntry()) {
      out.println(e.getResource().fhirType() + " " + e.getFullUrl());
    }
    Basic basic = (Basic) assessed.bundle().getEntry().get(0).getResource();
    PractitionerRole role = (PractitionerRole) assessed.bundle().getEntry().get(1).getResource();
    out.println("== Basic of p-0007 (the first " + SHOWN + " lines)");
    printStart(out, fhir.encodePretty(basic));
    out.println("== PractitionerRole of p-0007");
    out.println(fhir.encodePretty(role));
    return assessed;
  }

  private static void printStart(PrintStream out, String json) {
    List<String> lines = json.lines().toList();
    lines.stream().limit(SHOWN).forEach(out::println);
    if (lines.size() > SHOWN) {
      out.println("  ... (" + lines.size() + " lines in all)");
    }
  }
}
