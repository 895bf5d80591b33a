package org.therapykit.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.credential.Certification;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.credential.Verification;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.Practitioner;

/**
 * Maps a TherapyKit {@link Practitioner} to the equivalent FHIR R4 {@code Practitioner}, the HAPI
 * FHIR baseline's document: the id as an identifier, the display name as a name, every licence,
 * degree, certification and membership as a {@code qualification} (code, identifier, period,
 * issuer), and, where FHIR R4 has no field, extensions: licence and certification status, the
 * provisional flag, degree flags, the requirement set, verification, training records, supervised
 * practice and affiliations (which FHIR would put in {@code PractitionerRole}, a second resource).
 *
 * <p>Used once, to produce the committed FHIR document; benchmarks parse and write that document.
 */
final class FhirPractitioners {
  /** The base of this mapping's code systems and extension URLs. */
  static final String BASE = "https://therapykit.org/fhir/";

  private static final FhirContext CONTEXT = FhirContext.forR4();

  private FhirPractitioners() {}

  /** Returns the compact FHIR JSON of a resource. */
  static String encode(org.hl7.fhir.r4.model.Practitioner resource) {
    return CONTEXT.newJsonParser().encodeResourceToString(resource);
  }

  /** Maps a practitioner to a FHIR R4 resource. */
  static org.hl7.fhir.r4.model.Practitioner of(Practitioner p) {
    org.hl7.fhir.r4.model.Practitioner r = new org.hl7.fhir.r4.model.Practitioner();
    r.setId(p.id().value());
    r.addIdentifier(new Identifier().setSystem(BASE + "practitioner-id").setValue(p.id().value()));
    r.setActive(true);
    r.addName(new HumanName().setText(p.displayName()));
    for (License l : p.licenses()) {
      PractitionerQualificationComponent q =
          qualification(
              "profession", l.profession().code(), l.title(), l.number(), l.validity(), null);
      q.setIssuer(new Reference().setDisplay(l.jurisdiction().toString()));
      q.addExtension(code(BASE + "license-status", l.status().code()));
      q.addExtension(new Extension(BASE + "license-provisional", new BooleanType(l.provisional())));
      r.addQualification(q);
    }
    for (Degree d : p.degrees()) {
      PractitionerQualificationComponent q =
          qualification(
              "degree-level",
              d.level().code(),
              Optional.of(d.field()),
              null,
              DateRange.startingOn(d.awarded()),
              d.institution().orElse(null));
      q.addExtension(new Extension(BASE + "degree-clinical", new BooleanType(d.clinical())));
      q.addExtension(
          new Extension(BASE + "degree-human-service", new BooleanType(d.humanService())));
      r.addQualification(q);
    }
    for (Certification c : p.certifications()) {
      PractitionerQualificationComponent q =
          qualification(
              "certification-type",
              c.type().code(),
              Optional.empty(),
              c.number(),
              c.validity(),
              c.body().code());
      q.addExtension(code(BASE + "certification-status", c.status().code()));
      c.requirementsVersion()
          .ifPresent(v -> q.addExtension(new Extension(BASE + "requirements-version", str(v))));
      Verification v = c.verification();
      Extension verification = new Extension(BASE + "verification");
      verification.addExtension(code("source", v.source().code()));
      v.lastVerified()
          .ifPresent(d -> verification.addExtension(new Extension("lastVerified", date(d))));
      q.addExtension(verification);
      r.addQualification(q);
    }
    for (Membership m : p.memberships()) {
      r.addQualification(
          qualification(
              "membership", m.body().code(), Optional.empty(), null, m.period(), m.body().code()));
    }
    for (TrainingRecord t : p.trainings()) {
      Extension e = new Extension(BASE + "training");
      e.addExtension(code("category", t.category().code()));
      e.addExtension(new Extension("hours", hours(t.hours())));
      e.addExtension(code("delivery", t.delivery().code()));
      e.addExtension(new Extension("completed", date(t.completed())));
      t.provider().ifPresent(v -> e.addExtension(new Extension("provider", str(v))));
      t.title().ifPresent(v -> e.addExtension(new Extension("title", str(v))));
      r.addExtension(e);
    }
    for (SupervisedPractice s : p.supervisedPractice()) {
      Extension e = new Extension(BASE + "supervised-practice");
      e.addExtension(code("discipline", s.discipline().code()));
      e.addExtension(new Extension("contractSigned", date(s.contractSigned())));
      e.addExtension(new Extension("period", period(s.period())));
      e.addExtension(new Extension("practiceHours", hours(s.practiceHours())));
      e.addExtension(new Extension("telehealthHours", hours(s.telehealthHours())));
      e.addExtension(new Extension("directTeachingHours", hours(s.directTeachingHours())));
      e.addExtension(
          new Extension("individualSupervisionHours", hours(s.individualSupervisionHours())));
      e.addExtension(new Extension("groupSupervisionHours", hours(s.groupSupervisionHours())));
      r.addExtension(e);
    }
    for (Affiliation a : p.affiliations()) {
      Extension e = new Extension(BASE + "affiliation");
      e.addExtension(
          new Extension(
              "organization",
              new Reference()
                  .setIdentifier(
                      new Identifier()
                          .setSystem(BASE + "organization-id")
                          .setValue(a.organizationId().value()))
                  .setDisplay(a.organizationName())));
      e.addExtension(code("organizationKind", a.organizationKind().code()));
      e.addExtension(code("role", a.role().code()));
      a.period().ifPresent(v -> e.addExtension(new Extension("period", period(v))));
      r.addExtension(e);
    }
    return r;
  }

  private static PractitionerQualificationComponent qualification(
      String system,
      String code,
      Optional<String> text,
      @Nullable String number,
      DateRange period,
      @Nullable String issuer) {
    PractitionerQualificationComponent q = new PractitionerQualificationComponent();
    CodeableConcept concept = new CodeableConcept(new Coding(BASE + system, code, null));
    text.ifPresent(concept::setText);
    q.setCode(concept);
    if (number != null) {
      q.addIdentifier(new Identifier().setValue(number));
    }
    q.setPeriod(period(period));
    if (issuer != null) {
      q.setIssuer(new Reference().setDisplay(issuer));
    }
    return q;
  }

  private static Extension code(String url, String code) {
    return new Extension(url, new CodeType(code));
  }

  private static Period period(DateRange range) {
    Period p = new Period().setStartElement(new DateTimeType(range.start().toString()));
    range.end().ifPresent(e -> p.setEndElement(new DateTimeType(e.toString())));
    return p;
  }

  private static DateType date(LocalDate d) {
    return new DateType(d.toString());
  }

  private static StringType str(String s) {
    return new StringType(s);
  }

  private static DecimalType hours(Hours h) {
    return new DecimalType(h.toString());
  }
}
