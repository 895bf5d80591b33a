package org.therapykit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationLevel;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.SupervisionMonth;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.qualification.RequirementResult;
import org.therapykit.qualification.StandardQualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * The checks {@link QualificationBreak}'s documentation promises, shared by the property suites.
 */
public final class BreakChecks {
  private static final StandardQualificationPolicy POLICY = QualificationPolicy.standard();

  private BreakChecks() {}

  /** Asserts what {@link QualificationBreak}'s documentation promises for one value. */
  public static void assertBreaks(QualificationBreak b, Practitioner p, LocalDate d) {
    QualificationAssessment a = POLICY.assess(p, d);
    String why = a.findings().toString();
    assertThat(a.findings()).as(why).anyMatch(b::matches);
    assertThat(b.classifications()).as(why).contains(a.classification());
    Set<FindingCode> allowed = EnumSet.of(b.code());
    allowed.addAll(b.coOccurring());
    assertThat(a.findings())
        .as(why)
        .filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(Finding::code)
        .allMatch(allowed::contains);
    List<String> expected = expectedPaths(b, p, d, a);
    assertThat(paths(a, b.code(), b.severity())).as(why).containsAll(expected);
    if (b != QualificationBreak.THERAPY_REQUIREMENT_NOT_MET) {
      assertThat(paths(a, b.code(), b.severity())).as(why).containsExactlyElementsOf(expected);
    }
    for (FindingCode co : b.coOccurring()) {
      assertThat(a.findings(co)).as(why).isNotEmpty();
    }
  }

  private static List<String> paths(QualificationAssessment a, FindingCode code, Severity s) {
    return a.findings(code).stream()
        .filter(f -> f.severity() == s)
        .map(Finding::path)
        .sorted()
        .toList();
  }

  /** Computes from the value alone where the rule must report, independently of the testkit. */
  private static List<String> expectedPaths(
      QualificationBreak b, Practitioner p, LocalDate d, QualificationAssessment a) {
    List<String> out = new ArrayList<>();
    LocalDate warnUntil = d.plusDays(POLICY.expiryWarningDays());
    for (int i = 0; i < p.licenses().size(); i++) {
      License l = p.licenses().get(i);
      String at = "/licenses/" + i;
      boolean valid = l.isValidOn(d);
      boolean expired =
          !valid && (l.status() == LicenseStatus.EXPIRED || l.validity().endsBefore(d));
      switch (b) {
        case LICENSE_EXPIRED -> add(out, expired, at + "/validity");
        case LICENSE_EXPIRING ->
            add(
                out,
                valid && l.validity().end().map(e -> e.isBefore(warnUntil)).orElse(false),
                at + "/validity");
        case LICENSE_WITHDRAWN ->
            add(out, !valid && !expired && l.status() != LicenseStatus.ACTIVE, at + "/status");
        case LICENSE_NOT_YET_VALID ->
            add(out, !valid && !expired && l.status() == LicenseStatus.ACTIVE, at + "/validity");
        case LICENSE_NOT_INDEPENDENT ->
            add(
                out,
                valid && !l.allowsIndependentPsychotherapy(),
                at + (l.provisional() ? "/provisional" : "/profession"));
        default -> {}
      }
    }
    for (int i = 0; i < p.certifications().size(); i++) {
      Certification c = p.certifications().get(i);
      String at = "/certifications/" + i;
      boolean valid = c.isValidOn(d);
      boolean nonClinical = c.type().level() == CertificationLevel.NON_CLINICAL;
      boolean expired =
          !valid && (c.status() == CertificationStatus.EXPIRED || c.validity().endsBefore(d));
      switch (b) {
        case CERTIFICATION_EXPIRED -> add(out, !nonClinical && expired, at + "/validity");
        case CERTIFICATION_EXPIRING ->
            add(
                out,
                !nonClinical
                    && valid
                    && c.validity().end().map(e -> e.isBefore(warnUntil)).orElse(false),
                at + "/validity");
        case CERTIFICATION_WITHDRAWN ->
            add(
                out,
                !nonClinical && !valid && !expired && c.status() != CertificationStatus.ACTIVE,
                at + "/status");
        case CERTIFICATION_NOT_YET_VALID ->
            add(
                out,
                !nonClinical && !valid && !expired && c.status() == CertificationStatus.ACTIVE,
                at + "/validity");
        case CERTIFICATION_NOT_RECOGNISED ->
            add(
                out,
                nonClinical
                    || (valid
                        && POLICY.recognitionOf(c.type()).isEmpty()
                        && c.type().level() != CertificationLevel.SUPERVISOR),
                at + "/type");
        case LICENSE_OUTSIDE_CERTIFICATION_REGION ->
            add(
                out,
                valid
                    && POLICY
                        .recognitionOf(c.type())
                        .map(r -> r.grants().isTherapist())
                        .orElse(false),
                at);
        case MEMBERSHIP_LAPSED, MEMBERSHIP_IN_GRACE ->
            add(out, valid && c.body() == CertifyingBody.AASECT, at);
        case SUPERVISOR_WITHOUT_BASE_CERTIFICATION ->
            add(out, valid && c.type().base().isPresent(), at);
        case CE_CREDITS_SHORT -> add(out, !valid && p.isRenewed(c) && ceShort(p, c, d), at);
        case SUPERVISOR_TENURE_SHORT ->
            add(
                out,
                valid
                    && c.type() == org.therapykit.credential.CertificationType.AASECT_CST_SUPERVISOR
                    && p.certifications().stream()
                        .filter(
                            x -> x.type() == org.therapykit.credential.CertificationType.AASECT_CST)
                        .map(p::certifiedSince)
                        .min(java.util.Comparator.naturalOrder())
                        .map(cst -> cst.plusYears(2).isAfter(p.certifiedSince(c)))
                        .orElse(false),
                at);
        case THERAPIST_CERTIFICATION_WITHOUT_LICENSE ->
            add(out, valid && c.type().level() == CertificationLevel.THERAPIST, at);
        default -> {}
      }
    }
    supervisionPaths(b, p, d, out);
    if (b == QualificationBreak.THERAPY_REQUIREMENT_NOT_MET) {
      List<RequirementResult> unmet =
          a.requirements().stream()
              .filter(r -> r.discipline() == Discipline.SEX_THERAPY && !r.met())
              .toList();
      assertThat(unmet).as("unmet sex-therapy requirements").hasSize(1);
      out.add(unmet.get(0).path());
    }
    if (b == QualificationBreak.SUPERVISOR_NOT_CERTIFIED) {
      for (int i = 0; i < p.supervisedPractice().size(); i++) {
        SupervisedPractice r = p.supervisedPractice().get(i);
        add(
            out,
            r.discipline() == Discipline.SEX_THERAPY
                && !r.period().start().isAfter(d)
                && r.supervisor()
                    .map(
                        x ->
                            x.credential()
                                != org.therapykit.credential.CertificationType
                                    .AASECT_CST_SUPERVISOR)
                    .orElse(false),
            "/supervisedPractice/" + i + "/supervisor/credential");
      }
    }
    if (b == QualificationBreak.TELEHEALTH_OUTSIDE_LICENSE) {
      for (int i = 0; i < p.supervisedPractice().size(); i++) {
        SupervisedPractice r = p.supervisedPractice().get(i);
        int k = 0;
        for (org.therapykit.Jurisdiction j : r.telehealthClientJurisdictions()) {
          boolean licensed =
              p.licenses().stream()
                  .anyMatch(l -> l.jurisdiction().includes(j) && l.validity().overlaps(r.period()));
          add(
              out,
              !r.period().start().isAfter(d) && !licensed,
              "/supervisedPractice/" + i + "/telehealthClientJurisdictions/" + k);
          k++;
        }
      }
    }
    if (b == QualificationBreak.CORE_KNOWLEDGE_AREAS_SHORT) {
      add(out, areasShort(p, d), "/trainings");
    }
    return out.stream().sorted().collect(Collectors.toList());
  }

  /**
   * AASECT's area rule, restated: some area of its 17 with under 3 hours, where areas are named.
   */
  static boolean areasShort(Practitioner p, LocalDate d) {
    java.util.Map<String, java.math.BigDecimal> hours = new java.util.HashMap<>();
    for (org.therapykit.credential.TrainingRecord t : p.trainings()) {
      if (t.category() == org.therapykit.credential.TrainingCategory.CORE_KNOWLEDGE
          && !t.completed().isAfter(d)
          && t.area().isPresent()) {
        hours.merge(t.area().get(), t.hours().toBigDecimal(), java.math.BigDecimal::add);
      }
    }
    if (hours.isEmpty()) {
      return false;
    }
    List<String> areas =
        List.of(
            "ethics",
            "development",
            "socio-cultural",
            "orientation-gender",
            "intimacy",
            "diversity",
            "anatomy",
            "health",
            "function",
            "exploitation",
            "cyber",
            "substance-use",
            "pleasure",
            "learning-theory",
            "communication",
            "history",
            "research");
    return areas.stream()
        .anyMatch(
            a ->
                hours
                        .getOrDefault(a, java.math.BigDecimal.ZERO)
                        .compareTo(java.math.BigDecimal.valueOf(3))
                    < 0);
  }

  /**
   * AASECT's CST supervision limits, restated from their source (groups of at most 4, at most 6
   * hours a month, 18 to 24 months from the first month to the last, both counted; the least only
   * once every record with months has ended), over sex-therapy records started by the date and
   * their months up to the date's month.
   */
  private static void supervisionPaths(
      QualificationBreak b, Practitioner p, LocalDate d, List<String> out) {
    YearMonth first = null;
    YearMonth last = null;
    String lastAt = "";
    boolean allEnded = true;
    for (int i = 0; i < p.supervisedPractice().size(); i++) {
      SupervisedPractice r = p.supervisedPractice().get(i);
      if (r.discipline() != Discipline.SEX_THERAPY || r.period().start().isAfter(d)) {
        continue;
      }
      boolean any = false;
      for (int j = 0; j < r.supervisionMonths().size(); j++) {
        SupervisionMonth m = r.supervisionMonths().get(j);
        if (m.month().isAfter(YearMonth.from(d))) {
          continue;
        }
        any = true;
        String at = "/supervisedPractice/" + i + "/supervisionMonths/" + j;
        if (b == QualificationBreak.SUPERVISION_GROUP_TOO_LARGE) {
          add(out, m.largestGroup().orElse(0) > 4, at);
        }
        if (b == QualificationBreak.SUPERVISION_MONTHLY_CAP_EXCEEDED) {
          add(
              out,
              m.individualHours()
                      .toBigDecimal()
                      .add(m.groupHours().toBigDecimal())
                      .compareTo(java.math.BigDecimal.valueOf(6))
                  > 0,
              at);
        }
        if (first == null || m.month().isBefore(first)) {
          first = m.month();
        }
        if (last == null || !m.month().isBefore(last)) {
          last = m.month();
          lastAt = at;
        }
      }
      if (any && r.period().end().map(e -> e.isAfter(d)).orElse(true)) {
        allEnded = false;
      }
    }
    if (b == QualificationBreak.SUPERVISION_SPREAD_OUT_OF_RANGE && first != null && last != null) {
      long spread = ChronoUnit.MONTHS.between(first, last) + 1;
      add(out, spread > 24 || (allEnded && spread < 18), lastAt);
    }
  }

  /** AASECT's renewal rule, restated from its source (20; others half, at most 5; 5). */
  static boolean ceShort(Practitioner p, Certification c, LocalDate d) {
    if (c.body() != CertifyingBody.AASECT || p.continuingEducation().isEmpty()) {
      return false;
    }
    java.math.BigDecimal approved = java.math.BigDecimal.ZERO;
    java.math.BigDecimal other = java.math.BigDecimal.ZERO;
    java.math.BigDecimal supervision = java.math.BigDecimal.ZERO;
    for (org.therapykit.credential.ContinuingEducation ce : p.continuingEducation()) {
      if (!c.validity().contains(ce.completed()) || ce.completed().isAfter(d)) {
        continue;
      }
      java.math.BigDecimal credits = ce.credits().toBigDecimal();
      switch (ce.kind()) {
        case BODY_APPROVED -> approved = approved.add(credits);
        case OTHER_PROVIDER -> other = other.add(credits);
        case SUPERVISION_RECEIVED -> supervision = supervision.add(credits);
      }
    }
    java.math.BigDecimal five = java.math.BigDecimal.valueOf(5);
    java.math.BigDecimal total =
        approved
            .add(other.divide(java.math.BigDecimal.valueOf(2)).min(five))
            .add(supervision.min(five));
    return total.compareTo(java.math.BigDecimal.valueOf(20)) < 0;
  }

  private static void add(List<String> out, boolean condition, String path) {
    if (condition) {
      out.add(path);
    }
  }
}
