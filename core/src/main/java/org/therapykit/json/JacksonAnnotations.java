package org.therapykit.json;

/**
 * The one requirement TherapyKit's Jackson 3 module has beyond Jackson 3 itself: {@code
 * com.fasterxml.jackson.core:jackson-annotations} 2.20 or later, the version Jackson 3 is built
 * against. A Jackson 2 BOM (Spring Boot 3's, for one) pins it lower, and Jackson 3's databind then
 * fails on first use with a bare {@code NoClassDefFoundError:
 * com/fasterxml/jackson/annotation/JsonSerializeAs}. Creating the module checks first and says what
 * is wrong and what to do. {@link TherapyJson} itself needs only {@code jackson-core} and works
 * with any {@code jackson-annotations}.
 */
final class JacksonAnnotations {
  /** A class that jackson-annotations has from 2.20 on, and that Jackson 3's databind needs. */
  static final String SINCE_2_20 = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  private static final String PRESENT_SINCE_EVER = "com.fasterxml.jackson.annotation.JsonProperty";

  private JacksonAnnotations() {}

  /**
   * Throws if the class loader's {@code jackson-annotations} is older than 2.20.
   *
   * @param loader the class loader Jackson will load annotations from
   * @throws IllegalStateException naming the requirement, the version found and the remedies
   */
  static void require(ClassLoader loader) {
    if (isPresent(SINCE_2_20, loader)) {
      return;
    }
    throw new IllegalStateException(
        "TherapyKit's Jackson 3 module needs com.fasterxml.jackson.core:jackson-annotations 2.20 or"
            + " later (Jackson 3 is built against it); the class path has "
            + found(loader)
            + ". A Jackson 2 BOM, such as Spring Boot 3's, pins it lower: manage"
            + " jackson-annotations to 2.20 or later, or use TherapyJson, which needs only"
            + " jackson-core, to read and write TherapyKit documents as text (see the Spring Boot"
            + " guide, docs/spring-boot.md)");
  }

  private static String found(ClassLoader loader) {
    if (!isPresent(PRESENT_SINCE_EVER, loader)) {
      return "no jackson-annotations";
    }
    try {
      Package p = Class.forName(PRESENT_SINCE_EVER, false, loader).getPackage();
      String version = p == null ? null : p.getImplementationVersion();
      return version == null ? "an older version" : "version " + version;
    } catch (ClassNotFoundException e) {
      return "an older version";
    }
  }

  private static boolean isPresent(String name, ClassLoader loader) {
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
