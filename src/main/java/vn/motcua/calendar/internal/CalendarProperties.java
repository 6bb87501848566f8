package vn.motcua.calendar.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Calendar settings ({@code motcua.calendar.*}).
 *
 * @param revisionCheck how often, at most, a node asks the database whether the calendar data
 *     changed (a one-row query); a change made on another node reaches this one within this time
 * @param inheritanceCache how long a node keeps which calendar an agency inherits (the agency tree
 *     belongs to the organization module and rarely changes)
 */
@ConfigurationProperties("motcua.calendar")
public record CalendarProperties(
    @DefaultValue("5s") Duration revisionCheck, @DefaultValue("10m") Duration inheritanceCache) {

  public CalendarProperties {
    if (revisionCheck.isNegative() || inheritanceCache.isNegative()) {
      throw new IllegalArgumentException("motcua.calendar durations cannot be negative");
    }
  }
}
