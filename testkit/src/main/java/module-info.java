/**
 * TherapyKit testkit: generators of valid and named rule-breaking TherapyKit values for hosts'
 * property-based tests, and contract checks. The QuickTheories adapter needs QuickTheories, an
 * optional dependency.
 */
module org.therapykit.testkit {
  requires transitive org.therapykit.core;
  requires static org.jspecify;
  requires static quicktheories;

  exports org.therapykit.testkit;
  exports org.therapykit.testkit.quicktheories;
}
