package org.therapykit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.course.CaseReport;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.qualification.QualificationAssessment;

class RuleResultTest {
  private static final Finding WARNING =
      Finding.of(FindingCode.CERTIFICATION_EXPIRING, "/certifications/0", Severity.WARNING, "soon");
  private static final Finding ERROR =
      Finding.of(FindingCode.LICENSE_EXPIRED, "/licenses/1", Severity.ERROR, "expired");

  private static RuleResult of(Finding... findings) {
    return () -> ImmutableList.copyOf(findings);
  }

  @Test
  void selectsFindingsByCodeInOrder() {
    RuleResult r = of(ERROR, WARNING, ERROR);
    assertThat(r.findings(FindingCode.LICENSE_EXPIRED)).containsExactly(ERROR, ERROR);
    assertThat(r.findings(FindingCode.NO_AUTHORIZATION)).isEmpty();
  }

  @Test
  void hasErrorsOnlyWithAnError() {
    assertThat(of().hasErrors()).isFalse();
    assertThat(of(WARNING).hasErrors()).isFalse();
    assertThat(of(WARNING, ERROR).hasErrors()).isTrue();
  }

  @Test
  void ruleOutputsCannotBeMadeOrAlteredByAHost() {
    for (Class<?> output :
        List.of(
            QualificationAssessment.class,
            CaseReport.class,
            DisclosureDecision.class,
            DirectoryResult.class)) {
      List<String> open =
          Arrays.stream(output.getMethods())
              .filter(m -> isFactoryOrCopy(m, output))
              .map(Method::getName)
              .toList();
      assertThat(open).as("%s", output.getSimpleName()).isEmpty();
      assertThat(output.getConstructors()).as("%s", output.getSimpleName()).isEmpty();
    }
  }

  private static boolean isFactoryOrCopy(Method m, Class<?> output) {
    boolean factory =
        Modifier.isStatic(m.getModifiers())
            && (m.getName().equals("builder") || m.getReturnType() == output);
    boolean copy = !Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("with");
    return factory || copy;
  }
}
