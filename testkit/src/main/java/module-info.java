/**
 * TherapyKit testkit: generators of valid and named rule-breaking TherapyKit values for hosts'
 * property-based tests, and contract checks. It needs only TherapyKit core and the JDK; the
 * QuickTheories adapter is the separate module {@code org.therapykit.testkit.quicktheories}
 * (artifact {@code therapykit-testkit-quicktheories}).
 */
module org.therapykit.testkit {
  requires transitive org.therapykit.core;
  requires static org.jspecify;

  exports org.therapykit.testkit;
}
