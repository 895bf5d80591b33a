package org.therapykit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.therapykit.json.JsonRecord;
import org.therapykit.json.JsonRecords;
import org.therapykit.json.TherapyDocument;
import org.therapykit.json.TherapyJson;

/**
 * Reads every document of one input (one document, compact or pretty-printed, several documents, a
 * JSON array or newline-delimited JSON, of any kinds), reporting each unreadable record in one line
 * and keeping the rest.
 */
final class DocumentInput {
  private final List<Object> documents = new ArrayList<>();
  private int invalid;

  private DocumentInput() {}

  /**
   * Reads a source.
   *
   * @param source the input
   * @param problem where to report one line per unreadable record
   * @return the documents read and the count of unreadable records
   * @throws UnreadableInputException if the input cannot be read at all
   */
  static DocumentInput read(Source source, Consumer<String> problem) {
    DocumentInput input = new DocumentInput();
    try (InputStream in = source.open();
        JsonRecords<TherapyDocument> records = TherapyJson.strict().readAllDocuments(in)) {
      for (JsonRecord<TherapyDocument> r : records) {
        if (r.value().isPresent()) {
          input.documents.add(r.value().get());
        } else {
          input.invalid++;
          for (String line : Text.problems(r.error().orElseThrow())) {
            problem.accept(source.name() + ": record " + r.index() + ": " + line);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw new UnreadableInputException(
          source.name(), "cannot be read: " + Source.reason(e.getCause()), e);
    } catch (IOException e) {
      throw new UnreadableInputException(source.name(), "cannot be read: " + Source.reason(e), e);
    }
    return input;
  }

  /** The documents read, in input order. */
  List<Object> documents() {
    return documents;
  }

  /** The documents of one type, in input order. */
  <T> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object d : documents) {
      if (type.isInstance(d)) {
        out.add(type.cast(d));
      }
    }
    return out;
  }

  /** How many records could not be read. */
  int invalid() {
    return invalid;
  }
}
