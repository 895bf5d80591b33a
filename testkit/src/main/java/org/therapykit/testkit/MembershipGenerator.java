package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.credential.CertifyingBody;
import org.therapykit.credential.Membership;
import org.therapykit.testkit.internal.Credentials;

/**
 * A generator of {@link Membership}s of certifying bodies, such as {@code
 * TherapyGenerators.memberships().activeOn(date)}: AASECT membership for the year around the date.
 *
 * <p>By default: eight in ten of AASECT (whose certifications lapse with membership), the rest of
 * any body; one year, starting between 1990 and 2034. Immutable and thread-safe.
 */
public final class MembershipGenerator implements Generator<Membership> {
  private enum Kind {
    ANY,
    ACTIVE,
    LAPSED,
    GRACE
  }

  private record Config(Optional<CertifyingBody> body, Kind kind, LocalDate date) {}

  private final Config config;
  private final String description;

  private MembershipGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static MembershipGenerator create() {
    return new MembershipGenerator(
        new Config(Optional.empty(), Kind.ANY, LocalDate.of(1990, 1, 1)), "memberships()");
  }

  private MembershipGenerator with(Config next, String step) {
    return new MembershipGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of memberships of one body.
   *
   * @param body the body, not null
   * @return a new generator, not null
   */
  public MembershipGenerator ofBody(CertifyingBody body) {
    Objects.requireNonNull(body, "body");
    checkArgument(
        config.kind() != Kind.GRACE || !Credentials.gracePeriod(body).isZero(),
        "the default policy gives %s no membership grace period",
        body);
    return with(
        new Config(Optional.of(body), config.kind(), config.date()), "ofBody(" + body + ")");
  }

  /**
   * Returns a generator of one-year memberships active on a date.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public MembershipGenerator activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(new Config(config.body(), Kind.ACTIVE, date), "activeOn(" + date + ")");
  }

  /**
   * Returns a generator of memberships that keep no certification in force on a date: three in four
   * ended before it and before the body's grace period in the default policy (AASECT: three months;
   * within three years), the others start after it (within 180 days).
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public MembershipGenerator lapsedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(new Config(config.body(), Kind.LAPSED, date), "lapsedOn(" + date + ")");
  }

  /**
   * Returns a generator of one-year memberships that ended before a date but within the body's
   * grace period in the default policy, so that they still keep its certifications in force on the
   * date: for AASECT, memberships that ended in the three months before it. Without {@link
   * #ofBody(CertifyingBody)}, of AASECT.
   *
   * @param date the date, not null
   * @return a new generator, not null
   * @throws IllegalArgumentException if an earlier {@code ofBody} chose a body without a grace
   *     period
   */
  public MembershipGenerator inGraceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    config
        .body()
        .ifPresent(
            b ->
                checkArgument(
                    !Credentials.gracePeriod(b).isZero(),
                    "the default policy gives %s no membership grace period",
                    b));
    return with(new Config(config.body(), Kind.GRACE, date), "inGraceOn(" + date + ")");
  }

  @Override
  public Membership next(Source source) {
    Optional<CertifyingBody> body = config.body();
    CertifyingBody b =
        body.orElseGet(
            () ->
                config.kind() != Kind.GRACE && source.chance(20)
                    ? source.pick(CertifyingBody.class)
                    : CertifyingBody.AASECT);
    return switch (config.kind()) {
      case ACTIVE -> Credentials.activeMembership(source, b, config.date());
      case LAPSED -> Credentials.lapsedMembership(source, b, config.date());
      case GRACE -> Credentials.graceMembership(source, b, config.date());
      case ANY -> Credentials.anyMembership(source, b);
    };
  }

  /** Returns the expression that built this generator, such as {@code memberships()}. */
  @Override
  public String toString() {
    return description;
  }
}
