package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.DossierFixture.LAND_SPECIALIST;
import static vn.motcua.dossier.domain.DossierFixture.LEADER;
import static vn.motcua.dossier.domain.DossierFixture.OTHER_SPECIALIST;
import static vn.motcua.dossier.domain.DossierFixture.RECEPTION;
import static vn.motcua.dossier.domain.DossierFixture.SPECIALIST;
import static vn.motcua.dossier.domain.DossierFixture.at;
import static vn.motcua.dossier.domain.DossierFixture.received;
import static vn.motcua.dossier.domain.DossierFixture.rejection;
import static vn.motcua.dossier.domain.DossierFixture.rules;
import static vn.motcua.dossier.domain.DossierFixture.transition;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.security.Role;

class TransitionsTests {

  @Test
  void acceptedDossierIsDueOneWorkingDayLaterAndWaitsForASpecialistOfItsField() {
    Dossier dossier = received("2026-03-02T09:00");

    assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(dossier.receivedAt()).isEqualTo(at("2026-03-02T09:00"));
    assertThat(dossier.dueAt()).isEqualTo(at("2026-03-03T09:00"));
    assertThat(dossier.step().role()).isEqualTo(Role.SPECIALIST);
    assertThat(dossier.step().fieldCode()).isEqualTo("ho-tich");
    assertThat(dossier.step().assigned()).isFalse();
    assertThat(dossier.step().dueAt())
        .as("half a working day: 4 working hours")
        .isEqualTo(at("2026-03-02T15:00"));
  }

  @Test
  void dossierReceivedBeforeTetIsDueAfterIt() {
    Dossier dossier = received("2026-02-13T16:00");

    assertThat(dossier.dueAt())
        .as("Tết 16–20 Feb 2026 is not counted")
        .isEqualTo(at("2026-02-23T16:00"));
  }

  @Test
  void specialistOfAnotherFieldCannotTakeTheDossier() {
    Dossier dossier = received("2026-03-02T09:00");

    Rejection rejection =
        rejection(
            rules(at("2026-03-02T09:10")).decide(dossier, LAND_SPECIALIST, new Action.Take(null)));

    assertThat(rejection.reason()).isEqualTo("notInQueue");
  }

  @Test
  void forwardingAnUntakenStepTakesItAndHandsTheDossierToTheLeaderQueue() {
    Dossier dossier = received("2026-03-02T09:00");

    Transition forwarded =
        transition(
            rules(at("2026-03-02T10:00")).decide(dossier, SPECIALIST, new Action.Forward("ok")));

    assertThat(forwarded.entry().leftStep().assigneeName()).isEqualTo("Trần Văn Khánh");
    assertThat(forwarded.after().step().name()).isEqualTo("Phê duyệt");
    assertThat(forwarded.after().step().role()).isEqualTo(Role.LEADER);
    assertThat(forwarded.after().step().dueAt()).isEqualTo(at("2026-03-02T16:00"));
  }

  @Test
  void onlyTheHolderMayForwardATakenStep() {
    Dossier taken =
        transition(
                rules(at("2026-03-02T09:05"))
                    .decide(received("2026-03-02T09:00"), SPECIALIST, new Action.Take(null)))
            .after();

    Rejection rejection =
        rejection(
            rules(at("2026-03-02T09:10"))
                .decide(taken, OTHER_SPECIALIST, new Action.Forward(null)));

    assertThat(rejection.reason()).isEqualTo("notHolder");
    assertThat(rejection.arguments()).containsExactly("Trần Văn Khánh");
  }

  @Test
  void leaderCannotForwardButApproves() {
    Dossier atLeader =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(received("2026-03-02T09:00"), SPECIALIST, new Action.Forward(null)))
            .after();

    assertThat(Guards.available(atLeader, LEADER, DossierFixture.TWO_STEPS))
        .contains(ActionName.RESULT_READY, ActionName.SEND_BACK, ActionName.APOLOGIZE)
        .doesNotContain(ActionName.FORWARD, ActionName.APPROVE);
  }

  @Test
  void resultReadyEarlyThenReturnedAtTheCounter() {
    Dossier atLeader =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(received("2026-03-02T09:00"), SPECIALIST, new Action.Forward(null)))
            .after();
    Dossier settled =
        transition(
                rules(at("2026-03-02T11:00"))
                    .decide(
                        atLeader,
                        LEADER,
                        new Action.ResultReady("12/2026", LocalDate.of(2026, 3, 2), true, null)))
            .after();

    assertThat(settled.status()).isEqualTo(DossierStatus.SETTLED);
    assertThat(settled.timeliness()).isEqualTo(Timeliness.EARLY);
    assertThat(settled.step().kind()).isEqualTo(StepKind.RETURN);
    Dossier returned =
        transition(
                rules(at("2026-03-03T08:00"))
                    .decide(
                        settled,
                        RECEPTION,
                        new Action.ReturnResult("Nguyễn Văn A", ReturnMethod.AT_COUNTER, null)))
            .after();
    assertThat(returned.status()).isEqualTo(DossierStatus.RETURNED);
    assertThat(returned.step()).isNull();
  }

  @Test
  void supplementStopsTheClockAndExtendsBothDueInstantsByTheWorkingTimeWaited() {
    Dossier dossier = received("2026-03-02T09:00");
    Dossier waiting =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(
                        dossier,
                        SPECIALIST,
                        new Action.RequestSupplement(List.of("Bản sao giấy chứng sinh"), "thiếu")))
            .after();
    assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(waiting.pausedAt()).isEqualTo(at("2026-03-02T10:00"));

    Transition resumed =
        transition(
            rules(at("2026-03-03T10:00"))
                .decide(waiting, RECEPTION, new Action.SupplementReceived(null)));

    assertThat(resumed.after().status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(resumed.entry().details()).containsEntry("pausedWorkingMinutes", "480");
    assertThat(resumed.after().dueAt()).isEqualTo(at("2026-03-04T09:00"));
    assertThat(resumed.after().step().dueAt()).isEqualTo(at("2026-03-03T15:00"));
    assertThat(resumed.after().step().assigneeName())
        .as("back to the officer who asked")
        .isEqualTo("Trần Văn Khánh");
  }

  @Test
  void supplementHandedInOnlineResumesTheClockWithTheOfficerWhoAsked() {
    Dossier waiting =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(
                        received("2026-03-02T09:00"),
                        SPECIALIST,
                        new Action.RequestSupplement(List.of("Bản sao giấy chứng sinh"), "thiếu")))
            .after();

    Transition resumed =
        transition(
            rules(at("2026-03-03T10:00")).supplementOnline(waiting, "Nguyễn Văn A", "đã gửi"));

    assertThat(resumed.after().status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(resumed.after().dueAt()).isEqualTo(at("2026-03-04T09:00"));
    assertThat(resumed.after().step().assigneeName()).isEqualTo("Trần Văn Khánh");
    assertThat(resumed.entry().action()).isEqualTo("SUPPLEMENT_RECEIVED");
    assertThat(resumed.entry().actorName()).isEqualTo("Nguyễn Văn A");
    assertThat(resumed.entry().details()).containsEntry("channel", "ONLINE");
  }

  @Test
  void onlineSubmissionMissingPapersComesBackToTheReceptionOfficerWhoAsked() {
    Dossier submitted =
        transition(
                rules(at("2026-03-02T09:00"))
                    .submitOnline(DossierFixture.fresh(DossierFixture.TWO_STEPS), "Nguyễn Văn A"))
            .after();
    Dossier waiting =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(
                        submitted,
                        RECEPTION,
                        new Action.RequestSupplement(List.of("Tờ khai có chữ ký"), "chưa ký")))
            .after();

    Dossier back =
        transition(rules(at("2026-03-02T11:00")).supplementOnline(waiting, "Nguyễn Văn A", null))
            .after();

    assertThat(back.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(back.step().assigneeName()).isEqualTo(RECEPTION.name());
  }

  @Test
  void onlineSupplementWithoutAnOpenRequestIsRefused() {
    assertThat(
            rejection(
                    rules(at("2026-03-02T10:00"))
                        .supplementOnline(received("2026-03-02T09:00"), "Nguyễn Văn A", null))
                .reason())
        .isEqualTo("wrongStatus");
  }

  @Test
  void secondSupplementRequestIsFlagged() {
    Dossier dossier = received("2026-03-02T09:00");
    Dossier first =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(
                        dossier, SPECIALIST, new Action.RequestSupplement(List.of("A"), "thiếu")))
            .after();
    Dossier back =
        transition(
                rules(at("2026-03-02T11:00"))
                    .decide(first, RECEPTION, new Action.SupplementReceived(null)))
            .after();

    Transition second =
        transition(
            rules(at("2026-03-02T13:30"))
                .decide(back, SPECIALIST, new Action.RequestSupplement(List.of("B"), "vẫn thiếu")));

    assertThat(first.supplementRequests()).isEqualTo(1);
    assertThat(second.after().supplementRequests()).isEqualTo(2);
    assertThat(second.entry().details()).containsEntry("repeatedSupplement", "true");
  }

  @Test
  void apologyLessThanAWorkingDayBeforeTheDueInstantIsRecordedAsLate() {
    Dossier dossier = received("2026-03-02T09:00");

    Transition apology =
        transition(
            rules(at("2026-03-02T15:00"))
                .decide(
                    dossier, LEADER, new Action.Apologize(at("2026-03-05T17:00"), "chờ xác minh")));

    assertThat(apology.after().dueAt()).isEqualTo(at("2026-03-05T17:00"));
    assertThat(apology.after().originalDueAt()).isEqualTo(at("2026-03-03T09:00"));
    assertThat(apology.entry().details()).containsEntry("lateApology", "true");
  }

  @Test
  void apologyMustMoveTheAppointmentLater() {
    Rejection rejection =
        rejection(
            rules(at("2026-03-02T09:30"))
                .decide(
                    received("2026-03-02T09:00"),
                    LEADER,
                    new Action.Apologize(at("2026-03-02T16:00"), "x")));

    assertThat(rejection.reason()).isEqualTo("newDateNotLater");
  }

  @Test
  void refusalIsProposedBySpecialistAndDecidedByLeader() {
    Dossier proposed =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(
                        received("2026-03-02T09:00"),
                        SPECIALIST,
                        new Action.ProposeRefusal("không đủ điều kiện")))
            .after();
    assertThat(proposed.step().role()).isEqualTo(Role.LEADER);
    assertThat(Guards.available(proposed, LEADER, DossierFixture.TWO_STEPS))
        .contains(ActionName.REFUSE)
        .doesNotContain(ActionName.RESULT_READY);

    Dossier refused =
        transition(
                rules(at("2026-03-02T11:00"))
                    .decide(proposed, LEADER, new Action.Refuse("không đủ điều kiện")))
            .after();

    assertThat(refused.status()).isEqualTo(DossierStatus.REFUSED);
    assertThat(refused.finishedAt()).isEqualTo(at("2026-03-02T11:00"));
  }

  @Test
  void terminalDossierNeverChangesAgain() {
    Dossier withdrawn =
        transition(
                rules(at("2026-03-02T10:00"))
                    .decide(
                        received("2026-03-02T09:00"), RECEPTION, new Action.Withdraw("xin rút")))
            .after();

    assertThat(Guards.available(withdrawn, LEADER, DossierFixture.TWO_STEPS)).isEmpty();
    assertThat(
            rejection(
                    rules(at("2026-03-02T11:00"))
                        .decide(withdrawn, RECEPTION, new Action.Accept(null)))
                .reason())
        .isEqualTo("terminal");
  }

  @Test
  void transferOpensAChildDueWhenTheInterAgencyStepIsDue() {
    Dossier dossier = received(DossierFixture.WITH_INTER_AGENCY, "2026-03-02T09:00");
    assertThat(Guards.available(dossier, SPECIALIST, DossierFixture.WITH_INTER_AGENCY))
        .contains(ActionName.TRANSFER)
        .doesNotContain(ActionName.FORWARD);

    Transition transfer =
        transition(
            rules(DossierFixture.WITH_INTER_AGENCY, at("2026-03-02T10:00"))
                .decide(
                    dossier,
                    SPECIALIST,
                    new Action.Transfer(
                        DossierFixture.OTHER_WARD, "UBND phường Thuận Hưng", null)));

    assertThat(transfer.child().agencyId()).isEqualTo(DossierFixture.OTHER_WARD);
    assertThat(transfer.child().dueAt())
        .as("one working day of share")
        .isEqualTo(at("2026-03-03T10:00"));
    assertThat(transfer.after().step().kind()).isEqualTo(StepKind.OTHER_AGENCY);

    Transition back =
        rules(DossierFixture.WITH_INTER_AGENCY, at("2026-03-03T09:00"))
            .childReturned(transfer.after(), "000.02.31.H13-260302-0001", "UBND phường Thuận Hưng");
    assertThat(back.after().step().name()).isEqualTo("Phê duyệt");
  }

  @Test
  void onlineSubmissionWaitsAtTheCounterUntilAccepted() {
    Dossier submitted =
        rules(at("2026-03-02T18:00"))
            .submitOnline(DossierFixture.fresh(DossierFixture.TWO_STEPS), "Nguyễn Văn A")
            .after();

    assertThat(submitted.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(submitted.step().kind()).isEqualTo(StepKind.RECEPTION);
    assertThat(submitted.step().dueAt())
        .as("a working day from the next opening")
        .isEqualTo(at("2026-03-03T17:00"));
    Dossier accepted =
        transition(
                rules(at("2026-03-03T08:00")).decide(submitted, RECEPTION, new Action.Accept(null)))
            .after();
    assertThat(accepted.status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(accepted.dueAt()).isEqualTo(at("2026-03-04T08:00"));
  }
}
