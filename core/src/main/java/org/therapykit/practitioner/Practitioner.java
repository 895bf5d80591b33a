package org.therapykit.practitioner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Jurisdiction;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
import org.therapykit.credential.ClinicalExperience;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.internal.Sensitive;
import org.therapykit.internal.Text;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.FindingCode;

/**
 * A person who practises, or claims to practise, sex therapy, sexuality counselling or sexuality
 * education, with the evidence for it: licences, degrees, certifications, memberships, training
 * records, supervised practice and affiliations.
 *
 * <p>Example: practitioner {@code p-0007}, "Dr. Amara Osei", a clinical psychologist licensed in
 * {@code US-IL}, with a PsyD, an AASECT CST certification and AASECT membership.
 *
 * <p>A practitioner is evidence, not a verdict: what they are on a date is decided by a {@link
 * org.therapykit.qualification.QualificationPolicy}.
 *
 * <p>A credential renewed under the same number is recorded as one entry per cycle: licences with
 * the same jurisdiction and number, or certifications with the same body and number, are the cycles
 * of one credential. {@link #cyclesOf(Certification)} and {@link #certifiedSince(Certification)}
 * read that history; a cycle that a later one renewed is history, and the rules do not report it as
 * expired.
 *
 * <p>Invariants: the display name is not blank and at most 200 characters; cycles of one licence
 * have the same profession, cycles of one certification the same type, and no two cycles of one
 * credential overlap ({@link FindingCode#DUPLICATE_VALUE} at the later element). Immutable and
 * thread-safe; collections are shallowly immutable Guava collections in the order given.
 */
@Value.Immutable
@Sensitive
public abstract class Practitioner implements WithPractitioner, TherapyDocument {
  Practitioner() {}

  /**
   * Returns the host's identifier.
   *
   * @return the identifier, not null
   */
  public abstract PractitionerId id();

  /**
   * Returns the name to display, such as {@code Dr. Amara Osei}.
   *
   * @return the name, not null, not blank
   */
  @Text(max = 200)
  public abstract String displayName();

  /**
   * Returns the licences.
   *
   * @return the licences, not null
   */
  public abstract ImmutableList<License> licenses();

  /**
   * Returns the registrations on voluntary registers (UKCP, BACP, PACFA, …), distinct from
   * licences; one entry per renewal cycle, as for licences.
   *
   * @return the registrations, not null
   */
  public abstract ImmutableList<Registration> registrations();

  /**
   * Returns the degrees.
   *
   * @return the degrees, not null
   */
  public abstract ImmutableList<Degree> degrees();

  /**
   * Returns the periods of clinical work, in any order; the degree routes count those after a
   * degree's award as post-degree experience.
   *
   * @return the records, not null
   */
  public abstract ImmutableList<ClinicalExperience> clinicalExperience();

  /**
   * Returns the certifications.
   *
   * @return the certifications, not null
   */
  public abstract ImmutableList<Certification> certifications();

  /**
   * Returns memberships of certifying bodies.
   *
   * @return the memberships, not null
   */
  public abstract ImmutableList<Membership> memberships();

  /**
   * Returns the training records.
   *
   * @return the training records, not null
   */
  public abstract ImmutableList<TrainingRecord> trainings();

  /**
   * Returns the continuing education toward renewals, in any order.
   *
   * @return the records, not null
   */
  public abstract ImmutableList<ContinuingEducation> continuingEducation();

  /**
   * Returns the supervised practice records.
   *
   * @return the records, not null
   */
  public abstract ImmutableList<SupervisedPractice> supervisedPractice();

  /**
   * Returns the affiliations with organisations.
   *
   * @return the affiliations, not null
   */
  public abstract ImmutableList<Affiliation> affiliations();

  /**
   * Returns how new clients can reach the practitioner, if stated; see {@link
   * #servicesOrDefault()}.
   *
   * @return the service profile, or empty
   */
  public abstract Optional<ServiceProfile> services();

  /**
   * Returns the stated service profile, or the one assumed from the affiliations ({@link
   * ServiceProfile#defaultFor(Practitioner)}).
   *
   * @return the profile, not null
   */
  public ServiceProfile servicesOrDefault() {
    return services().orElseGet(() -> ServiceProfile.defaultFor(this));
  }

  /**
   * Returns the licences in force on a date.
   *
   * @param date the date, not null
   * @return the valid licences, in order, not null
   */
  public ImmutableList<License> licensesValidOn(LocalDate date) {
    return licenses().stream()
        .filter(l -> l.isValidOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the cycles of a certification: every recorded certification with its body and number,
   * the given one included, earliest first.
   *
   * @param certification one of this practitioner's certifications, not null
   * @return the cycles, at least the given one, not null
   */
  public ImmutableList<Certification> cyclesOf(Certification certification) {
    ImmutableList.Builder<Certification> cycles = ImmutableList.builder();
    boolean found = false;
    for (Certification c : certifications()) {
      if (c.body() == certification.body() && c.number().equals(certification.number())) {
        cycles.add(c);
        found |= c.equals(certification);
      }
    }
    if (!found) {
      cycles.add(certification);
    }
    return ImmutableList.sortedCopyOf(
        java.util.Comparator.comparing((Certification c) -> c.validity().start()), cycles.build());
  }

  /**
   * Returns the date a certification was first awarded: the earliest of the {@link
   * Certification#firstCertified()} dates and the validity starts of its {@linkplain
   * #cyclesOf(Certification) cycles}. Where neither an earlier cycle nor a first-certified date is
   * recorded, this is the current cycle's start, which understates how long it has been held.
   *
   * @param certification one of this practitioner's certifications, not null
   * @return the first date, not null
   */
  public LocalDate certifiedSince(Certification certification) {
    LocalDate since = certification.validity().start();
    for (Certification c : cyclesOf(certification)) {
      LocalDate first = c.firstCertified().orElse(c.validity().start());
      if (first.isBefore(since)) {
        since = first;
      }
      if (c.validity().start().isBefore(since)) {
        since = c.validity().start();
      }
    }
    return since;
  }

  /**
   * Returns where the practitioner may practise psychotherapy independently on a date: the
   * jurisdiction of every licence valid on it that allows it, then the country of every
   * registration valid on it on a register that allows it (a registration stands in for a licence
   * where psychotherapy is not licensed).
   *
   * @param date the date, not null
   * @return the jurisdictions, in that order, possibly repeated, not null
   */
  public ImmutableList<Jurisdiction> independentPsychotherapyJurisdictions(LocalDate date) {
    ImmutableList.Builder<Jurisdiction> out = ImmutableList.builder();
    for (License l : licenses()) {
      if (l.isValidOn(date) && l.allowsIndependentPsychotherapy()) {
        out.add(l.jurisdiction());
      }
    }
    for (Registration r : registrations()) {
      if (r.isValidOn(date) && r.allowsIndependentPsychotherapy()) {
        out.add(r.jurisdiction());
      }
    }
    return out.build();
  }

  /**
   * Returns whether a later cycle of the same licence (same jurisdiction and number) is recorded.
   *
   * @param license one of this practitioner's licences, not null
   * @return true if the licence was renewed
   */
  public boolean isRenewed(License license) {
    for (License l : licenses()) {
      if (l.jurisdiction().equals(license.jurisdiction())
          && l.number().equals(license.number())
          && l.validity().start().isAfter(license.validity().start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a later cycle of the same registration (same register and number) is recorded.
   *
   * @param registration one of this practitioner's registrations, not null
   * @return true if the registration was renewed
   */
  public boolean isRenewed(Registration registration) {
    for (Registration r : registrations()) {
      if (r.register() == registration.register()
          && r.number().equals(registration.number())
          && r.validity().start().isAfter(registration.validity().start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a later cycle of the same certification (same body and number) is recorded.
   *
   * @param certification one of this practitioner's certifications, not null
   * @return true if the certification was renewed
   */
  public boolean isRenewed(Certification certification) {
    for (Certification c : certifications()) {
      if (c.body() == certification.body()
          && c.number().equals(certification.number())
          && c.validity().start().isAfter(certification.validity().start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Practitioner}; id and display name are required, lists default to empty. */
  public static final class Builder extends ImmutablePractitioner.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this)
        .cycles(
            "/licenses",
            licenses(),
            l -> java.util.List.of(l.jurisdiction(), l.number()),
            License::profession,
            License::validity,
            "licence (jurisdiction and number)")
        .require(
            services()
                .map(
                    s ->
                        affiliations().stream()
                            .map(Affiliation::organizationId)
                            .collect(ImmutableSet.toImmutableSet())
                            .containsAll(s.inPersonAt()))
                .orElse(true),
            FindingCode.UNKNOWN_REFERENCE,
            "/services/inPersonAt",
            "in-person organisations must be among the affiliations")
        .cycles(
            "/registrations",
            registrations(),
            r -> java.util.List.of(r.register(), r.number()),
            Registration::register,
            Registration::validity,
            "registration (register and number)")
        .cycles(
            "/certifications",
            certifications(),
            c -> java.util.List.of(c.body(), c.number()),
            Certification::type,
            Certification::validity,
            "certification (body and number)")
        .throwIfAny();
  }
}
