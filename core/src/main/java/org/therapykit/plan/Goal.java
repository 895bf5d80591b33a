package org.therapykit.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.ClientId;
import org.therapykit.GoalId;
import org.therapykit.internal.NotEmpty;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.qualification.PracticeArea;
import org.therapykit.validation.FindingCode;

/**
 * A treatment goal with its revisions over time, such as goal {@code goal-2}: {@link
 * GoalCategory#SEXUAL_INTIMACY}, owned by both partners, set on {@code 2026-02-16} and revised on
 * {@code 2026-03-30} with a higher target.
 *
 * <p>The category, the dysfunction and the owners are fixed; everything that changes (status,
 * description, target) is in {@link #revisions()}, oldest first. A goal that changes what it is
 * about is a new goal ("set new goals"). {@link #practiceArea()} is what a practitioner's scope
 * must include to work on it.
 *
 * <p>Invariants: at least one owner and one revision ({@link FindingCode#MISSING_VALUE}); a
 * dysfunction is named exactly for {@link GoalCategory#SEXUAL_DYSFUNCTION} ({@link
 * FindingCode#MISSING_CONDITIONAL_VALUE} or {@link FindingCode#INCONSISTENT_VALUE} at {@code
 * /dysfunction}); revision dates never decrease ({@link FindingCode#INCONSISTENT_VALUE} at {@code
 * /revisions/i/date}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Goal implements WithGoal, TherapyValue {
  Goal() {}

  /**
   * Returns the host's identifier.
   *
   * @return the id, not null
   */
  public abstract GoalId id();

  /**
   * Returns the category.
   *
   * @return the category, not null
   */
  @Value.Redacted
  public abstract GoalCategory category();

  /**
   * Returns the dysfunction, for a goal of category {@link GoalCategory#SEXUAL_DYSFUNCTION}.
   *
   * @return the dysfunction, or empty for other categories
   */
  @Value.Redacted
  public abstract Optional<SexualDysfunction> dysfunction();

  /**
   * Returns whose goal it is: one partner, or both.
   *
   * @return the owners, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableSet<ClientId> owners();

  /**
   * Returns the revisions, oldest first; the last is the goal as it stands.
   *
   * @return the revisions, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableList<GoalRevision> revisions();

  /**
   * Returns the area of practice a practitioner's scope must include to work on this goal: {@link
   * GoalCategory#practiceArea()}.
   *
   * @return the area, not null
   */
  public PracticeArea practiceArea() {
    return category().practiceArea();
  }

  /**
   * Returns the latest revision.
   *
   * @return the revision, not null
   */
  public GoalRevision current() {
    return revisions().get(revisions().size() - 1);
  }

  /**
   * Returns the goal as it stood on a date: the latest revision dated on or before it.
   *
   * @param date the date, not null
   * @return the revision, or empty if the goal had not been set by then
   */
  public Optional<GoalRevision> revisionOn(LocalDate date) {
    GoalRevision found = null;
    for (GoalRevision r : revisions()) {
      if (!r.date().isAfter(date)) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns a copy of this goal with one more revision.
   *
   * @param next the revision, dated on or after the latest, not null
   * @return the revised goal, not null
   * @throws org.therapykit.validation.InvalidValueException if the revision is dated before the
   *     latest
   */
  public Goal withRevision(GoalRevision next) {
    return builder().from(this).addRevision(next).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goal}; id and category are required, with at least one owner and revision. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this);
    if (category() == GoalCategory.SEXUAL_DYSFUNCTION) {
      v.require(
          dysfunction().isPresent(),
          FindingCode.MISSING_CONDITIONAL_VALUE,
          "/dysfunction",
          "a sexual-dysfunction goal names the dysfunction");
    } else {
      v.require(
          dysfunction().isEmpty(),
          FindingCode.INCONSISTENT_VALUE,
          "/dysfunction",
          "only a sexual-dysfunction goal names a dysfunction");
    }
    for (int i = 1; i < revisions().size(); i++) {
      v.require(
          !revisions().get(i).date().isBefore(revisions().get(i - 1).date()),
          FindingCode.INCONSISTENT_VALUE,
          "/revisions/" + i + "/date",
          "must not be before the previous revision's date");
    }
    v.throwIfAny();
  }
}
