package vn.motcua.dossier.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.motcua.dossier.DossierException;
import vn.motcua.dossier.HistoryLine;

/** Dossier errors as sentences in the officer's language, for the pages. */
final class DossierMessages {

  private DossierMessages() {}

  static List<String> of(DossierException problem, MessageSource messages, Locale locale) {
    return switch (problem) {
      case DossierException.Invalid invalid ->
          invalid.problems().stream()
              .map(
                  f ->
                      messages.getMessage("dossier.input." + f.field(), null, f.field(), locale)
                          + ": "
                          + messages.getMessage(f.messageKey(), f.arguments(), locale))
              .toList();
      case DossierException.Conflict conflict when conflict.lastChange() != null -> {
        HistoryLine change = conflict.lastChange();
        yield List.of(
            messages.getMessage(
                "dossier.error.changedBy",
                new Object[] {
                  change.actorName(),
                  messages.getMessage(
                      "dossier.action." + change.action(), null, change.action(), locale),
                  DossierPageController.format(change.at())
                },
                locale));
      }
      default -> List.of(messages.getMessage(problem.messageKey(), problem.arguments(), locale));
    };
  }
}
