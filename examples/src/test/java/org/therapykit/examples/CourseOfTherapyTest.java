package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.therapykit.course.CaseReport;
import org.therapykit.course.TherapyCase;

class CourseOfTherapyTest {
  @Test
  void theWalkThroughCaseIsCleanAndItsVariantsAreNot() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CaseReport report = CourseOfTherapy.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(report.findings()).isEmpty();
    String out = bytes.toString(StandardCharsets.UTF_8);
    String nl = System.lineSeparator();
    assertThat(out)
        .startsWith("true" + nl + "SESSION_WITHOUT_CONSENT at /sessions/5/attendees/1 (error)")
        .contains("GOAL_OUTSIDE_SCOPE at /sessions/1/addressedGoals/2 (error)")
        .doesNotContain("Alex")
        .doesNotContain("erections");
    assertThat(out.lines().filter(l -> l.startsWith("GOAL_OUTSIDE_SCOPE"))).hasSize(5);
  }

  @Test
  void theWalkThroughCaseIsTheGoldenCase() {
    TherapyCase c = CourseOfTherapy.goldenCase();
    assertThat(c.unit().clients()).hasSize(2);
    assertThat(c.plan().orElseThrow().current().plannedSessions()).isEqualTo(6);
    assertThat(c.sessions()).hasSize(6);
    assertThat(c.goals()).hasSize(3);
    assertThat(c.goals()).filteredOn(g -> g.revisions().size() == 2).hasSize(1);
    assertThat(c.homework()).extracting(h -> h.assignedInSession()).containsExactly(2, 3, 4, 5);
    assertThat(c.authorizations()).hasSize(2);
    assertThat(c.disclosures()).hasSize(1);
    assertThat(c.toString()).doesNotContain("Alex Example").doesNotContain("ovulation");
  }

  @Test
  void mainRuns() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      CourseOfTherapy.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("true");
  }
}
