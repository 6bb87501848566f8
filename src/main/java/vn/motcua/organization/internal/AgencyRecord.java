package vn.motcua.organization.internal;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.Agency;

/**
 * An agency with what the administration screens need besides: its own administrative unit, its
 * place in the tree and its version for optimistic updates.
 *
 * @param path the ids from the top of the tree down to this agency, e.g. {@code /1/4/9/}
 */
public record AgencyRecord(Agency agency, @Nullable Long adminUnitId, String path, int version) {

  public long id() {
    return agency.id();
  }

  /** How deep in the tree: 0 for the top. */
  public int depth() {
    return (int) path.chars().filter(c -> c == '/').count() - 2;
  }

  /** Whether {@code other} is this agency or below it. */
  public boolean contains(AgencyRecord other) {
    return other.path.startsWith(path);
  }
}
