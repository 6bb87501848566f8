package vn.motcua.organization.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.CalendarInheritance;

/**
 * Answers the calendar module: an agency inherits the calendar of its nearest ancestor that has
 * one.
 */
@Component
class AgencyCalendarInheritance implements CalendarInheritance {

  private final AgencyRepository agencies;

  AgencyCalendarInheritance(AgencyRepository agencies) {
    this.agencies = agencies;
  }

  @Override
  public List<String> lineage(String agencyCode) {
    return agencies.lineage(agencyCode);
  }
}
