package org.therapykit.qualification;

import org.therapykit.Coded;

/**
 * What a practitioner is on a date, such as {@link #CERTIFIED_SEX_THERAPIST}.
 *
 * <p>Constants are declared from the narrowest scope of practice to the widest, so {@link
 * #compareTo(Enum)} orders them by what they permit: a certified sex therapist ranks above an
 * uncertified one, who ranks above a sex counsellor. The disciplines are distinct, not rungs of a
 * career ladder: the order is only about scope.
 */
public enum Classification implements Coded {
  /** None of the below on this date. */
  NOT_QUALIFIED("not-qualified", ScopeOfPractice.NONE),
  /** A sexuality educator: teaches, does not counsel or treat. */
  SEXUALITY_EDUCATOR("sexuality-educator", ScopeOfPractice.EDUCATION),
  /**
   * A sex counsellor: short-term help with minor sexual difficulties and relationship problems; not
   * sexual dysfunctions or in-depth psychotherapy.
   */
  SEX_COUNSELLOR("sex-counsellor", ScopeOfPractice.COUNSELLING),
  /**
   * A sex therapist without a recognised certification: licensed for independent psychotherapy and
   * meeting the policy's education and supervised-practice requirements.
   */
  SEX_THERAPIST("sex-therapist", ScopeOfPractice.THERAPY),
  /** A licensed clinician holding a recognised sex-therapist certification valid on the date. */
  CERTIFIED_SEX_THERAPIST("certified-sex-therapist", ScopeOfPractice.THERAPY);

  private final String code;
  private final ScopeOfPractice scope;

  Classification(String code, ScopeOfPractice scope) {
    this.code = code;
    this.scope = scope;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the scope of practice this classification allows.
   *
   * @return the scope, not null
   */
  public ScopeOfPractice scope() {
    return scope;
  }

  /**
   * Returns whether this is a sex therapist, certified or not.
   *
   * @return true for {@link #SEX_THERAPIST} and {@link #CERTIFIED_SEX_THERAPIST}
   */
  public boolean isTherapist() {
    return scope == ScopeOfPractice.THERAPY;
  }
}
