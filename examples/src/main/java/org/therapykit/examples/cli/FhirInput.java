package org.therapykit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Tells FHIR JSON from TherapyKit's format by content: an input whose first JSON value is an object
 * with a top-level member {@code resourceType} is FHIR (pretty-printed or not, wherever the member
 * is); anything else, including JSON that is not well-formed, is left to the TherapyKit reader,
 * which gets the input again from its first byte.
 *
 * <p>Only the first object is looked at, and only up to its {@code resourceType}, so a large
 * newline-delimited TherapyKit directory is still read as a stream.
 */
final class FhirInput {
  /** The member that makes a JSON object a FHIR resource. */
  static final String RESOURCE_TYPE = "resourceType";

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private FhirInput() {}

  /**
   * An input after a look at its start.
   *
   * @param fhir whether it is FHIR
   * @param input the whole input, from its first byte
   */
  record Sniffed(boolean fhir, InputStream input) {}

  /**
   * Looks at the start of an input.
   *
   * @param in the input, not closed
   * @return whether it is FHIR, and the input from its first byte
   * @throws UncheckedIOException if the input cannot be read
   */
  static Sniffed sniff(InputStream in) {
    Recording recording = new Recording(in);
    boolean fhir = false;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), recording)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          if (RESOURCE_TYPE.equals(p.currentName())) {
            fhir = true;
            break;
          }
          p.nextToken();
          p.skipChildren();
        }
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      // not well-formed JSON before any resourceType: the TherapyKit reader reports it
    }
    return new Sniffed(
        fhir, new SequenceInputStream(new ByteArrayInputStream(recording.bytes()), in));
  }

  /**
   * Reads the rest of a FHIR input as text: UTF-8, without a byte order mark.
   *
   * @param in the input
   * @return the text
   * @throws IOException if the input cannot be read
   */
  static String text(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Returns whether anything but blanks follows the first JSON value of a text: FHIR input is one
   * resource. Text that is not well-formed within its first value is left to the FHIR parser.
   *
   * @param text the input
   * @return true if more follows the first value
   */
  static boolean hasMoreThanOneValue(String text) {
    boolean first = false;
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
      p.nextToken();
      p.skipChildren();
      first = true;
      return p.nextToken() != null;
    } catch (JacksonException e) {
      return first;
    }
  }

  /** Keeps a copy of every byte read, to give the input again from its start. */
  private static final class Recording extends FilterInputStream {
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    Recording(InputStream in) {
      super(in);
    }

    byte[] bytes() {
      return copy.toByteArray();
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        copy.write(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        copy.write(buffer, offset, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // skipped bytes must be recorded too: read them instead
      byte[] buffer = new byte[(int) Math.min(n, 8192)];
      int read = read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // the caller closes the input it passed
    }
  }
}
