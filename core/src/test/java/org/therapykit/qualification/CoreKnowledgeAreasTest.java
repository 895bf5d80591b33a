package org.therapykit.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.Hours;
import org.therapykit.credential.Delivery;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.InvalidValueException;
import org.therapykit.validation.Severity;

/** Core-knowledge training by area, against the policy's versioned area list. */
class CoreKnowledgeAreasTest {
  private static final LocalDate AS_OF = Fixtures.AS_OF;
  private static final CoreKnowledgeAreas AASECT = AasectRequirementSets.CORE_KNOWLEDGE_AREAS;

  private static TrainingRecord area(String code, String hours) {
    return TrainingRecord.builder()
        .category(TrainingCategory.CORE_KNOWLEDGE)
        .hours(Hours.parse(hours))
        .delivery(Delivery.IN_PERSON)
        .completed(LocalDate.of(2022, 3, 1))
        .area(code)
        .build();
  }

  /** The uncertified therapist with 90 hours of core knowledge, plus the given area records. */
  private static Practitioner withAreas(List<TrainingRecord> records) {
    return Fixtures.uncertifiedTherapist().addAllTrainings(records).build();
  }

  /** Every area of the list at 5 hours, except {@code code} at {@code hours}. */
  private static List<TrainingRecord> allBut(String code, String hours) {
    List<TrainingRecord> out = new ArrayList<>();
    for (String a : AASECT.areas().keySet()) {
      if (!a.equals(code)) {
        out.add(area(a, "5"));
      } else if (!hours.equals("0")) {
        out.add(area(a, hours));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "ethics {0} h: {1}")
  @CsvSource({
    "3, ''",
    "2.75, 'core knowledge has at least 3 h in 16 of 17 areas of AASECT-CKA-17; short: ethics 2.75 h'",
    "0, 'core knowledge has at least 3 h in 16 of 17 areas of AASECT-CKA-17; short: ethics 0 h'",
  })
  void everyAreaNeedsThreeHours(String hours, String message) {
    Practitioner p = withAreas(allBut("ethics", hours));
    List<Finding> found =
        QualificationPolicy.standard()
            .assess(p, AS_OF)
            .findings(FindingCode.CORE_KNOWLEDGE_AREAS_SHORT);
    if (message.isEmpty()) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.path()).isEqualTo("/trainings");
                assertThat(f.message()).isEqualTo(message);
              });
    }
  }

  @Test
  void hoursOfOneAreaAddUpAcrossRecordsAndOtherCodesAreNamed() {
    List<TrainingRecord> records = allBut("research", "1.5");
    records.add(area("research", "1.5"));
    records.add(area("tantra", "4"));
    QualificationAssessment a = QualificationPolicy.standard().assess(withAreas(records), AS_OF);
    assertThat(a.findings(FindingCode.CORE_KNOWLEDGE_AREAS_SHORT)).isEmpty();
    records.set(0, area("ethics", "2"));
    assertThat(
            QualificationPolicy.standard()
                .assess(withAreas(records), AS_OF)
                .findings(FindingCode.CORE_KNOWLEDGE_AREAS_SHORT))
        .extracting(Finding::message)
        .containsExactly(
            "core knowledge has at least 3 h in 16 of 17 areas of AASECT-CKA-17; short: ethics 2 h;"
                + " 4 h in areas not on the list");
  }

  @Test
  void silentWithoutAreasOrWithoutAList() {
    assertThat(
            QualificationPolicy.standard()
                .assess(Fixtures.uncertifiedTherapist().build(), AS_OF)
                .findings(FindingCode.CORE_KNOWLEDGE_AREAS_SHORT))
        .isEmpty();
    StandardQualificationPolicy none =
        StandardQualificationPolicy.builder()
            .from(QualificationPolicy.standard())
            .coreKnowledgeAreas(java.util.Optional.empty())
            .build();
    assertThat(
            none.assess(withAreas(List.of(area("ethics", "1"))), AS_OF)
                .findings(FindingCode.CORE_KNOWLEDGE_AREAS_SHORT))
        .isEmpty();
    // training completed after the date does not count
    TrainingRecord later = area("ethics", "1").withCompleted(AS_OF.plusDays(1));
    assertThat(
            QualificationPolicy.standard()
                .assess(withAreas(List.of(later)), AS_OF)
                .findings(FindingCode.CORE_KNOWLEDGE_AREAS_SHORT))
        .isEmpty();
  }

  @Test
  void theListIsVersionedData() {
    assertThat(AASECT.id()).isEqualTo("AASECT-CKA-17");
    assertThat(AASECT.areas()).hasSize(17).containsKeys("ethics", "history", "research");
    assertThat(AASECT.minHoursPerArea()).isEqualTo(Hours.of(3));
    assertThat(QualificationPolicy.standard().coreKnowledgeAreas()).contains(AASECT);
    assertThatThrownBy(
            () ->
                CoreKnowledgeAreas.builder()
                    .id("X")
                    .putArea("Bad Code", "x")
                    .minHoursPerArea(Hours.ZERO)
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly(
                        "OUT_OF_RANGE /minHoursPerArea", "INVALID_FORMAT /areas/Bad Code"));
  }

  @Test
  void anAreaIsACodeOnCoreKnowledgeTrainingOnly() {
    assertThatThrownBy(
            () ->
                TrainingRecord.builder()
                    .category(TrainingCategory.SEX_THERAPY)
                    .hours(Hours.of(3))
                    .delivery(Delivery.ONLINE)
                    .completed(AS_OF)
                    .area("Ethics!")
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("INVALID_FORMAT /area", "INCONSISTENT_VALUE /area"));
  }
}
