package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.json.TherapyJsonTest.codeAndPointer;
import static org.therapykit.json.TherapyJsonTest.failure;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.Hours;
import org.therapykit.PractitionerId;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.SupervisionMonth;
import org.therapykit.credential.Supervisor;
import org.therapykit.practitioner.Practitioner;

/** The supervisor and monthly supervision of a supervised-practice record on the wire. */
class SupervisionJsonTest {
  private final TherapyJson json = TherapyJson.strict();

  private static Practitioner withSupervisionDetail() {
    Practitioner p = GoldenPractitioners.uncertified();
    SupervisedPractice first = p.supervisedPractice().get(0);
    YearMonth start = YearMonth.from(first.period().start());
    SupervisedPractice detailed =
        first
            .withSupervisor(
                Supervisor.of(
                    PractitionerId.of("supervisor-7"), CertificationType.AASECT_CST_SUPERVISOR))
            .withSupervisionMonths(
                List.of(
                    SupervisionMonth.builder()
                        .month(start)
                        .individualHours(Hours.parse("1.5"))
                        .build(),
                    SupervisionMonth.builder()
                        .month(start.plusMonths(1))
                        .individualHours(Hours.of(1))
                        .groupHours(Hours.of(2))
                        .largestGroup(4)
                        .build()));
    return p.withSupervisedPractice(List.of(detailed));
  }

  @Test
  void theNewFieldsRoundTrip() {
    Practitioner p = withSupervisionDetail();
    String text = json.write(p);
    YearMonth start = YearMonth.from(p.supervisedPractice().get(0).period().start());
    assertThat(text)
        .contains(
            "\"supervisor\":{\"id\":\"supervisor-7\",\"credential\":\"aasect-cst-supervisor\"}")
        .contains(
            "\"supervisionMonths\":[{\"month\":\""
                + start
                + "\",\"individualHours\":1.5,\"groupHours\":0},{\"month\":\""
                + start.plusMonths(1)
                + "\",\"individualHours\":1,\"groupHours\":2,\"largestGroup\":4}]");
    assertThat(json.read(Practitioner.class, text)).isEqualTo(p);
    assertThat(SchemaTest.errors("practitioner", text)).isEmpty();
  }

  @Test
  void aDocumentWithoutThemStillReads() {
    Practitioner plain = GoldenPractitioners.uncertified();
    String text = json.write(plain);
    assertThat(text).doesNotContain("supervisor\"").doesNotContain("supervisionMonths");
    SupervisedPractice read = json.read(Practitioner.class, text).supervisedPractice().get(0);
    assertThat(read.supervisor()).isEmpty();
    assertThat(read.supervisionMonths()).isEmpty();
  }

  @Test
  void aMonthHasTheFormYyyyMm() {
    String text = json.write(withSupervisionDetail());
    YearMonth start =
        YearMonth.from(
            GoldenPractitioners.uncertified().supervisedPractice().get(0).period().start());
    for (String bad : List.of(start + "-01", start.toString().replace("-", "/"), "2021-13")) {
      String hostile = text.replace("\"month\":\"" + start + "\"", "\"month\":\"" + bad + "\"");
      assertThat(hostile).isNotEqualTo(text);
      assertThat(SchemaTest.errors("practitioner", hostile)).isNotEmpty();
      assertThat(codeAndPointer(failure(() -> json.read(Practitioner.class, hostile))))
          .isEqualTo("INVALID_VALUE /practitioner/supervisedPractice/0/supervisionMonths/0/month");
    }
  }

  @Test
  void monthsOutOfOrderAreARelationTheReaderReports() {
    YearMonth start =
        YearMonth.from(
            GoldenPractitioners.uncertified().supervisedPractice().get(0).period().start());
    String text = json.write(withSupervisionDetail());
    String swapped =
        text.replace("\"month\":\"" + start.plusMonths(1) + "\"", "\"month\":\"" + start + "\"");
    // the schema cannot say "ascending"; the reader does
    assertThat(SchemaTest.errors("practitioner", swapped)).isEmpty();
    JsonInputException e = failure(() -> json.read(Practitioner.class, swapped));
    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code().code()).isEqualTo("DUPLICATE_VALUE");
              assertThat(v.path()).endsWith("/supervisionMonths/1/month");
            });
  }
}
