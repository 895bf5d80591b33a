package org.therapykit.fhir;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.List;
import java.util.Optional;
import org.therapykit.course.TherapyCase;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.testkit.Samples;
import org.therapykit.testkit.TherapyGenerators;

/** The generated values the FHIR tests share, made once. */
final class Fixtures {
  /** The issue asks for at least 1,000 practitioners and 200 couple cases. */
  static final int PRACTITIONERS = 1_000;

  static final int COUPLE_CASES = 200;

  static final FhirR4 FHIR = FhirR4.create();

  private static final ImmutableList<Practitioner> PRACTITIONER_SAMPLES =
      ImmutableList.<Practitioner>builder()
          .addAll(Samples.list(20261206L, PRACTITIONERS - 200, TherapyGenerators.practitioners()))
          // practitioners built to meet each shipped requirement set, with supervision detail
          .addAll(
              Samples.list(
                  61206L,
                  200,
                  TherapyGenerators.meeting(
                      org.therapykit.qualification.AasectRequirementSets.CST_2025_T_1)))
          .build();

  private static final ImmutableList<TherapyCase> COUPLES =
      Samples.list(1206L, COUPLE_CASES, TherapyGenerators.cases().couple());

  private Fixtures() {}

  static ImmutableList<Practitioner> practitioners() {
    return PRACTITIONER_SAMPLES;
  }

  static List<List<Practitioner>> practitionerBatches(int size) {
    return Lists.partition(PRACTITIONER_SAMPLES, size);
  }

  static ImmutableList<TherapyCase> couples() {
    return COUPLES;
  }

  /** The case as the bridge exports it: without psychotherapy notes. */
  static TherapyCase withoutPsychotherapyNotes(TherapyCase c) {
    return c.withSessions(
        c.sessions().stream().map(s -> s.withPsychotherapyNote(Optional.empty())).toList());
  }
}
