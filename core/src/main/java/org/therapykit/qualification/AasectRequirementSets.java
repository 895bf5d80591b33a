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
 * AASECT's published requirement numbers as versioned {@link RequirementSet}s, one constant per
 * version. Every number and its source is listed in {@code DOMAIN-NOTES.md}.
 *
 * <p>AASECT numbered its requirement pages from May 2025 ({@code 2025.T.1}, {@code 2025.E.1}); the
 * earlier sets carry identifiers this library assigned ({@code AASECT-...}). AASECT holds
 * applicants to the requirements in force when their supervision contract was signed, which is how
 * a {@link StandardQualificationPolicy} chooses among them.
 */
public final class AasectRequirementSets {
  private static final String CST_SOURCE =
      "https://www.aasect.org/aasect-requirements-sex-therapist-certification";

  private AasectRequirementSets() {}

  private static RequirementSet sexTherapist(
      String id, LocalDate from, Optional<Hours> telehealthCap) {
    return RequirementSet.builder()
        .id(id)
        .discipline(Discipline.SEX_THERAPY)
        .effectiveFrom(from)
        .source(CST_SOURCE)
        .addAllCriteria(
            List.of(
                new Criterion.IndependentLicense(),
                Criterion.DegreeRoutes.of(
                    List.of(
                        DegreeRoute.of(DegreeLevel.MASTER, 2, true, false),
                        DegreeRoute.of(DegreeLevel.DOCTORATE, 1, true, false))),
                new Criterion.TrainingHours(
                    TrainingCategory.CORE_KNOWLEDGE, Hours.of(90), Optional.of(Hours.of(75))),
                new Criterion.TrainingHours(
                    TrainingCategory.SEX_THERAPY, Hours.of(60), Optional.of(Hours.of(30))),
                new Criterion.TrainingHours(
                    TrainingCategory.ATTITUDE_REASSESSMENT, Hours.of(10), Optional.empty()),
                new Criterion.PracticeHours(Hours.of(300), telehealthCap),
                new Criterion.SupervisionHours(Hours.of(50), 50)))
        .build();
  }

  /**
   * Certified Sex Therapist, contracts before 1 March 2018 (library id {@code AASECT-CST-2012}): as
   * {@link #CST_2025_T_1} but with no telehealth cap.
   */
  public static final RequirementSet CST_2012 =
      sexTherapist("AASECT-CST-2012", LocalDate.of(2012, 9, 1), Optional.empty());

  /**
   * Certified Sex Therapist from 1 March 2018 (library id {@code AASECT-CST-2018.03}): at most 150
   * of the 300 clinical hours by telehealth.
   */
  public static final RequirementSet CST_2018_03 =
      sexTherapist("AASECT-CST-2018.03", LocalDate.of(2018, 3, 1), Optional.of(Hours.of(150)));

  /**
   * Certified Sex Therapist, requirements {@code 2025.T.1} (May 2025, "requirements unchanged"):
   * independent licence; clinical master's + 2 years or doctorate + 1 year; 90 hours core knowledge
   * (≤ 75 online); 60 hours sex-therapy training (≤ 30 online); 10 hours SAR; 300 supervised
   * clinical hours (≤ 150 telehealth); 50 hours supervision (≤ 50% group).
   */
  public static final RequirementSet CST_2025_T_1 =
      sexTherapist("2025.T.1", LocalDate.of(2025, 5, 1), Optional.of(Hours.of(150)));

  /**
   * Certified Sexuality Counselor (library id {@code AASECT-CSC-2025}; AASECT's page is not
   * versioned): a human-service bachelor's + 3 years, master's + 2 or doctorate + 2; 1,000 hours of
   * sexuality counselling accrued over 2 to 5 years. The training and supervision hours could not
   * be verified and are not required (see {@code DOMAIN-NOTES.md}).
   */
  public static final RequirementSet CSC_2025 =
      RequirementSet.builder()
          .id("AASECT-CSC-2025")
          .discipline(Discipline.SEXUALITY_COUNSELLING)
          .effectiveFrom(LocalDate.of(2012, 9, 1))
          .source("https://www.aasect.org/sexuality-counselor-requirements")
          .addAllCriteria(
              List.of(
                  Criterion.DegreeRoutes.of(
                      List.of(
                          DegreeRoute.of(DegreeLevel.BACHELOR, 3, false, true),
                          DegreeRoute.of(DegreeLevel.MASTER, 2, false, true),
                          DegreeRoute.of(DegreeLevel.DOCTORATE, 2, false, true))),
                  new Criterion.PracticeHours(Hours.of(1000), Optional.empty()),
                  new Criterion.PracticeSpan(Optional.of(2), Optional.of(5))))
          .build();

  private static RequirementSet.Builder educator(String id, LocalDate from) {
    return RequirementSet.builder()
        .id(id)
        .discipline(Discipline.SEXUALITY_EDUCATION)
        .effectiveFrom(from)
        .source(
            "https://www.aasect.org/certification/aasect-requirements-sexuality-educator-certification")
        .addAllCriteria(
            List.of(
                Criterion.DegreeRoutes.of(
                    List.of(DegreeRoute.of(DegreeLevel.BACHELOR, 0, false, false))),
                new Criterion.PracticeHours(Hours.of(1000), Optional.empty()),
                new Criterion.DirectTeachingHours(Hours.of(100)),
                new Criterion.SupervisionHours(Hours.of(25), 100),
                new Criterion.IndividualSupervisionHours(Hours.of(12))));
  }

  /**
   * Certified Sexuality Educator before May 2025 (library id {@code AASECT-CSE-2018}): bachelor's;
   * 1,000 hours of educator experience with 100 of direct teaching; 25 hours of supervision, at
   * least 12 individual.
   */
  public static final RequirementSet CSE_2018 =
      educator("AASECT-CSE-2018", LocalDate.of(2012, 9, 1)).build();

  /** Certified Sexuality Educator, requirements {@code 2025.E.1}: as {@link #CSE_2018}. */
  public static final RequirementSet CSE_2025_E_1 =
      educator("2025.E.1", LocalDate.of(2025, 5, 1)).build();

  /**
   * AASECT's core knowledge areas as its CE-provider forms list them (library id {@code
   * AASECT-CKA-17}, 2023), at least 3 hours each: the 15 areas of AASECT's core knowledge page plus
   * the history of sexology and research methods.
   */
  public static final CoreKnowledgeAreas CORE_KNOWLEDGE_AREAS =
      CoreKnowledgeAreas.builder()
          .id("AASECT-CKA-17")
          .source("https://www.aasect.org/certification/core-knowledge-areas")
          .putArea("ethics", "ethics and ethical behaviour")
          .putArea("development", "developmental sexuality across the life course")
          .putArea("socio-cultural", "socio-cultural and familial factors")
          .putArea("orientation-gender", "sexual orientation and gender identity")
          .putArea("intimacy", "intimacy skills, relationships and family dynamics")
          .putArea("diversity", "diversity of sexual expression and lifestyles")
          .putArea("anatomy", "sexual and reproductive anatomy and physiology")
          .putArea("health", "health and medical factors, including fertility and STIs")
          .putArea("function", "the range of sexual function, from optimal to problematic")
          .putArea("exploitation", "sexual exploitation: abuse, harassment, assault")
          .putArea("cyber", "cyber-sexuality and social media")
          .putArea("substance-use", "substance use and sexuality")
          .putArea("pleasure", "pleasure-enhancement skills")
          .putArea("learning-theory", "learning theory")
          .putArea("communication", "professional communication skills")
          .putArea("history", "history of sex research, education, counselling and therapy")
          .putArea("research", "principles of sexuality research and its methods")
          .minHoursPerArea(Hours.of(3))
          .build();

  /**
   * Returns every set, oldest first within each discipline.
   *
   * @return the sets, not null
   */
  public static ImmutableList<RequirementSet> all() {
    return ImmutableList.of(CST_2012, CST_2018_03, CST_2025_T_1, CSC_2025, CSE_2018, CSE_2025_E_1);
  }
}
