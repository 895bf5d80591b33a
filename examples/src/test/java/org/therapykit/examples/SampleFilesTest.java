package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.CaseId;
import org.therapykit.ClientId;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.PractitionerId;
import org.therapykit.client.UnitKind;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.InformationCategory;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.Location;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;
import org.therapykit.qualification.PracticeArea;

/**
 * The files in {@code examples/samples/}, inputs for the {@code case}, {@code find} and {@code
 * disclose} commands, are these documents written by {@link TherapyJson}, byte for byte. Regenerate
 * them with {@code -Dtherapykit.update=true}.
 */
public class SampleFilesTest {
  /** The folder of sample inputs, relative to the examples module. */
  public static final Path DIR = Path.of("samples");

  /** The course of therapy of the README, and the same case after a partner withdrew consent. */
  public static List<TherapyCase> cases() {
    TherapyCase golden = CourseOfTherapy.goldenCase();
    TherapyCase withdrawn =
        golden
            .withId(CaseId.of("case-0002"))
            .withConsents(
                golden.consents().get(0),
                golden.consents().get(1).withWithdrawnOn(LocalDate.parse("2026-04-20")));
    return List.of(golden, withdrawn);
  }

  /**
   * A couple in Chicago, referred by a fertility centre of the sample directory with a sexual
   * dysfunction, searching on the sample directory's date.
   */
  public static DirectoryQuery referral() {
    return DirectoryQuery.builder()
        .referringOrganization(OrganizationId.of("org-demo-northside-fertility"))
        .clientLocation(
            Location.builder()
                .jurisdiction(Jurisdiction.parse("US-IL"))
                .locality("Chicago")
                .coordinates(Coordinates.of(41.8781, -87.6298))
                .build())
        .concern(PracticeArea.SEXUAL_DYSFUNCTIONS)
        .unit(UnitKind.COUPLE)
        .maxTravelKm(150)
        .asOf(LocalDate.parse("2026-11-28"))
        .build();
  }

  /** The course of therapy and three requests: one partly permitted, one denied, one permitted. */
  public static List<TherapyDocument> disclosure() {
    TherapyCase therapyCase = CourseOfTherapy.goldenCase();
    DisclosureRequest specialist =
        DisclosureRequest.builder()
            .requester(
                Party.builder()
                    .role(PartyRole.FERTILITY_SPECIALIST)
                    .practitioner(PractitionerId.of("p-0301"))
                    .organization(OrganizationId.of("org-fertility-01"))
                    .build())
            .purpose(DisclosurePurpose.CARE_COORDINATION)
            .addSubject(ClientId.of("client-a"))
            .addCategory(InformationCategory.SEXUAL_HISTORY)
            .addCategory(InformationCategory.GOALS_AND_PROGRESS)
            .date(LocalDate.parse("2026-03-31"))
            .build();
    DisclosureRequest notes =
        DisclosureRequest.builder()
            .from(specialist)
            .categories(List.of(InformationCategory.PSYCHOTHERAPY_NOTES))
            .build();
    DisclosureRequest treatment =
        DisclosureRequest.builder()
            .requester(
                Party.builder()
                    .role(PartyRole.THERAPIST)
                    .practitioner(therapyCase.practitioner().id())
                    .build())
            .purpose(DisclosurePurpose.TREATMENT)
            .addSubjects(ClientId.of("client-a"), ClientId.of("client-b"))
            .addCategory(InformationCategory.PSYCHOTHERAPY_NOTES)
            .date(LocalDate.parse("2026-04-10"))
            .build();
    return List.of(therapyCase, specialist, notes, treatment);
  }

  static byte[] written(List<? extends TherapyDocument> documents) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TherapyJson.strict().writeAll(documents, out);
    return out.toByteArray();
  }

  private static void check(String name, byte[] expected) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("therapykit.update")) {
      Files.write(file, expected);
    }
    assertThat(Files.readAllBytes(file)).as(name).isEqualTo(expected);
  }

  @Test
  void theSampleFilesAreTheGeneratedDocuments() throws IOException {
    check("cases.ndjson", written(cases()));
    check(
        "referral.json",
        (TherapyJson.strict().write(referral()) + "\n").getBytes(StandardCharsets.UTF_8));
    check("disclosure.ndjson", written(disclosure()));
  }

  @Test
  void theSamplesShowWhatTheyAreFor() {
    assertThat(CaseRules.standard().validate(cases().get(0)).isClean()).isTrue();
    assertThat(CaseRules.standard().validate(cases().get(1)).isClean()).isFalse();
  }
}
