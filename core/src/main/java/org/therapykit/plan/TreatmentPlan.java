package org.therapykit.plan;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.therapykit.internal.NotEmpty;
import org.therapykit.internal.Violations;
import org.therapykit.json.TherapyDocument;
import org.therapykit.validation.FindingCode;

/**
 * The plan of a short-term, goal-focused course of therapy, with its whole version history: for
 * example version 1 from {@code 2026-02-16} planning six sessions, and version 2 from {@code
 * 2026-04-27} extending it to eight ({@link RevisionReason#MORE_SESSIONS_NEEDED}).
 *
 * <p>A plan is revised, never edited in place: {@link #withRevision(PlanVersion)} returns a plan
 * with one more version, and {@link #versionOn(LocalDate)} says which version set the course on a
 * date.
 *
 * <p>Invariants: at least one version ({@link FindingCode#MISSING_VALUE}); versions are numbered 1
 * to n in order ({@link FindingCode#INCONSISTENT_VALUE} at {@code /versions/i/number}); effective
 * dates never decrease ({@link FindingCode#INCONSISTENT_VALUE} at {@code
 * /versions/i/effectiveFrom}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentPlan implements WithTreatmentPlan, TherapyDocument {
  TreatmentPlan() {}

  /**
   * Returns every version, first to latest.
   *
   * @return the versions, not null, not empty
   */
  @NotEmpty
  public abstract ImmutableList<PlanVersion> versions();

  /**
   * Returns the latest version.
   *
   * @return the latest version, not null
   */
  public PlanVersion current() {
    return versions().get(versions().size() - 1);
  }

  /**
   * Returns the date the course starts: the first version's effective date.
   *
   * @return the date, not null
   */
  public LocalDate start() {
    return versions().get(0).effectiveFrom();
  }

  /**
   * Returns the version that set the course on a date: the latest version effective on or before
   * the date, ignoring drafts and versions entered in error. Whether it is in effect is its {@link
   * PlanVersion#status()} ({@link PlanStatus#isInEffect()}).
   *
   * @param date the date, not null
   * @return the version, or empty if none was effective yet
   */
  public Optional<PlanVersion> versionOn(LocalDate date) {
    PlanVersion found = null;
    for (PlanVersion v : versions()) {
      if (!v.effectiveFrom().isAfter(date)
          && v.status() != PlanStatus.DRAFT
          && v.status() != PlanStatus.ENTERED_IN_ERROR) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns a builder for the next version, filled in from the latest version with the next number
   * and no reason yet.
   *
   * @return a new builder, not null
   */
  public PlanVersion.Builder nextVersion() {
    PlanVersion.Builder b = PlanVersion.builder();
    b.from(current()).number(current().number() + 1).revisionReason(Optional.empty());
    return b;
  }

  /**
   * Returns a copy of this plan with one more version.
   *
   * @param next the next version, numbered one above the latest, not null
   * @return the revised plan, not null
   * @throws org.therapykit.validation.InvalidValueException if the version is misnumbered or takes
   *     effect before the latest
   */
  public TreatmentPlan withRevision(PlanVersion next) {
    return builder().addAllVersions(versions()).addVersion(next).build();
  }

  /**
   * Obtains a plan with its first version.
   *
   * @param first version 1, not null
   * @return the plan, not null
   */
  public static TreatmentPlan of(PlanVersion first) {
    return builder().addVersion(first).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TreatmentPlan}; at least one version is required. */
  public static final class Builder extends ImmutableTreatmentPlan.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Violations v = Invariants.of(this);
    for (int i = 0; i < versions().size(); i++) {
      PlanVersion p = versions().get(i);
      v.require(
          p.number() == i + 1,
          FindingCode.INCONSISTENT_VALUE,
          "/versions/" + i + "/number",
          "versions are numbered 1 to n in order");
      v.require(
          i == 0 || !p.effectiveFrom().isBefore(versions().get(i - 1).effectiveFrom()),
          FindingCode.INCONSISTENT_VALUE,
          "/versions/" + i + "/effectiveFrom",
          "must not be before the previous version's effective date");
    }
    v.throwIfAny();
  }
}
