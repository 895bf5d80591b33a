package org.therapykit.qualification;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;
import org.therapykit.Jurisdiction;
import org.therapykit.credential.CertificationType;
import org.therapykit.internal.Violations;
import org.therapykit.validation.FindingCode;

/**
 * A policy's recognition of a certification type, such as "AASECT CST makes a licensed clinician in
 * the US, Canada, Israel, Mexico or Puerto Rico a certified sex therapist".
 *
 * <p>For a therapist classification the holder also needs a licence valid on the date that allows
 * independent psychotherapy, in one of {@link #jurisdictions()} (none listed: anywhere). Invariant:
 * the classification is one a certification can grant. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recognition implements WithRecognition {
  Recognition() {}

  /**
   * Returns the certification type.
   *
   * @return the type, not null
   */
  @Value.Parameter
  public abstract CertificationType type();

  /**
   * Returns what a valid certification of the type makes its holder.
   *
   * @return {@link Classification#CERTIFIED_SEX_THERAPIST}, {@link Classification#SEX_COUNSELLOR}
   *     or {@link Classification#SEXUALITY_EDUCATOR}
   */
  @Value.Parameter
  public abstract Classification grants();

  /**
   * Returns where the holder's licence must be, for a therapist classification.
   *
   * @return the jurisdictions, empty for anywhere, not null
   */
  @Value.Parameter
  public abstract ImmutableSet<Jurisdiction> jurisdictions();

  /**
   * Obtains a recognition.
   *
   * @param type the certification type, not null
   * @param grants the classification granted, not null
   * @param jurisdictions where the licence must be, empty for anywhere, not null
   * @return the recognition, not null
   */
  public static Recognition of(
      CertificationType type,
      Classification grants,
      Iterable<? extends Jurisdiction> jurisdictions) {
    return ImmutableRecognition.of(type, grants, jurisdictions);
  }

  /**
   * Returns whether a licence in the jurisdiction satisfies this recognition.
   *
   * @param licensed the licence's jurisdiction, not null
   * @return true if no jurisdictions are listed or one includes {@code licensed}
   */
  public boolean covers(Jurisdiction licensed) {
    return jurisdictions().isEmpty()
        || jurisdictions().stream().anyMatch(j -> j.includes(licensed));
  }

  @Value.Check
  void check() {
    Violations.of("Recognition")
        .require(
            grants() == Classification.CERTIFIED_SEX_THERAPIST
                || grants() == Classification.SEX_COUNSELLOR
                || grants() == Classification.SEXUALITY_EDUCATOR,
            FindingCode.OUT_OF_RANGE,
            "/grants",
            "a certification can make someone a certified sex therapist, a counsellor or an"
                + " educator")
        .throwIfAny();
  }
}
