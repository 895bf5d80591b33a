package org.therapykit.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.therapykit.ClientId;
import org.therapykit.Party;
import org.therapykit.PartyRole;
import org.therapykit.consent.DisclosurePurpose;
import org.therapykit.consent.DisclosureRequest;
import org.therapykit.consent.InformationCategory;
import org.therapykit.consent.ReleaseAuthorization;
import org.therapykit.course.TherapyCase;
import org.therapykit.testkit.internal.Course;
import org.therapykit.testkit.internal.CourseValues;
import org.therapykit.testkit.internal.Credentials;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of requests to disclose a client's information, such as {@code
 * TherapyGenerators.disclosureRequests().about(therapyCase)}: requests a host would put to {@code
 * DisclosureRules.standard().decide(therapyCase, request)}.
 *
 * <p>By default any valid request: any requester, purpose and categories about one or two clients,
 * dated between 1990 and 2035. {@link #about(TherapyCase)} aims the requests at a case, so that
 * every rule is reached: the requester is, in turn, a recipient one of the case's authorisations
 * names (or a person at that organisation), the case's practitioner, one of its clients (as a
 * client designee), a supervisor or an outsider; subjects are the case's clients (rarely someone
 * else); purposes and categories those of an authorisation or any; dates around the authorisations'
 * signatures, expiries and revocations. Each customisation returns a new generator; this one is
 * immutable and thread-safe.
 */
public final class DisclosureRequestGenerator implements Generator<DisclosureRequest> {
  private record Config(Optional<TherapyCase> target) {}

  private final Config config;
  private final String description;

  private DisclosureRequestGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static DisclosureRequestGenerator create() {
    return new DisclosureRequestGenerator(new Config(Optional.empty()), "disclosureRequests()");
  }

  private DisclosureRequestGenerator with(Config next, String step) {
    return new DisclosureRequestGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of requests about a case's clients, by the parties its authorisations name,
   * its practitioner, its clients and others.
   *
   * @param therapyCase the case, not null
   * @return a new generator, not null
   */
  public DisclosureRequestGenerator about(TherapyCase therapyCase) {
    Objects.requireNonNull(therapyCase, "therapyCase");
    // replaces any earlier case, in the description too
    return create().with(new Config(Optional.of(therapyCase)), "about(" + therapyCase.id() + ")");
  }

  @Override
  public DisclosureRequest next(Source s) {
    Optional<TherapyCase> target = config.target();
    if (target.isEmpty()) {
      return DisclosureRequest.builder()
          .requester(CourseValues.party(s))
          .purpose(s.pick(DisclosurePurpose.class))
          .subjects(CourseValues.partners(s))
          .categories(Course.some(s, ImmutableList.copyOf(InformationCategory.values())))
          .date(Draw.date(s, CourseValues.EARLIEST, CourseValues.LATEST))
          .build();
    }
    TherapyCase c = target.get();
    List<ClientId> clients = c.unit().clientIds().asList();
    Optional<ReleaseAuthorization> like =
        c.authorizations().isEmpty() || s.chance(20)
            ? Optional.empty()
            : Optional.of(s.pick(c.authorizations()));
    Party requester = requester(s, c, clients, like);
    DisclosurePurpose purpose =
        like.isPresent() && s.chance(70)
            ? s.pick(like.get().purposes().asList())
            : s.pick(DisclosurePurpose.class);
    ImmutableSet<InformationCategory> categories =
        like.isPresent() && s.chance(60)
            ? Course.some(s, like.get().categories())
            : Course.some(s, ImmutableList.copyOf(InformationCategory.values()));
    ImmutableSet<ClientId> subjects =
        s.chance(5)
            ? ImmutableSet.of(ClientId.of("client-99999"))
            : like.isPresent() && s.chance(50)
                ? ImmutableSet.of(like.get().subject())
                : Course.some(s, clients);
    return DisclosureRequest.builder()
        .requester(requester)
        .purpose(purpose)
        .subjects(subjects)
        .categories(categories)
        .date(date(s, c, like))
        .build();
  }

  private static Party requester(
      Source s, TherapyCase c, List<ClientId> clients, Optional<ReleaseAuthorization> like) {
    switch (s.between(0, 5)) {
      case 1 -> {
        return Party.builder()
            .role(PartyRole.THERAPIST)
            .practitioner(c.practitioner().id())
            .name(c.practitioner().displayName())
            .build();
      }
      case 2 -> {
        return Party.builder().role(PartyRole.CLIENT_DESIGNEE).client(s.pick(clients)).build();
      }
      case 3 -> {
        return Party.builder()
            .role(PartyRole.SUPERVISOR)
            .name(Credentials.displayName(s, s.bool()))
            .practitioner(Credentials.practitionerId(s))
            .build();
      }
      case 4 -> {
        return Course.party(
            s,
            s.pick(ImmutableList.of(PartyRole.HEALTH_PLAN, PartyRole.PHYSICIAN, PartyRole.OTHER)),
            Optional.empty());
      }
      default -> {
        if (like.isEmpty()) {
          return Course.party(s, PartyRole.FERTILITY_SPECIALIST, Optional.empty());
        }
        Party named = s.pick(like.get().recipients());
        if (named.organization().isEmpty() || named.practitioner().isPresent() || s.bool()) {
          return named;
        }
        return Party.builder()
            .role(named.role())
            .name(Credentials.displayName(s, true))
            .organization(named.organization())
            .build();
      }
    }
  }

  private static LocalDate date(Source s, TherapyCase c, Optional<ReleaseAuthorization> like) {
    List<LocalDate> anchors = new ArrayList<>();
    like.ifPresent(
        a -> {
          anchors.add(a.signature().signedOn());
          a.expiresOn().ifPresent(anchors::add);
          a.revokedOn().ifPresent(anchors::add);
          a.expiryEventOccurredOn().ifPresent(anchors::add);
        });
    c.sessions().forEach(x -> anchors.add(x.date()));
    if (anchors.isEmpty()) {
      return Draw.date(s, CaseGenerator.DEFAULT_AS_OF.minusYears(1), CaseGenerator.DEFAULT_AS_OF);
    }
    LocalDate anchor = s.pick(anchors);
    return s.bool() ? anchor.minusDays(s.between(1, 30)) : anchor.plusDays(s.between(0, 30));
  }

  /** Returns the expression that built this generator, such as {@code disclosureRequests()}. */
  @Override
  public String toString() {
    return description;
  }
}
