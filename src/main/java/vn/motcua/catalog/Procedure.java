package vn.motcua.catalog;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;

/**
 * An administrative procedure of the national catalogue.
 *
 * @param code the national code, e.g. {@code 1.001193}
 * @param level e.g. "Cấp xã", "Cấp tỉnh"
 * @param cutoff the cut-off hour after which a dossier starts counting the next working day, if the
 *     procedure has one
 */
public record Procedure(
    String code,
    String name,
    Field field,
    String level,
    String decision,
    String legalBasis,
    String subjects,
    String result,
    String conditions,
    List<ChannelTerms> channels,
    List<RequiredComponent> components,
    @Nullable LocalTime cutoff) {

  public Procedure {
    channels = List.copyOf(channels);
    components = List.copyOf(components);
  }

  public Optional<ChannelTerms> terms(Channel channel) {
    return channels.stream().filter(terms -> terms.channel() == channel).findFirst();
  }

  /** The time limit of a channel, if one is set: a procedure without one cannot be received. */
  public Optional<TimeLimit> timeLimit(Channel channel) {
    return terms(channel).map(ChannelTerms::timeLimit);
  }

  /** The fees of all channels, each once, in channel order. */
  public List<Fee> fees() {
    return channels.stream().flatMap(terms -> terms.fees().stream()).distinct().toList();
  }

  /**
   * Whether any channel has a time limit. A procedure without one cannot be received until an
   * administrator sets one.
   */
  public boolean hasTimeLimit() {
    return channels.stream().anyMatch(terms -> terms.timeLimit() != null);
  }
}
