package org.therapykit.practitioner;

import org.therapykit.Coded;

/**
 * The regulated profession a licence is for, such as {@link #CLINICAL_SOCIAL_WORKER} (an LCSW).
 *
 * <p>Whether a profession's full licence allows <em>independent</em> psychotherapy practice is a
 * fact of the profession ({@link #allowsIndependentPsychotherapy()}): a clinical social worker may
 * diagnose and treat without supervision, a master's-level social worker (LMSW) may not. Exact
 * titles vary by jurisdiction; the profession is the common denominator.
 */
public enum Profession implements Coded {
  /** A licensed psychologist (doctoral level). */
  PSYCHOLOGIST("psychologist", true),
  /** A psychiatrist: a physician specialised in psychiatry. */
  PSYCHIATRIST("psychiatrist", true),
  /** A licensed clinical social worker (LCSW, LICSW). */
  CLINICAL_SOCIAL_WORKER("clinical-social-worker", true),
  /** A master's-level social worker (LMSW, LGSW): psychotherapy only under clinical supervision. */
  MASTER_SOCIAL_WORKER("master-social-worker", false),
  /** A bachelor's-level social worker (LBSW, LSW): generalist, non-clinical. */
  BACHELOR_SOCIAL_WORKER("bachelor-social-worker", false),
  /** A licensed marriage and family therapist (LMFT). */
  MARRIAGE_FAMILY_THERAPIST("marriage-family-therapist", true),
  /** A licensed professional counsellor or mental-health counsellor (LPC, LMHC, LPCC). */
  PROFESSIONAL_COUNSELLOR("professional-counsellor", true),
  /** A psychiatric-mental-health nurse practitioner (PMHNP). */
  PSYCHIATRIC_NURSE_PRACTITIONER("psychiatric-nurse-practitioner", true),
  /** A registered psychotherapist where the title is regulated (for example Ontario's CRPO). */
  PSYCHOTHERAPIST("psychotherapist", true),
  /**
   * A physician other than a psychiatrist, such as a general practitioner: a licence to practise
   * medicine is plenary, and AASECT lists medicine among the licences a certified sex therapist may
   * hold.
   */
  PHYSICIAN("physician", true),
  /** A nurse other than a psychiatric nurse practitioner. */
  NURSE("nurse", false),
  /** Any other regulated profession. */
  OTHER("other", false);

  private final String code;
  private final boolean independentPsychotherapy;

  Profession(String code, boolean independentPsychotherapy) {
    this.code = code;
    this.independentPsychotherapy = independentPsychotherapy;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns whether a full licence in this profession allows psychotherapy without clinical
   * supervision: true for psychologists, psychiatrists, other physicians (a licence to practise
   * medicine covers psychotherapy), clinical social workers, marriage and family therapists,
   * professional counsellors, psychiatric nurse practitioners and registered psychotherapists;
   * false for master's and bachelor's social workers, nurses other than psychiatric nurse
   * practitioners, and others.
   *
   * @return true if independent psychotherapy is within the licence
   */
  public boolean allowsIndependentPsychotherapy() {
    return independentPsychotherapy;
  }
}
