package org.therapykit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.therapykit.validation.InvalidValueException;

class PartyTest {
  private static final OrganizationId CLINIC = OrganizationId.of("org-1");
  private static final PractitionerId DOC = PractitionerId.of("p-1");

  private static Party.Builder specialist() {
    return Party.builder().role(PartyRole.FERTILITY_SPECIALIST);
  }

  @Test
  void anOrganisationIncludesAnyoneInTheSameRoleThere() {
    Party clinic = specialist().organization(CLINIC).build();
    assertThat(clinic.includes(specialist().organization(CLINIC).practitioner(DOC).build()))
        .isTrue();
    assertThat(clinic.includes(specialist().organization(OrganizationId.of("org-2")).build()))
        .isFalse();
    assertThat(clinic.includes(specialist().practitioner(DOC).build())).isFalse();
    assertThat(
            clinic.includes(
                Party.builder().role(PartyRole.GENERAL_PRACTITIONER).organization(CLINIC).build()))
        .isFalse();
  }

  @Test
  void aPractitionerIncludesOnlyThemselves() {
    Party doc = specialist().practitioner(DOC).build();
    assertThat(doc.includes(specialist().practitioner(DOC).organization(CLINIC).build())).isTrue();
    assertThat(doc.includes(specialist().practitioner(PractitionerId.of("p-2")).build())).isFalse();
  }

  @Test
  void aPartyWithoutIdsIsMatchedByNameIgnoringCase() {
    Party named = specialist().name("Dr. Rowan Placeholder").build();
    assertThat(named.includes(specialist().name(" dr. rowan placeholder ").build())).isTrue();
    assertThat(named.includes(specialist().name("Dr. Other").build())).isFalse();
    assertThat(named.includes(specialist().organization(CLINIC).build())).isFalse();
  }

  @Test
  void aClientOfTheCaseIsMatchedByClientId() {
    ClientId b = ClientId.of("client-b");
    Party partner = Party.builder().role(PartyRole.CLIENT_DESIGNEE).client(b).build();
    assertThat(partner.includes(partner.withName("Sam Example"))).isTrue();
    assertThat(partner.includes(partner.withClient(ClientId.of("client-a")))).isFalse();
    assertThat(
            partner.includes(Party.builder().role(PartyRole.CLIENT_DESIGNEE).name("Sam").build()))
        .isFalse();
    assertThat(
            Party.builder().role(PartyRole.CLIENT_DESIGNEE).name("Sam").build().includes(partner))
        .isFalse();
  }

  @Test
  void onlyAClientDesigneeHasAClientId() {
    assertThatThrownBy(() -> specialist().client(ClientId.of("client-a")).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("INCONSISTENT_VALUE /client"));
  }

  @Test
  void needsANameOrAnId() {
    assertThatThrownBy(() -> specialist().build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).violations())
                    .extracting(v -> v.code() + " " + v.path())
                    .containsExactly("MISSING_CONDITIONAL_VALUE /name"));
    assertThatThrownBy(() -> specialist().name(" ").build())
        .isInstanceOf(InvalidValueException.class);
    assertThat(specialist().name("xyz").build().toString())
        .doesNotContain("xyz")
        .contains("<redacted>");
  }

  @Test
  void newIdentifiersHaveTheOneForm() {
    assertThat(ClientId.of("client-a").toString()).isEqualTo("client-a");
    assertThat(CaseId.of("case-1").value()).isEqualTo("case-1");
    assertThat(GoalId.of("goal-1").toString()).isEqualTo("goal-1");
    assertThat(HomeworkId.of("hw-1").toString()).isEqualTo("hw-1");
    assertThat(AuthorizationId.of("roi-1").toString()).isEqualTo("roi-1");
    assertThat(ReferralId.of("ref-1").toString()).isEqualTo("ref-1");
    assertThatThrownBy(() -> ClientId.of("a b")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CaseId.of("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> GoalId.of("-g")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> HomeworkId.of("h/1")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> AuthorizationId.of("x".repeat(129)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ReferralId.of(" ")).isInstanceOf(InvalidValueException.class);
  }
}
