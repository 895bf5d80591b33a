package org.therapykit.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.therapykit.Hours;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.practitioner.DegreeLevel;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.Criterion;
import org.therapykit.qualification.DegreeRoute;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.Recognition;
import org.therapykit.qualification.RequirementSet;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.testkit.Source;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/** Builds values of the qualification package: requirement sets, recognitions, policies. */
public final class QualificationValues {
  private static final ImmutableList<String> PATHS =
      ImmutableList.of(
          "",
          "/displayName",
          "/licenses",
          "/licenses/0/validity",
          "/licenses/1/status",
          "/degrees",
          "/certifications/0",
          "/certifications/2/validity",
          "/trainings",
          "/supervisedPractice");

  private QualificationValues() {}

  /**
   * Builds a host's requirement set for a drawn discipline.
   *
   * @param s the source
   * @return the set
   */
  public static RequirementSet requirementSet(Source s) {
    Discipline discipline = s.pick(Discipline.class);
    LocalDate from = Draw.date(s, LocalDate.of(2000, 1, 1), LocalDate.of(2035, 12, 31));
    String id = "HOST-" + discipline.code().toUpperCase(Locale.ROOT) + "-" + from.getYear();
    RequirementSet.Builder b =
        RequirementSet.builder()
            .id(s.bool() ? id : id + "." + s.between(1, 9))
            .discipline(discipline)
            .effectiveFrom(from);
    if (s.bool()) {
      b.source("https://certifying-board.example/requirements/" + id.toLowerCase(Locale.ROOT));
    }
    if (s.chance(30)) {
      b.addJurisdiction(Draw.jurisdiction(s));
    }
    if (discipline == Discipline.SEX_THERAPY && !s.chance(10)) {
      b.addCriterion(new Criterion.IndependentLicense());
    }
    int routes = s.between(0, 3);
    List<DegreeRoute> drawn = new ArrayList<>();
    for (int i = 0; i < routes; i++) {
      drawn.add(DegreeRoute.of(s.pick(DegreeLevel.class), s.between(0, 5), s.bool(), s.bool()));
    }
    if (!drawn.isEmpty()) {
      b.addCriterion(Criterion.DegreeRoutes.of(drawn));
    }
    training(s, b, TrainingCategory.CORE_KNOWLEDGE, 20, 150, 100);
    training(s, b, disciplineCategory(discipline), 10, 100, 60);
    training(s, b, TrainingCategory.ATTITUDE_REASSESSMENT, 6, 20, 20);
    optionalHours(s, 100, 1500)
        .ifPresent(h -> b.addCriterion(new Criterion.PracticeHours(h, optionalHours(s, 0, 500))));
    if (s.bool()) {
      int min = s.between(0, 4);
      b.addCriterion(
          new Criterion.PracticeSpan(
              Optional.of(min),
              s.bool() ? Optional.of(min + s.between(0, 6)) : Optional.<Integer>empty()));
    }
    if (discipline == Discipline.SEXUALITY_EDUCATION) {
      optionalHours(s, 20, 200)
          .ifPresent(h -> b.addCriterion(new Criterion.DirectTeachingHours(h)));
    }
    if (s.chance(15)) {
      b.addCriterion(new Criterion.SupervisionRatio(s.between(1, 20), s.between(0, 100)));
    } else {
      optionalHours(s, 10, 80)
          .ifPresent(h -> b.addCriterion(new Criterion.SupervisionHours(h, s.between(0, 100))));
      optionalHours(s, 1, 20)
          .ifPresent(h -> b.addCriterion(new Criterion.IndividualSupervisionHours(h)));
    }
    return b.build();
  }

  private static void training(
      Source s, RequirementSet.Builder b, TrainingCategory category, int min, int max, int cap) {
    optionalHours(s, min, max)
        .ifPresent(
            h ->
                b.addCriterion(new Criterion.TrainingHours(category, h, optionalHours(s, 0, cap))));
  }

  private static TrainingCategory disciplineCategory(Discipline d) {
    return switch (d) {
      case SEX_THERAPY -> TrainingCategory.SEX_THERAPY;
      case SEXUALITY_COUNSELLING -> TrainingCategory.SEXUALITY_COUNSELLING;
      case SEXUALITY_EDUCATION -> TrainingCategory.SEXUALITY_EDUCATION_SKILLS;
    };
  }

  private static Optional<Hours> optionalHours(Source s, int min, int max) {
    return s.chance(60) ? Optional.of(Hours.of(s.between(min, max))) : Optional.empty();
  }

  /**
   * Builds a recognition of a drawn certification type.
   *
   * @param s the source
   * @return the recognition
   */
  public static Recognition recognition(Source s) {
    CertificationType type = s.pick(CertificationType.class);
    Classification grants =
        switch (type.level()) {
          case THERAPIST -> Classification.CERTIFIED_SEX_THERAPIST;
          case COUNSELLOR -> Classification.SEX_COUNSELLOR;
          case EDUCATOR -> Classification.SEXUALITY_EDUCATOR;
          default ->
              s.pick(
                  ImmutableList.of(
                      Classification.CERTIFIED_SEX_THERAPIST,
                      Classification.SEX_COUNSELLOR,
                      Classification.SEXUALITY_EDUCATOR));
        };
    int n = grants == Classification.CERTIFIED_SEX_THERAPIST ? s.between(0, 3) : 0;
    ImmutableSet.Builder<org.therapykit.Jurisdiction> where = ImmutableSet.builder();
    for (int i = 0; i < n; i++) {
      where.add(Draw.jurisdiction(s));
    }
    return Recognition.of(type, grants, where.build());
  }

  /**
   * Builds a host policy: the default one with changes, or one made of drawn sets and recognitions.
   *
   * @param s the source
   * @return the policy
   */
  public static StandardQualificationPolicy policy(Source s) {
    StandardQualificationPolicy.Builder b = StandardQualificationPolicy.builder();
    if (s.bool()) {
      b.from(QualificationPolicy.standard());
    } else {
      int sets = s.between(1, 4);
      for (int i = 0; i < sets; i++) {
        b.addRequirementSet(requirementSet(s));
      }
      int recognitions = s.between(0, 5);
      for (int i = 0; i < recognitions; i++) {
        b.addRecognition(recognition(s));
      }
      if (s.bool()) {
        b.addMembershipRequiredBody(CertifyingBody.AASECT);
      }
    }
    return b.id("host-policy-" + Credentials.digits(s, 4))
        .expiryWarningDays(s.between(0, 365))
        .build();
  }

  /**
   * Builds a finding as a rule or an invariant check could report it.
   *
   * @param s the source
   * @return the finding
   */
  public static Finding finding(Source s) {
    FindingCode code = s.pick(FindingCode.class);
    return Finding.of(
        code,
        s.pick(PATHS),
        s.pick(Severity.class),
        code.code().toLowerCase(Locale.ROOT).replace('_', ' ') + " (generated)");
  }
}
