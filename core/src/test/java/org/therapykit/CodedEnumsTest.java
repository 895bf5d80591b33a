package org.therapykit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every model enum of the course of therapy has unique, stable, lowercase hyphenated codes. */
class CodedEnumsTest {
  @ParameterizedTest
  @ValueSource(
      classes = {
        PartyRole.class,
        org.therapykit.client.UnitKind.class,
        org.therapykit.client.FertilityStage.class,
        org.therapykit.referral.ReferralStatus.class,
        org.therapykit.referral.ReferralReason.class,
        org.therapykit.intake.IntakeStatus.class,
        org.therapykit.intake.HistorySectionKind.class,
        org.therapykit.intake.HistoryTopic.class,
        org.therapykit.intake.Answer.class,
        org.therapykit.intake.ReasonForAttending.class,
        org.therapykit.consent.Signer.class,
        org.therapykit.consent.InformationCategory.class,
        org.therapykit.consent.DisclosurePurpose.class,
        org.therapykit.consent.ExpiryEvent.class,
        org.therapykit.consent.DisclosureOutcome.class,
        org.therapykit.plan.PlanStatus.class,
        org.therapykit.plan.RevisionReason.class,
        org.therapykit.plan.GoalCategory.class,
        org.therapykit.plan.SexualDysfunction.class,
        org.therapykit.plan.GoalLifecycleStatus.class,
        org.therapykit.plan.GoalAchievementStatus.class,
        org.therapykit.plan.SessionKind.class,
        org.therapykit.plan.HomeworkKind.class,
        org.therapykit.plan.HomeworkStatus.class
      })
  <E extends Enum<E> & Coded> void codesAreUniqueLowercaseAndParseBack(Class<?> type) {
    @SuppressWarnings("unchecked")
    Class<E> e = (Class<E>) type;
    Set<String> seen = new HashSet<>();
    for (E constant : List.of(e.getEnumConstants())) {
      String code = constant.code();
      assertThat(code).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(seen.add(code)).as("unique %s", code).isTrue();
      assertThat(Coded.parse(e, code)).isEqualTo(constant);
      assertThat(code)
          .isEqualTo(constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
  }
}
