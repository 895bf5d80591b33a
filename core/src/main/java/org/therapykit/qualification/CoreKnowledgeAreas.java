package org.therapykit.qualification;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.Hours;
import org.therapykit.internal.Violations;
import org.therapykit.validation.FindingCode;

/**
 * A versioned list of core knowledge areas and the hours each should have, such as AASECT's 17
 * areas (ethics, developmental sexuality, …, research methods) with at least 3 hours each. Training
 * records name their area by code ({@code TrainingRecord.area()}); the list is data, not an enum,
 * because boards revise it (AASECT's page lists 15 areas, its CE-provider forms 17).
 *
 * <p>Invariants: the id is 1 to 64 letters, digits, {@code . _ -}; at least one area; codes are 1
 * to 64 lower-case letters, digits and hyphens; the hours per area are above zero. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class CoreKnowledgeAreas implements WithCoreKnowledgeAreas {
  CoreKnowledgeAreas() {}

  /**
   * Returns the identifier of this version of the list, such as {@code AASECT-CKA-17}.
   *
   * @return the id, not null
   */
  public abstract String id();

  /**
   * Returns where the list comes from, for people.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the areas, code to label, in the board's order.
   *
   * @return the areas, not null
   */
  public abstract ImmutableMap<String, String> areas();

  /**
   * Returns the fewest hours each area should have.
   *
   * @return the hours, above zero, not null
   */
  public abstract Hours minHoursPerArea();

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoreKnowledgeAreas}; id, areas and hours are required. */
  public static final class Builder extends ImmutableCoreKnowledgeAreas.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v =
        Violations.of("CoreKnowledgeAreas")
            .require(
                id().matches("[A-Za-z0-9._-]{1,64}"),
                FindingCode.INVALID_FORMAT,
                "/id",
                "must be 1 to 64 letters, digits, dots, underscores or hyphens")
            .require(!areas().isEmpty(), FindingCode.MISSING_VALUE, "/areas", "needs an area")
            .require(
                !minHoursPerArea().isZero(),
                FindingCode.OUT_OF_RANGE,
                "/minHoursPerArea",
                "must be more than zero");
    for (String code : areas().keySet()) {
      v.require(
          code.matches("[a-z0-9-]{1,64}"),
          FindingCode.INVALID_FORMAT,
          "/areas/" + code,
          "codes are 1 to 64 lower-case letters, digits and hyphens");
    }
    v.throwIfAny();
  }
}
