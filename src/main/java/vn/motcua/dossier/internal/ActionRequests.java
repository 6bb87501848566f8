package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ActionRequest;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.organization.Agency;
import vn.motcua.security.Account;
import vn.motcua.security.AccountStore;
import vn.motcua.security.Role;
import vn.motcua.shared.Instants;

/**
 * Turns an {@link ActionRequest} (from the API, the pages, or a past dossier's record) into the
 * action the rules decide on, refusing what is missing.
 */
@Component
public class ActionRequests {

  private final InterAgency interAgency;
  private final AccountStore accounts;
  private final Rules rules;

  ActionRequests(InterAgency interAgency, AccountStore accounts, Rules rules) {
    this.interAgency = interAgency;
    this.accounts = accounts;
    this.rules = rules;
  }

  /**
   * The action asked for, with what it needs resolved and checked; a result's date defaults to the
   * day of {@code now}.
   */
  public Action action(ActionRequest request, Dossier dossier, Instant now) {
    String note = blankToNull(request.note());
    return switch (request.action()) {
      case ACCEPT -> new Action.Accept(note);
      case TAKE -> new Action.Take(note);
      case ASSIGN -> assign(request, dossier, note);
      case FORWARD -> new Action.Forward(note);
      case SEND_BACK -> new Action.SendBack(request.toStep(), required("note", note));
      case REQUEST_SUPPLEMENT -> {
        List<String> items =
            request.items() == null
                ? List.of()
                : request.items().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
          throw new DossierException.Invalid("items", "dossier.invalid.required");
        }
        yield new Action.RequestSupplement(items, required("note", note));
      }
      case SUPPLEMENT_RECEIVED -> new Action.SupplementReceived(note);
      case PAUSE -> new Action.Pause(required("note", note));
      case RESUME -> new Action.Resume(note);
      case PROPOSE_REFUSAL -> new Action.ProposeRefusal(required("note", note));
      case REFUSE -> new Action.Refuse(required("note", note));
      case APPROVE -> new Action.Approve(note);
      case TRANSFER -> {
        Agency agency =
            interAgency.target(
                request.agency(), dossier, rules.process(dossier.processVersionId()));
        yield new Action.Transfer(agency.id(), agency.name(), note);
      }
      case RESULT_READY ->
          new Action.ResultReady(
              required("resultNumber", blankToNull(request.resultNumber())),
              request.resultDate() == null
                  ? LocalDate.ofInstant(now, Instants.VIETNAM)
                  : request.resultDate(),
              Boolean.TRUE.equals(request.electronic()),
              note);
      case RETURN_RESULT -> {
        if (request.returnMethod() == null) {
          throw new DossierException.Invalid("returnMethod", "dossier.invalid.required");
        }
        yield new Action.ReturnResult(
            required("recipient", blankToNull(request.recipient())), request.returnMethod(), note);
      }
      case APOLOGIZE -> {
        if (request.newDueAt() == null) {
          throw new DossierException.Invalid("newDueAt", "dossier.invalid.required");
        }
        yield new Action.Apologize(request.newDueAt(), required("note", note));
      }
      case WITHDRAW -> new Action.Withdraw(required("note", note));
      case STOP -> new Action.Stop(required("note", note));
    };
  }

  /** Resolves the officer a step is given to, with the roles that cover the step's agency. */
  private Action.Assign assign(ActionRequest request, Dossier dossier, @Nullable String note) {
    String username = required("assignee", blankToNull(request.assignee()));
    Account account =
        accounts
            .findByUsername(username)
            .filter(Account::active)
            .orElseThrow(
                () ->
                    new DossierException.Invalid(
                        "assignee", "dossier.invalid.unknownOfficer", username));
    long agency = dossier.step() == null ? dossier.agencyId() : dossier.step().agencyId();
    Set<Role> roles =
        account.scope().entrySet().stream()
            .filter(e -> e.getValue().contains(agency))
            .map(java.util.Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toSet());
    return new Action.Assign(
        new Actor(account.officerId(), account.fullName(), roles, account.fields()), note);
  }

  private static String required(String field, @Nullable String value) {
    if (value == null) {
      throw new DossierException.Invalid(field, "dossier.invalid.required");
    }
    return value;
  }

  public static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
