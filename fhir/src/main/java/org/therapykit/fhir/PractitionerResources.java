package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR R4 resources of one TherapyKit practitioner: the {@code Practitioner} (licences,
 * registrations, degrees, certifications and memberships as {@code qualification}s; training,
 * continuing education, clinical experience, supervised practice and the service profile as
 * TherapyKit extensions), one {@code PractitionerRole} per affiliation and the {@code
 * Organization}s they refer to. References between them are {@code urn:uuid:} references to the
 * resources' ids, as in a bundle.
 *
 * @param practitioner the practitioner, not null
 * @param roles the roles, one per affiliation, in order, not null
 * @param organizations the organisations the roles refer to, each once, not null
 */
public record PractitionerResources(
    Practitioner practitioner,
    ImmutableList<PractitionerRole> roles,
    ImmutableList<Organization> organizations) {

  /**
   * Checks that no component is null.
   *
   * @param practitioner see the record's description
   * @param roles see the record's description
   * @param organizations see the record's description
   */
  public PractitionerResources {
    requireNonNull(practitioner, "practitioner");
    requireNonNull(roles, "roles");
    requireNonNull(organizations, "organizations");
  }

  /**
   * Returns every resource: the practitioner, then the roles, then the organisations.
   *
   * @return the resources, not null
   */
  public ImmutableList<Resource> all() {
    return ImmutableList.<Resource>builder()
        .add(practitioner)
        .addAll(roles)
        .addAll(organizations)
        .build();
  }
}
