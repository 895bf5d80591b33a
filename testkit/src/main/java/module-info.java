/** TherapyKit testkit: generators of TherapyKit values for property-based tests. */
module org.therapykit.testkit {
  requires transitive org.therapykit.core;
  requires static org.jspecify;

  exports org.therapykit.testkit;
}
