package org.therapykit.qualification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.therapykit.Hours;
import org.therapykit.credential.Discipline;
import org.therapykit.credential.SupervisedPractice;
import org.therapykit.credential.SupervisionMonth;
import org.therapykit.credential.Supervisor;
import org.therapykit.internal.Pointers;
import org.therapykit.validation.Finding;
import org.therapykit.validation.FindingCode;
import org.therapykit.validation.Severity;

/**
 * Judges a practitioner's supervised-practice records of one discipline against that discipline's
 * {@link SupervisionLimits}. Returns warnings, never throws; silent for records without supervision
 * months or supervisor, so data that does not record the detail gets no findings.
 *
 * <p>Only records whose period starts by the assessment date count, and of them only months up to
 * the assessment date's month. The checks:
 *
 * <ul>
 *   <li>{@code SUPERVISION_GROUP_TOO_LARGE} at a month whose largest group is above the limit;
 *   <li>{@code SUPERVISION_MONTHLY_CAP_EXCEEDED} at a month whose individual and group hours add up
 *       to more than the cap (only the cap counts);
 *   <li>{@code SUPERVISION_SPREAD_OUT_OF_RANGE} at the discipline's last supervision month when the
 *       spread (the calendar months from the first recorded month to the last, both counted:
 *       2021-01 to 2022-06 is 18) is above the greatest; below the least only once every record
 *       with months has ended by the assessment date, since supervision still under way may yet
 *       reach it;
 *   <li>{@code SUPERVISOR_NOT_CERTIFIED} at a record's {@code /supervisor/credential} when the
 *       supervisor's credential is not one the limits accept.
 * </ul>
 */
final class SupervisionChecks {
  private SupervisionChecks() {}

  /**
   * Checks the records of one discipline.
   *
   * @param records every supervised-practice record of the practitioner, in their order
   * @param discipline the discipline whose records to check
   * @param limits the discipline's limits
   * @param asOf the assessment date
   * @return the findings, all warnings, possibly empty
   */
  static List<Finding> check(
      List<SupervisedPractice> records,
      Discipline discipline,
      SupervisionLimits limits,
      LocalDate asOf) {
    List<Finding> findings = new ArrayList<>();
    YearMonth lastCounted = YearMonth.from(asOf);
    YearMonth first = null;
    YearMonth last = null;
    String lastAt = "";
    boolean allEnded = true;
    for (int i = 0; i < records.size(); i++) {
      SupervisedPractice r = records.get(i);
      if (r.discipline() != discipline || r.period().start().isAfter(asOf)) {
        continue;
      }
      String at = Pointers.of("supervisedPractice", i);
      r.supervisor().ifPresent(s -> checkSupervisor(s, discipline, limits, at, findings));
      List<SupervisionMonth> months = r.supervisionMonths();
      boolean any = false;
      for (int j = 0; j < months.size(); j++) {
        SupervisionMonth m = months.get(j);
        if (m.month().isAfter(lastCounted)) {
          break; // months are ascending
        }
        any = true;
        String monthAt = at + "/supervisionMonths/" + j;
        checkMonth(m, limits, monthAt, findings);
        if (first == null || m.month().isBefore(first)) {
          first = m.month();
        }
        if (last == null || !m.month().isBefore(last)) {
          last = m.month();
          lastAt = monthAt;
        }
      }
      if (any && r.period().end().map(e -> e.isAfter(asOf)).orElse(true)) {
        allEnded = false;
      }
    }
    if (first != null && last != null) {
      checkSpread(first, last, allEnded, discipline, limits, lastAt, findings);
    }
    return findings;
  }

  private static void checkSupervisor(
      Supervisor s,
      Discipline discipline,
      SupervisionLimits limits,
      String at,
      List<Finding> findings) {
    if (limits.supervisorCredentials().isEmpty()
        || limits.supervisorCredentials().contains(s.credential())) {
      return;
    }
    StringBuilder accepted = new StringBuilder();
    limits
        .supervisorCredentials()
        .forEach(t -> accepted.append(accepted.length() == 0 ? "" : ", ").append(t.code()));
    findings.add(
        Finding.of(
            FindingCode.SUPERVISOR_NOT_CERTIFIED,
            at + "/supervisor/credential",
            Severity.WARNING,
            "the supervisor holds "
                + s.credential().code()
                + ", which is not accepted for "
                + discipline.code()
                + " supervision (accepted: "
                + accepted
                + ")"));
  }

  private static void checkMonth(
      SupervisionMonth m, SupervisionLimits limits, String at, List<Finding> findings) {
    Integer group = m.largestGroup().orElse(null);
    Integer maxGroup = limits.maxGroupSize().orElse(null);
    if (group != null && maxGroup != null && group > maxGroup) {
      findings.add(
          Finding.of(
              FindingCode.SUPERVISION_GROUP_TOO_LARGE,
              at,
              Severity.WARNING,
              "group supervision in "
                  + m.month()
                  + " had "
                  + group
                  + " supervisees; a group may have at most "
                  + maxGroup));
    }
    @Nullable Hours cap = limits.monthlyCap().orElse(null);
    if (cap != null && !cap.isAtLeast(m.hours())) {
      findings.add(
          Finding.of(
              FindingCode.SUPERVISION_MONTHLY_CAP_EXCEEDED,
              at,
              Severity.WARNING,
              m.month()
                  + " has "
                  + m.hours()
                  + " hours of supervision, above the cap of "
                  + cap
                  + " hours a month; only "
                  + cap
                  + " count"));
    }
  }

  private static void checkSpread(
      YearMonth first,
      YearMonth last,
      boolean allEnded,
      Discipline discipline,
      SupervisionLimits limits,
      String at,
      List<Finding> findings) {
    long spread = ChronoUnit.MONTHS.between(first, last) + 1;
    Integer min = limits.minSpreadMonths().orElse(null);
    Integer max = limits.maxSpreadMonths().orElse(null);
    boolean below = min != null && allEnded && spread < min;
    boolean above = max != null && spread > max;
    if (!below && !above) {
      return;
    }
    findings.add(
        Finding.of(
            FindingCode.SUPERVISION_SPREAD_OUT_OF_RANGE,
            at,
            Severity.WARNING,
            discipline.code()
                + " supervision spans "
                + spread
                + " months, "
                + first
                + " to "
                + last
                + ", "
                + (below ? "fewer than " + min : "more than " + max)
                + " months; it should span "
                + bounds(min, max)));
  }

  private static String bounds(@Nullable Integer min, @Nullable Integer max) {
    if (min != null && max != null) {
      return min + " to " + max + " months";
    }
    return min != null ? "at least " + min + " months" : "at most " + max + " months";
  }
}
