package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.referral.Referral;
import org.therapykit.referral.ReferralStatus;
import org.therapykit.testkit.internal.CourseValues;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of referrals, such as {@code TherapyGenerators.referrals().activeThrough(first,
 * last)}: referrals by an invented general practitioner, fertility specialist or physician, in
 * effect on every day of a course.
 *
 * <p>By default any status (seven in ten active), written between 1990 and 2035, with a status date
 * for most on-hold, revoked and completed ones, and an expiry date one time in four. Each
 * customisation returns a new generator; this one is immutable and thread-safe.
 */
public final class ReferralGenerator implements Generator<Referral> {
  private record Config(Optional<LocalDate> first, Optional<LocalDate> last) {}

  private final Config config;
  private final String description;

  private ReferralGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static ReferralGenerator create() {
    return new ReferralGenerator(new Config(Optional.empty(), Optional.empty()), "referrals()");
  }

  private ReferralGenerator with(Config next, String step) {
    return new ReferralGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of referrals {@linkplain Referral#isActiveOn(LocalDate) active} on a date.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public ReferralGenerator activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    // replaces any earlier period, in the description too
    return create()
        .with(new Config(Optional.of(date), Optional.of(date)), "activeOn(" + date + ")");
  }

  /**
   * Returns a generator of referrals active on every day from {@code first} to {@code last}:
   * written up to 90 days before, then active, or completed or expiring on or after {@code last}.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return a new generator, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public ReferralGenerator activeThrough(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "last %s is before first %s", last, first);
    return create()
        .with(
            new Config(Optional.of(first), Optional.of(last)),
            "activeThrough(" + first + ", " + last + ")");
  }

  @Override
  public Referral next(Source source) {
    Optional<LocalDate> first = config.first();
    Optional<LocalDate> last = config.last();
    if (first.isEmpty() || last.isEmpty()) {
      ReferralStatus status =
          source.chance(70) ? ReferralStatus.ACTIVE : source.pick(ReferralStatus.class);
      return CourseValues.referral(
          source, Draw.date(source, CourseValues.EARLIEST, CourseValues.LATEST), status);
    }
    LocalDate from = first.get();
    LocalDate to = last.get();
    LocalDate authored = Draw.dateBackFrom(source, from, from.minusDays(90));
    Referral r = CourseValues.referral(source, authored, ReferralStatus.ACTIVE);
    Referral.Builder b = Referral.builder().from(r).statusDate(Optional.empty());
    if (source.chance(25)) {
      b.status(ReferralStatus.COMPLETED).statusDate(Draw.date(source, to, to.plusDays(60)));
    }
    b.expiresOn(
        source.chance(25)
            ? Optional.of(Draw.date(source, to, to.plusDays(365)))
            : Optional.empty());
    return b.build();
  }

  /** Returns the expression that built this generator, such as {@code referrals()}. */
  @Override
  public String toString() {
    return description;
  }
}
