package org.therapykit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.therapykit.ClientId;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.consent.DisclosureDecision;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.DisclosureRules;
import org.therapykit.consent.InformationCategory;
import org.therapykit.course.TherapyCase;
import org.therapykit.json.TherapyJson;

/**
 * The disclosure decisions of docs/disclosure.md: before the therapist sends anything to the
 * fertility specialist, the host asks whether this recipient, for this purpose, on this date, may
 * see these categories of this partner's information. The case is the course of therapy of
 * docs/course-of-therapy.md.
 *
 * <p>The code between the {@code snippet} markers is copied verbatim into docs/disclosure.md; a
 * test checks that the two agree and runs this program.
 */
public final class DisclosureDecisions {
  private DisclosureDecisions() {}

  /**
   * Decides three requests and prints the answers.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static DisclosureDecision run(PrintStream out) {
    TherapyCase therapyCase = CourseOfTherapy.goldenCase();
    // snippet: disclosure-decide
    Party specialist =
        Party.builder()
            .role(PartyRole.FERTILITY_SPECIALIST)
            .practitioner(PractitionerId.of("p-0301"))
            .organization(OrganizationId.of("org-fertility-01"))
            .build();
    DisclosureRequest request =
        DisclosureRequest.builder()
            .requester(specialist)
            .purpose(DisclosurePurpose.CARE_COORDINATION)
            .addSubject(ClientId.of("client-a")) // Alex
            .addCategory(InformationCategory.SEXUAL_HISTORY)
            .addCategory(InformationCategory.GOALS_AND_PROGRESS)
            .date(LocalDate.parse("2026-03-31"))
            .build();

    DisclosureDecision decision = DisclosureRules.standard().decide(therapyCase, request);
    out.println(decision.outcome() + " " + decision.permittedCategories()); // PERMIT [GOALS_...]
    out.println(decision.authorizations()); // [roi-a, roi-b]: the goals are Sam's too
    decision.findings().forEach(out::println); // CATEGORY_NOT_COVERED at /request/categories/0
    out.println(TherapyJson.strict().write(decision)); // an audit record: {"formatVersion":...

    // Sam revokes their release on 2026-03-20: Alex's consent never releases Sam's share
    TherapyCase revoked =
        therapyCase.withAuthorizations(
            therapyCase.authorizations().get(0),
            therapyCase.authorizations().get(1).withRevokedOn(LocalDate.parse("2026-03-20")));
    DisclosureDecision denied = DisclosureRules.standard().decide(revoked, request);
    out.println(denied.outcome()); // DENY
    denied.findings().forEach(out::println); // ... PARTNER_NOT_AUTHORIZED at /goals/0/owners/1

    // the treating practitioner may use the whole record for treatment, notes included
    DisclosureRequest treatment =
        DisclosureRequest.builder()
            .from(request)
            .requester(
                Party.builder()
                    .role(PartyRole.THERAPIST)
                    .practitioner(therapyCase.practitioner().id())
                    .build())
            .purpose(DisclosurePurpose.TREATMENT)
            .addCategory(InformationCategory.PSYCHOTHERAPY_NOTES)
            .build();
    out.println(DisclosureRules.standard().decide(revoked, treatment).permittedCategories());
    // end snippet
    return decision;
  }
}
