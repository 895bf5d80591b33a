package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.therapykit.DateRange;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationType;
import org.therapykit.practitioner.License;

class CredentialGeneratorTest {
  private static final LocalDate D = LocalDate.of(2027, 9, 30);

  /** Checks the validity every standing promises, through the shared type alone. */
  private static <T, G extends CredentialGenerator<T, G>> void checkStandings(
      G credentials, Function<T, DateRange> validity) {
    Samples.check(
        31,
        300,
        credentials.validThrough(D, D.plusDays(90)),
        x -> assertThat(validity.apply(x).contains(D.plusDays(90))).isTrue());
    Samples.check(
        32,
        300,
        credentials.expiringWithin(D, 30),
        x -> {
          DateRange v = validity.apply(x);
          assertThat(v.contains(D)).isTrue();
          assertThat(v.end()).hasValueSatisfying(end -> assertThat(end).isBefore(D.plusDays(30)));
        });
    Samples.check(
        33,
        300,
        credentials.expiredOn(D),
        x -> assertThat(validity.apply(x).endsBefore(D)).isTrue());
    Samples.check(
        34,
        300,
        credentials.withdrawnOn(D),
        x -> assertThat(validity.apply(x).contains(D)).isTrue());
    Samples.check(
        35,
        300,
        credentials.notYetValidOn(D),
        x -> assertThat(validity.apply(x).start()).isAfter(D));
  }

  @Test
  void givesEveryStandingToLicencesAndCertificationsAlike() {
    checkStandings(TherapyGenerators.licenses(), License::validity);
    checkStandings(TherapyGenerators.certifications(), Certification::validity);
  }

  @Test
  void keepsTheOtherChoicesAndTheKindOfGenerator() {
    Jurisdiction ny = Jurisdiction.parse("US-NY");
    LicenseGenerator licences = TherapyGenerators.licenses().inJurisdiction(ny).expiredOn(D);
    Samples.check(36, 300, licences, x -> assertThat(x.jurisdiction()).isEqualTo(ny));
    CertificationGenerator certifications =
        TherapyGenerators.certifications().ofType(CertificationType.AASECT_CST).withdrawnOn(D);
    Samples.check(
        37, 300, certifications, x -> assertThat(x.type()).isEqualTo(CertificationType.AASECT_CST));
  }

  @Test
  void replacesAnEarlierStanding() {
    LicenseGenerator licences = TherapyGenerators.licenses().expiredOn(D).validOn(D);
    Samples.check(38, 300, licences, x -> assertThat(x.isValidOn(D)).isTrue());
    assertThat(licences).hasToString("licenses().expiredOn(2027-09-30).validOn(2027-09-30)");
  }

  @Test
  void describesEachStandingAsItWasCalled() {
    assertThat(TherapyGenerators.certifications().validThrough(D, D.plusDays(90)))
        .hasToString("certifications().validThrough(2027-09-30, 2027-12-29)");
    assertThat(TherapyGenerators.certifications().expiringWithin(D, 90))
        .hasToString("certifications().expiringWithin(2027-09-30, 90)");
    assertThat(TherapyGenerators.licenses().withdrawnOn(D).notYetValidOn(D))
        .hasToString("licenses().withdrawnOn(2027-09-30).notYetValidOn(2027-09-30)");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatThrownBy(() -> TherapyGenerators.licenses().validThrough(D, D.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before first");
    assertThatThrownBy(() -> TherapyGenerators.certifications().validThrough(D, D.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsExpiryWindowsOutOfRange() {
    assertThatThrownBy(() -> TherapyGenerators.licenses().expiringWithin(D, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 3650");
    assertThatThrownBy(() -> TherapyGenerators.certifications().expiringWithin(D, 3651))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TherapyGenerators.certifications().expiringWithin(D, 1).next(Source.of(39L)))
        .satisfies(x -> assertThat(x.validity().end()).contains(D));
    assertThat(TherapyGenerators.licenses().expiringWithin(D, 3650)).isNotNull();
  }
}
