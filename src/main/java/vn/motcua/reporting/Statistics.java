package vn.motcua.reporting;

import java.util.Set;

/**
 * The statistics read model, for whoever writes dossiers without their events (past dossiers
 * recorded in bulk): they rebuild it once they are done.
 */
public interface Statistics {

  /**
   * Replaces the statistics of these agencies with what their dossiers' history says, in one
   * transaction. Run it while no one acts on their dossiers.
   *
   * @return how many dossiers were counted
   */
  int rebuild(Set<Long> agencyIds);
}
