package org.therapykit.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Builders of the rule outputs, for the library's own JSON codecs.
 *
 * <p>A rule output ({@code QualificationAssessment}, {@code CaseReport}, {@code
 * DisclosureDecision}, {@code DirectoryResult}) has no public builder and no {@code with} methods:
 * a host obtains one from its rule or reads a stored one, and cannot make one up or alter one in
 * code. The codecs, which live in another package, need a builder to read a stored output; each
 * output registers one here from its static initialiser (the pattern of the JDK's shared secrets).
 * Not API: this package is not exported.
 */
public final class Construction {
  private static final ConcurrentMap<Class<?>, Supplier<?>> BUILDERS = new ConcurrentHashMap<>();

  private Construction() {}

  /**
   * Registers the builder of a rule output; called once, from the output's static initialiser. The
   * first registration stands: the type is initialised before anything is recorded, so its own
   * registration always comes first.
   *
   * @param type the rule output, a TherapyKit type
   * @param builder makes a new builder
   */
  public static void register(Class<?> type, Supplier<?> builder) {
    checkArgument(type.getName().startsWith("org.therapykit."), "not a TherapyKit type: %s", type);
    initialise(type);
    BUILDERS.putIfAbsent(type, builder);
  }

  /**
   * Returns a new builder of a rule output.
   *
   * @param type the rule output
   * @param builderType its builder class
   * @param <B> the builder type
   * @return a new builder
   */
  public static <B> B builder(Class<?> type, Class<B> builderType) {
    initialise(type);
    Supplier<?> builder = BUILDERS.get(type);
    checkState(builder != null, "%s registers no builder", type);
    return builderType.cast(builder.get());
  }

  private static void initialise(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new LinkageError(type.getName(), e);
    }
  }
}
