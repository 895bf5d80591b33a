package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.Jurisdiction;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.testkit.internal.PractitionerFactory;
import org.therapykit.validation.FindingCode;

/**
 * A generator of {@link Practitioner}s with realistic evidence, such as {@code
 * TherapyGenerators.practitioners().certifiedSexTherapists().asOf(date)}: licensed clinicians with
 * a recognised sex-therapist certification valid on the date.
 *
 * <p>What the values are is stated against {@link QualificationPolicy#standard()} on the {@link
 * #asOf(LocalDate) date} ({@link #DEFAULT_AS_OF} unless set):
 *
 * <ul>
 *   <li>{@link #certifiedSexTherapists()}, {@link #uncertifiedSexTherapists()}, {@link
 *       #counsellors()}, {@link #educators()}, {@link #notQualified()}: every value is assessed as
 *       that {@link Classification} on the date, and no finding is an {@code ERROR}. Warnings may
 *       occur, as in life: a certification about to expire, an old expired licence.
 *   <li>{@link #breaking(QualificationBreak)} and {@link #breaking(FindingCode)}: every value
 *       triggers one rule, exactly as the {@link QualificationBreak} documents.
 *   <li>Without either: any valid practitioner, mixing the above with arbitrary and contradictory
 *       evidence (lapsed certifications, future training, supervisors without a base), which is
 *       what "assessment never throws" properties need.
 * </ul>
 *
 * <p>Evidence is built from the default policy's own requirement sets and recognitions, so it meets
 * or just misses its numbers (90 hours of core knowledge, 300 supervised hours, a clinical master's
 * two years old ...); every value is built through the public builders, never filtered. Names,
 * organisations, institutions and course titles are invented; licence and certificate numbers
 * follow each regulator's or board's style; dates fall within about 30 years before the date (a
 * credential not yet valid, or arbitrary evidence, may be dated up to a few years after it). Each
 * customisation returns a new generator; this one is immutable and thread-safe.
 */
public final class PractitionerGenerator implements Generator<Practitioner> {
  /** The date classifications and breaks hold on unless {@link #asOf} sets another: 2026-06-01. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 1);

  private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /**
   * What the customisations chose. A classification or break, or a date, ends any period ({@code
   * through}); the jurisdiction keeps it.
   */
  private record Config(
      Optional<Classification> classification,
      ImmutableList<QualificationBreak> breaks,
      LocalDate asOf,
      Optional<Jurisdiction> jurisdiction,
      Optional<LocalDate> through) {
    Config withChoice(Optional<Classification> c, ImmutableList<QualificationBreak> b) {
      return new Config(c, b, asOf, jurisdiction, Optional.empty());
    }

    Config withAsOf(LocalDate date) {
      return new Config(classification, breaks, date, jurisdiction, Optional.empty());
    }

    Config withPeriod(LocalDate first, LocalDate last) {
      return new Config(classification, breaks, first, jurisdiction, Optional.of(last));
    }

    Config withJurisdiction(Jurisdiction j) {
      return new Config(classification, breaks, asOf, Optional.of(j), through);
    }
  }

  private final Config config;
  private final String description;

  private PractitionerGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static PractitionerGenerator create() {
    return new PractitionerGenerator(
        new Config(
            Optional.empty(),
            ImmutableList.of(),
            DEFAULT_AS_OF,
            Optional.empty(),
            Optional.empty()),
        "practitioners()");
  }

  private PractitionerGenerator with(Config next, String step) {
    return new PractitionerGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator with a new classification or break, described afresh: the choice replaces
   * every earlier one, so the expression names only it, then the date and the jurisdiction.
   */
  private PractitionerGenerator withChoice(
      Optional<Classification> classification,
      ImmutableList<QualificationBreak> breaks,
      String step) {
    Config next = config.withChoice(classification, breaks);
    return create()
        .with(
            next,
            step
                + (next.asOf().equals(DEFAULT_AS_OF) ? "" : ".asOf(" + next.asOf() + ")")
                + next.jurisdiction().map(j -> ".inJurisdiction(" + j + ")").orElse(""));
  }

  /**
   * Returns a generator of certified sex therapists on the date: a licence for independent
   * psychotherapy valid on it, and a recognised therapist certification (AASECT CST, COSRT, EFS-
   * ESSM, SAS, BESTCO or OPSQ) valid on it whose region covers the licence, with AASECT membership
   * where the policy asks for it. Replaces any earlier classification or break.
   *
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@link #inJurisdiction} chose a jurisdiction no recognised
   *     certification covers (such as {@code NZ})
   */
  public PractitionerGenerator certifiedSexTherapists() {
    return classifiedAs(Classification.CERTIFIED_SEX_THERAPIST);
  }

  /**
   * Returns a generator of sex therapists without a recognised certification: licensed clinicians
   * whose degree, training and supervised practice meet every requirement of the sex-therapy set in
   * force, some hours exactly at the requirement. Replaces any earlier classification or break.
   *
   * @return a new generator, not null
   */
  public PractitionerGenerator uncertifiedSexTherapists() {
    return classifiedAs(Classification.SEX_THERAPIST);
  }

  /**
   * Returns a generator of sex counsellors: holders of a recognised counsellor certification
   * (AASECT CSC, OPSQ sexologue), or people meeting the counselling set (a human-service degree and
   * 1,000 counselling hours over two to five years); some are licensed clinicians without
   * sex-therapy training. Replaces any earlier classification or break.
   *
   * @return a new generator, not null
   */
  public PractitionerGenerator counsellors() {
    return classifiedAs(Classification.SEX_COUNSELLOR);
  }

  /**
   * Returns a generator of sexuality educators: holders of a recognised educator certification
   * (AASECT CSE, SAS educator), or people meeting the education set. Replaces any earlier
   * classification or break.
   *
   * @return a new generator, not null
   */
  public PractitionerGenerator educators() {
    return classifiedAs(Classification.SEXUALITY_EDUCATOR);
  }

  /**
   * Returns a generator of people who are none of the above on the date: trainees one requirement
   * short of a set, holders of non-clinical certificates, people with little evidence. Replaces any
   * earlier classification or break.
   *
   * @return a new generator, not null
   */
  public PractitionerGenerator notQualified() {
    return classifiedAs(Classification.NOT_QUALIFIED);
  }

  /**
   * Returns a generator of practitioners with a classification on the date. Replaces any earlier
   * classification or break.
   *
   * @param classification the classification, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException for {@link Classification#CERTIFIED_SEX_THERAPIST} in a
   *     jurisdiction no recognised certification covers
   */
  public PractitionerGenerator classifiedAs(Classification classification) {
    Objects.requireNonNull(classification, "classification");
    checkCertifiable(classification, config.jurisdiction());
    return withChoice(
        Optional.of(classification), ImmutableList.of(), "classifiedAs(" + classification + ")");
  }

  /**
   * Returns a generator of valid practitioners that break one named rule on the date, exactly as
   * the constant documents. Replaces any earlier classification or break.
   *
   * @param rule the break, not null
   * @return a new generator, not null
   */
  public PractitionerGenerator breaking(QualificationBreak rule) {
    Objects.requireNonNull(rule, "rule");
    checkBreakable(ImmutableList.of(rule), config.jurisdiction());
    return withChoice(Optional.empty(), ImmutableList.of(rule), "breaking(" + rule + ")");
  }

  private static void checkBreakable(
      ImmutableList<QualificationBreak> rules, Optional<Jurisdiction> j) {
    checkArgument(
        j.map(x -> rules.stream().anyMatch(b -> PractitionerFactory.worksIn(b, x))).orElse(true),
        "%s cannot be broken with every licence in %s",
        rules,
        j.map(Jurisdiction::toString).orElse(""));
  }

  /**
   * Returns a generator of valid practitioners whose assessment on the date reports a code and no
   * other warning or error, drawn evenly from {@link QualificationBreak#triggering(FindingCode)},
   * such as {@code breaking(FindingCode.MEMBERSHIP_LAPSED)}. Replaces any earlier classification or
   * break.
   *
   * @param code one of the codes in {@link QualificationBreak#codes()}, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if no break triggers the code alone (the invariant codes and
   *     {@code REQUIREMENT_MET})
   */
  public PractitionerGenerator breaking(FindingCode code) {
    Objects.requireNonNull(code, "code");
    ImmutableList<QualificationBreak> rules = QualificationBreak.triggering(code);
    checkArgument(!rules.isEmpty(), "no qualification rule break triggers %s alone", code);
    checkBreakable(rules, config.jurisdiction());
    return withChoice(Optional.empty(), rules, "breaking(" + code + ")");
  }

  /**
   * Returns a generator whose classification or break holds on a date, and whose evidence is dated
   * around it.
   *
   * @param date the date, from 1970-01-01 to 2100-12-31, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the date is out of range
   */
  public PractitionerGenerator asOf(LocalDate date) {
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
   * Returns a generator whose classification holds on every day from {@code first} to {@code last},
   * as a course of therapy needs: {@link #certifiedSexTherapists()} whose licence, certification
   * and membership (renewed yearly) are in force throughout, or {@link #counsellors()} holding a
   * recognised counsellor certification in force throughout. Evidence is dated around {@code
   * first}. A later {@link #asOf}, classification or break replaces the period.
   *
   * @param first the first day, from 1970-01-01 to 2100-12-31, not null
   * @param last the last day, not before {@code first}, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if the dates are out of range or out of order, or the
   *     classification is not certified sex therapist or sex counsellor
   */
  public PractitionerGenerator throughout(LocalDate first, LocalDate last) {
    Objects.requireNonNull(last, "last");
    asOf(first); // checks first as asOf does
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    Optional<Classification> classification = config.classification();
    checkArgument(
        classification.equals(Optional.of(Classification.CERTIFIED_SEX_THERAPIST))
            || classification.equals(Optional.of(Classification.SEX_COUNSELLOR)),
        "only certified sex therapists and counsellors hold throughout a period, not %s",
        classification.map(Classification::toString).orElse("any practitioner"));
    return with(config.withPeriod(first, last), "throughout(" + first + ", " + last + ")");
  }

  /**
   * Returns a generator of practitioners whose every licence is issued in one jurisdiction, such as
   * {@code Jurisdiction.parse("US-NY")}.
   *
   * @param jurisdiction the jurisdiction, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@link #certifiedSexTherapists()} was chosen and no
   *     recognised certification covers the jurisdiction
   */
  public PractitionerGenerator inJurisdiction(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    config.classification().ifPresent(c -> checkCertifiable(c, Optional.of(jurisdiction)));
    if (!config.breaks().isEmpty()) {
      checkBreakable(config.breaks(), Optional.of(jurisdiction));
    }
    return with(config.withJurisdiction(jurisdiction), "inJurisdiction(" + jurisdiction + ")");
  }

  private static void checkCertifiable(Classification c, Optional<Jurisdiction> j) {
    checkArgument(
        c != Classification.CERTIFIED_SEX_THERAPIST
            || j.map(x -> !PractitionerFactory.coveringTypes(x).isEmpty()).orElse(true),
        "no recognised sex-therapist certification covers %s",
        j.map(Jurisdiction::toString).orElse(""));
  }

  /** The breaks that can be made with every licence in the jurisdiction, in their order. */
  private static ImmutableList<QualificationBreak> possible(
      ImmutableList<QualificationBreak> breaks, Optional<Jurisdiction> j) {
    if (j.isEmpty()) {
      return breaks;
    }
    return breaks.stream()
        .filter(b -> PractitionerFactory.worksIn(b, j.get()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public Practitioner next(Source source) {
    Optional<Classification> classification = config.classification();
    ImmutableList<QualificationBreak> breaks = config.breaks();
    LocalDate asOf = config.asOf();
    Optional<Jurisdiction> jurisdiction = config.jurisdiction();
    Optional<LocalDate> through = config.through();
    if (classification.isPresent() && through.isPresent()) {
      return PractitionerFactory.throughout(
          source, asOf, through.get(), jurisdiction, classification.get());
    }
    if (classification.isPresent()) {
      return PractitionerFactory.classified(source, asOf, jurisdiction, classification.get());
    }
    if (!breaks.isEmpty()) {
      return PractitionerFactory.breaking(
          source, asOf, jurisdiction, source.pick(possible(breaks, jurisdiction)));
    }
    boolean certifiable =
        jurisdiction.map(j -> !PractitionerFactory.coveringTypes(j).isEmpty()).orElse(true);
    int ticket = source.between(0, certifiable ? 14 : 11);
    if (ticket < 3) {
      return PractitionerFactory.arbitrary(source, asOf, jurisdiction);
    }
    if (ticket < 5) {
      return PractitionerFactory.classified(
          source, asOf, jurisdiction, Classification.NOT_QUALIFIED);
    }
    if (ticket < 7) {
      return PractitionerFactory.classified(
          source, asOf, jurisdiction, Classification.SEX_COUNSELLOR);
    }
    if (ticket < 8) {
      return PractitionerFactory.classified(
          source, asOf, jurisdiction, Classification.SEXUALITY_EDUCATOR);
    }
    if (ticket < 10) {
      return PractitionerFactory.classified(
          source, asOf, jurisdiction, Classification.SEX_THERAPIST);
    }
    if (ticket < 12) {
      return PractitionerFactory.breaking(
          source,
          asOf,
          jurisdiction,
          source.pick(possible(ImmutableList.copyOf(QualificationBreak.values()), jurisdiction)));
    }
    return PractitionerFactory.classified(
        source, asOf, jurisdiction, Classification.CERTIFIED_SEX_THERAPIST);
  }

  /**
   * Returns the expression that built this generator, such as {@code
   * practitioners().classifiedAs(CERTIFIED_SEX_THERAPIST).asOf(2030-01-01)}.
   */
  @Override
  public String toString() {
    return description;
  }
}
