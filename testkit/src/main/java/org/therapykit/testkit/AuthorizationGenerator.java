package org.therapykit.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.ClientId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.consent.ExpiryEvent;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.testkit.internal.Course;
import org.therapykit.testkit.internal.CourseValues;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of release-of-information authorisations, such as {@code
 * TherapyGenerators.authorizations().inForceOn(date)}: one client's authorisation for their
 * therapist to give an invented provider some categories of their information, {@linkplain
 * ReleaseAuthorization#isInForceOn(LocalDate) in force} on the date.
 *
 * <p>By default any valid authorisation, signed between 1990 and 2035: one in ten is for
 * psychotherapy notes alone; most have an expiry date, some an expiry event (sometimes occurred),
 * one in ten is revoked, and one in ten lacks a required statement (is defective). The standing
 * methods ({@link #inForceOn}, {@link #revokedOn}, {@link #expiredOn}, {@link #defective}) each
 * replace any earlier one. Each customisation returns a new generator; this one is immutable and
 * thread-safe.
 */
public final class AuthorizationGenerator implements Generator<ReleaseAuthorization> {
  private enum Standing {
    ANY,
    IN_FORCE,
    REVOKED,
    EXPIRED,
    DEFECTIVE
  }

  private record Config(
      Standing standing, LocalDate date, boolean notes, Optional<ClientId> subject) {
    Config withStanding(Standing s, LocalDate d) {
      return new Config(s, d, notes, subject);
    }

    Config withNotes() {
      return new Config(standing, date, true, subject);
    }

    Config withSubject(ClientId client) {
      return new Config(standing, date, notes, Optional.of(client));
    }
  }

  private final Config config;
  private final String description;

  private AuthorizationGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static AuthorizationGenerator create() {
    return new AuthorizationGenerator(
        new Config(Standing.ANY, CourseValues.EARLIEST, false, Optional.empty()),
        "authorizations()");
  }

  private AuthorizationGenerator with(Config next, String step) {
    return new AuthorizationGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of authorisations in force on a date: complete, signed up to two years
   * before it, not expired and not revoked by it.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public AuthorizationGenerator inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(config.withStanding(Standing.IN_FORCE, date), "inForceOn(" + date + ")");
  }

  /**
   * Returns a generator of complete authorisations revoked on or before a date (the revocation
   * takes effect the day it is received, so they are not in force on the date).
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public AuthorizationGenerator revokedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(config.withStanding(Standing.REVOKED, date), "revokedOn(" + date + ")");
  }

  /**
   * Returns a generator of complete, unrevoked authorisations expired by a date: their expiry date
   * is before it, or their expiry event occurred on or before it.
   *
   * @param date the date, not null
   * @return a new generator, not null
   */
  public AuthorizationGenerator expiredOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return with(config.withStanding(Standing.EXPIRED, date), "expiredOn(" + date + ")");
  }

  /**
   * Returns a generator of defective authorisations: lacking one, two or all three of the
   * statements HIPAA requires, so in force on no date.
   *
   * @return a new generator, not null
   */
  public AuthorizationGenerator defective() {
    return with(config.withStanding(Standing.DEFECTIVE, config.date()), "defective()");
  }

  /**
   * Returns a generator of authorisations for psychotherapy notes, and no other category (they need
   * an authorisation of their own).
   *
   * @return a new generator, not null
   */
  public AuthorizationGenerator psychotherapyNotes() {
    return with(config.withNotes(), "psychotherapyNotes()");
  }

  /**
   * Returns a generator of authorisations signed for one client.
   *
   * @param client the subject, not null
   * @return a new generator, not null
   */
  public AuthorizationGenerator forSubject(ClientId client) {
    Objects.requireNonNull(client, "client");
    return with(config.withSubject(client), "forSubject(" + client + ")");
  }

  @Override
  public ReleaseAuthorization next(Source s) {
    Standing standing = config.standing();
    LocalDate date = config.date();
    ClientId who = config.subject().orElseGet(() -> Course.clientId(s));
    Party discloser =
        Party.builder()
            .role(PartyRole.THERAPIST)
            .practitioner(Credentials.practitionerId(s))
            .name(Credentials.displayName(s, s.bool()))
            .build();
    Party recipient =
        Course.party(
            s,
            s.pick(
                ImmutableList.of(
                    PartyRole.FERTILITY_SPECIALIST,
                    PartyRole.GENERAL_PRACTITIONER,
                    PartyRole.PHYSICIAN,
                    PartyRole.HEALTH_PLAN,
                    PartyRole.THERAPIST)),
            Optional.empty());
    Course.Terms terms = Course.terms(s, recipient);
    if (config.notes()) {
      terms =
          new Course.Terms(
              recipient,
              ImmutableSet.of(InformationCategory.PSYCHOTHERAPY_NOTES),
              terms.purposes());
    }
    Optional<LocalDate> expires = Optional.empty();
    Optional<ExpiryEvent> event = Optional.empty();
    Optional<LocalDate> occurred = Optional.empty();
    Optional<LocalDate> revoked = Optional.empty();
    LocalDate signed;
    switch (standing) {
      case IN_FORCE -> {
        signed = Draw.dateBackFrom(s, date, date.minusDays(730));
        if (s.chance(75)) {
          expires = Optional.of(Draw.date(s, date, date.plusDays(730)));
        }
        if (expires.isEmpty() || s.chance(30)) {
          event = Optional.of(s.pick(ExpiryEvent.class));
          if (s.chance(20)) {
            occurred = Optional.of(Draw.date(s, date.plusDays(1), date.plusDays(400)));
          }
        }
        if (s.chance(10)) {
          revoked = Optional.of(Draw.date(s, date.plusDays(1), date.plusDays(400)));
        }
      }
      case REVOKED -> {
        signed = Draw.dateBackFrom(s, date, date.minusDays(730));
        revoked = Optional.of(Draw.dateBackFrom(s, date, signed));
        expires = Optional.of(signed.plusDays(s.between(30, 730)));
      }
      case EXPIRED -> {
        if (s.bool()) {
          LocalDate end = Draw.dateBackFrom(s, date.minusDays(1), date.minusDays(730));
          signed = end.minusDays(s.between(0, 730));
          expires = Optional.of(end);
        } else {
          LocalDate on = Draw.dateBackFrom(s, date, date.minusDays(730));
          signed = on.minusDays(s.between(0, 730));
          event = Optional.of(s.pick(ExpiryEvent.class));
          occurred = Optional.of(on);
        }
      }
      default -> {
        signed = Draw.date(s, CourseValues.EARLIEST, CourseValues.LATEST);
        if (s.chance(75)) {
          expires = Optional.of(signed.plusDays(s.between(0, 730)));
        }
        if (expires.isEmpty() || s.chance(30)) {
          event = Optional.of(s.pick(ExpiryEvent.class));
          if (s.chance(30)) {
            occurred = Optional.of(signed.plusDays(s.between(0, 730)));
          }
        }
        if (s.chance(10)) {
          revoked = Optional.of(signed.plusDays(s.between(0, 730)));
        }
      }
    }
    ReleaseAuthorization a =
        Course.authorization(
            s,
            Course.authorizationId(s.between(1, 999)),
            who,
            discloser,
            terms,
            signed,
            expires,
            event,
            occurred,
            revoked);
    int missing =
        standing == Standing.DEFECTIVE
            ? s.between(1, 7)
            : standing == Standing.ANY && s.chance(10) ? s.between(1, 7) : 0;
    if (missing == 0) {
      return a;
    }
    return ReleaseAuthorization.builder()
        .from(a)
        .revocationStatement((missing & 1) == 0)
        .conditioningStatement((missing & 2) == 0)
        .redisclosureStatement((missing & 4) == 0)
        .build();
  }

  /** Returns the expression that built this generator, such as {@code authorizations()}. */
  @Override
  public String toString() {
    return description;
  }
}
