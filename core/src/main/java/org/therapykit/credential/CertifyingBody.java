package org.therapykit.credential;

import org.therapykit.Coded;

/**
 * A board or society that awards sexuality credentials, such as {@link #AASECT}.
 *
 * <p>Knowing a body does not mean recognising it: the qualification policy decides which
 * certifications make someone a certified sex therapist (see {@code DOMAIN-NOTES.md}).
 */
public enum CertifyingBody implements Coded {
  /** American Association of Sexuality Educators, Counselors and Therapists (US and neighbours). */
  AASECT("aasect"),
  /** College of Sexual and Relationship Therapists (UK). */
  COSRT("cosrt"),
  /** European Federation of Sexology with the European Society for Sexual Medicine. */
  EFS_ESSM("efs-essm"),
  /** Society of Australian Sexologists. */
  SAS("sas"),
  /** Board of Examiners in Sex Therapy and Counselling in Ontario (Canada). */
  BESTCO("bestco"),
  /** Ordre professionnel des sexologues du Québec (Canada), a statutory order. */
  OPSQ("opsq"),
  /** International Society for the Study of Women's Sexual Health. */
  ISSWSH("isswsh"),
  /** Society for the Advancement of Sexual Health (US). */
  SASH("sash"),
  /** American Board of Sexology: no degree or clinical licence required. */
  ABS("abs"),
  /** American College of Sexologists: a broad, non-clinical membership organisation. */
  ACS("acs"),
  /** Therapy Certification Academy / Sex Therapy Training Institute (US). */
  TCA("tca"),
  /** Any other body. */
  OTHER("other");

  private final String code;

  CertifyingBody(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
