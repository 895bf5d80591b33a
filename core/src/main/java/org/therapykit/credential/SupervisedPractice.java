package org.therapykit.credential;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.DateRange;
import org.therapykit.Hours;
import org.therapykit.Jurisdiction;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyValue;
import org.therapykit.validation.FindingCode;

/**
 * Practice hours accrued under a supervision contract, with the supervision received, such as 300
 * hours of sex-therapy clinical work (120 by telehealth) from {@code 2021-01-04} to {@code
 * 2022-12-16}, under a contract signed {@code 2020-12-01}, with 30 hours of individual and 20 of
 * group supervision.
 *
 * <p>{@link #practiceHours()} are clinical hours for sex therapy, counselling hours for sexuality
 * counselling, and hours of professional experience for sexuality education. The contract date
 * matters: boards hold applicants to the requirements in force when the supervision contract was
 * signed.
 *
 * <p>Optionally the record names its {@link #supervisor()} and breaks the supervision down by
 * calendar month ({@link #supervisionMonths()}), the detail AASECT's limits on group size, hours a
 * month and the spread of supervision are judged on.
 *
 * <p>Invariants: telehealth and direct-teaching hours do not exceed practice hours ({@link
 * FindingCode#PART_EXCEEDS_TOTAL}); the period does not start before the contract was signed
 * ({@link FindingCode#INCONSISTENT_VALUE}); supervision months are in ascending order ({@link
 * FindingCode#INCONSISTENT_VALUE}), each at most once ({@link FindingCode#DUPLICATE_VALUE}) and
 * within the period ({@link FindingCode#INCONSISTENT_VALUE}); the months' individual and group
 * hours add up to no more than the record's ({@link FindingCode#PART_EXCEEDS_TOTAL}). Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SupervisedPractice implements WithSupervisedPractice, TherapyValue {
  SupervisedPractice() {}

  /**
   * Returns the discipline the hours count toward.
   *
   * @return the discipline, not null
   */
  public abstract Discipline discipline();

  /**
   * Returns the date the supervision contract was signed.
   *
   * @return the date, not null
   */
  public abstract LocalDate contractSigned();

  /**
   * Returns the period in which the hours were accrued.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns the practice hours (clinical, counselling or educating, by discipline).
   *
   * @return the hours, not null
   */
  public abstract Hours practiceHours();

  /**
   * Returns how many of the practice hours were delivered by telehealth. Defaults to zero.
   *
   * @return the hours, at most {@link #practiceHours()}, not null
   */
  @Value.Default
  public Hours telehealthHours() {
    return Hours.ZERO;
  }

  /**
   * Returns how many of the practice hours were direct teaching (participant contact), for
   * sexuality education. Defaults to zero.
   *
   * @return the hours, at most {@link #practiceHours()}, not null
   */
  @Value.Default
  public Hours directTeachingHours() {
    return Hours.ZERO;
  }

  /**
   * Returns the hours of one-to-one supervision received. Defaults to zero.
   *
   * @return the hours, not null
   */
  @Value.Default
  public Hours individualSupervisionHours() {
    return Hours.ZERO;
  }

  /**
   * Returns the hours of group supervision received. Defaults to zero.
   *
   * @return the hours, not null
   */
  @Value.Default
  public Hours groupSupervisionHours() {
    return Hours.ZERO;
  }

  /**
   * Returns where the clients seen by telehealth were, if recorded, such as {@code US-NY}: AASECT
   * counts telehealth hours only with clients where the supervisee is licensed. Only a record with
   * telehealth hours lists any.
   *
   * @return the jurisdictions, possibly empty, not null
   */
  public abstract ImmutableSet<Jurisdiction> telehealthClientJurisdictions();

  /**
   * Returns the supervisor, if recorded.
   *
   * @return the supervisor, or empty
   */
  public abstract Optional<Supervisor> supervisor();

  /**
   * Returns the supervision received month by month, in ascending order of month, if recorded. The
   * months need not account for every hour of the record.
   *
   * @return the months, possibly empty, not null
   */
  public abstract ImmutableList<SupervisionMonth> supervisionMonths();

  /**
   * Returns the total supervision received, individual and group.
   *
   * @return the hours, not null
   */
  public Hours supervisionHours() {
    return individualSupervisionHours().plus(groupSupervisionHours());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SupervisedPractice}; discipline, contract date, period and hours are required.
   */
  public static final class Builder extends ImmutableSupervisedPractice.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this);
    v.require(
            practiceHours().isAtLeast(telehealthHours()),
            FindingCode.PART_EXCEEDS_TOTAL,
            "/telehealthHours",
            "must not exceed practice hours")
        .require(
            practiceHours().isAtLeast(directTeachingHours()),
            FindingCode.PART_EXCEEDS_TOTAL,
            "/directTeachingHours",
            "must not exceed practice hours")
        .require(
            !period().start().isBefore(contractSigned()),
            FindingCode.INCONSISTENT_VALUE,
            "/period",
            "must not start before the supervision contract was signed");
    v.require(
        telehealthClientJurisdictions().isEmpty() || !telehealthHours().isZero(),
        FindingCode.INCONSISTENT_VALUE,
        "/telehealthClientJurisdictions",
        "only a record with telehealth hours lists where its telehealth clients were");
    checkMonths(v);
    v.throwIfAny();
  }

  private void checkMonths(Violations v) {
    List<SupervisionMonth> months = supervisionMonths();
    YearMonth first = YearMonth.from(period().start());
    Optional<YearMonth> last = period().end().map(YearMonth::from);
    Hours individual = Hours.ZERO;
    Hours group = Hours.ZERO;
    for (int i = 0; i < months.size(); i++) {
      SupervisionMonth m = months.get(i);
      String path = "/supervisionMonths/" + i + "/month";
      if (i > 0) {
        YearMonth previous = months.get(i - 1).month();
        v.require(
            !m.month().equals(previous),
            FindingCode.DUPLICATE_VALUE,
            path,
            "must not repeat a month");
        v.require(
            !m.month().isBefore(previous),
            FindingCode.INCONSISTENT_VALUE,
            path,
            "must come after the month before it");
      }
      v.require(
          !m.month().isBefore(first) && (last.isEmpty() || !m.month().isAfter(last.get())),
          FindingCode.INCONSISTENT_VALUE,
          path,
          "must be within the period");
      individual = individual.plus(m.individualHours());
      group = group.plus(m.groupHours());
    }
    v.require(
        individualSupervisionHours().isAtLeast(individual),
        FindingCode.PART_EXCEEDS_TOTAL,
        "/supervisionMonths",
        "individual hours must not add up to more than individual supervision hours");
    v.require(
        groupSupervisionHours().isAtLeast(group),
        FindingCode.PART_EXCEEDS_TOTAL,
        "/supervisionMonths",
        "group hours must not add up to more than group supervision hours");
  }
}
