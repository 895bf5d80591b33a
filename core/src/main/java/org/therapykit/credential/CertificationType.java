package org.therapykit.credential;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.therapykit.Coded;

/**
 * A kind of certification a body awards, such as {@link #AASECT_CST}, AASECT's Certified Sex
 * Therapist.
 *
 * <p>Each type belongs to one {@link CertifyingBody} ({@link #OTHER} to any), attests one {@link
 * CertificationLevel}, and a supervisor type builds on a base type ({@link #base()}).
 */
public enum CertificationType implements Coded {
  /** AASECT Certified Sex Therapist (CST). */
  AASECT_CST("aasect-cst", CertifyingBody.AASECT, CertificationLevel.THERAPIST, null),
  /** AASECT Certified Sexuality Counselor (CSC). */
  AASECT_CSC("aasect-csc", CertifyingBody.AASECT, CertificationLevel.COUNSELLOR, null),
  /** AASECT Certified Sexuality Educator (CSE). */
  AASECT_CSE("aasect-cse", CertifyingBody.AASECT, CertificationLevel.EDUCATOR, null),
  /** AASECT Certified Sex Therapist Supervisor (CST-S); requires a CST. */
  AASECT_CST_SUPERVISOR(
      "aasect-cst-supervisor", CertifyingBody.AASECT, CertificationLevel.SUPERVISOR, AASECT_CST),
  /** AASECT Certified Sexuality Counselor Supervisor (CSC-S); requires a CSC. */
  AASECT_CSC_SUPERVISOR(
      "aasect-csc-supervisor", CertifyingBody.AASECT, CertificationLevel.SUPERVISOR, AASECT_CSC),
  /** AASECT Certified Sexuality Educator Supervisor (CSES); requires a CSE. */
  AASECT_CSE_SUPERVISOR(
      "aasect-cse-supervisor", CertifyingBody.AASECT, CertificationLevel.SUPERVISOR, AASECT_CSE),
  /** COSRT Accredited Member: psychosexual and relationship therapist (UK). */
  COSRT_ACCREDITED("cosrt-accredited", CertifyingBody.COSRT, CertificationLevel.THERAPIST, null),
  /** COSRT Accredited Supervisor; requires accreditation as a therapist. */
  COSRT_ACCREDITED_SUPERVISOR(
      "cosrt-accredited-supervisor",
      CertifyingBody.COSRT,
      CertificationLevel.SUPERVISOR,
      COSRT_ACCREDITED),
  /** EFS-ESSM Certified Psycho-Sexologist (ECPS), Europe. */
  EFS_ESSM_ECPS("efs-essm-ecps", CertifyingBody.EFS_ESSM, CertificationLevel.THERAPIST, null),
  /** SAS Provisional Psychosexual Therapist (Australia). */
  SAS_PROVISIONAL_THERAPIST(
      "sas-provisional-psychosexual-therapist",
      CertifyingBody.SAS,
      CertificationLevel.THERAPIST,
      null),
  /** SAS Clinical Psychosexual Therapist (Australia). */
  SAS_CLINICAL_THERAPIST(
      "sas-clinical-psychosexual-therapist",
      CertifyingBody.SAS,
      CertificationLevel.THERAPIST,
      null),
  /** SAS Clinical Sexuality Educator (Australia). */
  SAS_SEXUALITY_EDUCATOR(
      "sas-clinical-sexuality-educator", CertifyingBody.SAS, CertificationLevel.EDUCATOR, null),
  /** BESTCO certified sex therapist (Ontario, Canada). */
  BESTCO_CERTIFIED(
      "bestco-certified-sex-therapist", CertifyingBody.BESTCO, CertificationLevel.THERAPIST, null),
  /** OPSQ sexologue permit (Québec, Canada): a protected title, without psychotherapy. */
  OPSQ_SEXOLOGUE("opsq-sexologue", CertifyingBody.OPSQ, CertificationLevel.COUNSELLOR, null),
  /** OPSQ sexologue who also holds the psychotherapist permit (Québec, Canada). */
  OPSQ_SEXOLOGUE_PSYCHOTHERAPIST(
      "opsq-sexologue-psychotherapist", CertifyingBody.OPSQ, CertificationLevel.THERAPIST, null),
  /** ISSWSH Fellow (IF): female sexual health. */
  ISSWSH_FELLOW("isswsh-fellow", CertifyingBody.ISSWSH, CertificationLevel.SPECIALIST, null),
  /** SASH Certified Problematic Sexual Behavior Therapist (CPSBT). */
  SASH_CPSBT("sash-cpsbt", CertifyingBody.SASH, CertificationLevel.SPECIALIST, null),
  /** American Board of Sexology Certified Sexologist: no degree or licence required. */
  ABS_CERTIFIED_SEXOLOGIST(
      "abs-certified-sexologist", CertifyingBody.ABS, CertificationLevel.NON_CLINICAL, null),
  /** American Board of Sexology Board Certified Diplomate. */
  ABS_DIPLOMATE("abs-diplomate", CertifyingBody.ABS, CertificationLevel.NON_CLINICAL, null),
  /** American College of Sexologists certificate. */
  ACS_CERTIFICATE("acs-certificate", CertifyingBody.ACS, CertificationLevel.NON_CLINICAL, null),
  /** TCA / STTI board-certified sex therapist: far looser criteria than AASECT's. */
  TCA_SEX_THERAPIST(
      "tca-certified-sex-therapist", CertifyingBody.TCA, CertificationLevel.SPECIALIST, null),
  /** Any other certification, from any body. */
  OTHER("other", null, CertificationLevel.SPECIALIST, null);

  private final String code;
  private final @Nullable CertifyingBody body;
  private final CertificationLevel level;
  private final @Nullable CertificationType base;

  CertificationType(
      String code,
      @Nullable CertifyingBody body,
      CertificationLevel level,
      @Nullable CertificationType base) {
    this.code = code;
    this.body = body;
    this.level = level;
    this.base = base;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the body that awards this type.
   *
   * @return the body, or empty for {@link #OTHER}, which any body may award
   */
  public Optional<CertifyingBody> body() {
    return Optional.ofNullable(body);
  }

  /**
   * Returns whether {@code candidate} awards this type.
   *
   * @param candidate the body, not null
   * @return true if the combination is known
   */
  public boolean isAwardedBy(CertifyingBody candidate) {
    return body == null || body == candidate;
  }

  /**
   * Returns what the certification attests.
   *
   * @return the level, not null
   */
  public CertificationLevel level() {
    return level;
  }

  /**
   * Returns the certification a supervisor type builds on, such as {@link #AASECT_CST} for {@link
   * #AASECT_CST_SUPERVISOR}.
   *
   * @return the base type, or empty
   */
  public Optional<CertificationType> base() {
    return Optional.ofNullable(base);
  }
}
