package org.therapykit.directory;

import java.util.List;
import org.therapykit.client.UnitKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.PracticeArea;

/** The directory values behind the JSON golden files. */
public final class DirectoryGolden {
  private DirectoryGolden() {}

  /** A fertility clinic with a full location. */
  public static Organization organization() {
    return DirectoryFixtures.FERTILITY.withLocation(
        DirectoryFixtures.FERTILITY.location().withPostalCode("60611"));
  }

  /** A certified therapist with a stated service profile. */
  public static Practitioner practitionerWithServices() {
    return DirectoryFixtures.certified("p-0901", DirectoryFixtures.IL, DirectoryFixtures.HOSPITAL)
        .addAffiliation(
            DirectoryFixtures.at(
                DirectoryFixtures.EVANSTON, org.therapykit.practitioner.AffiliationRole.VISITING))
        .services(
            DirectoryFixtures.services(DirectoryFixtures.HOSPITAL, DirectoryFixtures.EVANSTON)
                .addTelehealthIn(DirectoryFixtures.IL)
                .addLanguages("en", "es")
                .addUnits(UnitKind.COUPLE)
                .build())
        .build();
  }

  /** A couple's referral from the fertility clinic for a dysfunction. */
  public static DirectoryQuery query() {
    return DirectoryQuery.builder()
        .referringOrganization(DirectoryFixtures.FERTILITY.id())
        .clientLocation(DirectoryFixtures.CLIENT)
        .concern(PracticeArea.SEXUAL_DYSFUNCTIONS)
        .unit(UnitKind.COUPLE)
        .maxTravelKm(200)
        .asOf(DirectoryFixtures.AS_OF)
        .limit(5)
        .build();
  }

  /** The practitioners of the golden directory. */
  public static List<Practitioner> practitioners() {
    return List.of(
        DirectoryFixtures.certified("p-0001", DirectoryFixtures.IL, DirectoryFixtures.FERTILITY)
            .build(),
        practitionerWithServices(),
        DirectoryFixtures.therapist("p-0003", DirectoryFixtures.IL, DirectoryFixtures.EVANSTON)
            .build(),
        DirectoryFixtures.certified("p-0004", DirectoryFixtures.WI, DirectoryFixtures.MILWAUKEE)
            .build(),
        DirectoryFixtures.counsellor("p-0005", DirectoryFixtures.HOSPITAL).build());
  }

  /** The golden directory. */
  public static DirectoryIndex index() {
    return DirectoryIndex.of(practitioners(), DirectoryFixtures.ORGANIZATIONS);
  }

  /** The golden query answered over the golden directory. */
  public static DirectoryResult result() {
    return index().find(query());
  }
}
