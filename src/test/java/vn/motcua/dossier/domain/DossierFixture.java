package vn.motcua.dossier.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.ProcessVersion;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.security.Role;
import vn.motcua.shared.Instants;

/**
 * The one fixture of the dossier rules: a ward (agency 10) with a two-step process (a specialist's
 * appraisal, a leader's approval, half a working day each) for a procedure of the field {@code
 * ho-tich}, the national working calendar with its computed holidays, and officers of each role.
 */
final class DossierFixture {

  static final long WARD = 10;
  static final long OTHER_WARD = 20;
  static final String FIELD = "ho-tich";

  static final WorkingTime CALENDAR = Calendars.computedDefault();

  static final ProcessVersion TWO_STEPS =
      new ProcessVersion(
          1,
          "1.001193",
          WARD,
          1,
          List.of(
              new ProcessStep(1, "Thẩm định", Role.SPECIALIST, null, new BigDecimal("0.5"), null),
              new ProcessStep(2, "Phê duyệt", Role.LEADER, null, new BigDecimal("0.5"), null)));

  static final ProcessVersion WITH_INTER_AGENCY =
      new ProcessVersion(
          2,
          "1.001193",
          WARD,
          1,
          List.of(
              new ProcessStep(1, "Thẩm định", Role.SPECIALIST, null, new BigDecimal("0.5"), null),
              new ProcessStep(
                  2, "Xác minh", Role.SPECIALIST, null, new BigDecimal("1"), "000.02.31.H13"),
              new ProcessStep(3, "Phê duyệt", Role.LEADER, null, new BigDecimal("0.5"), null)));

  static final Actor RECEPTION =
      new Actor(1, "Nguyễn Thị Hồng Nhung", Set.of(Role.RECEPTION), Set.of());
  static final Actor SPECIALIST =
      new Actor(2, "Trần Văn Khánh", Set.of(Role.SPECIALIST), Set.of(FIELD));
  static final Actor OTHER_SPECIALIST =
      new Actor(5, "Đỗ Văn Bình", Set.of(Role.SPECIALIST), Set.of(FIELD));
  static final Actor LAND_SPECIALIST =
      new Actor(6, "Lý Thị Mai", Set.of(Role.SPECIALIST), Set.of("dat-dai"));
  static final Actor LEADER = new Actor(3, "Lê Minh Tuấn", Set.of(Role.LEADER), Set.of());

  private DossierFixture() {}

  /** An instant given in Vietnam's local time. */
  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(Instants.VIETNAM).toInstant();
  }

  static Transitions rules(Instant now) {
    return rules(TWO_STEPS, now);
  }

  static Transitions rules(ProcessVersion process, Instant now) {
    return new Transitions(
        new Setting(process, TimeLimit.workingDays(1), DeadlineOptions.NONE, CALENDAR, now));
  }

  /** A dossier as the counter registers it, before anything happened to it. */
  static Dossier fresh(ProcessVersion process) {
    return new Dossier(
        100,
        "000.01.31.H13-260302-0001",
        WARD,
        WARD,
        null,
        "1.001193",
        FIELD,
        Channel.IN_PERSON,
        DossierStatus.SUBMITTED,
        null,
        null,
        null,
        null,
        0,
        0,
        null,
        null,
        null,
        null,
        null,
        process.id(),
        0);
  }

  /** A complete dossier received at the counter at {@code at}. */
  static Dossier received(String at) {
    return received(TWO_STEPS, at);
  }

  static Dossier received(ProcessVersion process, String at) {
    return transition(rules(process, at(at)).receiveComplete(fresh(process), RECEPTION, null))
        .after();
  }

  static Transition transition(Decision decision) {
    if (decision instanceof Transition transition) {
      return transition;
    }
    throw new AssertionError("Expected a transition but got " + decision);
  }

  static Rejection rejection(Decision decision) {
    if (decision instanceof Rejection rejection) {
      return rejection;
    }
    throw new AssertionError("Expected a rejection but got " + decision);
  }
}
