/**
 * TherapyKit testkit, QuickTheories adapter: runs the testkit's generators under QuickTheories with
 * integrated shrinking. QuickTheories is an automatic module.
 */
module org.therapykit.testkit.quicktheories {
  requires transitive org.therapykit.testkit;
  requires transitive quicktheories;
  requires static org.jspecify;

  exports org.therapykit.testkit.quicktheories;
}
