package org.therapykit.json;

/**
 * A root document of the TherapyKit JSON format: a value {@link TherapyJson} reads and writes on
 * its own, inside the envelope {@code {"formatVersion": "1.1", "<kind>": {...}}}.
 *
 * <p>The root documents are the types implementing this interface (listed below as its known
 * implementing classes; the build generates the reader of each from that list); the kind is the
 * type's simple name with a lower-case first letter, such as {@code practitioner} for {@code
 * Practitioner}. Because every method of {@link TherapyJson} takes or returns this type, passing a
 * {@code License} to {@code write} is a compile error rather than a run-time one.
 *
 * <p>Only TherapyKit's root types implement this interface. (It is not {@code sealed}: a sealed
 * interface whose implementations lie in several packages cannot be loaded from the class path,
 * where most hosts put the library.) {@link TherapyJson} rejects any other implementation with
 * {@link IllegalArgumentException}.
 */
public interface TherapyDocument extends TherapyValue {}
