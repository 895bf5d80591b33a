package org.therapykit.credential;

import org.therapykit.Coded;

/**
 * A discipline of sexuality practice, such as {@link #SEX_THERAPY}; separate disciplines, not rungs
 * of one ladder.
 */
public enum Discipline implements Coded {
  /** In-depth psychotherapy for sexual concerns. */
  SEX_THERAPY("sex-therapy"),
  /** Short-term, client-centred sexuality counselling. */
  SEXUALITY_COUNSELLING("sexuality-counselling"),
  /** Sexuality education and training. */
  SEXUALITY_EDUCATION("sexuality-education");

  private final String code;

  Discipline(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
