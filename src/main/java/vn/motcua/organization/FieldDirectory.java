package vn.motcua.organization;

import java.util.List;

/**
 * The fields of procedures (lĩnh vực) that a specialist can be put in charge of. The catalog module
 * owns the fields and implements this, so that organization does not depend on catalog (which
 * depends on organization).
 */
public interface FieldDirectory {

  /** A field: its stable code (e.g. {@code ho-tich}) and name (e.g. Hộ tịch). */
  record FieldOption(String code, String name) {}

  /** All fields, by name. */
  List<FieldOption> fields();
}
