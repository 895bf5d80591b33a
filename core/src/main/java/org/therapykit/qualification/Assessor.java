package org.therapykit.qualification;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.Certification;
import org.therapykit.credential.CertificationLevel;
import org.therapykit.credential.CertificationStatus;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.ContinuingEducation;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.Membership;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.TrainingCategory;
import org.therapykit.credential.TrainingRecord;
import org.therapykit.internal.Pointers;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.LicenseStatus;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.Registration;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/** One run of a {@link StandardQualificationPolicy} over one practitioner on one date. */
final class Assessor {
  private static final Discipline[] DISCIPLINES = {
    Discipline.SEX_THERAPY, Discipline.SEXUALITY_COUNSELLING, Discipline.SEXUALITY_EDUCATION
  };

  private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

  private final StandardQualificationPolicy policy;
  private final Practitioner p;
  private final LocalDate asOf;
  private final LocalDate warnUntil;
  private final List<Finding> findings = new ArrayList<>();

  /** Where a licence or registration valid on the date allows independent psychotherapy. */
  private final ImmutableList<Jurisdiction> independentLicenses;

  private boolean approximationNoted;

  Assessor(StandardQualificationPolicy policy, Practitioner practitioner, LocalDate asOf) {
    this.policy = policy;
    this.p = practitioner;
    this.asOf = asOf;
    this.warnUntil = asOf.plusDays(policy.expiryWarningDays());
    // loops rather than streams here and below: an assessment is a few microseconds, and stream
    // pipelines were a fifth of it
    this.independentLicenses = practitioner.independentPsychotherapyJurisdictions(asOf);
  }

  QualificationAssessment run() {
    checkLicenses();
    checkRegistrations();
    checkCoreKnowledgeAreas();
    checkTelehealthJurisdictions();
    Set<Classification> certified = checkCertifications();
    checkSupervision();

    Map<Discipline, RequirementSet> sets = new EnumMap<>(Discipline.class);
    Map<Discipline, List<RequirementResult>> results = new EnumMap<>(Discipline.class);
    for (Discipline d : DISCIPLINES) {
      LocalDate date = contractDate(d).orElse(asOf);
      policy
          .requirementSetFor(d, date)
          .ifPresent(
              set -> {
                sets.put(d, set);
                results.put(d, set.evaluate(p, asOf));
              });
    }

    Classification classification;
    if (certified.contains(Classification.CERTIFIED_SEX_THERAPIST)) {
      classification = Classification.CERTIFIED_SEX_THERAPIST;
    } else if (allMet(results, Discipline.SEX_THERAPY)) {
      classification = Classification.SEX_THERAPIST;
    } else if (certified.contains(Classification.SEX_COUNSELLOR)
        || allMet(results, Discipline.SEXUALITY_COUNSELLING)) {
      classification = Classification.SEX_COUNSELLOR;
    } else if (certified.contains(Classification.SEXUALITY_EDUCATOR)
        || allMet(results, Discipline.SEXUALITY_EDUCATION)) {
      classification = Classification.SEXUALITY_EDUCATOR;
    } else {
      classification = Classification.NOT_QUALIFIED;
    }

    ImmutableList.Builder<RequirementResult> all = ImmutableList.builder();
    for (Discipline d : DISCIPLINES) {
      List<RequirementResult> rs = results.get(d);
      if (rs == null) {
        continue;
      }
      all.addAll(rs);
      Classification reached = classificationOf(d);
      boolean byCertificate =
          certified.contains(reached)
              || (d == Discipline.SEX_THERAPY
                  && certified.contains(Classification.CERTIFIED_SEX_THERAPIST));
      boolean report =
          d == Discipline.SEX_THERAPY
              || classification == reached
              || classification == Classification.NOT_QUALIFIED;
      if (report && !byCertificate) {
        noteApproximatedExperience(java.util.Objects.requireNonNull(sets.get(d), "set of " + d));
        for (RequirementResult r : rs) {
          findings.add(
              r.met()
                  ? Finding.of(FindingCode.REQUIREMENT_MET, r.path(), Severity.INFO, r.toString())
                  : Finding.of(
                      FindingCode.REQUIREMENT_NOT_MET, r.path(), Severity.WARNING, r.toString()));
        }
      }
    }

    findings.sort(BY_SEVERITY);
    return QualificationAssessment.builder()
        .practitionerId(p.id())
        .asOf(asOf)
        .policyId(policy.id())
        .classification(classification)
        .requirements(all.build())
        .findings(findings)
        .build();
  }

  /**
   * Notes, once, that the degree routes of a reported set counted years since the award because the
   * practitioner has no clinical-experience records.
   */
  private void noteApproximatedExperience(RequirementSet set) {
    if (approximationNoted || !p.clinicalExperience().isEmpty()) {
      return;
    }
    if (set.criterion(Requirement.DEGREE).orElse(null) instanceof Criterion.DegreeRoutes routes
        && routes.routes().stream().anyMatch(route -> route.yearsSinceAward() > 0)) {
      approximationNoted = true;
      info(
          FindingCode.EXPERIENCE_APPROXIMATED,
          "/clinicalExperience",
          "no clinical-experience records: post-degree experience for "
              + set.id()
              + " is taken as the time since each degree's award");
    }
  }

  private static Classification classificationOf(Discipline d) {
    return switch (d) {
      case SEX_THERAPY -> Classification.SEX_THERAPIST;
      case SEXUALITY_COUNSELLING -> Classification.SEX_COUNSELLOR;
      case SEXUALITY_EDUCATION -> Classification.SEXUALITY_EDUCATOR;
    };
  }

  private static boolean allMet(Map<Discipline, List<RequirementResult>> results, Discipline d) {
    List<RequirementResult> rs = results.get(d);
    if (rs == null) {
      return false;
    }
    for (RequirementResult r : rs) {
      if (!r.met()) {
        return false;
      }
    }
    return true;
  }

  // ---- licences and certifications --------------------------------------------------------

  private void checkLicenses() {
    for (int i = 0; i < p.licenses().size(); i++) {
      License l = p.licenses().get(i);
      String at = Pointers.of("licenses", i);
      boolean valid = l.isValidOn(asOf);
      checkStanding(at, "licence", l.validity(), l.status(), valid, !valid && p.isRenewed(l));
      if (valid && !l.allowsIndependentPsychotherapy()) {
        info(
            FindingCode.LICENSE_NOT_INDEPENDENT,
            at + (l.provisional() ? "/provisional" : "/profession"),
            (l.provisional() ? "a provisional " : "a ")
                + l.profession().code()
                + " licence does not allow independent psychotherapy");
      }
    }
  }

  /** Reports registrations as licences are reported, at {@code /registrations/N}. */
  private void checkRegistrations() {
    for (int i = 0; i < p.registrations().size(); i++) {
      Registration r = p.registrations().get(i);
      String at = Pointers.of("registrations", i);
      String what = r.register().code() + " registration";
      boolean valid = r.isValidOn(asOf);
      checkStanding(at, what, r.validity(), r.status(), valid, !valid && p.isRenewed(r));
      if (valid && !r.allowsIndependentPsychotherapy()) {
        info(
            FindingCode.LICENSE_NOT_INDEPENDENT,
            at + "/register",
            what + " does not allow independent psychotherapy");
      }
    }
  }

  /**
   * Reports the expiry and status of one cycle of a licence or registration; an earlier cycle a
   * later one renewed is history and gets nothing.
   */
  private void checkStanding(
      String at,
      String what,
      DateRange validity,
      LicenseStatus status,
      boolean valid,
      boolean renewed) {
    if (valid) {
      validity
          .end()
          .filter(end -> end.isBefore(warnUntil))
          .ifPresent(
              end ->
                  warn(
                      FindingCode.LICENSE_EXPIRING,
                      at + "/validity",
                      what
                          + " expires on "
                          + end
                          + ", within "
                          + policy.expiryWarningDays()
                          + " days"));
    } else if (renewed) {
      return;
    } else if (status == LicenseStatus.EXPIRED || validity.endsBefore(asOf)) {
      warn(FindingCode.LICENSE_EXPIRED, at + "/validity", what + " expired before " + asOf);
    } else if (status != LicenseStatus.ACTIVE) {
      warn(FindingCode.LICENSE_NOT_ACTIVE, at + "/status", what + " is " + status.code());
    } else {
      warn(
          FindingCode.LICENSE_NOT_ACTIVE,
          at + "/validity",
          what + " is not valid until " + validity.start());
    }
  }

  /**
   * Reports the areas of the policy's core-knowledge list with fewer hours than it asks, when any
   * core-knowledge record completed by the date names its area.
   */
  private void checkCoreKnowledgeAreas() {
    CoreKnowledgeAreas list = policy.coreKnowledgeAreas().orElse(null);
    if (list == null) {
      return;
    }
    Map<String, Hours> byArea = new LinkedHashMap<>();
    for (TrainingRecord t : p.trainings()) {
      if (t.category() == TrainingCategory.CORE_KNOWLEDGE
          && !t.completed().isAfter(asOf)
          && t.area().isPresent()) {
        byArea.merge(t.area().get(), t.hours(), Hours::plus);
      }
    }
    if (byArea.isEmpty()) {
      return;
    }
    List<String> shortAreas = new ArrayList<>();
    int covered = 0;
    for (Map.Entry<String, String> area : list.areas().entrySet()) {
      Hours h = byArea.getOrDefault(area.getKey(), Hours.ZERO);
      if (h.isAtLeast(list.minHoursPerArea())) {
        covered++;
      } else {
        shortAreas.add(area.getKey() + " " + h + " h");
      }
    }
    Hours elsewhere = Hours.ZERO;
    for (Map.Entry<String, Hours> e : byArea.entrySet()) {
      if (!list.areas().containsKey(e.getKey())) {
        elsewhere = elsewhere.plus(e.getValue());
      }
    }
    if (shortAreas.isEmpty()) {
      return;
    }
    warn(
        FindingCode.CORE_KNOWLEDGE_AREAS_SHORT,
        "/trainings",
        "core knowledge has at least "
            + list.minHoursPerArea()
            + " h in "
            + covered
            + " of "
            + list.areas().size()
            + " areas of "
            + list.id()
            + "; short: "
            + String.join(", ", shortAreas)
            + (elsewhere.isZero() ? "" : "; " + elsewhere + " h in areas not on the list"));
  }

  /**
   * Reports telehealth clients, of practice started by the date, in jurisdictions where no licence
   * or registration of the practitioner was valid at any time during the practice.
   */
  private void checkTelehealthJurisdictions() {
    for (int i = 0; i < p.supervisedPractice().size(); i++) {
      SupervisedPractice r = p.supervisedPractice().get(i);
      if (r.telehealthClientJurisdictions().isEmpty() || r.period().start().isAfter(asOf)) {
        continue;
      }
      int k = 0;
      for (Jurisdiction j : r.telehealthClientJurisdictions()) {
        if (!licensedDuring(j, r.period())) {
          warn(
              FindingCode.TELEHEALTH_OUTSIDE_LICENSE,
              Pointers.of("supervisedPractice", i) + "/telehealthClientJurisdictions/" + k,
              "telehealth with clients in "
                  + j
                  + ", where no licence or registration was valid during "
                  + r.period());
        }
        k++;
      }
    }
  }

  private boolean licensedDuring(Jurisdiction j, DateRange period) {
    for (License l : p.licenses()) {
      if (l.jurisdiction().includes(j) && l.validity().overlaps(period)) {
        return true;
      }
    }
    for (Registration r : p.registrations()) {
      if (r.jurisdiction().includes(j) && r.validity().overlaps(period)) {
        return true;
      }
    }
    return false;
  }

  private Set<Classification> checkCertifications() {
    Set<Classification> granted = EnumSet.noneOf(Classification.class);
    for (int i = 0; i < p.certifications().size(); i++) {
      Certification c = p.certifications().get(i);
      String at = Pointers.of("certifications", i);
      CertificationType type = c.type();
      if (!c.isValidOn(asOf) && p.isRenewed(c)) {
        // an earlier cycle: history, not an expired certification
        checkContinuingEducation(c, at, true);
        continue;
      }
      if (type.level() == CertificationLevel.NON_CLINICAL) {
        info(
            FindingCode.CERTIFICATION_NOT_RECOGNISED,
            at + "/type",
            type.code()
                + " is a non-clinical certificate: it does not make anyone a sex therapist");
        continue;
      }
      if (!checkValidity(c, at)) {
        continue;
      }
      checkContinuingEducation(c, at, false);
      boolean membershipOk =
          !policy.membershipRequiredBodies().contains(c.body()) || membershipCounts(c, at);
      if (!membershipOk) {
        warn(
            FindingCode.MEMBERSHIP_LAPSED,
            at,
            type.code() + " needs an active " + c.body().code() + " membership on " + asOf);
      }
      if (type.level() == CertificationLevel.THERAPIST && independentLicenses.isEmpty()) {
        error(
            FindingCode.INCONSISTENT_CLAIM,
            at,
            type.code()
                + " is a therapist certification, but no licence for independent psychotherapy"
                + " is valid on "
                + asOf);
      }
      Optional<CertificationType> base = type.base();
      if (base.isPresent() && !holdsValid(base.get())) {
        error(
            FindingCode.INCONSISTENT_CLAIM,
            at,
            type.code() + " builds on " + base.get().code() + ", which is not valid on " + asOf);
      } else if (base.isPresent()) {
        checkTenure(c, base.get(), at);
      }
      Optional<Recognition> recognition = policy.recognitionOf(type);
      if (recognition.isEmpty()) {
        if (type.level() != CertificationLevel.SUPERVISOR) {
          info(
              FindingCode.CERTIFICATION_NOT_RECOGNISED,
              at + "/type",
              type.code() + " is not recognised by policy " + policy.id());
        }
        continue;
      }
      if (!membershipOk) {
        continue;
      }
      Recognition r = recognition.get();
      if (!r.grants().isTherapist()) {
        granted.add(r.grants());
      } else if (coversAnIndependentLicense(r)) {
        granted.add(r.grants());
      } else if (!independentLicenses.isEmpty()) {
        warn(
            FindingCode.LICENSE_JURISDICTION_NOT_COVERED,
            at,
            "no licence for independent psychotherapy valid on "
                + asOf
                + " is in a jurisdiction where "
                + type.code()
                + " is recognised");
      }
    }
    return granted;
  }

  /** Reports supervision outside each discipline's limits; silent without monthly detail. */
  private void checkSupervision() {
    policy
        .supervisionLimits()
        .forEach(
            (d, limits) ->
                findings.addAll(SupervisionChecks.check(p.supervisedPractice(), d, limits, asOf)));
  }

  /**
   * Returns whether a membership of the certification's body keeps it in force on the date: one
   * active on it, or else one that ended within the body's grace period, which a {@code
   * MEMBERSHIP_IN_GRACE} warning reports.
   */
  private boolean membershipCounts(Certification c, String at) {
    Period grace = policy.membershipGracePeriods().get(c.body());
    LocalDate ended = null;
    for (Membership m : p.memberships()) {
      if (m.body() != c.body()) {
        continue;
      }
      if (m.isActiveOn(asOf)) {
        return true;
      }
      LocalDate end = m.period().end().orElse(null);
      if (grace != null
          && end != null
          && end.isBefore(asOf)
          && !end.plus(grace).isBefore(asOf)
          && (ended == null || end.isAfter(ended))) {
        ended = end;
      }
    }
    if (ended == null || grace == null) {
      return false;
    }
    warn(
        FindingCode.MEMBERSHIP_IN_GRACE,
        at,
        c.type().code()
            + " counts until "
            + ended.plus(grace)
            + ": the "
            + c.body().code()
            + " membership it needs ended on "
            + ended
            + ", and its grace period is "
            + Periods.describe(grace));
    return true;
  }

  /**
   * Reports a supervisor certification first awarded before its base certification had been held
   * for the policy's tenure.
   */
  private void checkTenure(Certification supervisor, CertificationType base, String at) {
    Period tenure = policy.supervisorTenures().get(supervisor.type());
    if (tenure == null) {
      return;
    }
    LocalDate baseSince = null;
    for (Certification b : p.certifications()) {
      if (b.type() == base) {
        LocalDate since = p.certifiedSince(b);
        if (baseSince == null || since.isBefore(baseSince)) {
          baseSince = since;
        }
      }
    }
    LocalDate supervisorSince = p.certifiedSince(supervisor);
    if (baseSince == null || !baseSince.plus(tenure).isAfter(supervisorSince)) {
      return;
    }
    warn(
        FindingCode.SUPERVISOR_TENURE_SHORT,
        at,
        supervisor.type().code()
            + " needs "
            + Periods.describe(tenure)
            + " as "
            + base.code()
            + " before it: "
            + base.code()
            + " since "
            + baseSince
            + ", "
            + supervisor.type().code()
            + " since "
            + supervisorSince
            + ", "
            + Periods.describe(Period.between(baseSince, supervisorSince))
            + " apart");
  }

  /**
   * Reports a cycle short of its body's continuing education: one that was renewed, or (for the
   * cycle in force) one that expires within the warning window. Silent without CE records.
   */
  private void checkContinuingEducation(Certification c, String at, boolean renewed) {
    RenewalRule rule = policy.renewalRules().get(c.body());
    LocalDate end = c.validity().end().orElse(null);
    if (rule == null || end == null || p.continuingEducation().isEmpty()) {
      return;
    }
    if (!renewed && !end.isBefore(warnUntil)) {
      return;
    }
    Hours approved = Hours.ZERO;
    Hours other = Hours.ZERO;
    Hours supervision = Hours.ZERO;
    for (ContinuingEducation ce : p.continuingEducation()) {
      if (!c.validity().contains(ce.completed()) || ce.completed().isAfter(asOf)) {
        continue;
      }
      switch (ce.kind()) {
        case BODY_APPROVED -> approved = approved.plus(ce.credits());
        case OTHER_PROVIDER -> other = other.plus(ce.credits());
        case SUPERVISION_RECEIVED -> supervision = supervision.plus(ce.credits());
      }
    }
    Hours otherCounted = other.percent(rule.otherProviderPercent()).min(rule.otherProviderCap());
    Hours supervisionCounted = supervision.min(rule.supervisionCap());
    Hours total = approved.plus(otherCounted).plus(supervisionCounted);
    if (total.isAtLeast(rule.creditsPerCycle())) {
      return;
    }
    warn(
        FindingCode.CE_CREDITS_SHORT,
        at,
        c.type().code()
            + (renewed ? " was renewed after " : " expires after ")
            + c.validity()
            + " with "
            + total
            + " of "
            + rule.creditsPerCycle()
            + " CE credits: "
            + approved
            + " body-approved, "
            + otherCounted
            + " of at most "
            + rule.otherProviderCap()
            + " from other providers ("
            + other
            + " at "
            + rule.otherProviderPercent()
            + " %), "
            + supervisionCounted
            + " of at most "
            + rule.supervisionCap()
            + " from supervision received");
  }

  private boolean holdsValid(CertificationType type) {
    for (Certification b : p.certifications()) {
      if (b.type() == type && b.isValidOn(asOf)) {
        return true;
      }
    }
    return false;
  }

  private boolean coversAnIndependentLicense(Recognition r) {
    for (Jurisdiction j : independentLicenses) {
      if (r.covers(j)) {
        return true;
      }
    }
    return false;
  }

  /** Reports expiry and status; returns whether the certification is in force on the date. */
  private boolean checkValidity(Certification c, String at) {
    if (c.isValidOn(asOf)) {
      c.validity()
          .end()
          .filter(end -> end.isBefore(warnUntil))
          .ifPresent(
              end ->
                  warn(
                      FindingCode.CERTIFICATION_EXPIRING,
                      at + "/validity",
                      c.type().code()
                          + " expires on "
                          + end
                          + ", within "
                          + policy.expiryWarningDays()
                          + " days"));
      return true;
    }
    if (c.status() == CertificationStatus.EXPIRED || c.validity().endsBefore(asOf)) {
      warn(
          FindingCode.CERTIFICATION_EXPIRED,
          at + "/validity",
          c.type().code() + " expired before " + asOf);
    } else if (c.status() != CertificationStatus.ACTIVE) {
      warn(
          FindingCode.CERTIFICATION_NOT_ACTIVE,
          at + "/status",
          c.type().code() + " is " + c.status().code());
    } else {
      warn(
          FindingCode.CERTIFICATION_NOT_ACTIVE,
          at + "/validity",
          c.type().code() + " is not valid until " + c.validity().start());
    }
    return false;
  }

  // ---- requirement sets -------------------------------------------------------------------

  private Optional<LocalDate> contractDate(Discipline d) {
    LocalDate earliest = null;
    for (SupervisedPractice s : p.supervisedPractice()) {
      LocalDate signed = s.contractSigned();
      if (s.discipline() == d
          && !signed.isAfter(asOf)
          && (earliest == null || signed.isBefore(earliest))) {
        earliest = signed;
      }
    }
    return Optional.ofNullable(earliest);
  }

  private void info(FindingCode code, String path, String message) {
    findings.add(Finding.of(code, path, Severity.INFO, message));
  }

  private void warn(FindingCode code, String path, String message) {
    findings.add(Finding.of(code, path, Severity.WARNING, message));
  }

  private void error(FindingCode code, String path, String message) {
    findings.add(Finding.of(code, path, Severity.ERROR, message));
  }
}
