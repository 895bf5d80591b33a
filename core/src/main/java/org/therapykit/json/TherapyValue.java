package org.therapykit.json;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A value with a TherapyKit JSON form: every model type that appears in a document, from a {@code
 * Practitioner} to a {@code License}, a {@code PractitionerId} or a {@code Profession}.
 *
 * <p>Its form is the one {@link TherapyJson} reads and writes, field for field; it is generated
 * from the model when the library is built, and documented in {@code docs/json-format.md}. A host's
 * own Jackson 3 {@code JsonMapper} reads and writes a {@code TherapyValue} in exactly that form,
 * with or without {@link TherapyJsonModule} registered: this interface names the module's
 * serializer and deserializer. Without the envelope and the strictness {@link TherapyJson} adds, a
 * host's mapper checks only what the value's own reader checks (see {@link TherapyJsonModule}).
 *
 * <p>Only TherapyKit's own types implement this interface; it has no methods.
 */
@JsonSerialize(using = TherapyJsonModule.WireSerializer.class)
@JsonDeserialize(using = TherapyJsonModule.WireDeserializer.class)
public interface TherapyValue {}
