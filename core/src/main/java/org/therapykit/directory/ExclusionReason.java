package org.therapykit.directory;

import org.therapykit.Coded;

/**
 * Why a practitioner the directory considered is not a candidate, such as {@link
 * #NOT_QUALIFIED_FOR_CONCERN}. An exclusion lists every reason that applies. Codes are stable and
 * append-only.
 */
public enum ExclusionReason implements Coded {
  /**
   * The scope of practice on the date does not include the concern (a counsellor, say, for a
   * dysfunction).
   */
  NOT_QUALIFIED_FOR_CONCERN("not-qualified-for-concern"),
  /**
   * No licence valid on the date in the client's jurisdiction, and no in-person service elsewhere
   * that the client would travel to.
   */
  NOT_LICENSED_WHERE_CLIENT_IS("not-licensed-where-client-is"),
  /**
   * Licensed where the client is, but neither in person there (within the travel distance) nor by
   * telehealth the client accepts.
   */
  NO_REACHABLE_SERVICE("no-reachable-service"),
  /** Not accepting new clients. */
  NOT_ACCEPTING_NEW_CLIENTS("not-accepting-new-clients"),
  /** Does not state the language the query asks for. */
  LANGUAGE_NOT_OFFERED("language-not-offered"),
  /** Does not see the kind of unit (individual or couple) the query is for. */
  UNIT_NOT_SERVED("unit-not-served");

  private final String code;

  ExclusionReason(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
