package org.therapykit.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * The list a set-valued JSON array is read into: it refuses a duplicate element, so that {@code
 * ["homework", "homework"]} is an error instead of quietly becoming one element.
 *
 * @param <E> the element type
 */
final class UniqueList<E> extends ArrayList<E> {
  private static final long serialVersionUID = 1L;

  /** The elements seen, for constant-time duplicate checks. */
  @SuppressWarnings("serial") // a HashSet of serializable elements; never serialized in practice
  private final Set<E> seen = new HashSet<>();

  /** Creates an empty list; Jackson calls this. */
  UniqueList() {}

  @Override
  public boolean add(E element) {
    if (!seen.add(element)) {
      throw new DuplicateElementException();
    }
    return super.add(element);
  }

  /** Thrown when a set-valued array repeats an element. */
  static final class DuplicateElementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    DuplicateElementException() {
      super("duplicate element");
    }
  }
}
