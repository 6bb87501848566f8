package vn.motcua.catalog.web;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalog.ProcedureQuery;
import vn.motcua.web.Problems;

/**
 * The search parameters of the public catalogue and of the API, as they come in the URL; each bad
 * one is refused with a 400 that names it.
 */
record SearchParameters(
    @Nullable String q,
    @Nullable String field,
    @Nullable String level,
    @Nullable String agency,
    @Nullable String page,
    @Nullable String size) {

  static final int DEFAULT_SIZE = 20;

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  ProcedureQuery query() {
    String text = q == null ? "" : q.strip();
    if (text.length() > ProcedureQuery.MAX_TEXT_LENGTH) {
      throw Problems.badParameter(
          "q", "The search text has at most " + ProcedureQuery.MAX_TEXT_LENGTH + " characters.");
    }
    return new ProcedureQuery(
        text,
        code("field", field),
        code("level", level),
        agencyId(),
        number("page", page, 0, 0, Integer.MAX_VALUE),
        number("size", size, DEFAULT_SIZE, 1, ProcedureQuery.MAX_SIZE));
  }

  private static @Nullable String code(String parameter, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > 200 || !CODE.matcher(value).matches()) {
      throw Problems.badParameter(
          parameter, "A " + parameter + " code is lower-case letters, digits and dashes.");
    }
    return value;
  }

  private @Nullable Long agencyId() {
    if (agency == null || agency.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(agency.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Problems.badParameter("agency", "An agency is given by its id, a positive number.");
  }

  private static int number(
      String parameter, @Nullable String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Problems.badParameter(
        parameter, "The " + parameter + " is a whole number from " + min + " to " + max + ".");
  }
}
