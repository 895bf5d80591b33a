package org.therapykit.consent;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.therapykit.CaseId;
import org.therapykit.client.FertilityContext;
import org.therapykit.client.FertilityStage;
import org.therapykit.client.TreatedUnit;
import org.therapykit.plan.Goal;
import org.therapykit.plan.HomeworkAssignment;
import org.therapykit.plan.PlanStatus;
import org.therapykit.plan.PlanVersion;
import org.therapykit.plan.Session;
import org.therapykit.plan.SessionKind;
import org.therapykit.plan.TreatmentPlan;
import org.therapykit.practitioner.Practitioner;

/**
 * What the disclosure rules read of a course of therapy: its clients, practitioner, consents,
 * releases, goals, sessions, homework and plan. {@link org.therapykit.course.TherapyCase}
 * implements it, so a host passes its case to {@link DisclosureRules#decide}; the interface exists
 * so that the disclosure rules do not depend on the course package, which depends on them.
 *
 * <p>The default methods derive, from what the case records, the events a release may name as its
 * end ({@link ExpiryEvent}): the end of the course and the end of fertility treatment.
 */
public interface CaseRecord {
  /**
   * Returns the case's id.
   *
   * @return the id, not null
   */
  CaseId id();

  /**
   * Returns the practitioner who treats the unit, who discloses (alone or through a practice of
   * theirs).
   *
   * @return the practitioner, not null
   */
  Practitioner practitioner();

  /**
   * Returns the treated unit: its clients and fertility context.
   *
   * @return the unit, not null
   */
  TreatedUnit unit();

  /**
   * Returns the consents to therapy.
   *
   * @return the consents, not null
   */
  ImmutableList<TreatmentConsent> consents();

  /**
   * Returns the release-of-information authorisations.
   *
   * @return the authorisations, not null
   */
  ImmutableList<ReleaseAuthorization> authorizations();

  /**
   * Returns the treatment plan, if any.
   *
   * @return the plan, not null
   */
  Optional<TreatmentPlan> plan();

  /**
   * Returns the goals.
   *
   * @return the goals, not null
   */
  ImmutableList<Goal> goals();

  /**
   * Returns the sessions, in order.
   *
   * @return the sessions, not null
   */
  ImmutableList<Session> sessions();

  /**
   * Returns the homework.
   *
   * @return the homework, not null
   */
  ImmutableList<HomeworkAssignment> homework();

  /**
   * Returns where the case records the end of the course, with its date: the first closing session
   * ({@code /sessions/i}), or, if earlier, the first plan version with status {@code completed}
   * ({@code /plan/versions/j}). A release that ends with the course ({@link
   * ExpiryEvent#END_OF_COURSE}) is not in force from that date.
   *
   * @return the place and date, or empty while the course goes on
   */
  default Optional<RecordedEvent> courseEnd() {
    RecordedEvent end = null;
    for (int i = 0; i < sessions().size(); i++) {
      Session s = sessions().get(i);
      if (s.kind() == SessionKind.CLOSING) {
        end = new RecordedEvent("/sessions/" + i + "/kind", Optional.of(s.date()));
        break;
      }
    }
    if (plan().isPresent()) {
      ImmutableList<PlanVersion> versions = plan().get().versions();
      for (int j = 0; j < versions.size(); j++) {
        PlanVersion v = versions.get(j);
        if (v.status() == PlanStatus.COMPLETED
            && (end == null || end.date().map(v.effectiveFrom()::isBefore).orElse(false))) {
          end =
              new RecordedEvent("/plan/versions/" + j + "/status", Optional.of(v.effectiveFrom()));
          break;
        }
      }
    }
    return Optional.ofNullable(end);
  }

  /**
   * Returns where the case records the end of fertility treatment: the unit's fertility context at
   * stage {@code ended} ({@code /unit/fertilityContext/stage}), dated by its {@code endedOn} if
   * recorded. Without a date the event is taken to have happened before any date asked about, so a
   * release that ends with fertility treatment ({@link ExpiryEvent#END_OF_FERTILITY_TREATMENT})
   * covers nothing (fail closed).
   *
   * @return the place and date, or empty while treatment goes on
   */
  default Optional<RecordedEvent> fertilityTreatmentEnd() {
    Optional<FertilityContext> context = unit().fertilityContext();
    if (context.isEmpty() || context.get().stage() != FertilityStage.ENDED) {
      return Optional.empty();
    }
    return Optional.of(new RecordedEvent("/unit/fertilityContext/stage", context.get().endedOn()));
  }

  /**
   * An event the case records: where, and on which date if the case says.
   *
   * @param path the JSON Pointer, into the case, of what records it
   * @param date the date it happened, or empty if the case does not say
   */
  record RecordedEvent(String path, Optional<LocalDate> date) {
    /**
     * Returns whether the event had happened by the date: on or before it, or at an unknown date.
     *
     * @param on the date asked about, not null
     * @return true if it had happened
     */
    public boolean hadHappenedBy(LocalDate on) {
      return date.map(d -> !on.isBefore(d)).orElse(true);
    }
  }
}
