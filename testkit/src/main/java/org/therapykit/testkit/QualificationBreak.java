package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.therapykit.qualification.Classification;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * A named way for a valid practitioner to break one qualification rule on a date, such as {@link
 * #MEMBERSHIP_LAPSED}: an AASECT certification held without an active AASECT membership.
 *
 * <p>{@code TherapyGenerators.practitioners().breaking(QualificationBreak.MEMBERSHIP_LAPSED)
 * .asOf(date)} generates practitioners whose assessment by {@code QualificationPolicy.standard()}
 * on {@code date} contains a finding with {@link #code()} and {@link #severity()} at one of {@link
 * #paths()}, is classified as one of {@link #classifications()}, and has no {@code ERROR} or {@code
 * WARNING} finding of any other code than those in {@link #coOccurring()} (which is empty for all
 * but {@link #THERAPIST_CERTIFICATION_WITHOUT_LICENSE}). {@code INFO} findings of other codes (such
 * as {@code REQUIREMENT_MET}) may appear. The element the rule reports sits at a drawn position in
 * its list, so paths name an index ({@code *} below).
 *
 * <p>Apart from the break, the practitioner is a sex therapist (certified or not) whose licences
 * and certifications are valid well beyond the date, unless the constant says otherwise.
 */
public enum QualificationBreak {
  /**
   * A licensed clinician who meets every requirement of the sex-therapy requirement set in force
   * but one (any of the seven), and has no counselling or education practice. {@code
   * REQUIREMENT_NOT_MET} (warning) at the path of the unmet requirement's evidence: {@code
   * /licenses}, {@code /degrees}, {@code /trainings} or {@code /supervisedPractice}; exactly one
   * sex-therapy requirement result is unmet. The practitioner is not qualified, so the unmet
   * counselling and education requirements are reported too, with the same code. A licence that is
   * not independent, if any, adds an info {@code LICENSE_NOT_INDEPENDENT}.
   */
  THERAPY_REQUIREMENT_NOT_MET(
      FindingCode.REQUIREMENT_NOT_MET,
      Severity.WARNING,
      paths("/licenses", "/degrees", "/trainings", "/supervisedPractice"),
      ImmutableSet.of(Classification.NOT_QUALIFIED),
      ImmutableSet.of()),
  /** A certification whose validity ended before the date, held by a sex therapist. */
  CERTIFICATION_EXPIRED(
      FindingCode.CERTIFICATION_EXPIRED,
      Severity.WARNING,
      paths("/certifications/*/validity"),
      therapists(),
      ImmutableSet.of()),
  /**
   * A certification the policy recognises, valid on the date and expiring within the policy's
   * 90-day warning window. A therapist certification makes its holder a certified sex therapist; a
   * counsellor or educator certification leaves them a sex therapist.
   */
  CERTIFICATION_EXPIRING(
      FindingCode.CERTIFICATION_EXPIRING,
      Severity.WARNING,
      paths("/certifications/*/validity"),
      therapists(),
      ImmutableSet.of()),
  /** A certification suspended, revoked or lapsed by its body, its validity containing the date. */
  CERTIFICATION_WITHDRAWN(
      FindingCode.CERTIFICATION_NOT_ACTIVE,
      Severity.WARNING,
      paths("/certifications/*/status"),
      therapists(),
      ImmutableSet.of()),
  /** An active certification whose validity starts after the date. */
  CERTIFICATION_NOT_YET_VALID(
      FindingCode.CERTIFICATION_NOT_ACTIVE,
      Severity.WARNING,
      paths("/certifications/*/validity"),
      therapists(),
      ImmutableSet.of()),
  /**
   * A certification valid on the date that the policy does not recognise: a non-clinical
   * certificate (ABS, ACS) or a known but unrecognised credential (ISSWSH, SASH, TCA, SAS
   * provisional, other). {@code CERTIFICATION_NOT_RECOGNISED} is an info finding.
   */
  CERTIFICATION_NOT_RECOGNISED(
      FindingCode.CERTIFICATION_NOT_RECOGNISED,
      Severity.INFO,
      paths("/certifications/*/type"),
      therapists(),
      ImmutableSet.of()),
  /** A second licence whose validity ended before the date. */
  LICENSE_EXPIRED(
      FindingCode.LICENSE_EXPIRED,
      Severity.WARNING,
      paths("/licenses/*/validity"),
      therapists(),
      ImmutableSet.of()),
  /** The therapist's licence is valid on the date and expires within 90 days. */
  LICENSE_EXPIRING(
      FindingCode.LICENSE_EXPIRING,
      Severity.WARNING,
      paths("/licenses/*/validity"),
      therapists(),
      ImmutableSet.of()),
  /** A second licence that is inactive, suspended or revoked, its validity containing the date. */
  LICENSE_WITHDRAWN(
      FindingCode.LICENSE_NOT_ACTIVE,
      Severity.WARNING,
      paths("/licenses/*/status"),
      therapists(),
      ImmutableSet.of()),
  /** A second, active licence whose validity starts after the date. */
  LICENSE_NOT_YET_VALID(
      FindingCode.LICENSE_NOT_ACTIVE,
      Severity.WARNING,
      paths("/licenses/*/validity"),
      therapists(),
      ImmutableSet.of()),
  /**
   * A second licence, valid on the date, that does not allow independent psychotherapy: a
   * profession that never does (path {@code .../profession}) or a provisional licence (path {@code
   * .../provisional}). {@code LICENSE_NOT_INDEPENDENT} is an info finding.
   */
  LICENSE_NOT_INDEPENDENT(
      FindingCode.LICENSE_NOT_INDEPENDENT,
      Severity.INFO,
      paths("/licenses/*/profession", "/licenses/*/provisional"),
      therapists(),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist who also holds a recognised therapist certification, valid on the
   * date, from a board that does not recognise any jurisdiction of their licences (such as AASECT's
   * CST with a British registration).
   */
  LICENSE_OUTSIDE_CERTIFICATION_REGION(
      FindingCode.LICENSE_JURISDICTION_NOT_COVERED,
      Severity.WARNING,
      paths("/certifications/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist holding an AASECT certification valid on the date, with no AASECT
   * membership active on it (none, one that ended, or one that has not started).
   */
  MEMBERSHIP_LAPSED(
      FindingCode.MEMBERSHIP_LAPSED,
      Severity.WARNING,
      paths("/certifications/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * A sex therapist holding an AASECT certification valid on the date whose AASECT membership ended
   * before the date, within the default policy's grace period (three months), with no membership
   * active on it: the certification still counts, with a warning.
   */
  MEMBERSHIP_IN_GRACE(
      FindingCode.MEMBERSHIP_IN_GRACE,
      Severity.WARNING,
      paths("/certifications/*"),
      therapists(),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist holding an AASECT counsellor or educator certification, valid on
   * the date, with an earlier cycle under the same number that was renewed with fewer than 20
   * continuing-education credits (recorded as one body-approved record in that cycle). The earlier
   * cycle is history, so it is not reported as expired; the path is the earlier cycle's.
   */
  CE_CREDITS_SHORT(
      FindingCode.CE_CREDITS_SHORT,
      Severity.WARNING,
      paths("/certifications/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * A certified sex therapist (AASECT CST, membership active) who also holds AASECT's CST
   * supervisor certificate, valid on the date, first awarded less than the default policy's two
   * years after the CST was. Every licence is in a jurisdiction AASECT's CST is recognised in;
   * {@code inJurisdiction} with another (such as {@code GB}) is refused.
   */
  SUPERVISOR_TENURE_SHORT(
      FindingCode.SUPERVISOR_TENURE_SHORT,
      Severity.WARNING,
      paths("/certifications/*"),
      ImmutableSet.of(Classification.CERTIFIED_SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist one of whose sex-therapy practice records names a supervisor whose
   * credential the default policy does not accept for sex-therapy supervision (anything but {@code
   * aasect-cst-supervisor}). {@code SUPERVISOR_NOT_CERTIFIED} at that record's {@code
   * /supervisor/credential}.
   */
  SUPERVISOR_NOT_CERTIFIED(
      FindingCode.SUPERVISOR_NOT_CERTIFIED,
      Severity.WARNING,
      paths("/supervisedPractice/*/supervisor/credential"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist with a further, recent sex-therapy practice record of telehealth
   * hours only, whose clients were in a jurisdiction (another country, or Alaska) that none of the
   * practitioner's licences includes. {@code TELEHEALTH_OUTSIDE_LICENSE} at that record's {@code
   * /telehealthClientJurisdictions/0}.
   */
  TELEHEALTH_OUTSIDE_LICENSE(
      FindingCode.TELEHEALTH_OUTSIDE_LICENSE,
      Severity.WARNING,
      paths("/supervisedPractice/*/telehealthClientJurisdictions/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist whose core-knowledge training names its areas (one extra record
   * per area of the default policy's list, AASECT's 17), one area with less than the list's 3 hours
   * (none at all, or 0.25 to 2.75 hours). {@code CORE_KNOWLEDGE_AREAS_SHORT} at {@code /trainings}.
   */
  CORE_KNOWLEDGE_AREAS_SHORT(
      FindingCode.CORE_KNOWLEDGE_AREAS_SHORT,
      Severity.WARNING,
      paths("/trainings"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist whose latest sex-therapy practice record (supervision still under
   * way: its period has no end) breaks its supervision down by month, one month having group
   * supervision in a group of 5 to 12 supervisees, more than the default policy's 4. Every other
   * month keeps to the limits (at most 6 hours, at most 24 months in all). The path is the month.
   */
  SUPERVISION_GROUP_TOO_LARGE(
      FindingCode.SUPERVISION_GROUP_TOO_LARGE,
      Severity.WARNING,
      paths("/supervisedPractice/*/supervisionMonths/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * As {@link #SUPERVISION_GROUP_TOO_LARGE}, but one month has more than the default policy's 6
   * hours of supervision (6.25 to 12), in groups of at most 4. The record's supervision totals are
   * raised, if need be, to hold the months, so no requirement result changes from met to unmet.
   */
  SUPERVISION_MONTHLY_CAP_EXCEEDED(
      FindingCode.SUPERVISION_MONTHLY_CAP_EXCEEDED,
      Severity.WARNING,
      paths("/supervisedPractice/*/supervisionMonths/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist whose latest sex-therapy practice record ended by the date and
   * breaks its supervision down into 1 to 17 consecutive months (at most one hour each), fewer than
   * the default policy's 18. The path is the last month.
   */
  SUPERVISION_SPREAD_OUT_OF_RANGE(
      FindingCode.SUPERVISION_SPREAD_OUT_OF_RANGE,
      Severity.WARNING,
      paths("/supervisedPractice/*/supervisionMonths/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * An uncertified sex therapist holding a supervisor certification (AASECT CST-S, CSC-S, CSES or
   * COSRT supervisor), valid on the date, without the certification it builds on. {@code
   * INCONSISTENT_CLAIM} is an error finding.
   */
  SUPERVISOR_WITHOUT_BASE_CERTIFICATION(
      FindingCode.INCONSISTENT_CLAIM,
      Severity.ERROR,
      paths("/certifications/*"),
      ImmutableSet.of(Classification.SEX_THERAPIST),
      ImmutableSet.of()),
  /**
   * A recognised therapist certification, valid on the date, held without any licence for
   * independent psychotherapy valid on it (no licence, or only one that is not independent). {@code
   * INCONSISTENT_CLAIM} is an error finding.
   *
   * <p>Unavoidable co-occurrence: without such a licence the sex-therapy set's {@code
   * INDEPENDENT_LICENSE} requirement is unmet, and the policy reports the sex-therapy set for
   * everyone who is not a therapist by certificate, so {@code REQUIREMENT_NOT_MET} (warning) at
   * {@code /licenses} always co-occurs; the practitioner is not qualified, so unmet counselling and
   * education requirements are reported with the same code. Because of this, {@code
   * breaking(FindingCode.INCONSISTENT_CLAIM)} does not draw this constant; name it to get it.
   */
  THERAPIST_CERTIFICATION_WITHOUT_LICENSE(
      FindingCode.INCONSISTENT_CLAIM,
      Severity.ERROR,
      paths("/certifications/*"),
      ImmutableSet.of(Classification.NOT_QUALIFIED),
      ImmutableSet.of(FindingCode.REQUIREMENT_NOT_MET));

  private final FindingCode code;
  private final Severity severity;
  private final ImmutableSet<String> paths;
  private final ImmutableSet<Classification> classifications;
  private final ImmutableSet<FindingCode> coOccurring;

  QualificationBreak(
      FindingCode code,
      Severity severity,
      ImmutableSet<String> paths,
      ImmutableSet<Classification> classifications,
      ImmutableSet<FindingCode> coOccurring) {
    this.code = code;
    this.severity = severity;
    this.paths = paths;
    this.classifications = classifications;
    this.coOccurring = coOccurring;
  }

  private static ImmutableSet<String> paths(String... paths) {
    return ImmutableSet.copyOf(paths);
  }

  private static ImmutableSet<Classification> therapists() {
    return ImmutableSet.of(Classification.CERTIFIED_SEX_THERAPIST, Classification.SEX_THERAPIST);
  }

  /**
   * Returns the finding code the break triggers.
   *
   * @return the code, not null
   */
  public FindingCode code() {
    return code;
  }

  /**
   * Returns the severity of the triggered finding under the default policy.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the JSON Pointer templates where the finding is reported, with {@code *} standing for a
   * list index, such as {@code /certifications/*}{@code /validity}.
   *
   * @return the templates, not null, not empty
   */
  public ImmutableSet<String> paths() {
    return paths;
  }

  /**
   * Returns the classifications a practitioner with this break can have on the date.
   *
   * @return the classifications, not null, not empty
   */
  public ImmutableSet<Classification> classifications() {
    return classifications;
  }

  /**
   * Returns the other codes that unavoidably come with this break as {@code WARNING} or {@code
   * ERROR} findings.
   *
   * @return the codes, empty for all but {@link #THERAPIST_CERTIFICATION_WITHOUT_LICENSE}, not null
   */
  public ImmutableSet<FindingCode> coOccurring() {
    return coOccurring;
  }

  /**
   * Returns whether a finding is the one this break triggers: same code and severity, at one of
   * {@link #paths()}.
   *
   * @param finding the finding, not null
   * @return true if it matches
   */
  public boolean matches(Finding finding) {
    return finding.code() == code
        && finding.severity() == severity
        && paths.stream().anyMatch(finding.pointer()::matches);
  }

  /**
   * Returns the breaks that trigger a code and nothing else: every break with that {@link #code()}
   * and no {@link #coOccurring()} codes.
   *
   * @param code the code, not null
   * @return the breaks, in declaration order; empty if the qualification rules never report the
   *     code as the result of a break (the invariant codes and {@code REQUIREMENT_MET})
   */
  public static ImmutableList<QualificationBreak> triggering(FindingCode code) {
    checkArgument(code != null, "code must not be null");
    return Arrays.stream(values())
        .filter(b -> b.code == code && b.coOccurring.isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every code some break triggers: seventeen of the codes the qualification rules report
   * for problems (all but {@code SUPERVISOR_TENURE_SHORT} and {@code SUPERVISOR_NOT_CERTIFIED},
   * which have no break yet).
   *
   * @return the codes, not null
   */
  public static ImmutableSet<FindingCode> codes() {
    return Arrays.stream(values())
        .map(QualificationBreak::code)
        .collect(ImmutableSet.toImmutableSet());
  }
}
