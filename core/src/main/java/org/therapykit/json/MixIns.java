package org.therapykit.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every mix-in of the wire format, gathered from one class per area of the model. Each area's class
 * holds, per type, a mix-in naming the type's properties in wire order and a mix-in for its builder
 * binding exactly those properties (nothing else of the builder, such as {@code addX} or {@code
 * from}, is visible to Jackson). The shape is documented in {@code docs/json-format.md}.
 */
final class MixIns {
  private MixIns() {}

  /** Returns every mix-in, keyed by its target, in a stable order. */
  static Map<Class<?>, Class<?>> all() {
    Map<Class<?>, Class<?>> mixIns = new LinkedHashMap<>();
    PractitionerMixIns.addTo(mixIns);
    CaseMixIns.addTo(mixIns);
    DirectoryMixIns.addTo(mixIns);
    DisclosureMixIns.addTo(mixIns);
    return mixIns;
  }
}
