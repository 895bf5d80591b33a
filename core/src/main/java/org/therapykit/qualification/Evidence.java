package org.therapykit.qualification;

import java.time.LocalDate;
import java.util.Optional;
import org.therapykit.Hours;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.internal.Violations;
import org.therapykit.practitioner.Degree;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.FindingCode;

/** What the {@link Criterion} kinds count in a practitioner's record, and how they report it. */
final class Evidence {
  private Evidence() {}

  // ---- invariants of the criteria ----------------------------------------------------------

  static void positive(String type, Hours hours) {
    Violations.of(type)
        .require(!hours.isZero(), FindingCode.OUT_OF_RANGE, "/hours", "must be more than zero")
        .throwIfAny();
  }

  static void percent(String type, int percent) {
    Violations.of(type)
        .require(
            percent >= 0 && percent <= 100,
            FindingCode.OUT_OF_RANGE,
            "/maxGroupPercent",
            "must be from 0 to 100")
        .throwIfAny();
  }

  // ---- counting ---------------------------------------------------------------------------

  /** A licence, or a registration on a psychotherapy register, valid on the date. */
  static boolean hasIndependentLicense(Practitioner p, LocalDate asOf) {
    return !p.independentPsychotherapyJurisdictions(asOf).isEmpty();
  }

  /**
   * Whether a degree meets a route: by the clinical-experience records after its award if there are
   * any, else by the time since its award.
   */
  static boolean anyDegreeMeets(Practitioner p, Iterable<DegreeRoute> routes, LocalDate asOf) {
    boolean recorded = !p.clinicalExperience().isEmpty();
    for (Degree deg : p.degrees()) {
      for (DegreeRoute r : routes) {
        if (recorded ? r.isMetBy(deg, p.clinicalExperience(), asOf) : r.isMetBy(deg, asOf)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Hours of one category completed by the date, online hours counted up to the cap. */
  static Hours training(
      Practitioner p, TrainingCategory category, Optional<Hours> onlineCap, LocalDate asOf) {
    Hours inPerson = Hours.ZERO;
    Hours online = Hours.ZERO;
    for (TrainingRecord t : p.trainings()) {
      if (t.category() != category || t.completed().isAfter(asOf)) {
        continue;
      }
      if (t.delivery() == Delivery.ONLINE) {
        online = online.plus(t.hours());
      } else {
        inPerson = inPerson.plus(t.hours());
      }
    }
    return inPerson.plus(onlineCap.map(online::min).orElse(online));
  }

  /** Sums of the practice records of one discipline started by the date. */
  static Totals totals(Practitioner p, Discipline d, LocalDate asOf) {
    Totals t = new Totals();
    for (SupervisedPractice s : p.supervisedPractice()) {
      if (s.discipline() != d || s.period().start().isAfter(asOf)) {
        continue;
      }
      t.records++;
      t.practice = t.practice.plus(s.practiceHours());
      t.telehealth = t.telehealth.plus(s.telehealthHours());
      t.teaching = t.teaching.plus(s.directTeachingHours());
      t.individual = t.individual.plus(s.individualSupervisionHours());
      t.group = t.group.plus(s.groupSupervisionHours());
    }
    return t;
  }

  /** Sums of the supervised practice records of one discipline. */
  static final class Totals {
    int records;
    Hours practice = Hours.ZERO;
    Hours telehealth = Hours.ZERO;
    Hours teaching = Hours.ZERO;
    Hours individual = Hours.ZERO;
    Hours group = Hours.ZERO;

    /** Practice hours with telehealth hours counted up to the cap. */
    Hours practiceCounted(Optional<Hours> telehealthCap) {
      return practice.minus(telehealth).plus(telehealthCap.map(telehealth::min).orElse(telehealth));
    }

    /**
     * Supervision hours with group hours counted only up to {@code pct} percent of the counted
     * total: at most {@code individual × pct / (100 − pct)}.
     */
    Hours supervisionCounted(int pct) {
      Hours groupCounted =
          pct >= 100
              ? group
              : group.min(Hours.ofHundredths(individual.hundredths() * pct / (100 - pct)));
      return individual.plus(groupCounted);
    }
  }

  static boolean spanWithin(
      Practitioner p, Discipline d, Criterion.PracticeSpan span, LocalDate asOf) {
    LocalDate start = null;
    LocalDate end = null;
    for (SupervisedPractice s : p.supervisedPractice()) {
      if (s.discipline() != d || s.period().start().isAfter(asOf)) {
        continue;
      }
      LocalDate sEnd = s.period().end().filter(e -> e.isBefore(asOf)).orElse(asOf);
      start = start == null || s.period().start().isBefore(start) ? s.period().start() : start;
      end = end == null || sEnd.isAfter(end) ? sEnd : end;
    }
    if (start == null || end == null) {
      return false;
    }
    LocalDate first = start;
    LocalDate last = end;
    boolean longEnough = span.minYears().map(y -> !first.plusYears(y).isAfter(last)).orElse(true);
    boolean shortEnough = span.maxYears().map(y -> !last.isAfter(first.plusYears(y))).orElse(true);
    return longEnough && shortEnough;
  }

  // ---- results ----------------------------------------------------------------------------

  static String pathOf(Requirement r) {
    return switch (r) {
      case INDEPENDENT_LICENSE -> "/licenses";
      case DEGREE -> "/degrees";
      case CORE_KNOWLEDGE_HOURS, DISCIPLINE_TRAINING_HOURS, ATTITUDE_REASSESSMENT_HOURS ->
          "/trainings";
      case PRACTICE_HOURS,
          PRACTICE_SPAN,
          DIRECT_TEACHING_HOURS,
          SUPERVISION_HOURS,
          INDIVIDUAL_SUPERVISION_HOURS,
          SUPERVISION_RATIO ->
          "/supervisedPractice";
    };
  }

  static RequirementResult result(RequirementSet set, Criterion c, boolean met) {
    return RequirementResult.builder()
        .requirementSetId(set.id())
        .discipline(set.discipline())
        .requirement(c.requirement())
        .met(met)
        .path(pathOf(c.requirement()))
        .build();
  }

  static RequirementResult hours(RequirementSet set, Criterion c, Hours actual, Hours required) {
    return RequirementResult.builder()
        .requirementSetId(set.id())
        .discipline(set.discipline())
        .requirement(c.requirement())
        .met(actual.isAtLeast(required))
        .actual(actual)
        .required(required)
        .path(pathOf(c.requirement()))
        .build();
  }
}
