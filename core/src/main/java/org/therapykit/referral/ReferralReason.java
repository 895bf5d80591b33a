package org.therapykit.referral;

import org.therapykit.Coded;
import org.therapykit.internal.Sensitive;
import org.therapykit.qualification.PracticeArea;

/**
 * Why a provider refers a client, as a category, such as {@link #FERTILITY_RELATED}, and the {@link
 * PracticeArea} a practitioner needs to take it ({@link #practiceArea()}).
 */
@Sensitive
public enum ReferralReason implements Coded {
  /** Sexual or relationship difficulties related to infertility or fertility treatment. */
  FERTILITY_RELATED("fertility-related", PracticeArea.SEXUAL_DYSFUNCTIONS),
  /** A suspected or diagnosed sexual dysfunction. */
  SEXUAL_DYSFUNCTION("sexual-dysfunction", PracticeArea.SEXUAL_DYSFUNCTIONS),
  /** Pain during sex. */
  SEXUAL_PAIN("sexual-pain", PracticeArea.SEXUAL_DYSFUNCTIONS),
  /** Low or discrepant sexual desire. */
  DESIRE_CONCERN("desire-concern", PracticeArea.MINOR_SEXUAL_DIFFICULTIES),
  /** Relationship or communication problems. */
  RELATIONSHIP("relationship", PracticeArea.RELATIONSHIP_PROBLEMS),
  /** Any other reason. */
  OTHER("other", PracticeArea.IN_DEPTH_PSYCHOTHERAPY);

  private final String code;
  private final PracticeArea practiceArea;

  ReferralReason(String code, PracticeArea practiceArea) {
    this.code = code;
    this.practiceArea = practiceArea;
  }

  /**
   * Returns the area of practice a practitioner needs to take the referral, failing safe where a
   * category is broad: fertility-related difficulties, dysfunctions and pain need {@link
   * PracticeArea#SEXUAL_DYSFUNCTIONS} (a sex therapist); desire concerns need {@link
   * PracticeArea#MINOR_SEXUAL_DIFFICULTIES}; relationship problems {@link
   * PracticeArea#RELATIONSHIP_PROBLEMS}; anything else {@link PracticeArea#IN_DEPTH_PSYCHOTHERAPY}.
   * A host that knows better sets the concern of its query directly.
   *
   * @return the practice area, not null
   */
  public PracticeArea practiceArea() {
    return practiceArea;
  }

  @Override
  public String code() {
    return code;
  }
}
