package vn.motcua.portal.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.motcua.dossier.DossierException;

/** A dossier's refusal of the citizen's input, as sentences naming the field at fault. */
final class InputProblems {

  private InputProblems() {}

  static List<String> sentences(
      DossierException.Invalid invalid, MessageSource messages, Locale locale) {
    return invalid.problems().stream()
        .map(
            problem ->
                messages.getMessage(
                        "portal.input." + problem.field(),
                        null,
                        messages.getMessage(
                            "dossier.input." + problem.field(), null, problem.field(), locale),
                        locale)
                    + ": "
                    + messages.getMessage(problem.messageKey(), problem.arguments(), locale))
        .toList();
  }
}
