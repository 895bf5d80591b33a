package org.therapykit.practitioner;

import org.therapykit.Coded;
import org.therapykit.Jurisdiction;

/**
 * A voluntary register of counsellors and psychotherapists, such as {@link #UKCP}: where the law
 * does not license psychotherapy (the United Kingdom, Australia), registration with an accredited
 * register is how a practitioner shows they may practise it. A register is not a licence: it is
 * kept by a professional body, not a regulator, and it covers one country.
 */
public enum Register implements Coded {
  /**
   * UK Council for Psychotherapy: registered psychotherapists and psychotherapeutic counsellors.
   */
  UKCP("ukcp", "GB", true),
  /** British Association for Counselling and Psychotherapy: registered members. */
  BACP("bacp", "GB", true),
  /** National Counselling and Psychotherapy Society (UK): accredited registrants. */
  NCPS("ncps", "GB", true),
  /**
   * Psychotherapy and Counselling Federation of Australia: registered clinical counsellors and
   * psychotherapists.
   */
  PACFA("pacfa", "AU", true),
  /** Australian Counselling Association: registered counsellors. */
  ACA("aca", "AU", true),
  /** Australian Association of Social Workers: members (not a psychotherapy register). */
  AASW("aasw", "AU", false);

  private final String code;
  private final String country;
  private final boolean psychotherapy;

  Register(String code, String country, boolean psychotherapy) {
    this.code = code;
    this.country = country;
    this.psychotherapy = psychotherapy;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the country the register covers, such as {@code GB}.
   *
   * @return the jurisdiction, not null
   */
  public Jurisdiction jurisdiction() {
    return Jurisdiction.of(country);
  }

  /**
   * Returns whether a registrant may practise psychotherapy (or counselling) on their own
   * responsibility in the register's country.
   *
   * @return true for the psychotherapy and counselling registers
   */
  public boolean allowsIndependentPsychotherapy() {
    return psychotherapy;
  }
}
