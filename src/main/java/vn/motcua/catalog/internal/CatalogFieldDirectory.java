package vn.motcua.catalog.internal;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.organization.FieldDirectory;
import vn.motcua.shared.VietnameseText;

/** Answers the organization module: the catalogue's fields are the ones specialists work in. */
@Component
class CatalogFieldDirectory implements FieldDirectory {

  private final ProcedureRepository procedures;

  CatalogFieldDirectory(ProcedureRepository procedures) {
    this.procedures = procedures;
  }

  @Override
  public List<FieldOption> fields() {
    return procedures.fields().stream()
        .map(field -> new FieldOption(field.code(), field.name()))
        .sorted(Comparator.comparing(field -> VietnameseText.fold(field.name())))
        .toList();
  }
}
