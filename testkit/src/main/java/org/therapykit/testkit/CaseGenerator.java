package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.client.UnitKind;
import org.therapykit.course.CaseRules;
import org.therapykit.course.TherapyCase;
import org.therapykit.testkit.internal.CaseFactory;
import org.therapykit.validation.FindingCode;

/**
 * A generator of whole courses of therapy, such as {@code
 * TherapyGenerators.cases().couple().inFertilityTreatment().withSessions(3, 8)}: a couple in
 * fertility treatment, referred by their fertility specialist to a certified sex therapist, with
 * three to eight sessions.
 *
 * <p>Every value is a valid {@link TherapyCase} (its invariants hold: every reference resolves),
 * and unless {@link #breaking(CaseRuleBreak)} is chosen, {@code
 * CaseRules.standard().validate(case)} reports no finding at all: a coherent course, on or before
 * the {@link #asOf(LocalDate) date} ({@link #DEFAULT_AS_OF} unless set):
 *
 * <ul>
 *   <li>the practitioner is a certified sex therapist (built like {@code
 *       practitioners().certifiedSexTherapists()}) whose licence, certification and membership are
 *       in force from the first session to the date, so every goal is within their scope;
 *   <li>the referral is written up to 90 days before the first session and is active on every
 *       session (active, or completed after the last, or expiring after it);
 *   <li>each client consents and completes their intake form by the first session; a consent may be
 *       withdrawn after the client's last session;
 *   <li>sessions are numbered and dated in order, up to 35 days apart, the last up to 400 days
 *       before the date; the first is an intake session; a couple's partners attend together or
 *       alone;
 *   <li>the plan (one to three versions) takes effect by the first session, or at the second after
 *       an intake, and every version plans at least the sessions held under it;
 *   <li>goals are set during the course, and worked on only once set; homework goes only to
 *       attendees and is reviewed in a later session;
 *   <li>releases of information are signed by each partner for themselves, and every disclosure
 *       names, for every subject, their authorisation in force on its date that covers its
 *       recipient, purpose and categories.
 * </ul>
 *
 * <p>Sensitive free text (intake notes and reasons, goal descriptions and targets, notes, homework)
 * is obviously synthetic, such as {@code synthetic progress note 17: sensate focus introduced};
 * names, organisations and ids are invented. Shrinks toward fewer sessions, an individual, fewer
 * goals, no homework and no releases. Each customisation returns a new generator; this one is
 * immutable and thread-safe.
 */
public final class CaseGenerator implements Generator<TherapyCase> {
  /** The date cases are recorded as of unless {@link #asOf} sets another: 2026-06-01. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 1);

  /** The most sessions a case can have: 60. */
  public static final int MAX_SESSIONS = 60;

  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  /** What the customisations chose; a break always fits the sessions and the unit. */
  private record Config(
      int minSessions,
      int maxSessions,
      Optional<UnitKind> kind,
      boolean fertility,
      LocalDate asOf,
      Optional<CaseRuleBreak> broken) {
    Config {
      broken.ifPresent(
          x -> {
            checkArgument(
                maxSessions >= x.minimumSessions(),
                "%s needs at least %s sessions, but at most %s are allowed",
                x,
                x.minimumSessions(),
                maxSessions);
            checkArgument(
                !x.requiresCouple() || !kind.equals(Optional.of(UnitKind.INDIVIDUAL)),
                "%s needs a couple",
                x);
          });
    }

    Config withSessions(int min, int max) {
      return new Config(min, max, kind, fertility, asOf, broken);
    }

    Config withKind(UnitKind k) {
      return new Config(minSessions, maxSessions, Optional.of(k), fertility, asOf, broken);
    }

    Config withFertility() {
      return new Config(minSessions, maxSessions, kind, true, asOf, broken);
    }

    Config withAsOf(LocalDate d) {
      return new Config(minSessions, maxSessions, kind, fertility, d, broken);
    }

    Config withBroken(CaseRuleBreak b) {
      return new Config(minSessions, maxSessions, kind, fertility, asOf, Optional.of(b));
    }
  }

  private final Config config;
  private final String description;

  private CaseGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static CaseGenerator create() {
    return new CaseGenerator(
        new Config(0, 10, Optional.empty(), false, DEFAULT_AS_OF, Optional.empty()), "cases()");
  }

  private CaseGenerator with(Config next, String step) {
    return new CaseGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of cases with {@code min} to {@code max} sessions (by default 0 to 10);
   * shrinks toward {@code min}.
   *
   * @param min the fewest sessions, zero or more
   * @param max the most sessions, from {@code min} to {@link #MAX_SESSIONS}
   * @return a new generator, not null
   * @throws IllegalArgumentException if the bounds are out of range, or a chosen break needs more
   *     sessions than {@code max}
   */
  public CaseGenerator withSessions(int min, int max) {
    checkArgument(
        min >= 0 && max >= min && max <= MAX_SESSIONS,
        "need 0 <= min <= max <= %s: %s, %s",
        MAX_SESSIONS,
        min,
        max);
    return with(config.withSessions(min, max), "withSessions(" + min + ", " + max + ")");
  }

  /**
   * Returns a generator of cases treating one client.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if a chosen break needs a couple
   */
  public CaseGenerator individual() {
    return with(config.withKind(UnitKind.INDIVIDUAL), "individual()");
  }

  /**
   * Returns a generator of cases treating a couple: two clients, each with their own intake,
   * consent and releases.
   *
   * @return a new generator, not null
   */
  public CaseGenerator couple() {
    return with(config.withKind(UnitKind.COUPLE), "couple()");
  }

  /**
   * Returns a generator of cases whose unit is in fertility treatment: a fertility context on the
   * unit, a referral from a fertility specialist (reason fertility-related), fertility items in the
   * intake histories, and releases that end with the fertility treatment. Without it, three cases
   * in ten are.
   *
   * @return a new generator, not null
   */
  public CaseGenerator inFertilityTreatment() {
    return with(config.withFertility(), "inFertilityTreatment()");
  }

  /**
   * Returns a generator of cases recorded as of a date: every session, signature, revision and
   * disclosure of a case without a break falls on or before it, and the practitioner's credentials
   * are in force up to it.
   *
   * @param date the date, from 2000-01-01 to 2099-12-31, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the date is out of range
   */
  public CaseGenerator asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkArgument(
        !date.isBefore(EARLIEST) && !date.isAfter(LATEST),
        "date must be from %s to %s: %s",
        EARLIEST,
        LATEST,
        date);
    return with(config.withAsOf(date), "asOf(" + date + ")");
  }

  /**
   * Returns a generator of valid cases that break one case rule, exactly as the constant documents:
   * {@code CaseRules.standard()} reports its code at its paths, and nothing else. Replaces any
   * earlier break; raises the fewest sessions to the break's {@link
   * CaseRuleBreak#minimumSessions()}.
   *
   * @param rule the break, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the break needs more sessions than allowed, or a couple
   *     where {@link #individual()} was chosen
   */
  public CaseGenerator breaking(CaseRuleBreak rule) {
    Objects.requireNonNull(rule, "rule");
    return with(config.withBroken(rule), "breaking(" + rule + ")");
  }

  /**
   * Returns a generator of valid cases whose report by {@link CaseRules#standard()} contains a
   * case-rule code and no other, such as {@code breaking(FindingCode.SESSION_WITHOUT_CONSENT)}:
   * {@link #breaking(CaseRuleBreak)} with {@link CaseRuleBreak#of(FindingCode)}.
   *
   * @param code one of the twelve codes in {@link CaseRuleBreak#codes()}, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the code is not a case-rule code, or as {@link
   *     #breaking(CaseRuleBreak)}
   */
  public CaseGenerator breaking(FindingCode code) {
    Objects.requireNonNull(code, "code");
    return breaking(CaseRuleBreak.of(code));
  }

  @Override
  public TherapyCase next(Source source) {
    return CaseFactory.build(
        source,
        config.asOf(),
        config.minSessions(),
        config.maxSessions(),
        config.kind(),
        config.fertility(),
        config.broken());
  }

  /**
   * Returns the expression that built this generator, such as {@code
   * cases().couple().withSessions(3, 8)}.
   */
  @Override
  public String toString() {
    return description;
  }
}
