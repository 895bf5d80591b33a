package org.therapykit.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.therapykit.consent.DisclosureFixtures.A;
import static org.therapykit.consent.DisclosureFixtures.B;
import static org.therapykit.consent.DisclosureFixtures.CLINIC_SPECIALISTS;
import static org.therapykit.consent.DisclosureFixtures.DAY;
import static org.therapykit.consent.DisclosureFixtures.GP;
import static org.therapykit.consent.DisclosureFixtures.OTHER_THERAPIST;
import static org.therapykit.consent.DisclosureFixtures.PARTNER_A;
import static org.therapykit.consent.DisclosureFixtures.PARTNER_B;
import static org.therapykit.consent.DisclosureFixtures.SPECIALIST;
import static org.therapykit.consent.DisclosureFixtures.STRANGER;
import static org.therapykit.consent.DisclosureFixtures.SUPERVISOR;
import static org.therapykit.consent.DisclosureFixtures.THERAPIST;
import static org.therapykit.consent.DisclosureFixtures.THERAPIST_BY_NAME;
import static org.therapykit.consent.DisclosureFixtures.caseWith;
import static org.therapykit.consent.DisclosureFixtures.release;
import static org.therapykit.consent.DisclosureFixtures.request;
import static org.therapykit.consent.DisclosurePurpose.AT_CLIENT_REQUEST;
import static org.therapykit.consent.DisclosurePurpose.CARE_COORDINATION;
import static org.therapykit.consent.DisclosurePurpose.OTHER;
import static org.therapykit.consent.DisclosurePurpose.PAYMENT;
import static org.therapykit.consent.DisclosurePurpose.REFERRAL_REPORT;
import static org.therapykit.consent.DisclosurePurpose.SUPERVISION;
import static org.therapykit.consent.DisclosurePurpose.TREATMENT;
import static org.therapykit.consent.InformationCategory.GOALS_AND_PROGRESS;
import static org.therapykit.consent.InformationCategory.HOMEWORK;
import static org.therapykit.consent.InformationCategory.MENTAL_HEALTH_HISTORY;
import static org.therapykit.consent.InformationCategory.PROGRESS_NOTES;
import static org.therapykit.consent.InformationCategory.PSYCHOTHERAPY_NOTES;
import static org.therapykit.consent.InformationCategory.SEXUAL_HISTORY;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.therapykit.AuthorizationId;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * Every rule of {@link DisclosureRules}, one row each: the authorisations of a small couple case
 * ({@link DisclosureFixtures}), a request, and the expected outcome, permitted categories,
 * authorisations relied on, and findings (code and path, in order).
 */
class DisclosureRulesTest {
  private static final DisclosureRules STANDARD = DisclosureRules.standard();
  private static final LocalDate DAY_BEFORE = DAY.minusDays(1);
  private static final LocalDate DAY_AFTER = DAY.plusDays(1);

  /** One row of the table. */
  static final class Row {
    private final String name;
    private DisclosureRules rules = STANDARD;
    private List<ReleaseAuthorization> given = List.of();
    private DisclosureRequest request =
        request(SPECIALIST, CARE_COORDINATION, A).addCategory(GOALS_AND_PROGRESS).build();
    private DisclosureOutcome outcome = DisclosureOutcome.DENY;
    private Set<InformationCategory> permitted = Set.of();
    private List<String> relied = List.of();
    private List<String> findings = List.of();

    private Row(String name) {
      this.name = name;
    }

    Row rules(DisclosureRules r) {
      rules = r;
      return this;
    }

    Row given(ReleaseAuthorization... authorizations) {
      given = List.of(authorizations);
      return this;
    }

    Row asks(DisclosureRequest.Builder b) {
      request = b.build();
      return this;
    }

    Row permits(InformationCategory first, InformationCategory... rest) {
      outcome = DisclosureOutcome.PERMIT;
      permitted = EnumSet.of(first, rest);
      return this;
    }

    Row denies() {
      outcome = DisclosureOutcome.DENY;
      permitted = Set.of();
      return this;
    }

    Row relyingOn(String... ids) {
      relied = List.of(ids);
      return this;
    }

    Row findings(String... codesAndPaths) {
      findings = List.of(codesAndPaths);
      return this;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Row row(String name) {
    return new Row(name);
  }

  static Stream<Row> rules() {
    return Stream.of(
        // ---- deny by default, fail closed ---------------------------------------------------
        row("no authorisation at all: deny")
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("NO_AUTHORIZATION /request/subjects/0"),
        row("a subject who is not a client of the case denies the whole request")
            .given(release("roi-a", A), release("roi-b", B))
            .asks(request(SPECIALIST, CARE_COORDINATION, A, STRANGER).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("SUBJECT_NOT_IN_CASE /request/subjects/1"),
        row("a requester no authorisation names: deny")
            .given(release("roi-a", A), release("roi-b", B))
            .asks(request(GP, CARE_COORDINATION, A).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings(
                "RECIPIENT_NOT_COVERED /request/requester",
                // the goal is shared, and partner B has not authorised the GP either
                "PARTNER_NOT_AUTHORIZED /goals/0/owners/1"),

        // ---- treatment -------------------------------------------------------------------------
        row("the treating practitioner may use the whole record for treatment")
            .asks(
                request(THERAPIST, TREATMENT, A, B)
                    .categories(List.of(InformationCategory.values())))
            .permits(SEXUAL_HISTORY, InformationCategory.values())
            .findings("DISCLOSURE_PERMITTED_FOR_TREATMENT /request/requester"),
        row("another therapist needs authorisations, even for treatment")
            .asks(request(OTHER_THERAPIST, TREATMENT, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("NO_AUTHORIZATION /request/subjects/0"),
        row("a therapist known only by name is not the treating practitioner")
            .asks(request(THERAPIST_BY_NAME, TREATMENT, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("NO_AUTHORIZATION /request/subjects/0"),
        row("the treating practitioner needs authorisations for another purpose")
            .asks(request(THERAPIST, PAYMENT, A).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings(
                "NO_AUTHORIZATION /request/subjects/0", "PARTNER_NOT_AUTHORIZED /goals/0/owners/1"),

        // ---- supervision -----------------------------------------------------------------------
        row("by default a supervisor needs authorisations")
            .asks(request(SUPERVISOR, SUPERVISION, A).addCategory(PROGRESS_NOTES))
            .denies()
            .findings(
                "NO_AUTHORIZATION /request/subjects/0",
                "PARTNER_NOT_AUTHORIZED /sessions/0/attendees/1"),
        row("a supervisor in the host's own programme may see the record for supervision")
            .rules(DisclosureRules.builder().supervisionInOwnProgramme(true).build())
            .asks(
                request(SUPERVISOR, SUPERVISION, A, B)
                    .addCategories(PROGRESS_NOTES, PSYCHOTHERAPY_NOTES))
            .permits(PROGRESS_NOTES, PSYCHOTHERAPY_NOTES)
            .findings("DISCLOSURE_PERMITTED_FOR_SUPERVISION /request/requester"),
        row("a supervisor in the host's programme needs authorisations for another purpose")
            .rules(DisclosureRules.builder().supervisionInOwnProgramme(true).build())
            .asks(request(SUPERVISOR, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("NO_AUTHORIZATION /request/subjects/0"),

        // ---- each partner controls their own information ------------------------------------
        row("each partner's own authorisation releases their joint goals")
            .given(release("roi-a", A), release("roi-b", B))
            .asks(request(SPECIALIST, CARE_COORDINATION, A, B).addCategory(GOALS_AND_PROGRESS))
            .permits(GOALS_AND_PROGRESS)
            .relyingOn("roi-a", "roi-b"),
        row("one partner's consent never releases the other's information")
            .given(release("roi-a", A))
            .asks(request(SPECIALIST, CARE_COORDINATION, A, B).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings("PARTNER_NOT_AUTHORIZED /request/subjects/1"),
        row("a shared goal needs both partners, even when the request names one")
            .given(release("roi-a", A))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings("PARTNER_NOT_AUTHORIZED /goals/0/owners/1"),
        row("the shared goal is among either partner's goals")
            .given(release("roi-b", B))
            .asks(request(SPECIALIST, CARE_COORDINATION, B).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings("PARTNER_NOT_AUTHORIZED /goals/0/owners/0"),
        row("joint homework needs both assignees")
            .given(release("roi-a", A).withCategories(HOMEWORK))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(HOMEWORK))
            .denies()
            .findings(
                "PARTNER_NOT_AUTHORIZED /homework/0/assignees/1",
                "MINIMUM_NECESSARY_EXCEEDED /request/categories/0"),
        row("notes of a joint session need both attendees")
            .given(
                release("roi-a", A).withCategories(PROGRESS_NOTES).withPurposes(AT_CLIENT_REQUEST))
            .asks(request(SPECIALIST, AT_CLIENT_REQUEST, A).addCategory(PROGRESS_NOTES))
            .denies()
            .findings("PARTNER_NOT_AUTHORIZED /sessions/0/attendees/1"),
        row("the shared record's partner may fail for time, and both reasons are given")
            .given(
                release("roi-a", A),
                release("roi-b", B).withRevokedOn(DAY_BEFORE),
                release("roi-c", B).withExpiresOn(DAY_BEFORE))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings(
                "PARTNER_NOT_AUTHORIZED /goals/0/owners/1",
                "AUTHORIZATION_REVOKED /authorizations/1/revokedOn",
                "AUTHORIZATION_EXPIRED /authorizations/2/expiresOn"),
        row("a history is one partner's own information")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .permits(SEXUAL_HISTORY)
            .relyingOn("roi-a"),
        row("the other partner is a recipient who needs the subject's authorisation")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY))
            .asks(request(PARTNER_B, AT_CLIENT_REQUEST, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("RECIPIENT_NOT_COVERED /request/requester"),
        row("the other partner, named by the subject's authorisation")
            .given(
                release("roi-a", A)
                    .withRecipients(PARTNER_B)
                    .withCategories(SEXUAL_HISTORY)
                    .withPurposes(AT_CLIENT_REQUEST))
            .asks(request(PARTNER_B, AT_CLIENT_REQUEST, A).addCategory(SEXUAL_HISTORY))
            .permits(SEXUAL_HISTORY)
            .relyingOn("roi-a"),
        row("the other partner gets joint goals with the subject's authorisation and their own share")
            .given(release("roi-a", A).withRecipients(PARTNER_B).withPurposes(AT_CLIENT_REQUEST))
            .asks(request(PARTNER_B, AT_CLIENT_REQUEST, A).addCategory(GOALS_AND_PROGRESS))
            .permits(GOALS_AND_PROGRESS)
            .relyingOn("roi-a")
            .findings("DISCLOSURE_PERMITTED_TO_SUBJECT /request/requester"),
        row("an authorisation by the other partner does not stand in for the subject's")
            .given(release("roi-b", B).withRecipients(PARTNER_B).withPurposes(AT_CLIENT_REQUEST))
            .asks(request(PARTNER_B, AT_CLIENT_REQUEST, A).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings("PARTNER_NOT_AUTHORIZED /request/subjects/0"),
        row("a client's own information needs no authorisation, psychotherapy notes excepted")
            .asks(
                request(PARTNER_A, AT_CLIENT_REQUEST, A)
                    .addCategories(SEXUAL_HISTORY, PSYCHOTHERAPY_NOTES))
            .permits(SEXUAL_HISTORY)
            .findings(
                "NO_AUTHORIZATION /request/subjects/0",
                "DISCLOSURE_PERMITTED_TO_SUBJECT /request/requester"),

        // ---- an authorisation covers only its recipient, categories, purpose and period -------
        row("an authorisation to a class of persons covers anyone in the role there")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .permits(SEXUAL_HISTORY)
            .relyingOn("roi-a"),
        row("an authorisation to one specialist does not cover the whole clinic")
            .given(release("roi-a", A).withRecipients(SPECIALIST).withCategories(SEXUAL_HISTORY))
            .asks(request(CLINIC_SPECIALISTS, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("RECIPIENT_NOT_COVERED /request/requester"),
        row("an authorisation covers only its purpose")
            .given(release("roi-a", A), release("roi-b", B))
            .asks(request(SPECIALIST, PAYMENT, A).addCategory(GOALS_AND_PROGRESS))
            .denies()
            .findings(
                "PURPOSE_NOT_COVERED /request/purpose", "PARTNER_NOT_AUTHORIZED /goals/0/owners/1"),
        row("an authorisation covers only its categories: a partial permit")
            .given(release("roi-a", A), release("roi-b", B))
            .asks(
                request(SPECIALIST, CARE_COORDINATION, A, B)
                    .addCategories(SEXUAL_HISTORY, GOALS_AND_PROGRESS))
            .permits(GOALS_AND_PROGRESS)
            .relyingOn("roi-a", "roi-b")
            .findings(
                "CATEGORY_NOT_COVERED /request/categories/0",
                "CATEGORY_NOT_COVERED /request/categories/0"),
        row("an expired authorisation covers nothing")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY).withExpiresOn(DAY_BEFORE))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("AUTHORIZATION_EXPIRED /authorizations/0/expiresOn"),
        row("an authorisation is in force on its expiry date")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY).withExpiresOn(DAY))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .permits(SEXUAL_HISTORY)
            .relyingOn("roi-a"),
        row("an expiry event ends an authorisation on the day it occurs")
            .given(
                release("roi-a", A)
                    .withCategories(SEXUAL_HISTORY)
                    .withExpiryEvent(ExpiryEvent.END_OF_FERTILITY_TREATMENT)
                    .withExpiryEventOccurredOn(DAY))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("AUTHORIZATION_EXPIRED /authorizations/0/expiryEventOccurredOn"),
        row("a revocation takes effect on the day it is received")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY).withRevokedOn(DAY))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("AUTHORIZATION_REVOKED /authorizations/0/revokedOn"),
        row("a revocation is not retroactive")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY).withRevokedOn(DAY_AFTER))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .permits(SEXUAL_HISTORY)
            .relyingOn("roi-a"),
        row("an authorisation signed after the request's date covers nothing yet")
            .given(
                release("roi-a", A)
                    .withCategories(SEXUAL_HISTORY)
                    .withSignature(Signature.bySubject(DAY_AFTER)))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings("AUTHORIZATION_NOT_YET_SIGNED /authorizations/0/signature/signedOn"),
        row("a defective authorisation covers nothing")
            .given(
                release("roi-a", A)
                    .withCategories(SEXUAL_HISTORY)
                    .withRedisclosureStatement(false)
                    .withRevocationStatement(false))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .denies()
            .findings(
                "AUTHORIZATION_DEFECTIVE /authorizations/0/revocationStatement",
                "AUTHORIZATION_DEFECTIVE /authorizations/0/redisclosureStatement"),
        row("one authorisation in force among lapsed ones is enough")
            .given(
                release("roi-old", A).withCategories(SEXUAL_HISTORY).withRevokedOn(DAY_BEFORE),
                release("roi-new", A).withCategories(SEXUAL_HISTORY))
            .asks(request(SPECIALIST, CARE_COORDINATION, A).addCategory(SEXUAL_HISTORY))
            .permits(SEXUAL_HISTORY)
            .relyingOn("roi-new"),

        // ---- psychotherapy notes ---------------------------------------------------------------
        row("an authorisation of every other category does not cover psychotherapy notes")
            .given(
                release("roi-a", A)
                    .withCategories(
                        EnumSet.complementOf(EnumSet.of(InformationCategory.PSYCHOTHERAPY_NOTES)))
                    .withPurposes(AT_CLIENT_REQUEST))
            .asks(request(SPECIALIST, AT_CLIENT_REQUEST, A).addCategory(PSYCHOTHERAPY_NOTES))
            .denies()
            .findings("PSYCHOTHERAPY_NOTES_NEED_OWN_AUTHORIZATION /request/categories/0"),
        row("an authorisation that names psychotherapy notes covers them")
            .given(
                release("roi-a-notes", A)
                    .withCategories(PSYCHOTHERAPY_NOTES)
                    .withPurposes(AT_CLIENT_REQUEST))
            .asks(request(SPECIALIST, AT_CLIENT_REQUEST, A).addCategory(PSYCHOTHERAPY_NOTES))
            .permits(PSYCHOTHERAPY_NOTES)
            .relyingOn("roi-a-notes"),
        row("notes and other information need two authorisations")
            .given(
                release("roi-a", A).withCategories(SEXUAL_HISTORY).withPurposes(AT_CLIENT_REQUEST),
                release("roi-a-notes", A)
                    .withCategories(PSYCHOTHERAPY_NOTES)
                    .withPurposes(AT_CLIENT_REQUEST))
            .asks(
                request(SPECIALIST, AT_CLIENT_REQUEST, A)
                    .addCategories(SEXUAL_HISTORY, PSYCHOTHERAPY_NOTES))
            .permits(SEXUAL_HISTORY, PSYCHOTHERAPY_NOTES)
            .relyingOn("roi-a", "roi-a-notes"),

        // ---- minimum necessary -----------------------------------------------------------------
        row("a category the purpose does not need is flagged and still released if authorised")
            .given(
                release("roi-a", A)
                    .withRecipients(GP)
                    .withCategories(SEXUAL_HISTORY, GOALS_AND_PROGRESS)
                    .withPurposes(REFERRAL_REPORT),
                release("roi-b", B).withRecipients(GP).withPurposes(REFERRAL_REPORT))
            .asks(request(GP, REFERRAL_REPORT, A).addCategories(SEXUAL_HISTORY, GOALS_AND_PROGRESS))
            .permits(SEXUAL_HISTORY, GOALS_AND_PROGRESS)
            .relyingOn("roi-a", "roi-b")
            .findings("MINIMUM_NECESSARY_EXCEEDED /request/categories/0"),
        row("a category the purpose does not need is withheld when the rules say so")
            .rules(DisclosureRules.builder().withholdBeyondMinimumNecessary(true).build())
            .given(
                release("roi-a", A)
                    .withRecipients(GP)
                    .withCategories(SEXUAL_HISTORY, GOALS_AND_PROGRESS)
                    .withPurposes(REFERRAL_REPORT),
                release("roi-b", B).withRecipients(GP).withPurposes(REFERRAL_REPORT))
            .asks(request(GP, REFERRAL_REPORT, A).addCategories(SEXUAL_HISTORY, GOALS_AND_PROGRESS))
            .permits(GOALS_AND_PROGRESS)
            .relyingOn("roi-a", "roi-b")
            .findings("MINIMUM_NECESSARY_EXCEEDED /request/categories/0"),
        row("withholding everything requested is a denial")
            .rules(DisclosureRules.builder().withholdBeyondMinimumNecessary(true).build())
            .given(release("roi-a", A).withCategories(HOMEWORK, MENTAL_HEALTH_HISTORY))
            .asks(request(SPECIALIST, OTHER, A).addCategory(MENTAL_HEALTH_HISTORY))
            .denies()
            .findings(
                "MINIMUM_NECESSARY_EXCEEDED /request/categories/0",
                "PURPOSE_NOT_COVERED /request/purpose"),
        row("a purpose the table does not list needs nothing")
            .given(release("roi-a", A).withCategories(SEXUAL_HISTORY).withPurposes(OTHER))
            .asks(request(SPECIALIST, OTHER, A).addCategory(SEXUAL_HISTORY))
            .permits(SEXUAL_HISTORY)
            .relyingOn("roi-a")
            .findings("MINIMUM_NECESSARY_EXCEEDED /request/categories/0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void decidesByTheRule(Row row) {
    DisclosureDecision d = row.rules.decide(caseWith(row.given), row.request);
    assertThat(d.outcome()).isEqualTo(row.outcome);
    assertThat(d.permittedCategories()).containsExactlyInAnyOrderElementsOf(row.permitted);
    assertThat(d.authorizations())
        .extracting(AuthorizationId::value)
        .containsExactlyElementsOf(row.relied);
    assertThat(d.findings())
        .extracting(f -> f.code().code() + " " + f.path())
        .containsExactlyElementsOf(row.findings);
    assertThat(d.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
    assertThat(d.caseId()).isEqualTo(DisclosureFixtures.CASE);
    assertThat(d.request()).isEqualTo(row.request);
    // every category withheld is explained by an error, and nothing unrequested is permitted
    assertThat(d.request().categories()).containsAll(d.permittedCategories());
    assertThat(d.hasErrors()).isEqualTo(!d.deniedCategories().isEmpty());
    assertThat(d.isPartial()).isEqualTo(d.isPermitted() && !d.deniedCategories().isEmpty());
  }

  @Test
  void severitiesFollowTheRegistry() {
    DisclosureDecision flagged =
        STANDARD.decide(
            caseWith(release("roi-a", A).withCategories(SEXUAL_HISTORY).withPurposes(OTHER)),
            request(SPECIALIST, OTHER, A).addCategory(SEXUAL_HISTORY).build());
    assertThat(flagged.findings(FindingCode.MINIMUM_NECESSARY_EXCEEDED))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
    assertThat(flagged.hasErrors()).isFalse();

    DisclosureDecision withheld =
        DisclosureRules.builder()
            .withholdBeyondMinimumNecessary(true)
            .build()
            .decide(
                caseWith(release("roi-a", A).withCategories(SEXUAL_HISTORY).withPurposes(OTHER)),
                request(SPECIALIST, OTHER, A).addCategory(SEXUAL_HISTORY).build());
    assertThat(withheld.findings(FindingCode.MINIMUM_NECESSARY_EXCEEDED))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
    assertThat(withheld.isPermitted()).isFalse();
    assertThat(withheld.authorizations()).isEmpty();

    DisclosureDecision treatment =
        STANDARD.decide(
            caseWith(), request(THERAPIST, TREATMENT, A).addCategory(SEXUAL_HISTORY).build());
    assertThat(treatment.findings()).extracting(Finding::severity).containsExactly(Severity.INFO);
    assertThat(treatment.isPartial()).isFalse();
  }

  @Test
  void theDefaultRulesAreTheDocumentedTable() {
    assertThat(STANDARD.withholdBeyondMinimumNecessary()).isFalse();
    assertThat(STANDARD.supervisionInOwnProgramme()).isFalse();
    assertThat(STANDARD.needs(REFERRAL_REPORT))
        .containsExactly(InformationCategory.REASONS_AND_TOPICS, GOALS_AND_PROGRESS);
    assertThat(STANDARD.needs(PAYMENT)).isEqualTo(STANDARD.needs(REFERRAL_REPORT));
    assertThat(STANDARD.needs(CARE_COORDINATION))
        .hasSize(5)
        .doesNotContain(HOMEWORK, PROGRESS_NOTES, PSYCHOTHERAPY_NOTES);
    for (DisclosurePurpose everything : List.of(AT_CLIENT_REQUEST, TREATMENT, SUPERVISION)) {
      assertThat(STANDARD.needs(everything)).containsExactly(InformationCategory.values());
    }
    assertThat(STANDARD.needs(OTHER)).isEmpty();
    DisclosureRules custom =
        DisclosureRules.builder()
            .putMinimumNecessary(OTHER, ImmutableSet.of(SEXUAL_HISTORY))
            .build();
    assertThat(custom.needs(OTHER)).containsExactly(SEXUAL_HISTORY);
    assertThat(custom.needs(PAYMENT)).isEmpty();
  }

  @Test
  void theDecisionIsDeterministicAndTheRulesAreValues() {
    DisclosureRequest r =
        request(SPECIALIST, CARE_COORDINATION, A, B)
            .addCategories(SEXUAL_HISTORY, GOALS_AND_PROGRESS)
            .build();
    var c = caseWith(release("roi-a", A), release("roi-b", B));
    assertThat(STANDARD.decide(c, r)).isEqualTo(STANDARD.decide(c, r));
    assertThat(DisclosureRules.standard()).isEqualTo(STANDARD);
    assertThat(STANDARD.withSupervisionInOwnProgramme(true)).isNotEqualTo(STANDARD);
  }
}
