/**
 * TherapyKit's JSON format: a versioned wire format other applications embed.
 *
 * <ul>
 *   <li>{@link org.therapykit.json.TherapyJson}: the one entry point; {@code
 *       TherapyJson.strict().read(Practitioner.class, text)} and {@code write(value)}.
 *   <li>{@link org.therapykit.json.TherapyDocument} and {@link org.therapykit.json.TherapyValue}:
 *       the root documents, and every type with a JSON form.
 *   <li>{@link org.therapykit.json.JsonRecords} and {@link org.therapykit.json.JsonRecord}:
 *       streaming reads of many documents in any layout (one after another, an array,
 *       newline-delimited JSON).
 *   <li>{@link org.therapykit.json.JsonInputException}, with a {@link
 *       org.therapykit.json.JsonProblem} and a {@link org.therapykit.json.JsonErrorCode} for each
 *       problem: why a document could not be read, and where (a JSON Pointer such as {@code
 *       /practitioner/licenses/0/validity}).
 *   <li>{@link org.therapykit.json.TherapyJsonModule}: the Jackson 3 module for hosts that own a
 *       {@code JsonMapper}; the only Jackson type in the public API.
 * </ul>
 *
 * <h2>Package specification</h2>
 *
 * <p>All public types are thread-safe except {@link org.therapykit.json.JsonRecords} and {@link
 * org.therapykit.json.TherapyJson.Builder}. Nulls are rejected unless documented. The readers and
 * writers of every type ({@code <Type>Json}, package-private) are generated from the model when the
 * library is built, with the JSON Schemas and the format documentation's tables.
 */
@NullMarked
package org.therapykit.json;

import org.jspecify.annotations.NullMarked;
