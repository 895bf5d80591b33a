package org.therapykit.qualification;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.therapykit.Hours;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.practitioner.DegreeLevel;

/**
 * Other boards' published numbers as sex-therapy {@link RequirementSet}s, so that a practitioner
 * can be assessed against them by evidence, without the board's certificate: COSRT (United
 * Kingdom), the EFS-ESSM psycho-sexologist certificate ECPS (Europe) and the Society of Australian
 * Sexologists (Australia). Every number, its source and what each set leaves out are listed in
 * {@code DOMAIN-NOTES.md}; a requirement whose number the boards do not publish, or that the model
 * cannot express (case counts, personal therapy, examinations, references), is not in the set.
 *
 * <p>{@link #policy(String, RequirementSet)} makes a policy that holds sex therapists to one of
 * these sets and keeps everything else of the standard policy:
 *
 * <pre>{@code
 * QualificationPolicy uk = BoardRequirementSets.policy("uk-cosrt", BoardRequirementSets.COSRT_2018);
 * QualificationAssessment a = uk.assess(practitioner, LocalDate.of(2026, 12, 1));
 * }</pre>
 */
public final class BoardRequirementSets {
  private BoardRequirementSets() {}

  /**
   * COSRT accredited member (psychosexual and relationship therapist), from 1 January 2018 (library
   * id {@code COSRT-ACCREDITED-2018}): 450 supervised clinical hours (the route for applicants
   * without prior clinical accreditation) over at least one year, with supervision at 1 hour for
   * every 6 clinical hours, at most 25 % of it in groups. For the United Kingdom.
   */
  public static final RequirementSet COSRT_2018 =
      RequirementSet.builder()
          .id("COSRT-ACCREDITED-2018")
          .discipline(Discipline.SEX_THERAPY)
          .effectiveFrom(LocalDate.of(2018, 1, 1))
          .source("https://www.cosrt.org.uk/members-and-professionals/accreditation-faq/")
          .addAllJurisdictions(StandardQualificationPolicy.Defaults.UNITED_KINGDOM)
          .addAllCriteria(
              List.of(
                  new Criterion.PracticeHours(Hours.of(450), Optional.empty()),
                  new Criterion.PracticeSpan(Optional.of(1), Optional.empty()),
                  new Criterion.SupervisionRatio(6, 25)))
          .build();

  /**
   * EFS-ESSM Certified Psycho-Sexologist, examinations since 2014 (library id {@code
   * EFS-ESSM-ECPS-2014}): a clinical degree (psychology, psychiatry, or medicine with psychotherapy
   * training) and postgraduate sexology training including at least two years of supervised
   * experience. For the member countries of the European Union and the EEA, Switzerland and the
   * United Kingdom.
   */
  public static final RequirementSet ECPS_2014 =
      RequirementSet.builder()
          .id("EFS-ESSM-ECPS-2014")
          .discipline(Discipline.SEX_THERAPY)
          .effectiveFrom(LocalDate.of(2014, 1, 1))
          .source("https://www.essm.org/education/certifications/ecps/")
          .addAllJurisdictions(StandardQualificationPolicy.Defaults.EUROPE)
          .addAllCriteria(
              List.of(
                  Criterion.DegreeRoutes.of(
                      List.of(DegreeRoute.of(DegreeLevel.MASTER, 0, true, false))),
                  new Criterion.PracticeSpan(Optional.of(2), Optional.empty())))
          .build();

  /**
   * Society of Australian Sexologists, provisional psychosexual therapist (library id {@code
   * SAS-PROVISIONAL-THERAPIST}): 200 client-contact hours; 50 hours of supervision, at least 30
   * individual and at most 20 in groups; 72 hours of sexological psychotherapy training; 216 hours
   * of sexological education. For Australia.
   */
  public static final RequirementSet SAS_PROVISIONAL_THERAPIST =
      RequirementSet.builder()
          .id("SAS-PROVISIONAL-THERAPIST")
          .discipline(Discipline.SEX_THERAPY)
          .effectiveFrom(LocalDate.of(2012, 9, 1))
          .source("https://societyaustraliansexologists.org.au/accred_therapy")
          .addAllJurisdictions(StandardQualificationPolicy.Defaults.AUSTRALIA)
          .addAllCriteria(
              List.of(
                  new Criterion.TrainingHours(
                      TrainingCategory.CORE_KNOWLEDGE, Hours.of(216), Optional.empty()),
                  new Criterion.TrainingHours(
                      TrainingCategory.SEX_THERAPY, Hours.of(72), Optional.empty()),
                  new Criterion.PracticeHours(Hours.of(200), Optional.empty()),
                  new Criterion.SupervisionHours(Hours.of(50), 100),
                  new Criterion.IndividualSupervisionHours(Hours.of(30))))
          .build();

  /**
   * Returns every set.
   *
   * @return COSRT, ECPS and SAS, not null
   */
  public static ImmutableList<RequirementSet> all() {
    return ImmutableList.of(COSRT_2018, ECPS_2014, SAS_PROVISIONAL_THERAPIST);
  }

  /**
   * Returns the standard policy with its sex-therapy sets replaced by one set: everything else
   * (certificate recognitions, the counselling and education sets, membership and renewal rules)
   * stays as in {@link QualificationPolicy#standard()}.
   *
   * @param id the new policy's id, 1 to 64 letters, digits, {@code . _ -}
   * @param sexTherapy a sex-therapy set, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if the set is not for {@link Discipline#SEX_THERAPY}
   */
  public static StandardQualificationPolicy policy(String id, RequirementSet sexTherapy) {
    if (sexTherapy.discipline() != Discipline.SEX_THERAPY) {
      throw new IllegalArgumentException("not a sex-therapy set: " + sexTherapy.id());
    }
    StandardQualificationPolicy standard = QualificationPolicy.standard();
    ImmutableList.Builder<RequirementSet> sets = ImmutableList.builder();
    sets.add(sexTherapy);
    for (RequirementSet s : standard.requirementSets()) {
      if (s.discipline() != Discipline.SEX_THERAPY) {
        sets.add(s);
      }
    }
    return StandardQualificationPolicy.builder()
        .from(standard)
        .id(id)
        .requirementSets(sets.build())
        .build();
  }
}
