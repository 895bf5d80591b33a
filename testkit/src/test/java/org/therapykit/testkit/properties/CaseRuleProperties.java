package org.therapykit.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.therapykit.testkit.properties.QtGens.toGen;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.therapykit.course.CaseReport;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.testkit.CaseBreakChecks;
import org.therapykit.testkit.CaseRuleBreak;
import org.therapykit.testkit.Generator;
import org.therapykit.testkit.TherapyGenerators;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * The project's properties of the case rules over the testkit's generators, run by QuickTheories
 * with fixed seeds. Core keeps its own smaller case properties (over local generators, since core
 * cannot depend on the testkit), which guard its coverage.
 */
class CaseRuleProperties {
  private static final long SEED = 20260404L;
  private static final int EXAMPLES = 1000;
  private static final CaseRules RULES = CaseRules.standard();

  /** Clean cases and cases breaking any one rule, half and half. */
  private static Generator<TherapyCase> anyValidCase() {
    return source ->
        source.bool()
            ? TherapyGenerators.cases().breaking(source.pick(CaseRuleBreak.class)).next(source)
            : TherapyGenerators.cases().next(source);
  }

  @Test
  void aCoherentCourseNeverYieldsAnErrorOrWarning() {
    qt().withFixedSeed(SEED)
        .withExamples(2000)
        .forAll(toGen(TherapyGenerators.cases().withSessions(0, 16)))
        .checkAssert(
            c -> {
              CaseReport report = RULES.validate(c);
              assertThat(report.findings())
                  .filteredOn(f -> f.severity() != Severity.INFO)
                  .isEmpty();
              assertThat(report.isClean()).isTrue();
            });
  }

  @Test
  void theValidatorNeverThrowsAndIsDeterministicForAnyValidCase() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(toGen(anyValidCase()), toGen(Generator.booleans()))
        .checkAssert(
            (c, referralRequired) -> {
              CaseRules rules = CaseRules.builder().referralRequired(referralRequired).build();
              CaseReport report = rules.validate(c);
              assertThat(report.caseId()).isEqualTo(c.id());
              assertThat(report.findings())
                  .extracting(Finding::severity)
                  .isSortedAccordingTo(Enum::compareTo);
              assertThat(report.findings())
                  .allMatch(f -> f.path().startsWith("/"))
                  .allMatch(
                      f -> CaseRuleBreak.codes().contains(f.code()) || CaseBreakChecks.isReason(f));
              if (report.findings().stream().anyMatch(CaseBreakChecks::isReason)) {
                // reasons only explain a logged disclosure the disclosure rules would not permit
                assertThat(report.findings())
                    .extracting(Finding::code)
                    .containsAnyOf(
                        FindingCode.DISCLOSURE_WITHOUT_AUTHORIZATION,
                        FindingCode.DISCLOSURE_BEYOND_AUTHORIZATION);
              }
              assertThat(rules.validate(c)).isEqualTo(report);
              if (!referralRequired) {
                assertThat(report.findings(FindingCode.SESSION_WITHOUT_REFERRAL)).isEmpty();
              }
            });
  }

  @ParameterizedTest
  @EnumSource(CaseRuleBreak.class)
  void everyBreakTriggersExactlyItsRule(CaseRuleBreak b) {
    qt().withFixedSeed(SEED + b.name().hashCode())
        .withExamples(EXAMPLES)
        .forAll(toGen(TherapyGenerators.cases().breaking(b)))
        .checkAssert(c -> CaseBreakChecks.assertBreaks(b, c));
  }

  @Test
  void togetherTheBreaksReachEveryCaseRule() {
    Set<FindingCode> seen = EnumSet.noneOf(FindingCode.class);
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(toGen(anyValidCase()))
        .checkAssert(c -> RULES.validate(c).findings().forEach(f -> seen.add(f.code())));
    assertThat(seen).containsAll(CaseRuleBreak.codes());
  }
}
