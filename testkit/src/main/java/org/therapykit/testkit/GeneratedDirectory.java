package org.therapykit.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import org.therapykit.directory.DirectoryIndex;
import org.therapykit.directory.Organization;
import org.therapykit.practitioner.Practitioner;

/**
 * A generated directory: organisations in one region, and practitioners who work at them, with
 * distinct ids. See {@link DirectoryGenerator}.
 *
 * @param organizations the organisations, not null
 * @param practitioners the practitioners, not null
 * @param asOf the date on which the practitioners have the classifications they were generated
 *     with, not null
 */
public record GeneratedDirectory(
    ImmutableList<Organization> organizations,
    ImmutableList<Practitioner> practitioners,
    LocalDate asOf) {

  /**
   * Creates a directory.
   *
   * @param organizations the organisations, not null
   * @param practitioners the practitioners, not null
   * @param asOf the date of the practitioners' classifications, not null
   */
  public GeneratedDirectory {
    Objects.requireNonNull(organizations, "organizations");
    Objects.requireNonNull(practitioners, "practitioners");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Returns an index of this directory with the default qualification policy.
   *
   * @return a new index, not null
   */
  public DirectoryIndex index() {
    return DirectoryIndex.of(practitioners, organizations);
  }

  @Override
  public String toString() {
    return "GeneratedDirectory["
        + organizations.size()
        + " organisations, "
        + practitioners.size()
        + " practitioners, as of "
        + asOf
        + "]";
  }
}
