package org.therapykit.credential;

import org.therapykit.Coded;

/**
 * What kind of practice a certification attests, such as {@link #THERAPIST}. These are separate
 * disciplines, not rungs of one ladder.
 */
public enum CertificationLevel implements Coded {
  /** In-depth psychotherapy for sexual concerns; the holder must be a licensed clinician. */
  THERAPIST("therapist"),
  /** Short-term, client-centred sexuality counselling; no clinical licence required. */
  COUNSELLOR("counsellor"),
  /** Sexuality education and training. */
  EDUCATOR("educator"),
  /** Supervision of candidates for another certification of the same body. */
  SUPERVISOR("supervisor"),
  /** A specialist credential that is none of the above (for example a fellowship). */
  SPECIALIST("specialist"),
  /** A certificate that requires no clinical licence and attests no clinical competence. */
  NON_CLINICAL("non-clinical");

  private final String code;

  CertificationLevel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
