package org.therapykit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The early, clear error for a Jackson 2 BOM's jackson-annotations (older than 2.20). */
class JacksonAnnotationsTest {
  /** A class loader that hides jackson-annotations' newer classes, or all of them. */
  private static ClassLoader hiding(String prefix) {
    return new ClassLoader(JacksonAnnotationsTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(prefix)) {
          throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
      }
    };
  }

  @Test
  void theBuildsOwnAnnotationsAreNewEnough() {
    assertThatCode(() -> JacksonAnnotations.require(getClass().getClassLoader()))
        .doesNotThrowAnyException();
    assertThatCode(TherapyJson::module).doesNotThrowAnyException();
  }

  @Test
  void anOlderJacksonAnnotationsIsNamedWithTheRemedies() {
    assertThatThrownBy(() -> JacksonAnnotations.require(hiding(JacksonAnnotations.SINCE_2_20)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("jackson-annotations 2.20 or later")
        .hasMessageContaining("Spring Boot 3")
        .hasMessageContaining("TherapyJson, which needs only jackson-core");
  }

  @Test
  void noJacksonAnnotationsAtAllIsSaidSo() {
    assertThatThrownBy(
            () -> JacksonAnnotations.require(hiding("com.fasterxml.jackson.annotation.")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the class path has no jackson-annotations");
  }

  @Test
  void theRequirementIsAClassJacksonThreeNeeds() throws Exception {
    // if Jackson renamed it, the check would pass vacuously: hold it to the real class
    assertThat(Class.forName(JacksonAnnotations.SINCE_2_20).isAnnotation()).isTrue();
  }
}
