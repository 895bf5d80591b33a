package org.therapykit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.ClientId;
import org.therapykit.OrganizationId;
import org.therapykit.validation.InvalidValueException;

class TreatedUnitTest {
  private static final Client A = Client.of(ClientId.of("client-a"));
  private static final Client B =
      Client.builder().id(ClientId.of("client-b")).displayName("Sam Example").build();

  private static List<String> violations(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.violations().stream().map(v -> v.code() + " " + v.path()).toList();
    }
    throw new AssertionError("no exception");
  }

  @Test
  void aCoupleHasTwoDistinctPartners() {
    TreatedUnit couple = TreatedUnit.couple(A, B);
    assertThat(couple.kind()).isEqualTo(UnitKind.COUPLE);
    assertThat(couple.clientIds()).containsExactly(A.id(), B.id());
    assertThat(couple.includes(B.id())).isTrue();
    assertThat(couple.includes(ClientId.of("client-z"))).isFalse();
    assertThat(couple.indexOf(B.id())).isEqualTo(1);
    assertThat(couple.indexOf(ClientId.of("client-z"))).isEqualTo(-1);
    assertThat(violations(() -> TreatedUnit.couple(A, A)))
        .containsExactly("DUPLICATE_VALUE /clients/1");
    assertThat(violations(() -> TreatedUnit.builder().kind(UnitKind.COUPLE).addClient(A).build()))
        .containsExactly("INCONSISTENT_VALUE /clients");
  }

  @Test
  void anIndividualIsOneClient() {
    TreatedUnit one = TreatedUnit.individual(A);
    assertThat(one.kind().size()).isEqualTo(1);
    assertThat(one.fertilityContext()).isEmpty();
    assertThat(
            violations(
                () ->
                    TreatedUnit.builder()
                        .kind(UnitKind.INDIVIDUAL)
                        .addClient(A)
                        .addClient(B)
                        .build()))
        .containsExactly("INCONSISTENT_VALUE /clients");
  }

  @Test
  void fertilityContextIsOptionalDataOnTheUnit() {
    FertilityContext f =
        FertilityContext.builder()
            .stage(FertilityStage.IN_TREATMENT)
            .clinic(OrganizationId.of("org-1"))
            .build();
    TreatedUnit couple = TreatedUnit.couple(A, B).withFertilityContext(f);
    assertThat(couple.fertilityContext()).contains(f);
    assertThat(couple.toString()).doesNotContain("IN_TREATMENT").doesNotContain("org-1");
    assertThat(f.toString()).doesNotContain("IN_TREATMENT").contains("org-1");
  }

  @Test
  void rejectsABlankName() {
    assertThat(violations(() -> Client.builder().id(ClientId.of("c")).displayName(" ").build()))
        .containsExactly("BLANK_VALUE /displayName");
    assertThat(B.toString()).doesNotContain("Sam");
  }
}
