package vn.motcua.calendar;

import java.util.List;

/**
 * Which calendars an agency inherits. The calendar module knows agencies only by their code; the
 * organization module implements this and answers with the agency's chain of ancestors, so that the
 * two modules do not depend on each other in a cycle.
 */
public interface CalendarInheritance {

  /**
   * The codes of the agency and of its ancestors, nearest first (the agency itself, its parent, …,
   * the province), or an empty list when the code is unknown.
   */
  List<String> lineage(String agencyCode);
}
