package org.therapykit.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A reading failure our own deserializers raise with its {@link JsonErrorCode}; Jackson adds the
 * path as it unwinds, and {@link Errors} turns it into a {@link JsonInputException}.
 */
final class JsonProblem extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The code. */
  private final JsonErrorCode code;

  JsonProblem(JsonParser p, JsonErrorCode code, String detail) {
    super(p, detail, p.currentTokenLocation());
    this.code = code;
  }

  JsonErrorCode code() {
    return code;
  }
}
