package vn.motcua.catalog;

import java.util.List;

/**
 * The components of one part of a procedure's dossier as published, e.g. "Giấy tờ phải nộp" and
 * "Giấy tờ phải xuất trình".
 *
 * @param title the group's heading, empty when the catalogue gives none
 */
public record ComponentGroup(String title, List<RequiredComponent> components) {

  public ComponentGroup {
    components = List.copyOf(components);
  }
}
