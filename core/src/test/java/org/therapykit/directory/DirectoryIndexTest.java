package org.therapykit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.therapykit.directory.DirectoryFixtures.AS_OF;
import static org.therapykit.directory.DirectoryFixtures.CLIENT;
import static org.therapykit.directory.DirectoryFixtures.EVANSTON;
import static org.therapykit.directory.DirectoryFixtures.FAR_CENTRE;
import static org.therapykit.directory.DirectoryFixtures.FERTILITY;
import static org.therapykit.directory.DirectoryFixtures.HOSPITAL;
import static org.therapykit.directory.DirectoryFixtures.IL;
import static org.therapykit.directory.DirectoryFixtures.MILWAUKEE;
import static org.therapykit.directory.DirectoryFixtures.ORGANIZATIONS;
import static org.therapykit.directory.DirectoryFixtures.WI;
import static org.therapykit.directory.DirectoryFixtures.certified;
import static org.therapykit.directory.DirectoryFixtures.counsellor;
import static org.therapykit.directory.DirectoryFixtures.cst;
import static org.therapykit.directory.DirectoryFixtures.services;
import static org.therapykit.directory.DirectoryFixtures.therapist;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.ReferralId;
import org.therapykit.client.UnitKind;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralReason;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.validation.InvalidValueException;

class DirectoryIndexTest {
  private static DirectoryQuery.Builder query(PracticeArea concern) {
    return DirectoryQuery.builder().clientLocation(CLIENT).concern(concern).asOf(AS_OF);
  }

  private static DirectoryResult find(List<Practitioner> ps, DirectoryQuery q) {
    return DirectoryIndex.of(ps, ORGANIZATIONS).find(q);
  }

  private static List<String> ids(DirectoryResult r) {
    return r.candidates().stream().map(c -> c.practitionerId().value()).toList();
  }

  private static String exclusion(DirectoryResult r, String id) {
    return r.excluded().stream()
        .filter(e -> e.practitionerId().value().equals(id))
        .findFirst()
        .map(e -> e.reasons().stream().map(Enum::name).collect(Collectors.joining(",")))
        .orElse("not excluded");
  }

  @Test
  void aFertilityClinicsOwnCertifiedTherapistComesFirst() {
    List<Practitioner> ps =
        List.of(
            certified("p-hospital", IL, HOSPITAL).build(),
            certified("p-clinic", IL, FERTILITY).build(),
            certified("p-evanston", IL, EVANSTON).build());
    DirectoryResult r =
        find(
            ps,
            query(PracticeArea.SEXUAL_DYSFUNCTIONS)
                .referringOrganization(FERTILITY.id())
                .unit(UnitKind.COUPLE)
                .build());
    assertThat(ids(r)).containsExactly("p-clinic", "p-hospital", "p-evanston");
    Candidate first = r.candidates().get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.reasons())
        .startsWith(PlacementReason.ON_STAFF_AT_REFERRING_ORGANIZATION, PlacementReason.CERTIFIED);
    assertThat(first.organization()).contains(FERTILITY.id());
    assertThat(first.mode()).isEqualTo(ServiceMode.IN_PERSON);
    assertThat(first.distanceKm()).hasValueSatisfying(d -> assertThat(d).isBetween(1.0, 3.0));
    assertThat(r.candidates().get(1).reasons())
        .startsWith(PlacementReason.HOSPITAL_OR_SEXUAL_HEALTH_CENTRE_NEARBY);
    assertThat(r.candidates().get(2).reasons())
        .startsWith(PlacementReason.IN_PERSON_IN_CLIENT_JURISDICTION);
  }

  @Test
  void aCounsellorIsNeverOfferedForASexualDysfunction() {
    List<Practitioner> ps =
        List.of(
            counsellor("p-counsellor", EVANSTON).build(), certified("p-t", IL, EVANSTON).build());
    DirectoryResult dysfunction = find(ps, query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(ids(dysfunction)).containsExactly("p-t");
    assertThat(exclusion(dysfunction, "p-counsellor")).isEqualTo("NOT_QUALIFIED_FOR_CONCERN");
    DirectoryResult relationship = find(ps, query(PracticeArea.RELATIONSHIP_PROBLEMS).build());
    assertThat(ids(relationship)).containsExactly("p-t", "p-counsellor");
    assertThat(relationship.candidates().get(1).classification())
        .isEqualTo(Classification.SEX_COUNSELLOR);
  }

  @ParameterizedTest
  @CsvSource({"'', false", "100, false", "200, true"})
  void aTherapistLicensedOnlyInAnotherStateNeedsInPersonThereAndTravel(
      String maxTravel, boolean offered) {
    List<Practitioner> ps = List.of(certified("p-wi", WI, MILWAUKEE).build());
    DirectoryQuery.Builder q = query(PracticeArea.SEXUAL_DYSFUNCTIONS);
    if (!maxTravel.isEmpty()) {
      q.maxTravelKm(Integer.parseInt(maxTravel));
    }
    DirectoryResult r = find(ps, q.build());
    if (offered) {
      assertThat(ids(r)).containsExactly("p-wi");
      assertThat(r.candidates().get(0).reasons())
          .startsWith(PlacementReason.IN_PERSON_ACROSS_BORDER);
      assertThat(r.candidates().get(0).distanceKm().orElseThrow()).isBetween(100.0, 200.0);
    } else {
      assertThat(ids(r)).isEmpty();
      assertThat(r.notConsidered() + r.excluded().size()).isEqualTo(1);
      if (!r.excluded().isEmpty()) {
        assertThat(exclusion(r, "p-wi")).isEqualTo("NOT_LICENSED_WHERE_CLIENT_IS");
      }
    }
  }

  @Test
  void telehealthAcrossABorderNeedsALicenceInTheClientsJurisdiction() {
    Practitioner wiOnly =
        certified("p-wi-tele", WI, MILWAUKEE)
            .services(services(MILWAUKEE).addTelehealthIn(WI, IL).build())
            .build();
    Practitioner both =
        certified("p-both", WI, MILWAUKEE)
            .addLicense(DirectoryFixtures.license(IL, "IL-2"))
            .services(services(MILWAUKEE).addTelehealthIn(WI, IL).build())
            .build();
    DirectoryResult r =
        find(List.of(wiOnly, both), query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(ids(r)).containsExactly("p-both");
    assertThat(r.candidates().get(0).mode()).isEqualTo(ServiceMode.TELEHEALTH);
    assertThat(r.candidates().get(0).reasons()).startsWith(PlacementReason.TELEHEALTH);
    assertThat(exclusion(r, "p-wi-tele")).isEqualTo("NOT_LICENSED_WHERE_CLIENT_IS");
    DirectoryResult noTelehealth =
        find(
            List.of(both),
            query(PracticeArea.SEXUAL_DYSFUNCTIONS).telehealthAcceptable(false).build());
    assertThat(exclusion(noTelehealth, "p-both")).isEqualTo("NO_REACHABLE_SERVICE");
  }

  @Test
  void anExpiredCertificationMovesATherapistOutOfTheCertifiedGroup() {
    Practitioner expired =
        therapist("p-a-expired", IL, EVANSTON)
            .addCertification(cst("2021-01-01/2023-12-31"))
            .build();
    Practitioner current = certified("p-z-current", IL, EVANSTON).build();
    DirectoryResult r =
        find(List.of(expired, current), query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(ids(r)).containsExactly("p-z-current", "p-a-expired");
    assertThat(r.candidates().get(1).classification()).isEqualTo(Classification.SEX_THERAPIST);
    assertThat(r.candidates().get(1).reasons()).contains(PlacementReason.NOT_CERTIFIED);
  }

  @Test
  void aCertificationExpiringSoonCountsAgainst() {
    Practitioner expiring =
        therapist("p-a-expiring", IL, EVANSTON)
            .addCertification(cst("2024-01-01/" + AS_OF.plusDays(30)))
            .addMembership(
                org.therapykit.credential.Membership.of(
                    org.therapykit.credential.CertifyingBody.AASECT,
                    DateRange.parse("2026-01-01/2026-12-31")))
            .build();
    Practitioner steady = certified("p-z-steady", IL, EVANSTON).build();
    Practitioner uncertified = therapist("p-0-uncertified", IL, EVANSTON).build();
    DirectoryResult r =
        find(
            List.of(expiring, steady, uncertified),
            query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(ids(r)).containsExactly("p-z-steady", "p-a-expiring", "p-0-uncertified");
    assertThat(r.candidates().get(1).reasons())
        .contains(PlacementReason.CERTIFICATION_EXPIRING_SOON);
  }

  @Test
  void hospitalsAndSexualHealthCentresNearTheClientComeBeforeOthersByDistance() {
    List<Practitioner> ps =
        List.of(
            certified("p-far-centre", IL, FAR_CENTRE).build(),
            certified("p-evanston", IL, EVANSTON).build(),
            certified("p-hospital", IL, HOSPITAL).build());
    DirectoryResult r = find(ps, query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    // the Rockford centre is 125 km away: not near, so it ranks by distance after Evanston
    assertThat(ids(r)).containsExactly("p-hospital", "p-evanston", "p-far-centre");
  }

  @Test
  void nearMeansTheSameLocalityWhenCoordinatesAreMissing() {
    Organization hospitalNoCoordinates =
        HOSPITAL.withLocation(Location.builder().jurisdiction(IL).locality("chicago").build());
    DirectoryIndex index =
        DirectoryIndex.of(
            List.of(
                certified("p-evanston", IL, EVANSTON).build(),
                certified("p-hospital", IL, HOSPITAL).build()),
            List.of(hospitalNoCoordinates, EVANSTON));
    DirectoryResult r = index.find(query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(ids(r)).containsExactly("p-hospital", "p-evanston");
    assertThat(r.candidates().get(0).distanceKm()).isEmpty();
  }

  @Test
  void tiesAreBrokenByPractitionerId() {
    List<Practitioner> ps =
        List.of(
            certified("p-b", IL, EVANSTON).build(),
            certified("p-c", IL, EVANSTON).build(),
            certified("p-a", IL, EVANSTON).build());
    assertThat(ids(find(ps, query(PracticeArea.SEXUAL_DYSFUNCTIONS).build())))
        .containsExactly("p-a", "p-b", "p-c");
  }

  @Test
  void excludesPractitionersNotAcceptingOrNotServingTheUnitOrLanguageWithEveryReason() {
    Practitioner closed =
        certified("p-closed", IL, EVANSTON)
            .services(services(EVANSTON).acceptingNewClients(false).build())
            .build();
    Practitioner individuals =
        certified("p-individuals", IL, EVANSTON)
            .services(services(EVANSTON).addUnit(UnitKind.INDIVIDUAL).addLanguage("en").build())
            .build();
    Practitioner spanish =
        certified("p-spanish", IL, EVANSTON)
            .services(services(EVANSTON).addLanguages("es-MX", "en").build())
            .build();
    DirectoryResult r =
        find(
            List.of(closed, individuals, spanish),
            query(PracticeArea.SEXUAL_DYSFUNCTIONS).unit(UnitKind.COUPLE).language("es").build());
    assertThat(ids(r)).containsExactly("p-spanish");
    assertThat(exclusion(r, "p-closed"))
        .isEqualTo("NOT_ACCEPTING_NEW_CLIENTS,LANGUAGE_NOT_OFFERED");
    assertThat(exclusion(r, "p-individuals")).isEqualTo("LANGUAGE_NOT_OFFERED,UNIT_NOT_SERVED");
  }

  @Test
  void anExpiredLicenceExcludesAndSexualityEducationNeedsNone() {
    Practitioner lapsed =
        certified("p-lapsed", IL, EVANSTON)
            .licenses(
                List.of(
                    DirectoryFixtures.license(IL, "L-old")
                        .withValidity(DateRange.parse("2015-01-01/2020-12-31"))))
            .build();
    DirectoryResult r = find(List.of(lapsed), query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(exclusion(r, "p-lapsed"))
        .isEqualTo("NOT_QUALIFIED_FOR_CONCERN,NOT_LICENSED_WHERE_CLIENT_IS");
  }

  @Test
  void startsAQueryFromAReferral() {
    Referral referral =
        Referral.builder()
            .id(ReferralId.of("ref-1"))
            .referrer(
                Party.builder()
                    .role(PartyRole.FERTILITY_SPECIALIST)
                    .organization(FERTILITY.id())
                    .build())
            .recipient(Party.builder().role(PartyRole.THERAPIST).name("Any therapist").build())
            .authoredOn(LocalDate.of(2026, 11, 1))
            .reason(ReferralReason.FERTILITY_RELATED)
            .status(ReferralStatus.ACTIVE)
            .build();
    DirectoryQuery q =
        DirectoryQuery.fromReferral(referral, CLIENT, AS_OF).unit(UnitKind.COUPLE).build();
    assertThat(q.referringOrganization()).contains(FERTILITY.id());
    assertThat(q.concern()).isEqualTo(PracticeArea.SEXUAL_DYSFUNCTIONS);
    assertThat(q.limit()).isEqualTo(10);
    assertThat(ReferralReason.RELATIONSHIP.practiceArea())
        .isEqualTo(PracticeArea.RELATIONSHIP_PROBLEMS);
  }

  @Test
  void limitsTheCandidatesButCountsEveryEligiblePractitioner() {
    List<Practitioner> ps =
        List.of(
            certified("p-1", IL, EVANSTON).build(),
            certified("p-2", IL, EVANSTON).build(),
            certified("p-3", IL, EVANSTON).build());
    DirectoryResult r = find(ps, query(PracticeArea.SEXUAL_DYSFUNCTIONS).limit(2).build());
    assertThat(ids(r)).containsExactly("p-1", "p-2");
    assertThat(r.eligibleCount()).isEqualTo(3);
  }

  @Test
  void anOrganisationKnownOnlyByCountryStillNeedsALicenceWhereTheClientIs() {
    Organization national =
        HOSPITAL
            .withId(OrganizationId.of("org-national"))
            .withLocation(Location.builder().jurisdiction(Jurisdiction.of("US")).build());
    Practitioner alabama = certified("p-al", Jurisdiction.parse("US-AL"), national).build();
    Practitioner illinois = certified("p-il", IL, national).build();
    DirectoryResult r =
        DirectoryIndex.of(List.of(alabama, illinois), List.of(national))
            .find(query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(ids(r)).containsExactly("p-il");
    assertThat(exclusion(r, "p-al")).isEqualTo("NOT_LICENSED_WHERE_CLIENT_IS");
  }

  @Test
  void countsPractitionersNotConsidered() {
    Practitioner elsewhere =
        certified("p-gb", Jurisdiction.of("GB"), EVANSTON).affiliations(List.of()).build();
    DirectoryResult r =
        find(
            List.of(elsewhere, certified("p-il", IL, EVANSTON).build()),
            query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(r.notConsidered()).isEqualTo(1);
    assertThat(r.excluded()).isEmpty();
  }

  @Test
  void anAffiliationThatEndedNoLongerCounts() {
    Practitioner left =
        certified("p-left", IL, EVANSTON)
            .affiliations(
                List.of(
                    DirectoryFixtures.at(EVANSTON, AffiliationRole.ON_STAFF)
                        .withPeriod(DateRange.parse("2020-01-01/2025-12-31"))))
            .build();
    DirectoryResult r = find(List.of(left), query(PracticeArea.SEXUAL_DYSFUNCTIONS).build());
    assertThat(exclusion(r, "p-left")).isEqualTo("NO_REACHABLE_SERVICE");
  }

  @Test
  void rejectsDuplicateIds() {
    assertThatThrownBy(
            () ->
                DirectoryIndex.of(
                    List.of(
                        certified("p-1", IL, EVANSTON).build(),
                        certified("p-1", IL, HOSPITAL).build()),
                    List.of(EVANSTON, EVANSTON)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid DirectoryIndex: DUPLICATE_VALUE at /practitioners/1; DUPLICATE_VALUE at"
                + " /organizations/1");
  }

  @Test
  void servicesMustBeAtAffiliatedOrganisations() {
    assertThatThrownBy(
            () -> certified("p-1", IL, EVANSTON).services(services(HOSPITAL).build()).build())
        .hasMessage("Invalid Practitioner: UNKNOWN_REFERENCE at /services/inPersonAt");
    assertThatThrownBy(() -> services().addLanguage("english").build())
        .hasMessage("Invalid ServiceProfile: INVALID_FORMAT at /languages/0");
  }

  @Test
  void answersTheSameQueryTheSameWay() {
    List<Practitioner> ps =
        List.of(
            certified("p-1", IL, EVANSTON).build(),
            counsellor("p-2", HOSPITAL).build(),
            certified("p-3", WI, MILWAUKEE).build());
    DirectoryIndex index =
        DirectoryIndex.builder().addAllPractitioners(ps).addAllOrganizations(ORGANIZATIONS).build();
    DirectoryQuery q = query(PracticeArea.RELATIONSHIP_PROBLEMS).maxTravelKm(300).build();
    assertThat(index.find(q)).isEqualTo(index.find(q));
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.practitioner(PractitionerId.of("p-2"))).isPresent();
    assertThat(index.organization(OrganizationId.of("org-none"))).isEmpty();
  }

  @Test
  void coordinatesAndLocationsMeasureDistance() {
    assertThat(Coordinates.of(0, 0).distanceKm(Coordinates.of(0, 1))).isBetween(111.0, 111.4);
    assertThat(CLIENT.distanceKm(Location.in(IL))).isEmpty();
    assertThat(Coordinates.of(41.5, -87.5).toString()).isEqualTo("41.5,-87.5");
    assertThatThrownBy(() -> Coordinates.of(91, 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Coordinates.of(0, Double.NaN))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(
            () ->
                DirectoryQuery.builder()
                    .from(query(PracticeArea.SEXUAL_DYSFUNCTIONS).build())
                    .limit(0)
                    .build())
        .hasMessage("Invalid DirectoryQuery: OUT_OF_RANGE at /limit");
  }
}
