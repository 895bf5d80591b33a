package org.therapykit.directory;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;
import org.therapykit.internal.Construction;
import org.therapykit.internal.Range;
import org.therapykit.json.TherapyDocument;

/**
 * The answer to a {@link DirectoryQuery}: the candidates in rank order, each with its reasons; the
 * practitioners considered and excluded, each with every reason; and how many practitioners of the
 * directory were not considered at all (no licence, telehealth or in-person service anywhere
 * relevant to the client, and not on staff at the referring organisation).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DirectoryResult implements TherapyDocument {
  DirectoryResult() {}

  /**
   * Returns the query answered.
   *
   * @return the query, not null
   */
  public abstract DirectoryQuery query();

  /**
   * Returns the candidates, best first, at most {@link DirectoryQuery#limit()}.
   *
   * @return the candidates, not null
   */
  public abstract ImmutableList<Candidate> candidates();

  /**
   * Returns how many practitioners qualified, before the limit was applied.
   *
   * @return the count, at least the number of candidates
   */
  @Range(min = 0, max = Integer.MAX_VALUE)
  public abstract int eligibleCount();

  /**
   * Returns the practitioners considered and excluded, in practitioner id order.
   *
   * @return the exclusions, not null
   */
  public abstract ImmutableList<Exclusion> excluded();

  /**
   * Returns how many practitioners of the directory were not considered.
   *
   * @return the count
   */
  @Range(min = 0, max = Integer.MAX_VALUE)
  public abstract int notConsidered();

  static {
    Construction.register(DirectoryResult.class, Builder::new);
  }

  /**
   * Returns a builder; package-private, as only the rule makes this output.
   *
   * @return a new builder, not null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DirectoryResult}; obtained only by the library. */
  public static final class Builder extends ImmutableDirectoryResult.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Invariants.of(this).throwIfAny();
  }
}
