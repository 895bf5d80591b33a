package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.therapykit.practitioner.Practitioner;

/**
 * The practitioners read from a FHIR bundle and the findings met (locations from {@code
 * Bundle.entry[i].resource}).
 *
 * @param practitioners the practitioners that could be built, in bundle order, not null
 * @param findings the findings, not null
 */
public record PractitionerBundle(
    ImmutableList<Practitioner> practitioners, ImmutableList<MappingFinding> findings) {

  /**
   * Checks that no component is null.
   *
   * @param practitioners see the record's description
   * @param findings see the record's description
   */
  public PractitionerBundle {
    requireNonNull(practitioners, "practitioners");
    requireNonNull(findings, "findings");
  }
}
