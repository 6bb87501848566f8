package vn.motcua.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;

/**
 * A procedure's time limit and fees for one channel.
 *
 * @param timeLimit the parsed limit, {@code null} when the published text could not be parsed
 * @param timeLimitText the published text, kept as it was
 */
public record ChannelTerms(
    Channel channel, @Nullable TimeLimit timeLimit, String timeLimitText, List<Fee> fees) {

  public ChannelTerms {
    fees = List.copyOf(fees);
  }
}
