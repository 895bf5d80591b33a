package org.therapykit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.therapykit.plan.Goal;
import org.therapykit.plan.GoalCategory;
import org.therapykit.qualification.ScopeOfPractice;
import org.therapykit.testkit.internal.Course;
import org.therapykit.testkit.internal.CourseValues;
import org.therapykit.testkit.internal.Draw;

/**
 * A generator of treatment goals with their revisions, such as {@code
 * TherapyGenerators.goals().withinScope(ScopeOfPractice.COUNSELLING)}: goals a sex counsellor may
 * work on (intimacy, frequency, communication, the relationship).
 *
 * <p>By default any category (a named dysfunction for sexual-dysfunction goals), owned by one
 * partner or both, set between 1990 and 2035 and revised up to two more times within a year;
 * descriptions and targets are obviously synthetic ({@code synthetic goal 12: ...}). Each
 * customisation returns a new generator; this one is immutable and thread-safe.
 */
public final class GoalGenerator implements Generator<Goal> {
  private record Config(ImmutableList<GoalCategory> categories) {}

  private final Config config;
  private final String description;

  private GoalGenerator(Config config, String description) {
    this.config = config;
    this.description = description;
  }

  static GoalGenerator create() {
    return new GoalGenerator(new Config(ImmutableList.copyOf(GoalCategory.values())), "goals()");
  }

  private GoalGenerator with(Config next, String step) {
    return new GoalGenerator(next, description + "." + step);
  }

  /**
   * Returns a generator of goals whose practice area a scope permits, such as {@link
   * ScopeOfPractice#COUNSELLING}.
   *
   * @param scope the scope, not null; {@link ScopeOfPractice#COUNSELLING} or {@link
   *     ScopeOfPractice#THERAPY}
   * @return a new generator, not null
   * @throws IllegalArgumentException if no goal category is within the scope
   */
  public GoalGenerator withinScope(ScopeOfPractice scope) {
    Objects.requireNonNull(scope, "scope");
    return narrowed(true, scope, "withinScope(" + scope + ")");
  }

  /**
   * Returns a generator of goals whose practice area a scope does not permit, such as a sexual
   * dysfunction for {@link ScopeOfPractice#COUNSELLING}.
   *
   * @param scope the scope, not null; anything but {@link ScopeOfPractice#THERAPY}
   * @return a new generator, not null
   * @throws IllegalArgumentException if every goal category is within the scope
   */
  public GoalGenerator outsideScope(ScopeOfPractice scope) {
    Objects.requireNonNull(scope, "scope");
    return narrowed(false, scope, "outsideScope(" + scope + ")");
  }

  private GoalGenerator narrowed(boolean within, ScopeOfPractice scope, String step) {
    ImmutableList<GoalCategory> left =
        Arrays.stream(GoalCategory.values())
            .filter(c -> scope.permits(c.practiceArea()) == within)
            .collect(ImmutableList.toImmutableList());
    checkArgument(!left.isEmpty(), "no goal category is %s", step);
    // replaces any earlier scope, in the description too
    return create().with(new Config(left), step);
  }

  @Override
  public Goal next(Source source) {
    GoalCategory category = source.pick(config.categories());
    LocalDate setOn = Draw.date(source, CourseValues.EARLIEST, CourseValues.LATEST);
    return Course.goal(
        source,
        Course.goalId(source.between(1, 20)),
        category,
        Course.some(source, CourseValues.partners(source)),
        setOn,
        setOn.plusYears(1));
  }

  /** Returns the expression that built this generator, such as {@code goals()}. */
  @Override
  public String toString() {
    return description;
  }
}
