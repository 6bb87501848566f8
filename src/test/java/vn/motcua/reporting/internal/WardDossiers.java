package vn.motcua.reporting.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.ActionRequest;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.DossierActions;
import vn.motcua.dossier.DossierReception;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.Performed;
import vn.motcua.dossier.Registered;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.security.AccountStore;
import vn.motcua.security.SignedInOfficer;

/**
 * Birth registrations at the demo ward Thốt Nốt driven through the dossier module's API by its
 * officers (tiepnhan, chuyenvien, lanhdao), for the reporting tests.
 */
final class WardDossiers {

  static final String BIRTH_REGISTRATION = "1.001193";

  private final DossierReception reception;
  private final DossierActions actions;
  private final AccountStore accounts;

  WardDossiers(DossierReception reception, DossierActions actions, AccountStore accounts) {
    this.reception = reception;
    this.actions = actions;
    this.accounts = accounts;
  }

  SignedInOfficer officer(String username) {
    return new SignedInOfficer(accounts.findByUsername(username).orElseThrow(), false);
  }

  Registered receive(Channel channel, DossierReception.Outcome outcome, String applicant) {
    return reception.receive(
        new Intake(
            BIRTH_REGISTRATION,
            channel,
            null,
            new Applicant(
                ApplicantKind.INDIVIDUAL, applicant, null, null, null, "0912345678", null),
            null,
            null,
            1,
            null,
            null,
            null),
        outcome,
        outcome == DossierReception.Outcome.REQUEST_SUPPLEMENT ? List.of("Tờ khai") : List.of(),
        outcome == DossierReception.Outcome.ACCEPT ? null : "Thiếu giấy tờ",
        List.of(),
        officer("tiepnhan"),
        null);
  }

  Registered accepted(String applicant) {
    return receive(Channel.IN_PERSON, DossierReception.Outcome.ACCEPT, applicant);
  }

  Performed act(String code, int version, ActionName action, String username) {
    return actions.perform(
        code, ActionRequest.simple(action, version, "Ghi chú"), officer(username), null);
  }

  Performed supplement(String code, int version) {
    return actions.perform(
        code,
        new ActionRequest(
            ActionName.REQUEST_SUPPLEMENT,
            version,
            "Thiếu bản sao",
            List.of("Bản sao giấy chứng sinh"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null),
        officer("chuyenvien"),
        null);
  }

  Performed resultReady(String code, int version) {
    return actions.perform(
        code,
        new ActionRequest(
            ActionName.RESULT_READY,
            version,
            null,
            null,
            null,
            null,
            null,
            "KQ-" + code,
            null,
            true,
            null,
            null,
            null),
        officer("lanhdao"),
        null);
  }

  Performed returnResult(String code, int version) {
    return actions.perform(
        code,
        new ActionRequest(
            ActionName.RETURN_RESULT,
            version,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Người nhận",
            ReturnMethod.AT_COUNTER,
            null),
        officer("tiepnhan"),
        null);
  }

  Performed apologize(String code, int version, @Nullable Instant newDueAt) {
    return actions.perform(
        code,
        new ActionRequest(
            ActionName.APOLOGIZE,
            version,
            "Cần xác minh thêm",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            newDueAt),
        officer("lanhdao"),
        null);
  }

  /** Received, forwarded to the leader, settled: the ordinary life of a dossier. */
  Performed settled(String applicant) {
    String code = accepted(applicant).code();
    act(code, 0, ActionName.FORWARD, "chuyenvien");
    return resultReady(code, 1);
  }
}
