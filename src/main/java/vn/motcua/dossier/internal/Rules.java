package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcessVersion;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.Setting;
import vn.motcua.dossier.domain.Transitions;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/**
 * Puts the dossier rules together for one action: the process version the dossier follows, its
 * clock settings, the settling agency's working time, the current instant, and who the officer is
 * for this dossier.
 */
@Component
public class Rules {

  private final Catalog catalog;
  private final Calendars calendars;
  private final Clock clock;

  /** Process versions never change once used, so each is read from the catalogue once. */
  private final Map<Long, ProcessVersion> processes = new ConcurrentHashMap<>();

  Rules(Catalog catalog, Calendars calendars, Clock clock) {
    this.catalog = catalog;
    this.calendars = calendars;
    this.clock = clock;
  }

  public Transitions transitions(StoredDossier dossier) {
    return transitions(
        process(dossier.state().processVersionId()),
        dossier.agencyCode(),
        dossier.limit(),
        dossier.cutoff());
  }

  public Transitions transitions(
      ProcessVersion process,
      String agencyCode,
      @Nullable TimeLimit limit,
      @Nullable LocalTime cutoff) {
    return transitions(process, agencyCode, limit, cutoff, clock.instant());
  }

  /** The rules as they stood at {@code now}: for replaying what was done to a past dossier. */
  public Transitions transitions(
      ProcessVersion process,
      String agencyCode,
      @Nullable TimeLimit limit,
      @Nullable LocalTime cutoff,
      java.time.Instant now) {
    return new Transitions(
        new Setting(
            process, limit, new DeadlineOptions(cutoff), calendars.forAgency(agencyCode), now));
  }

  public ProcessVersion process(long versionId) {
    return processes.computeIfAbsent(
        versionId,
        id ->
            catalog
                .processVersion(id)
                .orElseThrow(() -> new IllegalStateException("No process version " + id)));
  }

  /** The officer as the rules see him or her for this dossier. */
  public static Actor actor(SignedInOfficer officer, Dossier dossier) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (officer.covers(role, dossier.agencyId())) {
        roles.add(role);
      }
    }
    if (officer.covers(Role.RECEPTION, dossier.receivingAgencyId())) {
      roles.add(Role.RECEPTION);
    }
    return new Actor(officer.officerId(), officer.fullName(), roles, officer.fields());
  }

  /**
   * Whether the officer may see the dossier at all: it is settled or was received in an agency he
   * or she covers.
   */
  public static boolean visible(SignedInOfficer officer, Dossier dossier) {
    Set<Long> agencies = officer.visibleAgencies();
    return agencies.contains(dossier.agencyId()) || agencies.contains(dossier.receivingAgencyId());
  }
}
