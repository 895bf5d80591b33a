package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;

/**
 * Reads 200,000 practitioners, and skips a 400 MiB record, in constant memory. The build runs this
 * class alone in a JVM with {@code -Xmx64m} (see the {@code bulk-memory} Surefire execution in
 * {@code core/pom.xml}); the input is produced on the fly, so only the reader could exhaust the
 * heap.
 */
class BulkMemoryTest {
  static final int RECORDS = 200_000;

  /** Streams {@code count} records, as NDJSON or as one JSON array, without holding them. */
  static InputStream records(int count, boolean array) {
    byte[] record = TherapyJson.strict().writeBytes(GoldenPractitioners.certified());
    String text = new String(record, StandardCharsets.UTF_8);
    int at = text.indexOf("p-0007");
    return new InputStream() {
      private int index = -1;
      private byte[] current = array ? new byte[] {'['} : new byte[0];
      private int pos;

      private boolean refill() {
        index++;
        if (index > count) {
          return false;
        }
        if (index == count) {
          current = array ? new byte[] {']', '\n'} : new byte[0];
        } else {
          String id = String.format("p-%07d", index);
          String r = text.substring(0, at) + id + text.substring(at + 6);
          String sep = array ? (index == 0 ? "" : ",\n") : "";
          current = (sep + r + (array ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
        }
        pos = 0;
        return true;
      }

      @Override
      public int read() {
        while (pos >= current.length) {
          if (!refill()) {
            return -1;
          }
        }
        return current[pos++] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        while (pos >= current.length) {
          if (!refill()) {
            return -1;
          }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  @Test
  void readsTwoHundredThousandNewlineDelimitedRecords() {
    assertThat(count(records(RECORDS, false))).isEqualTo(RECORDS);
  }

  @Test
  void readsTwoHundredThousandRecordsOfOneArray() {
    assertThat(count(records(RECORDS, true))).isEqualTo(RECORDS);
  }

  /**
   * A 400 MiB record between two good ones, in an array and as newline-delimited JSON: it is
   * TOO_LARGE, never held in a 64 MiB heap, and the record after it is read.
   */
  @Test
  void aRecordFarOverTheLimitIsSkippedWithoutHoldingIt() {
    for (boolean array : new boolean[] {true, false}) {
      String a = TherapyJson.strict().write(GoldenPractitioners.certified());
      long hugeBytes = 400L * 1024 * 1024;
      byte[] head =
          ((array ? "[" : "")
                  + a
                  + (array ? "," : "\n")
                  + "{\"formatVersion\":\"1.1\","
                  + "\"practitioner\":{\"displayName\":\"")
              .getBytes(StandardCharsets.UTF_8);
      byte[] tail =
          ("\"}}" + (array ? "," : "\n") + a + (array ? "]" : "\n"))
              .getBytes(StandardCharsets.UTF_8);
      InputStream in =
          new InputStream() {
            private long pos;

            @Override
            public int read() {
              byte[] one = new byte[1];
              return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
              long total = head.length + hugeBytes + tail.length;
              if (pos >= total) {
                return -1;
              }
              int n = (int) Math.min(len, total - pos);
              for (int k = 0; k < n; k++, pos++) {
                b[off + k] =
                    pos < head.length
                        ? head[(int) pos]
                        : pos < head.length + hugeBytes
                            ? (byte) 'x'
                            : tail[(int) (pos - head.length - hugeBytes)];
              }
              return n;
            }
          };
      List<String> out = new java.util.ArrayList<>();
      try (JsonRecords<Practitioner> records =
          TherapyJson.strict().readAll(Practitioner.class, in)) {
        for (JsonRecord<Practitioner> r : records) {
          out.add(
              r.value().map(p -> p.id().value()).orElseGet(() -> r.error().get().code().name()));
        }
      }
      assertThat(out).as("array %s", array).containsExactly("p-0007", "TOO_LARGE", "p-0007");
    }
  }

  private static long count(InputStream in) {
    long ok = 0;
    String last = "";
    try (JsonRecords<Practitioner> records = TherapyJson.strict().readAll(Practitioner.class, in)) {
      for (JsonRecord<Practitioner> r : records) {
        Practitioner p = r.value().orElseThrow(() -> r.error().orElseThrow());
        last = p.id().value();
        ok++;
      }
    }
    assertThat(last).isEqualTo(String.format("p-%07d", RECORDS - 1));
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(64L * 1024 * 1024);
    return ok;
  }
}
