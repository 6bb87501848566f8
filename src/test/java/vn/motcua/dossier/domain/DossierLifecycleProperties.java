package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.DossierFixture.CALENDAR;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReturnMethod;

/**
 * Random sequences of actions by random officers, checking what must hold whatever happens: a
 * terminal dossier never changes; every change is in the history, in order, from the status it
 * left; the appointment is the time limit counted from reception plus every working minute the
 * clock was stopped; the clock is stopped exactly while the dossier waits for the applicant; only
 * someone of the step's queue ever holds it.
 */
class DossierLifecycleProperties {

  private static final Map<Long, Actor> OFFICERS =
      Map.of(
          DossierFixture.RECEPTION.officerId(), DossierFixture.RECEPTION,
          DossierFixture.SPECIALIST.officerId(), DossierFixture.SPECIALIST,
          DossierFixture.OTHER_SPECIALIST.officerId(), DossierFixture.OTHER_SPECIALIST,
          DossierFixture.LAND_SPECIALIST.officerId(), DossierFixture.LAND_SPECIALIST,
          DossierFixture.LEADER.officerId(), DossierFixture.LEADER);

  /** One move: some working-hours time passes, then an officer tries an action. */
  record Move(int minutesLater, Actor actor, Action action) {}

  @Property(tries = 400)
  void invariantsHoldWhateverOfficersDo(
      @ForAll @IntRange(min = 0, max = 2000) int startMinutes,
      @ForAll @Size(max = 25) List<@From("moves") Move> moves) {
    Instant now = DossierFixture.at("2026-03-02T07:00").plus(Duration.ofMinutes(startMinutes * 7L));
    Dossier dossier =
        DossierFixture.transition(
                DossierFixture.rules(now)
                    .receiveComplete(
                        DossierFixture.fresh(DossierFixture.TWO_STEPS),
                        DossierFixture.RECEPTION,
                        null))
            .after();
    Instant countingFrom = CALENDAR.countingFrom(now, DeadlineOptions.NONE);
    Duration stopped = Duration.ZERO;
    List<HistoryEntry> history = new ArrayList<>();
    boolean apologised = false;

    for (Move move : moves) {
      now = now.plus(Duration.ofMinutes(move.minutesLater()));
      Decision decision = DossierFixture.rules(now).decide(dossier, move.actor(), move.action());
      if (!(decision instanceof Transition transition)) {
        continue;
      }
      assertThat(dossier.status().terminal()).as("a terminal dossier changed").isFalse();
      HistoryEntry entry = transition.entry();
      assertThat(entry.fromStatus()).isEqualTo(dossier.status());
      assertThat(entry.toStatus()).isEqualTo(transition.after().status());
      if (!history.isEmpty()) {
        assertThat(entry.at()).isAfterOrEqualTo(history.getLast().at());
      }
      history.add(entry);
      if (dossier.pausedAt() != null
          && transition.after().pausedAt() == null
          && !transition.after().status().terminal()) {
        stopped = stopped.plus(CALENDAR.elapsed(dossier.pausedAt(), now));
      }
      apologised |= move.action() instanceof Action.Apologize;
      dossier = transition.after();

      assertThat(dossier.status().terminal()).isEqualTo(dossier.step() == null);
      if (dossier.status() != DossierStatus.REFUSED
          && dossier.status() != DossierStatus.WITHDRAWN
          && dossier.status() != DossierStatus.STOPPED) {
        assertThat(dossier.pausedAt() != null).isEqualTo(dossier.status().paused());
      }
      if (!apologised) {
        assertThat(dossier.dueAt())
            .as("time limit plus the stopped working time")
            .isEqualTo(CALENDAR.plus(countingFrom, Duration.ofHours(8).plus(stopped)));
      }
      Step step = dossier.step();
      if (step != null && step.kind() == StepKind.PROCESS && step.assigned()) {
        assertThat(Guards.inQueue(step, OFFICERS.get(step.assigneeId())))
            .as("the holder belongs to the step's queue")
            .isTrue();
      }
    }
  }

  @Provide
  Arbitrary<Move> moves() {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 600);
    Arbitrary<Actor> actors = Arbitraries.of(List.copyOf(OFFICERS.values()));
    Arbitrary<Action> actions =
        Arbitraries.of(
            new Action.Take(null),
            new Action.Forward(null),
            new Action.Approve(null),
            new Action.SendBack(null, "xem lại"),
            new Action.RequestSupplement(List.of("Giấy tờ A"), "thiếu"),
            new Action.SupplementReceived(null),
            new Action.Pause("chờ nộp phí"),
            new Action.Resume(null),
            new Action.ProposeRefusal("không đủ điều kiện"),
            new Action.Refuse("không đủ điều kiện"),
            new Action.ResultReady("01/KS", LocalDate.of(2026, 3, 3), true, null),
            new Action.ReturnResult("Nguyễn Văn A", ReturnMethod.AT_COUNTER, null),
            new Action.Apologize(DossierFixture.at("2026-04-30T17:00"), "chậm"),
            new Action.Withdraw("xin rút"),
            new Action.Stop("dừng"),
            new Action.Assign(DossierFixture.OTHER_SPECIALIST, null),
            new Action.Assign(DossierFixture.LAND_SPECIALIST, null));
    return Combinators.combine(minutes, actors, actions).as(Move::new);
  }
}
