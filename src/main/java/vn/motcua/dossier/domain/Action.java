package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.ReturnMethod;

/** An action an officer performs on a dossier, with what it needs. */
public sealed interface Action {

  default ActionName name() {
    return switch (this) {
      case Accept a -> ActionName.ACCEPT;
      case Take t -> ActionName.TAKE;
      case Assign a -> ActionName.ASSIGN;
      case Forward f -> ActionName.FORWARD;
      case SendBack s -> ActionName.SEND_BACK;
      case RequestSupplement r -> ActionName.REQUEST_SUPPLEMENT;
      case SupplementReceived s -> ActionName.SUPPLEMENT_RECEIVED;
      case Pause p -> ActionName.PAUSE;
      case Resume r -> ActionName.RESUME;
      case ProposeRefusal p -> ActionName.PROPOSE_REFUSAL;
      case Refuse r -> ActionName.REFUSE;
      case Approve a -> ActionName.APPROVE;
      case Transfer t -> ActionName.TRANSFER;
      case ResultReady r -> ActionName.RESULT_READY;
      case ReturnResult r -> ActionName.RETURN_RESULT;
      case Apologize a -> ActionName.APOLOGIZE;
      case Withdraw w -> ActionName.WITHDRAW;
      case Stop s -> ActionName.STOP;
    };
  }

  /** An optional note for the history. */
  @Nullable String note();

  record Accept(@Nullable String note) implements Action {}

  record Take(@Nullable String note) implements Action {}

  /** Give the step to an officer, who must belong to its queue. */
  record Assign(Actor assignee, @Nullable String note) implements Action {}

  record Forward(@Nullable String note) implements Action {}

  /** Back to an earlier step; {@code toPosition} {@code null} means the previous one. */
  record SendBack(@Nullable Integer toPosition, String note) implements Action {}

  record RequestSupplement(List<String> items, String note) implements Action {
    public RequestSupplement {
      items = List.copyOf(items);
    }
  }

  record SupplementReceived(@Nullable String note) implements Action {}

  /** Pause for the applicant's financial obligation (status 6). */
  record Pause(String note) implements Action {}

  record Resume(@Nullable String note) implements Action {}

  record ProposeRefusal(String note) implements Action {}

  record Refuse(String note) implements Action {}

  record Approve(@Nullable String note) implements Action {}

  /**
   * Hand the dossier to another agency (inter-agency); the application resolves and checks the
   * agency.
   */
  record Transfer(long agencyId, String agencyName, @Nullable String note) implements Action {}

  /**
   * The result is ready: its number and date, and whether it exists electronically (a scan or an
   * electronic file is attached by the application).
   */
  record ResultReady(String number, LocalDate date, boolean electronic, @Nullable String note)
      implements Action {}

  record ReturnResult(String recipient, ReturnMethod method, @Nullable String note)
      implements Action {}

  record Apologize(Instant newDueAt, String note) implements Action {}

  record Withdraw(String note) implements Action {}

  record Stop(String note) implements Action {}
}
