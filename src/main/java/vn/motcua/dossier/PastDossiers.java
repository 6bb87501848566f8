package vn.motcua.dossier;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.PastDossierRecorder;

/**
 * Records dossiers handled before, many at once: each is replayed through the same rules as a live
 * dossier (every action checked, due instants and timeliness from the settling agency's calendar at
 * the time of each action), then all are written in a few batches. Nothing is announced: no event,
 * no notification, no audit entry (the audit trail tells what was done in MotCua); read models
 * rebuild themselves from the history.
 */
@Service
public class PastDossiers {

  private final PastDossierRecorder recorder;

  PastDossiers(PastDossierRecorder recorder) {
    this.recorder = recorder;
  }

  /**
   * Replays and stores these dossiers, given in the order they were handed in, with actions no
   * later than now.
   *
   * @return each dossier's facts after its last action, in the same order
   * @throws IllegalArgumentException when an action is not allowed where the record puts it, or the
   *     record is out of order
   */
  @Transactional
  public List<DossierFacts> record(List<PastDossier> dossiers) {
    return recorder.record(dossiers);
  }

  /** Whether any dossier is settled by one of these agencies. */
  @Transactional(readOnly = true)
  public boolean anySettledBy(Collection<Long> agencyIds) {
    return recorder.anySettledBy(agencyIds);
  }
}
