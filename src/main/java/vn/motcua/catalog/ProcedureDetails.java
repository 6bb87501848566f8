package vn.motcua.catalog;

import java.util.List;
import java.util.Map;

/**
 * Everything the public catalogue shows about a procedure: the {@link Procedure} and the texts that
 * only people read.
 *
 * @param kind e.g. "TTHC được giao luật quy định chi tiết"
 * @param authority the agency competent to settle it, as published
 * @param receivingAddress where dossiers are received, as published (often empty)
 * @param steps the sequence of steps (trình tự thực hiện), as published
 * @param channelNotes per channel, what the catalogue says about submitting that way
 * @param componentGroups the components as published, grouped under their headings; {@link
 *     Procedure#components()} is the same list flattened
 * @param sourceUrl the procedure's page on the National Public Service Portal
 * @param limitsSetByAdministrator the channels whose time limit an administrator set, because the
 *     catalogue gave none that could be read or gave a different one
 */
public record ProcedureDetails(
    Procedure procedure,
    String kind,
    String authority,
    String receivingAddress,
    String steps,
    Map<Channel, String> channelNotes,
    List<ComponentGroup> componentGroups,
    String sourceUrl,
    List<Channel> limitsSetByAdministrator) {

  public ProcedureDetails {
    channelNotes = Map.copyOf(channelNotes);
    componentGroups = List.copyOf(componentGroups);
    limitsSetByAdministrator = List.copyOf(limitsSetByAdministrator);
  }
}
