/**
 * TherapyKit's JSON format: a versioned wire format other applications embed.
 *
 * <ul>
 *   <li>{@link org.therapykit.json.TherapyJson}: the one entry point; {@code
 *       TherapyJson.strict().read(Practitioner.class, text)} and {@code write(value)}.
 *   <li>{@link org.therapykit.json.JsonRecords} and {@link org.therapykit.json.JsonRecord}:
 *       streaming reads of many documents (a JSON array or newline-delimited JSON).
 *   <li>{@link org.therapykit.json.JsonInputException} with {@link
 *       org.therapykit.json.JsonErrorCode}: why a document could not be read, and where (a JSON
 *       Pointer such as {@code /practitioner/licenses/0/validity}).
 *   <li>{@link org.therapykit.json.TherapyJsonModule}: the Jackson 3 module for hosts that own a
 *       {@code JsonMapper}; the only Jackson type in the public API.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All public types are thread-safe except {@link org.therapykit.json.JsonRecords} and {@link
 * org.therapykit.json.TherapyJson.Builder}. Nulls are rejected unless documented. The model
 * packages contain no Jackson annotations: the wire shape lives here, as mix-ins.
 */
@NullMarked
package org.therapykit.json;

import org.jspecify.annotations.NullMarked;
