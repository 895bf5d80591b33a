package org.therapykit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.therapykit.directory.DirectoryResult;

class FindATherapistTest {
  @Test
  void theClinicsOwnTherapistComesFirstAndEveryExclusionHasItsReason() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DirectoryResult r = FindATherapist.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "1. Dr. Omar Haddad [ON_STAFF_AT_REFERRING_ORGANIZATION, CERTIFIED, DISTANCE]",
            "2. Dr. Lena Park [HOSPITAL_OR_SEXUAL_HEALTH_CENTRE_NEARBY, CERTIFIED, DISTANCE]",
            "excluded p-104 [NOT_ACCEPTING_NEW_CLIENTS]",
            "not considered: 1");
    assertThat(r.eligibleCount()).isEqualTo(2);
  }
}
