package org.therapykit.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record of a bulk read: its 0-based index in the input, and either its value or the error that
 * stopped it, such as record {@code 17}: {@code UNKNOWN_FIELD at /practitioner/licenses/0/colour}.
 *
 * @param <T> the root document type
 */
public final class JsonRecord<T> {
  private final long index;
  private final @Nullable T value;
  private final @Nullable JsonInputException error;
  private final boolean stopsReading;

  private JsonRecord(
      long index, @Nullable T value, @Nullable JsonInputException error, boolean stopsReading) {
    this.index = index;
    this.value = value;
    this.error = error;
    this.stopsReading = stopsReading;
  }

  static <T> JsonRecord<T> ok(long index, T value) {
    return new JsonRecord<>(index, value, null, false);
  }

  static <T> JsonRecord<T> failed(long index, JsonInputException error) {
    return new JsonRecord<>(index, null, error, false);
  }

  static <T> JsonRecord<T> stopped(long index, JsonInputException error) {
    return new JsonRecord<>(index, null, error, true);
  }

  /**
   * Returns whether reading stopped at this record: its error says where and why, and any input
   * after it was not read (see {@link JsonRecords}, "No record lost"). Always the last record.
   *
   * @return true if this failed record ended the reading
   */
  public boolean stopsReading() {
    return stopsReading;
  }

  /**
   * Returns the 0-based index of the record among the records of the input, in input order: the
   * elements of an array, the non-blank lines of newline-delimited JSON, or the documents one after
   * another.
   *
   * @return the index
   */
  public long index() {
    return index;
  }

  /**
   * Returns the value, if the record was read.
   *
   * @return the value, or empty if there is an error
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the error, if the record could not be read.
   *
   * @return the error, or empty if there is a value
   */
  public Optional<JsonInputException> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Returns whether the record was read.
   *
   * @return true if there is a value
   */
  public boolean isOk() {
    return value != null;
  }

  /** Returns {@code #17 ok} or {@code #17 CODE at /pointer}. */
  @Override
  public String toString() {
    return "#"
        + index
        + (error == null ? " ok" : " " + error.getMessage())
        + (stopsReading ? " (reading stopped)" : "");
  }
}
