package org.therapykit.qualification;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.CertificationType;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Discipline;
import org.therapykit.internal.Violations;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.validation.FindingCode;

/**
 * The rule engine every policy of the library uses, configured entirely by data: versioned {@link
 * RequirementSet}s per discipline, the {@link Recognition}s of certification types, the bodies
 * whose certifications lapse with membership, and how early to warn of an expiry.
 *
 * <p>{@link QualificationPolicy#standard()} is the default configuration. A host can build its own:
 *
 * <pre>{@code
 * QualificationPolicy mine = StandardQualificationPolicy.builder()
 *     .from(QualificationPolicy.standard())
 *     .id("my-board-2026")
 *     .expiryWarningDays(120)
 *     .build();
 * }</pre>
 *
 * <h2>How a practitioner is classified</h2>
 *
 * <ol>
 *   <li><b>Certified sex therapist</b>: holds a certification the policy recognises as granting it,
 *       valid on the date (status active, validity containing the date, and, for bodies in {@link
 *       #membershipRequiredBodies()}, a membership active on the date or ended within its body's
 *       {@link #membershipGracePeriods() grace period}), and a licence valid on the date that
 *       allows independent psychotherapy in a jurisdiction the recognition covers.
 *   <li><b>Sex therapist</b> (without certification): meets every requirement of the sex-therapy
 *       requirement set in force.
 *   <li><b>Sex counsellor</b>: holds a recognised counsellor certification valid on the date, or
 *       meets every requirement of the counselling set.
 *   <li><b>Sexuality educator</b>: likewise for educators.
 *   <li>Otherwise <b>not qualified</b>.
 * </ol>
 *
 * <p>The set in force for a discipline is the one with the latest {@link
 * RequirementSet#effectiveFrom()} on or before the earliest supervision contract of that discipline
 * signed by the assessment date (or, with no contract, on or before the assessment date); if every
 * set is later, the earliest set. Only training completed and practice started by the assessment
 * date counts.
 *
 * <h2>Findings</h2>
 *
 * <p>Each licence and certification gets findings for expiry, upcoming expiry, inactive status,
 * non-independent licences, lapsed memberships, unrecognised or non-clinical boards, and claims
 * that do not add up. Requirement results become findings ({@code REQUIREMENT_MET} as info, {@code
 * REQUIREMENT_NOT_MET} as warning) for the sex-therapy set unless a certification already makes the
 * practitioner a therapist, and for the set of the classification reached (or all sets, for someone
 * not qualified). Every result is in {@link QualificationAssessment#requirements()}.
 *
 * <p>Invariants: the id is 1 to 64 characters of letters, digits, {@code . _ -}; the warning is 0
 * to 3650 days; grace periods are 0 to 1 year; supervisor tenures are 0 to 20 years and keyed by
 * supervisor types ({@code OUT_OF_RANGE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StandardQualificationPolicy
    implements QualificationPolicy, WithStandardQualificationPolicy {
  StandardQualificationPolicy() {}

  @Override
  public abstract String id();

  /**
   * Returns the requirement sets, of any disciplines and versions.
   *
   * @return the sets, not null
   */
  public abstract ImmutableList<RequirementSet> requirementSets();

  /**
   * Returns the recognised certification types.
   *
   * @return the recognitions, not null
   */
  public abstract ImmutableList<Recognition> recognitions();

  /**
   * Returns the bodies whose certifications count only with an active membership.
   *
   * @return the bodies, not null
   */
  public abstract ImmutableSet<CertifyingBody> membershipRequiredBodies();

  /**
   * Returns how long after a membership's period ends it still keeps a body's certifications in
   * force, by body; a body not in the map has none. The default policy gives AASECT three months:
   * AASECT membership runs to 31 December and goes inactive only if it is not renewed by 1 April,
   * so on 31 March a membership that ended on 31 December still counts (with a {@code
   * MEMBERSHIP_IN_GRACE} warning), and on 1 April it has lapsed.
   *
   * @return the grace periods, each from zero to one year, not null
   */
  public abstract ImmutableMap<CertifyingBody, Period> membershipGracePeriods();

  /**
   * Returns how long the holder of a supervisor certification must have held the certification it
   * builds on ({@link CertificationType#base()}) before the supervisor certification was first
   * awarded, by supervisor type; a type not in the map has no such rule. The default policy asks
   * two years of {@code aasect-cst} before {@code aasect-cst-supervisor}: AASECT requires a CST of
   * at least two years before supervisor training starts (three years before January 2023). The
   * library does not record when supervisor training started, so the rule compares the first dates
   * of the two certifications ({@link
   * Practitioner#certifiedSince(org.therapykit.credential.Certification)}), which can only miss a
   * shortfall, never invent one; a shortfall is a {@code SUPERVISOR_TENURE_SHORT} warning.
   *
   * @return the tenures, each from zero to twenty years, keyed by supervisor types, not null
   */
  public abstract ImmutableMap<CertificationType, Period> supervisorTenures();

  /**
   * Returns the continuing education each cycle of a body's certifications needs, by body; a body
   * not in the map has no such rule. The default policy gives AASECT's: 20 credits a three-year
   * cycle, CE from other providers at half value and at most 5, supervision received at most 5. The
   * rule reads {@link Practitioner#continuingEducation()}; for a practitioner with no record of it,
   * it says nothing, since most hosts do not track CE. With records, a cycle that was renewed with
   * fewer credits, or that expires within the warning window with fewer, is a {@code
   * CE_CREDITS_SHORT} warning giving the credits by kind.
   *
   * @return the rules, not null
   */
  public abstract ImmutableMap<CertifyingBody, RenewalRule> renewalRules();

  /**
   * Returns the list of core knowledge areas that core-knowledge training is checked against, if
   * any. The default policy uses AASECT's 17 areas with at least 3 hours each ({@link
   * AasectRequirementSets#CORE_KNOWLEDGE_AREAS}). The rule reads the {@code area} of core-knowledge
   * training records completed by the date; for a practitioner none of whose records names an area
   * it says nothing, since most hosts record core knowledge as hours only. With areas, each area of
   * the list with fewer hours than it should have is named in one {@code
   * CORE_KNOWLEDGE_AREAS_SHORT} warning at {@code /trainings}, with its hours, and so are hours in
   * codes the list does not have.
   *
   * @return the list, or empty for no such check
   */
  public abstract Optional<CoreKnowledgeAreas> coreKnowledgeAreas();

  /**
   * Returns how supervision toward each discipline is limited, by discipline; a discipline not in
   * the map has no such rules. The default policy gives sex therapy AASECT's CST limits (groups of
   * at most 4, supervision spread over 18 to 24 months, at most 6 hours a month counted,
   * supervisors certified {@code aasect-cst-supervisor}) and sexuality education the CSE limits
   * (groups of at most 4, supervisors certified {@code aasect-cse-supervisor}). The rules read the
   * optional monthly detail and supervisor of {@code SupervisedPractice} and are silent without
   * them; what they find are warnings ({@code SUPERVISION_GROUP_TOO_LARGE}, {@code
   * SUPERVISION_MONTHLY_CAP_EXCEEDED}, {@code SUPERVISION_SPREAD_OUT_OF_RANGE}, {@code
   * SUPERVISOR_NOT_CERTIFIED}). They do not change what the requirement sets count: hours above a
   * monthly cap are reported, not deducted.
   *
   * @return the limits, not null
   */
  public abstract ImmutableMap<Discipline, SupervisionLimits> supervisionLimits();

  /**
   * Returns how many days before an expiry to warn about it. Defaults to 90.
   *
   * @return from 0 to 3650
   */
  @Value.Default
  public int expiryWarningDays() {
    return 90;
  }

  /** The default policy, built once; {@link QualificationPolicy#standard()} returns it. */
  static StandardQualificationPolicy defaultPolicy() {
    return Defaults.AASECT;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StandardQualificationPolicy}; the id is required. */
  public static final class Builder extends ImmutableStandardQualificationPolicy.Builder {
    Builder() {}
  }

  @Override
  public QualificationAssessment assess(Practitioner practitioner, LocalDate asOf) {
    return new Assessor(this, practitioner, asOf).run();
  }

  /**
   * Returns the requirement set in force for a discipline on a date.
   *
   * @param discipline the discipline, not null
   * @param date the supervision-contract or assessment date, not null
   * @return the set, or empty if the policy has none for the discipline
   */
  public Optional<RequirementSet> requirementSetFor(Discipline discipline, LocalDate date) {
    ImmutableList<RequirementSet> candidates =
        setsByDiscipline().getOrDefault(discipline, ImmutableList.of());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    RequirementSet chosen = candidates.get(0);
    for (RequirementSet s : candidates) {
      if (!s.effectiveFrom().isAfter(date)) {
        chosen = s;
      }
    }
    return Optional.of(chosen);
  }

  /**
   * Returns the recognition of a certification type.
   *
   * @param type the type, not null
   * @return the first recognition of the type, or empty
   */
  public Optional<Recognition> recognitionOf(CertificationType type) {
    return Optional.ofNullable(recognitionsByType().get(type));
  }

  /**
   * The requirement sets of each discipline, stably sorted by {@link
   * RequirementSet#effectiveFrom()}; computed once per policy, not on every assessment.
   */
  @Value.Lazy
  ImmutableMap<Discipline, ImmutableList<RequirementSet>> setsByDiscipline() {
    Map<Discipline, ImmutableList<RequirementSet>> byDiscipline = new EnumMap<>(Discipline.class);
    for (Discipline d : Discipline.values()) {
      ImmutableList<RequirementSet> sets =
          requirementSets().stream()
              .filter(s -> s.discipline() == d)
              .sorted(Comparator.comparing(RequirementSet::effectiveFrom))
              .collect(ImmutableList.toImmutableList());
      if (!sets.isEmpty()) {
        byDiscipline.put(d, sets);
      }
    }
    return Maps.immutableEnumMap(byDiscipline);
  }

  /** The first recognition of each certification type; computed once per policy. */
  @Value.Lazy
  ImmutableMap<CertificationType, Recognition> recognitionsByType() {
    Map<CertificationType, Recognition> first = new EnumMap<>(CertificationType.class);
    for (Recognition r : recognitions()) {
      first.putIfAbsent(r.type(), r);
    }
    return Maps.immutableEnumMap(first);
  }

  @Value.Check
  void check() {
    Violations.of("StandardQualificationPolicy")
        .require(
            id().matches("[A-Za-z0-9._-]{1,64}"),
            FindingCode.INVALID_FORMAT,
            "/id",
            "must be 1 to 64 letters, digits, dots, underscores or hyphens")
        .require(
            expiryWarningDays() >= 0 && expiryWarningDays() <= 3650,
            FindingCode.OUT_OF_RANGE,
            "/expiryWarningDays",
            "must be from 0 to 3650")
        .require(
            membershipGracePeriods().values().stream()
                .allMatch(StandardQualificationPolicy::isGrace),
            FindingCode.OUT_OF_RANGE,
            "/membershipGracePeriods",
            "must each be from zero to one year")
        .require(
            supervisorTenures().values().stream()
                .allMatch(t -> !t.isNegative() && t.toTotalMonths() <= 240),
            FindingCode.OUT_OF_RANGE,
            "/supervisorTenures",
            "must each be from zero to twenty years")
        .require(
            supervisorTenures().keySet().stream().allMatch(t -> t.base().isPresent()),
            FindingCode.OUT_OF_RANGE,
            "/supervisorTenures",
            "must be keyed by supervisor types, which build on a base certification")
        .throwIfAny();
  }

  private static boolean isGrace(Period p) {
    LocalDate from = LocalDate.of(2000, 1, 1);
    return !p.isNegative() && !from.plus(p).isAfter(from.plusYears(1));
  }

  /** Holds the default policy, built once on first use. */
  static final class Defaults {
    static final ImmutableSet<Jurisdiction> AASECT_REGION =
        jurisdictions("US", "CA", "IL", "MX", "PR");

    /** Where COSRT accreditation is recognised, and COSRT's requirement set is meant for. */
    static final ImmutableSet<Jurisdiction> UNITED_KINGDOM = jurisdictions("GB");

    /** Where SAS credentials are recognised, and SAS's requirement set is meant for. */
    static final ImmutableSet<Jurisdiction> AUSTRALIA = jurisdictions("AU");

    /** EU and EEA members, Switzerland and the United Kingdom: where ECPS is recognised. */
    static final ImmutableSet<Jurisdiction> EUROPE =
        jurisdictions(
            "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR",
            "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT",
            "RO", "SE", "SI", "SK");

    static final StandardQualificationPolicy AASECT =
        builder()
            .id("therapykit-aasect-2025")
            .requirementSets(AasectRequirementSets.all())
            .coreKnowledgeAreas(AasectRequirementSets.CORE_KNOWLEDGE_AREAS)
            .addRecognition(
                Recognition.of(
                    CertificationType.AASECT_CST,
                    Classification.CERTIFIED_SEX_THERAPIST,
                    AASECT_REGION))
            .addRecognition(
                Recognition.of(
                    CertificationType.COSRT_ACCREDITED,
                    Classification.CERTIFIED_SEX_THERAPIST,
                    UNITED_KINGDOM))
            .addRecognition(
                Recognition.of(
                    CertificationType.EFS_ESSM_ECPS,
                    Classification.CERTIFIED_SEX_THERAPIST,
                    EUROPE))
            .addRecognition(
                Recognition.of(
                    CertificationType.SAS_CLINICAL_THERAPIST,
                    Classification.CERTIFIED_SEX_THERAPIST,
                    AUSTRALIA))
            .addRecognition(
                Recognition.of(
                    CertificationType.BESTCO_CERTIFIED,
                    Classification.CERTIFIED_SEX_THERAPIST,
                    jurisdictions("CA-ON")))
            .addRecognition(
                Recognition.of(
                    CertificationType.OPSQ_SEXOLOGUE_PSYCHOTHERAPIST,
                    Classification.CERTIFIED_SEX_THERAPIST,
                    jurisdictions("CA-QC")))
            .addRecognition(
                Recognition.of(
                    CertificationType.AASECT_CSC, Classification.SEX_COUNSELLOR, ImmutableSet.of()))
            .addRecognition(
                Recognition.of(
                    CertificationType.OPSQ_SEXOLOGUE,
                    Classification.SEX_COUNSELLOR,
                    ImmutableSet.of()))
            .addRecognition(
                Recognition.of(
                    CertificationType.AASECT_CSE,
                    Classification.SEXUALITY_EDUCATOR,
                    ImmutableSet.of()))
            .addRecognition(
                Recognition.of(
                    CertificationType.SAS_SEXUALITY_EDUCATOR,
                    Classification.SEXUALITY_EDUCATOR,
                    ImmutableSet.of()))
            .addMembershipRequiredBody(CertifyingBody.AASECT)
            .putMembershipGracePeriod(CertifyingBody.AASECT, Period.ofMonths(3))
            .putSupervisorTenure(CertificationType.AASECT_CST_SUPERVISOR, Period.ofYears(2))
            .putRenewalRule(
                CertifyingBody.AASECT, RenewalRule.of(Hours.of(20), 50, Hours.of(5), Hours.of(5)))
            .putSupervisionLimit(
                Discipline.SEX_THERAPY,
                SupervisionLimits.builder()
                    .maxGroupSize(4)
                    .minSpreadMonths(18)
                    .maxSpreadMonths(24)
                    .monthlyCap(Hours.of(6))
                    .addSupervisorCredentials(CertificationType.AASECT_CST_SUPERVISOR)
                    .build())
            .putSupervisionLimit(
                Discipline.SEXUALITY_EDUCATION,
                SupervisionLimits.builder()
                    .maxGroupSize(4)
                    .addSupervisorCredentials(CertificationType.AASECT_CSE_SUPERVISOR)
                    .build())
            .build();

    private static ImmutableSet<Jurisdiction> jurisdictions(String... codes) {
      ImmutableSet.Builder<Jurisdiction> b = ImmutableSet.builder();
      for (String c : codes) {
        b.add(Jurisdiction.parse(c));
      }
      return b.build();
    }

    private Defaults() {}
  }
}
