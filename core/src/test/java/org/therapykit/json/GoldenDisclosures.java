package org.therapykit.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.therapykit.course.GoldenCase;
import org.therapykit.course.TherapyCase;

/**
 * The disclosure documents of the golden files, decided over the golden case of issue #4: the
 * README's requests (the fertility specialist asking for Alex's sexual history and goals, before
 * and after Sam revokes their release; the treating practitioner for treatment) and the other
 * partner asking for Alex's sexual history.
 */
final class GoldenDisclosures {
  static final ClientId ALEX = ClientId.of("client-a");
  static final ClientId SAM = ClientId.of("client-b");
  static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  private GoldenDisclosures() {}

  static DisclosureRequest specialistRequest() {
    return DisclosureRequest.builder()
        .requester(
            Party.builder()
                .role(PartyRole.FERTILITY_SPECIALIST)
                .practitioner(PractitionerId.of("p-0301"))
                .organization(OrganizationId.of("org-fertility-01"))
                .build())
        .purpose(DisclosurePurpose.CARE_COORDINATION)
        .addSubject(ALEX)
        .addCategories(InformationCategory.SEXUAL_HISTORY, InformationCategory.GOALS_AND_PROGRESS)
        .date(DAY)
        .build();
  }

  static TherapyCase samRevoked() {
    TherapyCase c = GoldenCase.build();
    return c.withAuthorizations(
        c.authorizations().get(0),
        c.authorizations().get(1).withRevokedOn(LocalDate.of(2026, 3, 20)));
  }

  static DisclosureRequest treatmentRequest() {
    return DisclosureRequest.builder()
        .from(specialistRequest())
        .requester(
            Party.builder()
                .role(PartyRole.THERAPIST)
                .practitioner(PractitionerId.of("p-0007"))
                .build())
        .purpose(DisclosurePurpose.TREATMENT)
        .addSubject(SAM)
        .addCategory(InformationCategory.PSYCHOTHERAPY_NOTES)
        .build();
  }

  static DisclosureRequest partnerRequest() {
    return DisclosureRequest.builder()
        .requester(Party.builder().role(PartyRole.CLIENT_DESIGNEE).client(SAM).build())
        .purpose(DisclosurePurpose.AT_CLIENT_REQUEST)
        .addSubject(ALEX)
        .addCategory(InformationCategory.SEXUAL_HISTORY)
        .date(DAY)
        .build();
  }

  /** Every golden disclosure document, by file name. */
  static Map<String, TherapyDocument> all() {
    DisclosureRules rules = DisclosureRules.standard();
    TherapyCase golden = GoldenCase.build();
    Map<String, TherapyDocument> all = new LinkedHashMap<>();
    all.put("disclosure-request.json", specialistRequest());
    all.put("disclosure-decision-partial-permit.json", rules.decide(golden, specialistRequest()));
    all.put("disclosure-decision-deny.json", rules.decide(samRevoked(), specialistRequest()));
    all.put("disclosure-decision-treatment.json", rules.decide(samRevoked(), treatmentRequest()));
    all.put("disclosure-decision-partner.json", rules.decide(golden, partnerRequest()));
    return all;
  }

  /** The golden decisions, typed. */
  static Map<String, DisclosureDecision> decisions() {
    Map<String, DisclosureDecision> decisions = new LinkedHashMap<>();
    all()
        .forEach(
            (name, value) -> {
              if (value instanceof DisclosureDecision d) {
                decisions.put(name, d);
              }
            });
    return decisions;
  }
}
