package org.therapykit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

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
 * <h2>Layouts</h2>
 *
 * <p>The input is read as written, told apart by its content, not by its lines:
 *
 * <ul>
 *   <li>a JSON array of documents ({@code [doc, doc, ...]}), compact or pretty-printed;
 *   <li>newline-delimited JSON: one compact document per line (blank lines are skipped);
 *   <li>one document, or several one after another, compact or pretty-printed.
 * </ul>
 *
 * <p>A document that starts with {@code [} is an array; otherwise, if the first document ends on
 * the line it starts on and nothing but white space follows it there, the input is
 * newline-delimited and every later line is one record; otherwise documents are found by their
 * brackets.
 *
 * <h2>No record lost</h2>
 *
 * <p>Every record yields its value or its error, with its 0-based index, and reading goes on after
 * a bad record: a record that breaks the format, is too deep or is larger than {@link
 * TherapyJson#maxDocumentBytes()} is skipped by its brackets (a record over the size limit is never
 * held in memory). Reading stops only where the end of a record cannot be known: after a syntax
 * error in an array or in pretty-printed documents (in newline-delimited JSON, the line ends the
 * record, so reading goes on), after a syntax error between the array's elements, or at the end of
 * the input inside a record. Then the last record's error says where and why, and {@link
 * JsonRecord#stopsReading()} is true. Memory use does not grow with the number of records. Not
 * thread-safe. {@link #close()} does not close the caller's stream.
 *
 * @param <T> the root document type
 */
public final class JsonRecords<T> implements Iterable<JsonRecord<T>>, AutoCloseable {
  private enum Layout {
    UNKNOWN,
    ARRAY,
    LINES,
    DOCUMENTS
  }

  private final TherapyJson json;
  private final Class<T> type;
  private final int kind;
  private final InputStream in;
  private final int max;

  private final byte[] buffer = new byte[65536];
  private int pos;
  private int end;
  private boolean eof;

  /** The 0-based line and byte column of {@code buffer[pos]}. */
  private int line;

  private int column;

  private Layout layout = Layout.UNKNOWN;
  private boolean started;
  private boolean finished;
  private boolean iterated;
  private boolean arrayElementSeen;
  private long index;
  private @Nullable JsonRecord<T> next;

  /** The bytes of the current record, up to {@code max}. */
  private byte[] record = new byte[8192];

  private int length;
  private boolean tooLarge;
  private int recordLine;
  private int recordColumn;
  private boolean recordSpansLines;

  /** Whether the input ended inside the current record, its brackets or a string still open. */
  private boolean recordUnclosed;

  JsonRecords(TherapyJson json, Class<T> type, int kind, InputStream in) {
    this.json = json;
    this.type = type;
    this.kind = kind;
    this.in = in;
    this.max = json.maxDocumentBytes();
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
          try {
            next = advance();
          } catch (IOException e) {
            finished = true;
            throw new UncheckedIOException("reading JSON input failed", e);
          }
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

  /** Stops reading; the caller's stream stays open. */
  @Override
  public void close() {
    finished = true;
  }

  // ---- input ------------------------------------------------------------------------------

  /** Returns whether a byte is available at {@code pos}, reading more input if needed. */
  private boolean fill() throws IOException {
    if (pos < end) {
      return true;
    }
    if (eof) {
      return false;
    }
    int n = in.read(buffer, 0, buffer.length);
    pos = 0;
    end = Math.max(n, 0);
    eof = n < 0;
    return n > 0 || (n == 0 && fill());
  }

  /** Consumes one byte, keeping the line and column. */
  private int take() {
    int b = buffer[pos++] & 0xFF;
    if (b == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    return b;
  }

  /** Skips JSON white space; returns the next byte without consuming it, or -1 at the end. */
  private int peekNonBlank() throws IOException {
    while (fill()) {
      int b = buffer[pos] & 0xFF;
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
      }
      take();
    }
    return -1;
  }

  // ---- records ----------------------------------------------------------------------------

  private @Nullable JsonRecord<T> advance() throws IOException {
    if (!started) {
      started = true;
      JsonRecord<T> bad = start();
      if (bad != null || finished) {
        return bad;
      }
    }
    return switch (layout) {
      case ARRAY -> nextInArray();
      case LINES -> nextLine();
      default -> nextDocument();
    };
  }

  /** Reads what comes before the first record: a byte order mark and the layout. */
  private @Nullable JsonRecord<T> start() throws IOException {
    // the first bytes: a UTF-8 byte order mark is skipped; UTF-16 and UTF-32 are refused
    while (end - pos < 4 && !eof) {
      if (pos > 0) {
        System.arraycopy(buffer, pos, buffer, 0, end - pos);
        end -= pos;
        pos = 0;
      }
      int n = in.read(buffer, end, buffer.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
    }
    if (end - pos >= 3
        && (buffer[pos] & 0xFF) == 0xEF
        && (buffer[pos + 1] & 0xFF) == 0xBB
        && (buffer[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
    }
    try {
      TherapyJson.checkEncoding(buffer, pos, end - pos);
    } catch (JsonInputException e) {
      return stop(e);
    }
    int first = peekNonBlank();
    if (first < 0) {
      finished = true;
      return null;
    }
    if (first == '[') {
      layout = Layout.ARRAY;
      take();
    }
    return null;
  }

  /** One element of a top-level array, or null at its end. */
  private @Nullable JsonRecord<T> nextInArray() throws IOException {
    int b = peekNonBlank();
    if (b == ']') {
      take();
      finished = true;
      if (peekNonBlank() >= 0) {
        return stopAt(JsonErrorCode.TRAILING_CONTENT, "content after the array of records");
      }
      return null;
    }
    if (arrayElementSeen) {
      if (b != ',') {
        return stopAt(b < 0 ? "the input ends inside the array" : "expected , or ] after a record");
      }
      take();
      b = peekNonBlank();
      if (b == ']') {
        return stopAt("a comma before the end of the array");
      }
    }
    if (b < 0) {
      return stopAt("the input ends inside the array");
    }
    arrayElementSeen = true;
    frame();
    return parse(true);
  }

  /** The next document of a sequence, deciding between lines and brackets after the first. */
  private @Nullable JsonRecord<T> nextDocument() throws IOException {
    if (peekNonBlank() < 0) {
      finished = true;
      return null;
    }
    frame();
    if (layout == Layout.UNKNOWN) {
      layout = !recordSpansLines && restOfLineIsBlank() ? Layout.LINES : Layout.DOCUMENTS;
    }
    return parse(layout == Layout.DOCUMENTS);
  }

  /** Whether only spaces, tabs and carriage returns follow on the current line. */
  private boolean restOfLineIsBlank() throws IOException {
    while (fill()) {
      int b = buffer[pos] & 0xFF;
      if (b == '\n') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
      take();
    }
    return true;
  }

  /** The next non-blank line of newline-delimited JSON, as one record. */
  private @Nullable JsonRecord<T> nextLine() throws IOException {
    while (true) {
      begin();
      boolean any = false;
      boolean blank = true;
      while (fill()) {
        int lineEnd = pos;
        while (lineEnd < end && buffer[lineEnd] != '\n') {
          lineEnd++;
        }
        int n = lineEnd - pos;
        if (n > 0) {
          any = true;
          blank &= isBlank(buffer, pos, lineEnd);
          append(buffer, pos, n);
          column += n;
          pos = lineEnd;
        }
        if (lineEnd < end) {
          take(); // the line break
          break;
        }
      }
      if (!any && !fill()) {
        finished = true;
        return null;
      }
      if (!blank || tooLarge) {
        return parse(false);
      }
    }
  }

  private static boolean isBlank(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = bytes[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Starts a record at the current place. */
  private void begin() {
    length = 0;
    tooLarge = false;
    recordLine = line;
    recordColumn = column;
    recordSpansLines = false;
    recordUnclosed = false;
  }

  private void append(byte[] bytes, int from, int n) {
    if (tooLarge) {
      return;
    }
    if (length + n > max) {
      tooLarge = true;
      return;
    }
    if (length + n > record.length) {
      record = Arrays.copyOf(record, Math.min(max, Math.max(length + n, record.length * 2)));
    }
    System.arraycopy(bytes, from, record, length, n);
    length += n;
  }

  /**
   * Reads one JSON value into {@code record} by its brackets and strings: an object or array up to
   * its closing bracket, or a scalar up to the next white space or structural character. Content
   * beyond the size limit is scanned, not kept.
   */
  private void frame() throws IOException {
    begin();
    int first = buffer[pos] & 0xFF; // peekNonBlank() has filled the buffer
    if (first == '}' || first == ']' || first == ',') {
      // a stray structural character is a record of its own, so that reading always moves on
      append(buffer, pos, 1);
      take();
      return;
    }
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    boolean scalar = true;
    while (fill()) {
      int from = pos;
      boolean done = false;
      while (pos < end && !done) {
        int b = buffer[pos] & 0xFF;
        if (inString) {
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
            done = depth == 0 && scalar;
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          if (depth == 0 && pos > from) {
            break; // a scalar ends where a structure starts
          }
          depth++;
          scalar = false;
        } else if (b == '}' || b == ']') {
          if (depth == 0) {
            break; // not ours: the array's end, or a stray bracket
          }
          depth--;
          done = depth == 0;
        } else if (depth == 0 && (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == ',')) {
          break; // the end of a scalar
        }
        if (b == '\n') {
          line++;
          column = 0;
          recordSpansLines = true;
        } else {
          column++;
        }
        pos++;
      }
      append(buffer, from, pos - from);
      if (done || pos < end) {
        return;
      }
    }
    recordUnclosed = depth > 0 || inString;
  }

  /** Parses the current record; with {@code stopOnSyntaxError}, a syntax error ends reading. */
  private JsonRecord<T> parse(boolean stopOnSyntaxError) {
    if (recordUnclosed) {
      // whatever the record's own problem, nothing after its start can be told apart from it
      return stop(
          new JsonInputException(
              JsonErrorCode.MALFORMED_JSON,
              "",
              recordLine + 1,
              recordColumn + 1,
              "reading stopped: the input ends inside the record that starts here (a bracket or"
                  + " a string is never closed)",
              java.util.List.of(),
              null));
    }
    long i = index++;
    if (tooLarge) {
      return JsonRecord.failed(
          i,
          new JsonInputException(
              JsonErrorCode.TOO_LARGE,
              "",
              recordLine + 1,
              recordColumn + 1,
              "record larger than " + max + " bytes",
              java.util.List.of(),
              null));
    }
    try {
      return JsonRecord.ok(i, type.cast(json.readOne(kind, record, null, 0, length)));
    } catch (JsonInputException e) {
      JsonInputException at = e.shifted(recordLine, recordColumn);
      if (stopOnSyntaxError && isSyntaxError(e)) {
        finished = true;
        return JsonRecord.stopped(
            i,
            withStopNote(
                at, "reading stopped: after a syntax error the end of the record is not known"));
      }
      return JsonRecord.failed(i, at);
    }
  }

  private static boolean isSyntaxError(JsonInputException e) {
    for (JsonProblem p : e.problems()) {
      if (p.code() == JsonErrorCode.MALFORMED_JSON || p.code() == JsonErrorCode.EMPTY_INPUT) {
        return true;
      }
    }
    return false;
  }

  private static JsonInputException withStopNote(JsonInputException e, String note) {
    com.google.common.collect.ImmutableList.Builder<JsonProblem> b =
        com.google.common.collect.ImmutableList.builder();
    for (JsonProblem p : e.problems()) {
      b.add(p);
    }
    JsonProblem last = e.problems().get(e.problems().size() - 1);
    b.add(
        new JsonProblem(
            JsonErrorCode.MALFORMED_JSON,
            "",
            last.line().orElse(0),
            last.column().orElse(0),
            note,
            java.util.List.of()));
    return new JsonInputException(b.build(), e.isTruncated());
  }

  private JsonRecord<T> stopAt(String why) {
    return stopAt(JsonErrorCode.MALFORMED_JSON, why);
  }

  private JsonRecord<T> stopAt(JsonErrorCode code, String why) {
    return stop(
        new JsonInputException(
            code, "", line + 1, column + 1, "reading stopped: " + why, java.util.List.of(), null));
  }

  private JsonRecord<T> stop(JsonInputException e) {
    finished = true;
    return JsonRecord.stopped(index++, e);
  }
}
