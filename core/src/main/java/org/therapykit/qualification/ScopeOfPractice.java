package org.therapykit.qualification;

import com.google.common.collect.ImmutableSet;
import org.therapykit.Coded;

/**
 * What a practitioner may work on, such as {@link #COUNSELLING}: minor sexual difficulties and
 * relationship problems, but not sexual dysfunctions or in-depth psychotherapy.
 */
public enum ScopeOfPractice implements Coded {
  /** Nothing in the field of sexuality practice. */
  NONE("none", ImmutableSet.of()),
  /** Sexuality education only. */
  EDUCATION("education", ImmutableSet.of(PracticeArea.SEXUALITY_EDUCATION)),
  /** Education, relationship problems and minor sexual difficulties. */
  COUNSELLING(
      "counselling",
      ImmutableSet.of(
          PracticeArea.SEXUALITY_EDUCATION,
          PracticeArea.RELATIONSHIP_PROBLEMS,
          PracticeArea.MINOR_SEXUAL_DIFFICULTIES)),
  /** Everything, including sexual dysfunctions and in-depth psychotherapy. */
  THERAPY("therapy", ImmutableSet.copyOf(PracticeArea.values()));

  private final String code;
  private final ImmutableSet<PracticeArea> areas;

  ScopeOfPractice(String code, ImmutableSet<PracticeArea> areas) {
    this.code = code;
    this.areas = areas;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the areas within this scope.
   *
   * @return the areas, not null
   */
  public ImmutableSet<PracticeArea> areas() {
    return areas;
  }

  /**
   * Returns whether the area is within this scope.
   *
   * @param area the area, not null
   * @return true if permitted
   */
  public boolean permits(PracticeArea area) {
    return areas.contains(area);
  }
}
