package org.therapykit.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The records of a bulk read, from {@link TherapyJson#readAll}: iterate once, in input order.
 *
 * <pre>{@code
 * try (JsonRecords<Practitioner> records = json.readAll(Practitioner.class, in)) {
 *   for (JsonRecord<Practitioner> r : records) {
 *     r.value().ifPresentOrElse(this::check, () -> report(r.index(), r.error().get()));
 *   }
 * }
 * }</pre>
 *
 * <p>The input is a JSON array of documents or newline-delimited JSON, told apart by its first
 * non-blank byte. Records are read one at a time; memory use does not grow with their number. Not
 * thread-safe. {@link #close()} releases the parser but does not close the caller's stream.
 *
 * @param <T> the root document type
 */
public final class JsonRecords<T> implements Iterable<JsonRecord<T>>, AutoCloseable {
  private final TherapyJson json;
  private final Class<T> type;
  private final String kind;
  private final InputStream in;
  private final byte[] buffer = new byte[65536];
  private int start;
  private int end;
  private boolean started;
  private boolean finished;
  private boolean iterated;
  private @Nullable JsonParser arrayParser;
  private long index;

  /** Line breaks consumed before the current place: the line of a record is this plus one. */
  private int linesBefore;

  private @Nullable JsonRecord<T> next;
  private byte[] line = new byte[8192];

  JsonRecords(TherapyJson json, Class<T> type, InputStream in) {
    this.json = json;
    this.type = type;
    this.kind = type == Object.class ? "" : Documents.kindOf(type);
    this.in = in;
  }

  /**
   * Returns the iterator over the records; may be called once.
   *
   * @return the iterator, not null
   * @throws IllegalStateException if called twice
   * @throws UncheckedIOException if reading the stream fails
   */
  @Override
  public Iterator<JsonRecord<T>> iterator() {
    if (iterated) {
      throw new IllegalStateException("records can be iterated once");
    }
    iterated = true;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (next == null && !finished) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public JsonRecord<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        JsonRecord<T> r = java.util.Objects.requireNonNull(next);
        next = null;
        return r;
      }
    };
  }

  /**
   * Returns the records as a sequential stream; may be called once, instead of {@link #iterator()}.
   *
   * @return the stream, not null
   */
  public Stream<JsonRecord<T>> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Releases the parser; the caller's stream stays open. */
  @Override
  public void close() {
    finished = true;
    if (arrayParser != null) {
      arrayParser.close();
    }
  }

  private @Nullable JsonRecord<T> advance() {
    try {
      if (!started) {
        started = true;
        int first = peekNonBlank();
        if (first < 0) {
          finished = true;
          return null;
        }
        if (first == '[') {
          InputStream rest =
              new SequenceInputStream(new ByteArrayInputStream(buffer, start, end - start), in);
          JsonParser p = json.bulkMapper().createParser(rest);
          arrayParser = p;
          try {
            p.nextToken();
          } catch (JacksonException e) {
            return fatal(e, p);
          }
        }
      }
      return arrayParser != null ? nextFromArray(arrayParser) : nextLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills the buffer when it is used up; returns false at the end of the input. */
  private boolean fill() throws IOException {
    if (start < end) {
      return true;
    }
    int n = in.read(buffer, 0, buffer.length);
    start = 0;
    end = Math.max(n, 0);
    return n > 0;
  }

  /** Skips blanks and a UTF-8 byte order mark; returns the next byte without consuming it. */
  private int peekNonBlank() throws IOException {
    boolean first = true;
    while (fill()) {
      int b = buffer[start] & 0xFF;
      if (first && b == 0xEF) {
        first = false;
        // a UTF-8 byte order mark is skipped, as RFC 8259 allows
        if (end - start < 3) {
          System.arraycopy(buffer, start, buffer, 0, end - start);
          end -= start;
          start = 0;
          int n = in.read(buffer, end, buffer.length - end);
          end += Math.max(n, 0);
        }
        if (end - start >= 3
            && (buffer[start + 1] & 0xFF) == 0xBB
            && (buffer[start + 2] & 0xFF) == 0xBF) {
          start += 3;
          continue;
        }
        return b;
      }
      first = false;
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
      }
      if (b == '\n') {
        linesBefore++;
      }
      start++;
    }
    return -1;
  }

  // ---- JSON array ---------------------------------------------------------------------

  private @Nullable JsonRecord<T> nextFromArray(JsonParser p) {
    long i = index;
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (JacksonException e) {
      return fatal(e, p);
    }
    if (t == JsonToken.END_ARRAY) {
      finished = true;
      try {
        if (p.nextToken() != null) {
          return JsonRecord.failed(
              i,
              Errors.problem(
                      JsonErrorCode.TRAILING_CONTENT, "", p, "content after the array of records")
                  .onLineOffset(linesBefore));
        }
      } catch (JacksonException e) {
        return fatal(e, p);
      }
      return null;
    }
    if (t == null) {
      return fatal(
          Errors.problem(JsonErrorCode.MALFORMED_JSON, "", p, "unexpected end of input"), i);
    }
    index++;
    int depth = arrayDepth(p);
    long from = p.currentTokenLocation().getByteOffset();
    try {
      T value = json.readEnvelopeAt(p, type, kind, json.bulkReaders(), 1);
      return tooLarge(p, from) ? JsonRecord.failed(i, tooLargeError()) : JsonRecord.ok(i, value);
    } catch (JsonInputException e) {
      return skipAfter(p, depth, i, e, from);
    } catch (JacksonException e) {
      RuntimeException translated = Errors.translate(e, kind.isEmpty() ? "" : "/" + kind, p, 1);
      if (translated instanceof JsonInputException jie) {
        return skipAfter(p, depth, i, jie, from);
      }
      throw translated;
    }
  }

  private static int arrayDepth(JsonParser p) {
    // positioned on the element's first token: for an object or array the context is already
    // the element's own, one level below the records array
    JsonToken t = p.currentToken();
    int d = p.streamReadContext().getNestingDepth();
    return (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) ? d - 1 : d;
  }

  private boolean tooLarge(JsonParser p, long from) {
    return from >= 0 && p.currentLocation().getByteOffset() - from > json.maxDocumentBytes();
  }

  private static JsonInputException tooLargeError() {
    return Errors.problem(JsonErrorCode.TOO_LARGE, "", null, "record too large");
  }

  /** Skips the rest of a failed element, unless the input itself is broken. */
  private JsonRecord<T> skipAfter(
      JsonParser p, int depth, long i, JsonInputException e, long from) {
    if (e.code() == JsonErrorCode.MALFORMED_JSON) {
      finished = true;
      return JsonRecord.failed(i, e.onLineOffset(linesBefore));
    }
    try {
      while (p.streamReadContext().getNestingDepth() > depth) {
        if (p.nextToken() == null) {
          finished = true;
          break;
        }
      }
    } catch (JacksonException broken) {
      finished = true;
    }
    return JsonRecord.failed(i, tooLarge(p, from) ? tooLargeError() : e.onLineOffset(linesBefore));
  }

  private JsonRecord<T> fatal(JacksonException e, JsonParser p) {
    RuntimeException translated = Errors.translate(e, "", p, 1);
    if (translated instanceof JsonInputException jie) {
      return fatal(jie, index);
    }
    throw translated;
  }

  private JsonRecord<T> fatal(JsonInputException e, long i) {
    finished = true;
    return JsonRecord.failed(i, e.onLineOffset(linesBefore));
  }

  // ---- newline-delimited JSON ----------------------------------------------------------

  private @Nullable JsonRecord<T> nextLine() throws IOException {
    int max = json.maxDocumentBytes();
    while (true) {
      int recordLinesBefore = linesBefore;
      int length = 0;
      boolean tooLong = false;
      boolean newline = false;
      while (!newline && fill()) {
        int lineEnd = start;
        while (lineEnd < end && buffer[lineEnd] != '\n') {
          lineEnd++;
        }
        int n = lineEnd - start;
        if (!tooLong) {
          if (length + n > max) {
            tooLong = true;
          } else {
            if (length + n > line.length) {
              line = Arrays.copyOf(line, Math.min(max, Math.max(length + n, line.length * 2)));
            }
            System.arraycopy(buffer, start, line, length, n);
            length += n;
          }
        }
        newline = lineEnd < end;
        start = newline ? lineEnd + 1 : lineEnd;
      }
      if (newline && linesBefore < Integer.MAX_VALUE) {
        linesBefore++;
      }
      if (!newline && length == 0 && !tooLong) {
        finished = true;
        return null;
      }
      if (!tooLong && isBlank(line, length)) {
        continue;
      }
      long i = index++;
      if (tooLong) {
        return JsonRecord.failed(
            i, Errors.problem(JsonErrorCode.TOO_LARGE, "", null, "record too large"));
      }
      try {
        return JsonRecord.ok(i, json.read(type, line, 0, length));
      } catch (JsonInputException e) {
        // the record was parsed on its own: its line 1 is the input's line recordLinesBefore + 1
        return JsonRecord.failed(i, e.onLineOffset(recordLinesBefore));
      }
    }
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte c = bytes[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
