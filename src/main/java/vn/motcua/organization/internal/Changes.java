package vn.motcua.organization.internal;

import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** What an edit changed, field by field, for the audit trail: "name: A → B; phone: – → 0292…". */
final class Changes {

  private final StringJoiner text = new StringJoiner("; ");

  Changes field(String name, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      text.add(name + ": " + shown(before) + " → " + shown(after));
    }
    return this;
  }

  @Override
  public String toString() {
    return text.length() == 0 ? "no change" : text.toString();
  }

  private static String shown(@Nullable Object value) {
    return value == null || value.toString().isEmpty() ? "–" : value.toString();
  }
}
