package org.therapykit.json;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.therapykit.json.TherapyJsonTest.codeAndPointer;
import static org.therapykit.json.TherapyJsonTest.failure;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.therapykit.practitioner.Practitioner;

/** Inputs built to hurt a parser: each fails fast, with our exception, a code and a pointer. */
class HostileInputTest {
  private final TherapyJson json = TherapyJson.strict();
  private final String base = json.write(GoldenPractitioners.certified());

  private JsonInputException read(String text) {
    return assertTimeoutPreemptively(
        ofSeconds(10), () -> failure(() -> json.read(Practitioner.class, text)));
  }

  private JsonInputException read(InputStream in) {
    return assertTimeoutPreemptively(
        ofSeconds(10), () -> failure(() -> json.read(Practitioner.class, in)));
  }

  @Test
  void nestingTenThousandDeep() {
    String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    // the strict reader refuses the first unexpected token, before depth matters
    assertThat(read(deepArrays).code()).isEqualTo(JsonErrorCode.WRONG_TYPE);
    assertThat(codeAndPointer(read(deepObjects))).isEqualTo("MISSING_ENVELOPE ");
    assertThat(
            codeAndPointer(
                read("{\"formatVersion\":\"1.1\",\"practitioner\":{\"id\":" + deepArrays + "}}")))
        .isEqualTo("WRONG_TYPE /practitioner/id");
    // a reader that skips unknown properties must descend, and stops at the depth limit
    TherapyJson lenient = TherapyJson.builder().acceptUnknownFields(true).build();
    for (String deep : new String[] {deepArrays, deepObjects}) {
      String doc = "{\"formatVersion\":\"1.1\",\"x\":" + deep + "}";
      JsonInputException e =
          assertTimeoutPreemptively(
              ofSeconds(10), () -> failure(() -> lenient.read(Practitioner.class, doc)));
      assertThat(e.code()).isEqualTo(JsonErrorCode.TOO_LARGE);
      assertThat(e.pointer()).startsWith("/x/");
    }
  }

  @Test
  void aFiftyMegabyteString() {
    int size = 50 * 1024 * 1024;
    byte[] head =
        "{\"formatVersion\":\"1.1\",\"practitioner\":{\"id\":\"p-1\",\"displayName\":\""
            .getBytes(StandardCharsets.US_ASCII);
    InputStream huge =
        new InputStream() {
          private long pos;

          @Override
          public int read() {
            if (pos < head.length) {
              return head[(int) pos++];
            }
            return pos++ < head.length + (long) size ? 'a' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
              int c = read();
              if (c < 0) {
                return n == 0 ? -1 : n;
              }
              b[off + n++] = (byte) c;
            }
            return n;
          }
        };
    JsonInputException e = read(huge);
    assertThat(e.code()).isEqualTo(JsonErrorCode.TOO_LARGE);
    // as text, the size check comes first
    assertThat(read("\"" + "a".repeat(size) + "\"").code()).isEqualTo(JsonErrorCode.TOO_LARGE);
    // within the document limit, the string limit applies
    String longName = base.replace("\"Dr. Amara Osei\"", "\"" + "a".repeat(200_000) + "\"");
    assertThat(codeAndPointer(read(longName))).isEqualTo("TOO_LARGE /practitioner/displayName");
  }

  @Test
  void aHundredThousandCharacterPropertyName() {
    String name = "k".repeat(100_000);
    JsonInputException e =
        read(base.replace("\"displayName\"", "\"" + name + "\":1,\"displayName\""));
    assertThat(e.code()).isEqualTo(JsonErrorCode.TOO_LARGE);
    assertThat(String.valueOf(e.getMessage()).length()).isLessThan(400);
  }

  @Test
  void tinyAndHugeExponentsWhereHoursAreExpected() {
    for (String n : new String[] {"1e-100000000", "1E+100000000", "0.000000000000000000001"}) {
      JsonInputException e = read(base.replace("\"hours\":14", "\"hours\":" + n));
      assertThat(codeAndPointer(e)).isEqualTo("INVALID_VALUE /practitioner/trainings/3/hours");
    }
    JsonInputException longNumber =
        read(base.replace("\"hours\":14", "\"hours\":" + "9".repeat(40)));
    assertThat(longNumber.code()).isEqualTo(JsonErrorCode.TOO_LARGE);
  }

  @Test
  void duplicateKeysAtEveryLevel() {
    assertThat(
            codeAndPointer(
                read(base.replace("\"id\":\"p-0007\"", "\"id\":\"p-0007\",\"id\":\"p-9\""))))
        .isEqualTo("DUPLICATE_FIELD /practitioner/id");
    assertThat(
            codeAndPointer(
                read(
                    base.replace(
                        "\"body\":\"aasect\",\"type\"",
                        "\"body\":\"aasect\",\"body\":\"abs\",\"type\""))))
        .isEqualTo("DUPLICATE_FIELD /practitioner/certifications/0/body");
  }

  @Test
  void aByteOrderMarkIsIgnoredAsRfc8259Allows() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] doc = base.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[doc.length + 3];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(doc, 0, withBom, 3, doc.length);
    assertThat(json.read(Practitioner.class, withBom)).isEqualTo(GoldenPractitioners.certified());
  }

  @Test
  void invalidUtf8() {
    byte[] doc = base.getBytes(StandardCharsets.UTF_8);
    int at = base.indexOf("Amara");
    doc[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    doc[at + 1] = (byte) 0x28;
    JsonInputException e = read(new ByteArrayInputStream(doc));
    assertThat(e.code()).isEqualTo(JsonErrorCode.MALFORMED_JSON);
    assertThat(failure(() -> json.read(Practitioner.class, doc)).code())
        .isEqualTo(JsonErrorCode.MALFORMED_JSON);
  }

  @Test
  void aTruncatedDocument() {
    for (int cut : new int[] {1, 10, base.length() / 2, base.length() - 1}) {
      JsonInputException e = read(base.substring(0, cut));
      assertThat(e.code()).as("cut at %s", cut).isIn(JsonErrorCode.MALFORMED_JSON);
    }
  }

  @Test
  void anUnknownEnumCode() {
    assertThat(codeAndPointer(read(base.replace("\"aasect-cst\"", "\"aasect-cst-gold\""))))
        .isEqualTo("INVALID_VALUE /practitioner/certifications/0/type");
  }

  @Test
  void aClassNameWhereATypeIdWouldGo() {
    for (String key : new String[] {"@class", "@type", "class", "type"}) {
      assertThat(
              read(base.replace(
                      "\"displayName\"", "\"" + key + "\":\"java.net.URL\",\"displayName\""))
                  .code())
          .isEqualTo(JsonErrorCode.UNKNOWN_FIELD);
    }
    String typed =
        "{\"formatVersion\":\"1.1\",\"practitioner\":[\"java.lang.ProcessBuilder\",{\"command\":\"x\"}]}";
    assertThat(read(typed).code()).isEqualTo(JsonErrorCode.WRONG_TYPE);
  }

  @Test
  void tooManyTokens() {
    StringBuilder sb = new StringBuilder("{\"formatVersion\":\"1.1\",\"practitioner\":{\"x\":[");
    for (int i = 0; i < 1_100_000; i++) {
      sb.append(i == 0 ? "0" : ",0");
    }
    sb.append("]}}");
    TherapyJson roomy = TherapyJson.builder().maxDocumentBytes(8 * 1024 * 1024).build();
    JsonInputException e =
        assertTimeoutPreemptively(
            ofSeconds(10), () -> failure(() -> roomy.read(Practitioner.class, sb.toString())));
    assertThat(e.code()).isIn(JsonErrorCode.TOO_LARGE, JsonErrorCode.UNKNOWN_FIELD);
  }

  @Test
  void aPropertyNameThatIsNotAnIdentifierIsNeverEchoed() {
    String doc = base.replace("\"displayName\"", "\"my secret diagnosis\":1,\"displayName\"");
    JsonInputException e = read(doc);
    assertThat(codeAndPointer(e)).isEqualTo("UNKNOWN_FIELD /practitioner/*");
    assertThat(e.getMessage()).doesNotContain("secret");
    assertThat(
            codeAndPointer(read(base.replace("\"displayName\"", "\"@class\":1,\"displayName\""))))
        .isEqualTo("UNKNOWN_FIELD /practitioner/@class");
  }

  @Test
  void messagesNeverEchoTheInput() {
    String secret = "SECRET-VALUE-42";
    String[] hostile = {
      base.replace("\"psychologist\"", "\"" + secret + "\""),
      base.replace("\"2014-06-14\"", "\"" + secret + "\""),
      base.replace("\"hours\":14", "\"hours\":\"" + secret + "\""),
      base.replace("\"071-009876\"", "{\"" + secret + "\":1}"),
      base.replace("\"US-IL\"", "\"" + secret + "\""),
      base.replace("\"1.1\"", "\"" + secret + "\""),
    };
    for (String h : hostile) {
      JsonInputException e = read(h);
      assertThat(e.getMessage()).doesNotContain(secret);
      assertThat(e.toString()).doesNotContain(secret);
      assertThat(e.getCause()).isNull();
    }
  }
}
