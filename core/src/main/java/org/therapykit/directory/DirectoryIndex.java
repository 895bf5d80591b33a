package org.therapykit.directory;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.credential.CertificationLevel;
import org.therapykit.internal.Violations;
import org.therapykit.practitioner.Affiliation;
import org.therapykit.practitioner.AffiliationRole;
import org.therapykit.practitioner.License;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.Practitioner;
import org.therapykit.practitioner.ServiceProfile;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.qualification.QualificationAssessment;
import org.therapykit.qualification.QualificationPolicy;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Pointer;

/**
 * An in-memory directory of practitioners and organisations, built once, that turns a referral into
 * a ranked, explained list of qualified practitioners: {@code index.find(query)}.
 *
 * <pre>{@code
 * DirectoryIndex index = DirectoryIndex.of(practitioners, organizations);
 * DirectoryResult result = index.find(DirectoryQuery.fromReferral(referral, home, asOf).build());
 * }</pre>
 *
 * <h2>Who is a candidate</h2>
 *
 * <p>A practitioner is offered when, on the query date, all of these hold:
 *
 * <ol>
 *   <li>the qualification policy's scope of practice includes the concern;
 *   <li>they accept new clients, see the kind of unit asked for, and (if a language is asked for)
 *       state that language;
 *   <li>they can see the client: in person at an organisation where they practise (their {@link
 *       ServiceProfile}, or, without one, where they are on staff or visiting) that lies in the
 *       client's jurisdiction — or, if the query sets {@link DirectoryQuery#maxTravelKm()}, within
 *       that distance, across a border if need be — and where they hold a licence valid on the
 *       date; or by telehealth, if the client accepts it, offered in the client's jurisdiction and
 *       with a licence valid there. (Sexuality education needs no licence.)
 * </ol>
 *
 * <p>A licence in a whole country covers its subdivisions; a client located only by country is
 * covered by a licence anywhere in that country. An organisation the index does not know has no
 * location, so no in-person care is offered there.
 *
 * <h2>Ranking</h2>
 *
 * <p>Each candidate is placed by its best way of seeing the client, in four tiers: (1) on staff at
 * the referring organisation; (2) in person at a hospital or sexual-health centre near the client
 * (within {@value #NEAR_KM} km, or in the same locality where coordinates are missing); (3) in
 * person elsewhere; (4) telehealth. Within a tier: certified sex therapists whose certification
 * does not expire within the policy's warning window first, then those whose certification does,
 * then sex therapists without certification, then counsellors, then educators; then by distance
 * (unknown last); then by practitioner id. The ranking is a deterministic function of the index and
 * the query.
 *
 * <h2>Audit</h2>
 *
 * <p>Every practitioner the index considered (by licence, telehealth or in-person service relevant
 * to the client, or staff of the referring organisation) and did not offer is listed with every
 * reason; the rest are counted as not considered.
 *
 * <p>Immutable and thread-safe; queries may run concurrently.
 */
public final class DirectoryIndex {
  /** How near, in kilometres, a hospital or sexual-health centre must be to rank second. */
  public static final int NEAR_KM = 50;

  private final QualificationPolicy policy;
  private final ImmutableMap<PractitionerId, Practitioner> practitioners;
  private final ImmutableMap<PractitionerId, ServiceProfile> profiles;
  private final ImmutableMap<OrganizationId, Organization> organizations;
  private final ImmutableListMultimap<Jurisdiction, Practitioner> byLicense;
  private final ImmutableListMultimap<Jurisdiction, Practitioner> byTelehealth;
  private final ImmutableListMultimap<OrganizationId, Practitioner> byInPersonOrganization;
  private final ImmutableListMultimap<OrganizationId, Practitioner> byStaffOrganization;
  private final ImmutableListMultimap<Jurisdiction, Organization> organizationsByJurisdiction;

  private DirectoryIndex(
      QualificationPolicy policy,
      List<Practitioner> practitioners,
      List<Organization> organizations) {
    this.policy = policy;
    Violations v = Violations.of("DirectoryIndex");
    v.unique("/practitioners", practitioners, Practitioner::id, "practitioner id");
    v.unique("/organizations", organizations, Organization::id, "organisation id");
    v.throwIfAny();
    ImmutableMap.Builder<PractitionerId, Practitioner> byId = ImmutableMap.builder();
    ImmutableMap.Builder<PractitionerId, ServiceProfile> profile = ImmutableMap.builder();
    ImmutableListMultimap.Builder<Jurisdiction, Practitioner> license =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Jurisdiction, Practitioner> telehealth =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<OrganizationId, Practitioner> inPerson =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<OrganizationId, Practitioner> staff =
        ImmutableListMultimap.builder();
    for (Practitioner p : practitioners) {
      byId.put(p.id(), p);
      ServiceProfile s = p.servicesOrDefault();
      profile.put(p.id(), s);
      p.licenses().stream().map(License::jurisdiction).distinct().forEach(j -> license.put(j, p));
      s.telehealthIn().forEach(j -> telehealth.put(j, p));
      s.inPersonAt().forEach(o -> inPerson.put(o, p));
      p.affiliations().stream()
          .filter(a -> a.role() == AffiliationRole.ON_STAFF)
          .map(Affiliation::organizationId)
          .distinct()
          .forEach(o -> staff.put(o, p));
    }
    this.practitioners = byId.buildOrThrow();
    this.profiles = profile.buildOrThrow();
    this.byLicense = license.build();
    this.byTelehealth = telehealth.build();
    this.byInPersonOrganization = inPerson.build();
    this.byStaffOrganization = staff.build();
    ImmutableMap.Builder<OrganizationId, Organization> orgs = ImmutableMap.builder();
    ImmutableListMultimap.Builder<Jurisdiction, Organization> orgsByJurisdiction =
        ImmutableListMultimap.builder();
    for (Organization o : organizations) {
      orgs.put(o.id(), o);
      orgsByJurisdiction.put(o.location().jurisdiction(), o);
    }
    this.organizations = orgs.buildOrThrow();
    this.organizationsByJurisdiction = orgsByJurisdiction.build();
  }

  /**
   * Builds an index with the default qualification policy.
   *
   * @param practitioners the practitioners, with distinct ids, not null
   * @param organizations the organisations, with distinct ids, not null
   * @return the index, not null
   * @throws org.therapykit.validation.InvalidValueException with {@link
   *     FindingCode#DUPLICATE_VALUE} at {@code /practitioners/i} or {@code /organizations/i}
   */
  public static DirectoryIndex of(
      Iterable<Practitioner> practitioners, Iterable<Organization> organizations) {
    return builder().addAllPractitioners(practitioners).addAllOrganizations(organizations).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the number of practitioners.
   *
   * @return the count
   */
  public int size() {
    return practitioners.size();
  }

  /**
   * Returns a practitioner by id.
   *
   * @param id the id, not null
   * @return the practitioner, or empty
   */
  public Optional<Practitioner> practitioner(PractitionerId id) {
    return Optional.ofNullable(practitioners.get(id));
  }

  /**
   * Returns an organisation by id.
   *
   * @param id the id, not null
   * @return the organisation, or empty
   */
  public Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /**
   * Answers a query; never throws for a valid query.
   *
   * @param query the query, not null
   * @return the ranked candidates, the exclusions and the count not considered, not null
   */
  public DirectoryResult find(DirectoryQuery query) {
    Jurisdiction client = query.clientLocation().jurisdiction();
    Map<PractitionerId, Practitioner> considered = new LinkedHashMap<>();
    addAll(considered, matching(byLicense, client));
    addAll(considered, matching(byTelehealth, client));
    for (Organization o : matching(organizationsByJurisdiction, client)) {
      addAll(considered, byInPersonOrganization.get(o.id()));
    }
    query.referringOrganization().ifPresent(r -> addAll(considered, byStaffOrganization.get(r)));
    query
        .maxTravelKm()
        .ifPresent(
            km -> {
              for (Organization o : organizations.values()) {
                Optional<Double> d = query.clientLocation().distanceKm(o.location());
                if (d.isPresent() && d.get() <= km) {
                  addAll(considered, byInPersonOrganization.get(o.id()));
                }
              }
            });

    List<Placed> eligible = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    for (Practitioner p : considered.values()) {
      evaluate(p, query, eligible, excluded);
    }
    eligible.sort(Placed.ORDER);
    ImmutableList.Builder<Candidate> candidates = ImmutableList.builder();
    for (int i = 0; i < Math.min(query.limit(), eligible.size()); i++) {
      candidates.add(eligible.get(i).toCandidate(i + 1));
    }
    excluded.sort(Comparator.comparing(e -> e.practitionerId().value()));
    return DirectoryResult.builder()
        .query(query)
        .candidates(candidates.build())
        .eligibleCount(eligible.size())
        .excluded(excluded)
        .notConsidered(practitioners.size() - considered.size())
        .build();
  }

  private static void addAll(Map<PractitionerId, Practitioner> into, List<Practitioner> from) {
    for (Practitioner p : from) {
      into.putIfAbsent(p.id(), p);
    }
  }

  /** Values whose key covers the client's jurisdiction, or lies within it. */
  private static <T> List<T> matching(ListMultimap<Jurisdiction, T> map, Jurisdiction client) {
    List<T> out = new ArrayList<>();
    for (Jurisdiction key : map.keySet()) {
      if (covers(key, client)) {
        out.addAll(map.get(key));
      }
    }
    return out;
  }

  /**
   * Whether a licence, service or organisation in {@code place} serves a client in {@code client}.
   */
  private static boolean covers(Jurisdiction place, Jurisdiction client) {
    return place.includes(client) || client.includes(place);
  }

  private void evaluate(
      Practitioner p, DirectoryQuery query, List<Placed> eligible, List<Exclusion> excluded) {
    LocalDate asOf = query.asOf();
    Jurisdiction client = query.clientLocation().jurisdiction();
    Set<ExclusionReason> reasons = EnumSet.noneOf(ExclusionReason.class);
    QualificationAssessment assessment = policy.assess(p, asOf);
    if (!assessment.scope().permits(query.concern())) {
      reasons.add(ExclusionReason.NOT_QUALIFIED_FOR_CONCERN);
    }
    ServiceProfile profile = java.util.Objects.requireNonNull(profiles.get(p.id()));
    if (!profile.acceptingNewClients()) {
      reasons.add(ExclusionReason.NOT_ACCEPTING_NEW_CLIENTS);
    }
    if (!profile.units().contains(query.unit())) {
      reasons.add(ExclusionReason.UNIT_NOT_SERVED);
    }
    if (query.language().isPresent() && !profile.speaks(query.language().get())) {
      reasons.add(ExclusionReason.LANGUAGE_NOT_OFFERED);
    }

    boolean needsLicense = query.concern() != PracticeArea.SEXUALITY_EDUCATION;
    List<License> licenses = p.licensesValidOn(asOf);
    Option best = null;
    Optional<OrganizationId> referrer = query.referringOrganization();
    boolean onStaffAtReferrer =
        referrer.isPresent()
            && p.affiliations().stream()
                .anyMatch(
                    a ->
                        a.organizationId().equals(referrer.get())
                            && a.role() == AffiliationRole.ON_STAFF
                            && a.isCurrentOn(asOf));
    Set<OrganizationId> places = new HashSet<>(profile.inPersonAt());
    if (onStaffAtReferrer) {
      places.add(referrer.get());
    }
    for (OrganizationId id : places) {
      Organization o = organizations.get(id);
      if (o == null || !currentAffiliation(p, id, asOf)) {
        continue;
      }
      Jurisdiction place = o.location().jurisdiction();
      Optional<Double> distance = query.clientLocation().distanceKm(o.location());
      boolean reachable =
          query.maxTravelKm().isPresent()
              ? distance.map(d -> d <= query.maxTravelKm().get()).orElse(covers(place, client))
              : covers(place, client);
      // care happens where the organisation is; when only one of the two places names a
      // subdivision, that is the more precise answer
      Jurisdiction where = covers(place, client) && place.subdivision().isEmpty() ? client : place;
      if (!reachable || (needsLicense && !licensed(licenses, where))) {
        continue;
      }
      int tier;
      PlacementReason why;
      if (onStaffAtReferrer && id.equals(referrer.get())) {
        tier = 0;
        why = PlacementReason.ON_STAFF_AT_REFERRING_ORGANIZATION;
      } else if ((o.kind() == OrganizationKind.HOSPITAL
              || o.kind() == OrganizationKind.SEXUAL_HEALTH_CENTRE)
          && distance
              .map(d -> d <= NEAR_KM)
              .orElse(query.clientLocation().isSameLocality(o.location()))) {
        tier = 1;
        why = PlacementReason.HOSPITAL_OR_SEXUAL_HEALTH_CENTRE_NEARBY;
      } else if (covers(place, client)) {
        tier = 2;
        why = PlacementReason.IN_PERSON_IN_CLIENT_JURISDICTION;
      } else {
        tier = 3;
        why = PlacementReason.IN_PERSON_ACROSS_BORDER;
      }
      Option option = new Option(tier, why, ServiceMode.IN_PERSON, o.id(), distance.orElse(null));
      if (best == null || Option.ORDER.compare(option, best) < 0) {
        best = option;
      }
    }
    if (best == null
        && query.telehealthAcceptable()
        && profile.telehealthIn().stream().anyMatch(j -> j.includes(client) || client.includes(j))
        && (!needsLicense || licensed(licenses, client))) {
      best = new Option(4, PlacementReason.TELEHEALTH, ServiceMode.TELEHEALTH, null, null);
    }
    if (best == null) {
      reasons.add(
          needsLicense && !licensed(licenses, client)
              ? ExclusionReason.NOT_LICENSED_WHERE_CLIENT_IS
              : ExclusionReason.NO_REACHABLE_SERVICE);
    }
    if (!reasons.isEmpty() || best == null) {
      excluded.add(Exclusion.of(p.id(), reasons));
      return;
    }
    eligible.add(new Placed(p, assessment, best, standing(p, assessment, asOf)));
  }

  private static boolean currentAffiliation(Practitioner p, OrganizationId id, LocalDate asOf) {
    return p.affiliations().stream()
        .anyMatch(a -> a.organizationId().equals(id) && a.isCurrentOn(asOf));
  }

  private static boolean licensed(List<License> valid, Jurisdiction place) {
    return valid.stream().anyMatch(l -> covers(l.jurisdiction(), place));
  }

  /**
   * 0 certified, 1 certified with every therapist certification expiring soon, 2 sex therapist, 3
   * counsellor, 4 educator.
   */
  private static int standing(Practitioner p, QualificationAssessment a, LocalDate asOf) {
    Classification c = a.classification();
    if (c == Classification.CERTIFIED_SEX_THERAPIST) {
      Set<Integer> expiring = new HashSet<>();
      for (Finding f : a.findings(FindingCode.CERTIFICATION_EXPIRING)) {
        Pointer at = f.pointer();
        if (at.matches("/certifications/*/**")) {
          expiring.add(at.index(1).getAsInt());
        }
      }
      for (int i = 0; i < p.certifications().size(); i++) {
        if (p.certifications().get(i).type().level() == CertificationLevel.THERAPIST
            && p.certifications().get(i).isValidOn(asOf)
            && !expiring.contains(i)) {
          return 0;
        }
      }
      return 1;
    }
    return switch (c) {
      case SEX_THERAPIST -> 2;
      case SEX_COUNSELLOR -> 3;
      default -> 4;
    };
  }

  /** One way of seeing the client. */
  private static final class Option {
    static final Comparator<Option> ORDER =
        Comparator.<Option>comparingInt(o -> o.tier)
            .thenComparingDouble(o -> o.distance == null ? Double.MAX_VALUE : o.distance)
            .thenComparing(o -> o.organization == null ? "" : o.organization.value());

    final int tier;
    final PlacementReason why;
    final ServiceMode mode;
    final @Nullable OrganizationId organization;
    final @Nullable Double distance;

    Option(
        int tier,
        PlacementReason why,
        ServiceMode mode,
        @Nullable OrganizationId organization,
        @Nullable Double distance) {
      this.tier = tier;
      this.why = why;
      this.mode = mode;
      this.organization = organization;
      this.distance = distance;
    }
  }

  /** An eligible practitioner with its best option and standing. */
  private static final class Placed {
    static final Comparator<Placed> ORDER =
        Comparator.<Placed>comparingInt(x -> x.option.tier)
            .thenComparingInt(x -> x.standing)
            .thenComparingDouble(
                x -> x.option.distance == null ? Double.MAX_VALUE : x.option.distance)
            .thenComparing(x -> x.practitioner.id().value());

    final Practitioner practitioner;
    final QualificationAssessment assessment;
    final Option option;
    final int standing;

    Placed(Practitioner p, QualificationAssessment a, Option option, int standing) {
      this.practitioner = p;
      this.assessment = a;
      this.option = option;
      this.standing = standing;
    }

    Candidate toCandidate(int rank) {
      Candidate.Builder b =
          Candidate.builder()
              .rank(rank)
              .practitionerId(practitioner.id())
              .displayName(practitioner.displayName())
              .classification(assessment.classification())
              .mode(option.mode)
              .addReason(option.why);
      if (standing == 0) {
        b.addReason(PlacementReason.CERTIFIED);
      } else if (standing == 1) {
        b.addReason(PlacementReason.CERTIFICATION_EXPIRING_SOON);
      } else if (standing == 2) {
        b.addReason(PlacementReason.NOT_CERTIFIED);
      }
      if (option.organization != null) {
        b.organization(option.organization);
      }
      if (option.distance != null) {
        b.distanceKm(Math.round(option.distance * 10) / 10.0);
        b.addReason(PlacementReason.DISTANCE);
      }
      return b.build();
    }
  }

  /** Collects practitioners and organisations for a {@link DirectoryIndex}; not thread-safe. */
  public static final class Builder {
    private QualificationPolicy policy = QualificationPolicy.standard();
    private final List<Practitioner> practitioners = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the qualification policy (default {@link QualificationPolicy#standard()}).
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder policy(QualificationPolicy policy) {
      this.policy = java.util.Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a practitioner.
     *
     * @param practitioner the practitioner, not null
     * @return this builder
     */
    public Builder addPractitioner(Practitioner practitioner) {
      practitioners.add(java.util.Objects.requireNonNull(practitioner, "practitioner"));
      return this;
    }

    /**
     * Adds practitioners.
     *
     * @param all the practitioners, not null
     * @return this builder
     */
    public Builder addAllPractitioners(Iterable<Practitioner> all) {
      all.forEach(this::addPractitioner);
      return this;
    }

    /**
     * Adds an organisation.
     *
     * @param organization the organisation, not null
     * @return this builder
     */
    public Builder addOrganization(Organization organization) {
      organizations.add(java.util.Objects.requireNonNull(organization, "organization"));
      return this;
    }

    /**
     * Adds organisations.
     *
     * @param all the organisations, not null
     * @return this builder
     */
    public Builder addAllOrganizations(Iterable<Organization> all) {
      all.forEach(this::addOrganization);
      return this;
    }

    /**
     * Builds the index.
     *
     * @return the index, not null
     * @throws org.therapykit.validation.InvalidValueException if ids repeat
     */
    public DirectoryIndex build() {
      return new DirectoryIndex(policy, practitioners, organizations);
    }
  }
}
