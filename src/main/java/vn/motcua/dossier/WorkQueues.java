package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.DossierQueries;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/** The officers' work queues, each one indexed query, paged, the most urgent first. */
@Service
@Transactional(readOnly = true)
public class WorkQueues {

  /** The queues of the workspace. */
  public enum Queue {
    /** Steps assigned to me. */
    MINE,
    /** Steps of my role (and, for specialists, my fields) in my agencies that nobody took yet. */
    UNASSIGNED,
    /** Online submissions waiting to be accepted or refused. */
    RECEPTION,
    /** Dossiers waiting for the applicant's supplement. */
    SUPPLEMENT,
    /** Results waiting at the counter to be returned. */
    TO_RETURN
  }

  public static final int PAGE_SIZE = 20;

  private final DossierQueries queries;

  WorkQueues(DossierQueries queries) {
    this.queries = queries;
  }

  /** The queues that make sense for the officer's roles, in the order the workspace shows them. */
  public List<Queue> queuesOf(SignedInOfficer officer) {
    boolean processes = officer.hasRole(Role.SPECIALIST) || officer.hasRole(Role.LEADER);
    boolean reception = officer.hasRole(Role.RECEPTION);
    return java.util.Arrays.stream(Queue.values())
        .filter(
            queue ->
                switch (queue) {
                  case MINE, UNASSIGNED -> processes;
                  case RECEPTION, SUPPLEMENT, TO_RETURN -> reception;
                })
        .toList();
  }

  public List<QueueRow> rows(Queue queue, SignedInOfficer officer, int page) {
    int safePage = Math.max(0, page);
    return switch (queue) {
      case MINE -> queries.assignedTo(officer.officerId(), safePage, PAGE_SIZE);
      case UNASSIGNED -> {
        Role role = officer.hasRole(Role.LEADER) ? Role.LEADER : Role.SPECIALIST;
        yield queries.unassigned(
            role.name(), officer.agenciesFor(role), officer.fields(), safePage, PAGE_SIZE);
      }
      case RECEPTION ->
          queries.atCounter(
              DossierStatus.SUBMITTED, officer.agenciesFor(Role.RECEPTION), safePage, PAGE_SIZE);
      case SUPPLEMENT ->
          queries.atCounter(
              DossierStatus.SUPPLEMENT_REQUESTED,
              officer.agenciesFor(Role.RECEPTION),
              safePage,
              PAGE_SIZE);
      case TO_RETURN ->
          queries.atCounter(
              DossierStatus.SETTLED, officer.agenciesFor(Role.RECEPTION), safePage, PAGE_SIZE);
    };
  }

  /**
   * The dossiers in processing held by an officer whose appointment is before {@code until},
   * soonest first: what reminders of due and overdue dossiers are about. Dossiers waiting for the
   * applicant are not counted, their clock stands still.
   */
  public List<HeldDossier> heldDueBefore(Instant until) {
    return queries.heldDueBefore(until);
  }
}
