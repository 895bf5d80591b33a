package org.therapykit.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.therapykit.plan.GoalCategory;
import org.therapykit.plan.HomeworkKind;
import org.therapykit.testkit.Source;

/**
 * Invented phrases for the free-text fields of a course of therapy. Every text the generators put
 * in a sensitive field starts with {@code synthetic <kind> <number>:}, such as {@code synthetic
 * progress note 17: sensate focus introduced}, so a generated value can never be mistaken for a
 * real client's record, in a log or a database.
 */
public final class CourseCatalog {
  /** Phrases for the notes of an intake history section. */
  public static final ImmutableList<String> HISTORY_NOTES =
      ImmutableList.of(
          "second treatment cycle planned for the spring",
          "no concerns reported in this area",
          "prefers to discuss this in a later session",
          "symptoms began after a stressful year at work",
          "better on holidays than on work days");

  /** Phrases for the note on one history answer. */
  public static final ImmutableList<String> ITEM_NOTES =
      ImmutableList.of(
          "none at present", "in the past, not now", "occasionally", "since last year");

  /** Phrases for the reasons for attending in the client's words. */
  public static final ImmutableList<String> REASONS =
      ImmutableList.of(
          "sex has become a chore since treatment started",
          "we only touch when the calendar says so",
          "we want to talk about intimacy without arguing",
          "my doctor suggested it",
          "desire has faded and we miss it");

  /** Phrases for the topics a client wants to cover. */
  public static final ImmutableList<String> TOPICS =
      ImmutableList.of(
          "pressure on scheduled days",
          "talking without blame",
          "intimacy without a goal",
          "feeling close again",
          "what to expect from therapy");

  /** Phrases for a goal's description, per category. */
  public static final ImmutableMap<GoalCategory, ImmutableList<String>> GOALS =
      ImmutableMap.of(
          GoalCategory.SEXUAL_INTIMACY,
          ImmutableList.of(
              "intimacy that is not timed to a calendar", "unhurried time together each week"),
          GoalCategory.SEXUAL_FREQUENCY,
          ImmutableList.of("agree on a rhythm that suits both", "less pressure about how often"),
          GoalCategory.SEXUAL_DYSFUNCTION,
          ImmutableList.of("reduce performance anxiety", "comfortable, pain-free intimacy"),
          GoalCategory.COMMUNICATION,
          ImmutableList.of("talk about sex without blame", "a weekly check-in conversation"),
          GoalCategory.RELATIONSHIP,
          ImmutableList.of("rebuild trust after a hard year", "more shared leisure time"),
          GoalCategory.OTHER,
          ImmutableList.of("explore long-standing beliefs about sex", "work through old shame"));

  /** Phrases for what a goal's target measures. */
  public static final ImmutableList<String> MEASURES =
      ImmutableList.of(
          "unhurried evenings together per week",
          "check-in conversations per week",
          "self-rated anxiety from 0 to 10",
          "days with no argument about sex per week");

  /** Phrases for a target's detail. */
  public static final ImmutableList<String> DETAILS =
      ImmutableList.of("at least 1", "2", "below 4", "most weeks");

  /** Phrases for a homework description, per kind. */
  public static final ImmutableMap<HomeworkKind, String> HOMEWORK =
      ImmutableMap.of(
          HomeworkKind.SENSATE_FOCUS, "non-genital touch, stage 1, three times",
          HomeworkKind.COMMUNICATION_EXERCISE, "ten-minute check-ins, no problem-solving",
          HomeworkKind.SCHEDULED_INTIMACY, "one evening without phones",
          HomeworkKind.SELF_EXPLORATION, "body awareness exercise",
          HomeworkKind.READING, "chapter on the response cycle",
          HomeworkKind.JOURNALING, "note moments of closeness",
          HomeworkKind.OTHER, "a walk together after dinner");

  /** Phrases for a homework outcome note. */
  public static final ImmutableList<String> OUTCOMES =
      ImmutableList.of("went well", "harder than expected", "done once", "forgot, will retry");

  /** Phrases for a progress note. */
  public static final ImmutableList<String> PROGRESS =
      ImmutableList.of(
          "intake; histories taken; first goals agreed",
          "sensate focus introduced",
          "less pressure reported",
          "review: target raised",
          "closing; gains maintained");

  /** Phrases for a psychotherapy note. */
  public static final ImmutableList<String> PSYCHOTHERAPY =
      ImmutableList.of(
          "performance anxiety tied to the calendar",
          "guilt about not wanting sex on fertile days",
          "old family messages about sex surfaced");

  /** Phrases for a personal representative's authority. */
  public static final ImmutableList<String> AUTHORITY =
      ImmutableList.of("court-appointed guardian", "health-care power of attorney");

  private CourseCatalog() {}

  /**
   * Draws an obviously synthetic text, such as {@code synthetic progress note 17: sensate focus
   * introduced}.
   *
   * @param s the source
   * @param kind what the text is, such as {@code progress note}
   * @param phrases the phrases to pick from, not empty
   * @return the text
   */
  public static String text(Source s, String kind, ImmutableList<String> phrases) {
    return String.format(
        Locale.ROOT, "synthetic %s %d: %s", kind, s.between(1, 999), s.pick(phrases));
  }
}
