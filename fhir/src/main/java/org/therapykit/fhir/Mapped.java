package org.therapykit.fhir;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What a FHIR resource mapped to: the TherapyKit value, if one could be built, and the findings met
 * on the way. A value with findings is a partial mapping: the elements the findings name were left
 * out, the rest is there.
 *
 * @param <T> the TherapyKit type
 * @param value the value, or empty when the resource lacked what the value needs
 * @param findings the findings, in document order, not null
 */
public record Mapped<T>(Optional<T> value, ImmutableList<MappingFinding> findings) {

  /**
   * Checks that no component is null.
   *
   * @param value see the record's description
   * @param findings see the record's description
   */
  public Mapped {
    requireNonNull(value, "value");
    requireNonNull(findings, "findings");
  }

  /**
   * Returns whether the value was built and nothing was lost: no findings at all.
   *
   * @return true when the mapping is complete
   */
  public boolean isComplete() {
    return value.isPresent() && findings.isEmpty();
  }

  /**
   * Returns the value.
   *
   * @return the value, not null
   * @throws IllegalStateException naming the findings' codes if there is no value
   */
  public T orElseThrow() {
    return value.orElseThrow(
        () ->
            new IllegalStateException(
                "not mapped: "
                    + findings.stream()
                        .map(f -> f.code().code() + " at " + f.location())
                        .toList()));
  }
}
