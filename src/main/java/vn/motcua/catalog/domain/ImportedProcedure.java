package vn.motcua.catalog.domain;

import java.util.List;
import vn.motcua.catalog.Level;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureDetails;

/**
 * A procedure read from the national catalogue, ready to store.
 *
 * @param fingerprint identifies the record it was read from (see {@link
 *     NationalRecord#fingerprint(int)})
 */
public record ImportedProcedure(ProcedureDetails details, List<Level> levels, String fingerprint) {

  public ImportedProcedure {
    levels = List.copyOf(levels);
  }

  public Procedure procedure() {
    return details.procedure();
  }

  public String code() {
    return procedure().code();
  }
}
