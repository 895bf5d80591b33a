package org.therapykit.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.therapykit.Jurisdiction;
import org.therapykit.OrganizationId;
import org.therapykit.PractitionerId;
import org.therapykit.client.UnitKind;
import org.therapykit.directory.Candidate;
import org.therapykit.directory.Coordinates;
import org.therapykit.directory.DirectoryQuery;
import org.therapykit.directory.DirectoryResult;
import org.therapykit.directory.Exclusion;
import org.therapykit.directory.ExclusionReason;
import org.therapykit.directory.Location;
import org.therapykit.directory.Organization;
import org.therapykit.directory.PlacementReason;
import org.therapykit.directory.ServiceMode;
import org.therapykit.practitioner.OrganizationKind;
import org.therapykit.practitioner.ServiceProfile;
import org.therapykit.qualification.Classification;
import org.therapykit.qualification.PracticeArea;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * The JSON shape of the directory types (a practitioner's service profile, organisations and their
 * locations, directory queries and results), as Jackson mix-ins.
 */
final class DirectoryMixIns {
  private DirectoryMixIns() {}

  /** Adds this area's mix-ins, keyed by their targets, in a stable order. */
  static void addTo(Map<Class<?>, Class<?>> mixIns) {
    mixIns.put(ServiceProfile.class, ServiceProfileMixIn.class);
    mixIns.put(ServiceProfile.Builder.class, ServiceProfileBuilderMixIn.class);
    mixIns.put(Coordinates.class, CoordinatesMixIn.class);
    mixIns.put(Coordinates.Builder.class, CoordinatesBuilderMixIn.class);
    mixIns.put(Location.class, LocationMixIn.class);
    mixIns.put(Location.Builder.class, LocationBuilderMixIn.class);
    mixIns.put(Organization.class, OrganizationMixIn.class);
    mixIns.put(Organization.Builder.class, OrganizationBuilderMixIn.class);
    mixIns.put(DirectoryQuery.class, DirectoryQueryMixIn.class);
    mixIns.put(DirectoryQuery.Builder.class, DirectoryQueryBuilderMixIn.class);
    mixIns.put(Candidate.class, CandidateMixIn.class);
    mixIns.put(Candidate.Builder.class, CandidateBuilderMixIn.class);
    mixIns.put(Exclusion.class, ExclusionMixIn.class);
    mixIns.put(Exclusion.Builder.class, ExclusionBuilderMixIn.class);
    mixIns.put(DirectoryResult.class, DirectoryResultMixIn.class);
    mixIns.put(DirectoryResult.Builder.class, DirectoryResultBuilderMixIn.class);
  }

  /** The wire form of {@link ServiceProfile}. */
  @JsonDeserialize(builder = ServiceProfile.Builder.class)
  @JsonPropertyOrder({"inPersonAt", "telehealthIn", "acceptingNewClients", "languages", "units"})
  @StrictJson
  abstract static class ServiceProfileMixIn {
    @JsonProperty("inPersonAt")
    abstract ImmutableSet<OrganizationId> inPersonAt();

    @JsonProperty("telehealthIn")
    abstract ImmutableSet<Jurisdiction> telehealthIn();

    @JsonProperty("acceptingNewClients")
    abstract boolean acceptingNewClients();

    @JsonProperty("languages")
    abstract ImmutableSet<String> languages();

    @JsonProperty("units")
    abstract ImmutableSet<UnitKind> units();
  }

  /** Binds JSON properties to {@link ServiceProfile.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class ServiceProfileBuilderMixIn {
    @JsonProperty("inPersonAt")
    @JsonDeserialize(as = UniqueList.class, contentAs = OrganizationId.class)
    abstract Object inPersonAt(Iterable<? extends OrganizationId> values);

    @JsonProperty("telehealthIn")
    @JsonDeserialize(as = UniqueList.class, contentAs = Jurisdiction.class)
    abstract Object telehealthIn(Iterable<? extends Jurisdiction> values);

    @JsonProperty("acceptingNewClients")
    abstract Object acceptingNewClients(boolean value);

    @JsonProperty("languages")
    @JsonDeserialize(as = UniqueList.class, contentAs = String.class)
    abstract Object languages(Iterable<? extends String> values);

    @JsonProperty("units")
    @JsonDeserialize(as = UniqueList.class, contentAs = UnitKind.class)
    abstract Object units(Iterable<? extends UnitKind> values);
  }

  /** The wire form of {@link Coordinates}. */
  @JsonDeserialize(builder = Coordinates.Builder.class)
  @JsonPropertyOrder({"latitude", "longitude"})
  @StrictJson
  abstract static class CoordinatesMixIn {
    @JsonProperty("latitude")
    abstract double latitude();

    @JsonProperty("longitude")
    abstract double longitude();
  }

  /** Binds JSON properties to {@link Coordinates.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class CoordinatesBuilderMixIn {
    @JsonProperty("latitude")
    abstract Object latitude(double value);

    @JsonProperty("longitude")
    abstract Object longitude(double value);
  }

  /** The wire form of {@link Location}. */
  @JsonDeserialize(builder = Location.Builder.class)
  @JsonPropertyOrder({"jurisdiction", "locality", "postalCode", "coordinates"})
  @StrictJson
  abstract static class LocationMixIn {
    @JsonProperty("jurisdiction")
    abstract Jurisdiction jurisdiction();

    @JsonProperty("locality")
    abstract Optional<String> locality();

    @JsonProperty("postalCode")
    abstract Optional<String> postalCode();

    @JsonProperty("coordinates")
    abstract Optional<Coordinates> coordinates();
  }

  /** Binds JSON properties to {@link Location.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class LocationBuilderMixIn {
    @JsonProperty("jurisdiction")
    abstract Object jurisdiction(Jurisdiction value);

    @JsonProperty("locality")
    abstract Object locality(String value);

    @JsonProperty("postalCode")
    abstract Object postalCode(String value);

    @JsonProperty("coordinates")
    abstract Object coordinates(Coordinates value);
  }

  /** The wire form of {@link Organization}. */
  @JsonDeserialize(builder = Organization.Builder.class)
  @JsonPropertyOrder({"id", "name", "kind", "location"})
  @StrictJson
  abstract static class OrganizationMixIn {
    @JsonProperty("id")
    abstract OrganizationId id();

    @JsonProperty("name")
    abstract String name();

    @JsonProperty("kind")
    abstract OrganizationKind kind();

    @JsonProperty("location")
    abstract Location location();
  }

  /** Binds JSON properties to {@link Organization.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class OrganizationBuilderMixIn {
    @JsonProperty("id")
    abstract Object id(OrganizationId value);

    @JsonProperty("name")
    abstract Object name(String value);

    @JsonProperty("kind")
    abstract Object kind(OrganizationKind value);

    @JsonProperty("location")
    abstract Object location(Location value);
  }

  /** The wire form of {@link DirectoryQuery}. */
  @JsonDeserialize(builder = DirectoryQuery.Builder.class)
  @JsonPropertyOrder({
    "referringOrganization",
    "clientLocation",
    "concern",
    "unit",
    "telehealthAcceptable",
    "maxTravelKm",
    "language",
    "asOf",
    "limit"
  })
  @StrictJson
  abstract static class DirectoryQueryMixIn {
    @JsonProperty("referringOrganization")
    abstract Optional<OrganizationId> referringOrganization();

    @JsonProperty("clientLocation")
    abstract Location clientLocation();

    @JsonProperty("concern")
    abstract PracticeArea concern();

    @JsonProperty("unit")
    abstract UnitKind unit();

    @JsonProperty("telehealthAcceptable")
    abstract boolean telehealthAcceptable();

    @JsonProperty("maxTravelKm")
    abstract Optional<Integer> maxTravelKm();

    @JsonProperty("language")
    abstract Optional<String> language();

    @JsonProperty("asOf")
    abstract LocalDate asOf();

    @JsonProperty("limit")
    abstract int limit();
  }

  /** Binds JSON properties to {@link DirectoryQuery.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class DirectoryQueryBuilderMixIn {
    @JsonProperty("referringOrganization")
    abstract Object referringOrganization(OrganizationId value);

    @JsonProperty("clientLocation")
    abstract Object clientLocation(Location value);

    @JsonProperty("concern")
    abstract Object concern(PracticeArea value);

    @JsonProperty("unit")
    abstract Object unit(UnitKind value);

    @JsonProperty("telehealthAcceptable")
    abstract Object telehealthAcceptable(boolean value);

    @JsonProperty("maxTravelKm")
    abstract Object maxTravelKm(int value);

    @JsonProperty("language")
    abstract Object language(String value);

    @JsonProperty("asOf")
    abstract Object asOf(LocalDate value);

    @JsonProperty("limit")
    abstract Object limit(int value);
  }

  /** The wire form of {@link Candidate}. */
  @JsonDeserialize(builder = Candidate.Builder.class)
  @JsonPropertyOrder({
    "rank",
    "practitionerId",
    "displayName",
    "classification",
    "mode",
    "organization",
    "distanceKm",
    "reasons"
  })
  @StrictJson
  abstract static class CandidateMixIn {
    @JsonProperty("rank")
    abstract int rank();

    @JsonProperty("practitionerId")
    abstract PractitionerId practitionerId();

    @JsonProperty("displayName")
    abstract String displayName();

    @JsonProperty("classification")
    abstract Classification classification();

    @JsonProperty("mode")
    abstract ServiceMode mode();

    @JsonProperty("organization")
    abstract Optional<OrganizationId> organization();

    @JsonProperty("distanceKm")
    abstract Optional<Double> distanceKm();

    @JsonProperty("reasons")
    abstract ImmutableList<PlacementReason> reasons();
  }

  /** Binds JSON properties to {@link Candidate.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class CandidateBuilderMixIn {
    @JsonProperty("rank")
    abstract Object rank(int value);

    @JsonProperty("practitionerId")
    abstract Object practitionerId(PractitionerId value);

    @JsonProperty("displayName")
    abstract Object displayName(String value);

    @JsonProperty("classification")
    abstract Object classification(Classification value);

    @JsonProperty("mode")
    abstract Object mode(ServiceMode value);

    @JsonProperty("organization")
    abstract Object organization(OrganizationId value);

    @JsonProperty("distanceKm")
    abstract Object distanceKm(double value);

    @JsonProperty("reasons")
    @JsonDeserialize(as = List.class, contentAs = PlacementReason.class)
    abstract Object reasons(Iterable<? extends PlacementReason> values);
  }

  /** The wire form of {@link Exclusion}. */
  @JsonDeserialize(builder = Exclusion.Builder.class)
  @JsonPropertyOrder({"practitionerId", "reasons"})
  @StrictJson
  abstract static class ExclusionMixIn {
    @JsonProperty("practitionerId")
    abstract PractitionerId practitionerId();

    @JsonProperty("reasons")
    abstract ImmutableList<ExclusionReason> reasons();
  }

  /** Binds JSON properties to {@link Exclusion.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class ExclusionBuilderMixIn {
    @JsonProperty("practitionerId")
    abstract Object practitionerId(PractitionerId value);

    @JsonProperty("reasons")
    @JsonDeserialize(as = List.class, contentAs = ExclusionReason.class)
    abstract Object reasons(Iterable<? extends ExclusionReason> values);
  }

  /** The wire form of {@link DirectoryResult}. */
  @JsonDeserialize(builder = DirectoryResult.Builder.class)
  @JsonPropertyOrder({"query", "candidates", "eligibleCount", "excluded", "notConsidered"})
  @StrictJson
  abstract static class DirectoryResultMixIn {
    @JsonProperty("query")
    abstract DirectoryQuery query();

    @JsonProperty("candidates")
    abstract ImmutableList<Candidate> candidates();

    @JsonProperty("eligibleCount")
    abstract int eligibleCount();

    @JsonProperty("excluded")
    abstract ImmutableList<Exclusion> excluded();

    @JsonProperty("notConsidered")
    abstract int notConsidered();
  }

  /** Binds JSON properties to {@link DirectoryResult.Builder} methods, and nothing else. */
  @JsonPOJOBuilder(withPrefix = "")
  @StrictJson
  abstract static class DirectoryResultBuilderMixIn {
    @JsonProperty("query")
    abstract Object query(DirectoryQuery value);

    @JsonProperty("candidates")
    @JsonDeserialize(as = List.class, contentAs = Candidate.class)
    abstract Object candidates(Iterable<? extends Candidate> values);

    @JsonProperty("eligibleCount")
    abstract Object eligibleCount(int value);

    @JsonProperty("excluded")
    @JsonDeserialize(as = List.class, contentAs = Exclusion.class)
    abstract Object excluded(Iterable<? extends Exclusion> values);

    @JsonProperty("notConsidered")
    abstract Object notConsidered(int value);
  }
}
