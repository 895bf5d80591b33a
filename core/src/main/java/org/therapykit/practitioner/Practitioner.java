package org.therapykit.practitioner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.PractitionerId;
import org.therapykit.credential.Certification;
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
 * <p>Invariants: the display name is not blank and at most 200 characters; no two licences share a
 * jurisdiction and number, and no two certifications share a body and number ({@link
 * FindingCode#DUPLICATE_VALUE} at the later element). Immutable and thread-safe; collections are
 * shallowly immutable Guava collections in the order given.
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
   * Returns the degrees.
   *
   * @return the degrees, not null
   */
  public abstract ImmutableList<Degree> degrees();

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
        .unique(
            "/licenses",
            licenses(),
            l -> java.util.List.of(l.jurisdiction(), l.number()),
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
        .unique(
            "/certifications",
            certifications(),
            c -> java.util.List.of(c.body(), c.number()),
            "certification (body and number)")
        .throwIfAny();
  }
}
