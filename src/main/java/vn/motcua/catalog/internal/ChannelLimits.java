package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.domain.Amounts;

/**
 * A procedure's time limits per channel as the catalogue published them and as administrators set
 * them; what an administrator set wins, and a channel that only the administrator set counts too.
 * Also the catalogue's note on each channel, which comes from the same rows.
 */
final class ChannelLimits {

  /** A channel's published limit, text and note. */
  record Published(@Nullable TimeLimit limit, String text, String note) {}

  private final Map<Channel, Published> published = new EnumMap<>(Channel.class);
  private final Map<Channel, TimeLimit> set = new EnumMap<>(Channel.class);

  void publish(
      int channel, @Nullable BigDecimal amount, @Nullable String unit, String text, String note) {
    published.put(channelOf(channel), new Published(limit(amount, unit), text, note));
  }

  void set(int channel, BigDecimal amount, String unit) {
    set.put(channelOf(channel), limit(amount, unit));
  }

  /** The channels the procedure has, in the order of {@link Channel}. */
  List<Channel> channels() {
    List<Channel> channels = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      if (published.containsKey(channel) || set.containsKey(channel)) {
        channels.add(channel);
      }
    }
    return channels;
  }

  @Nullable TimeLimit limit(Channel channel) {
    TimeLimit setting = set.get(channel);
    if (setting != null) {
      return setting;
    }
    Published publication = published.get(channel);
    return publication == null ? null : publication.limit();
  }

  String text(Channel channel) {
    Published publication = published.get(channel);
    return publication == null ? "" : publication.text();
  }

  /** What the catalogue says about submitting by each channel, where it says something. */
  Map<Channel, String> notes() {
    Map<Channel, String> notes = new EnumMap<>(Channel.class);
    published.forEach(
        (channel, publication) -> {
          if (!publication.note().isEmpty()) {
            notes.put(channel, publication.note());
          }
        });
    return notes;
  }

  List<Channel> setByAdministrator() {
    return List.copyOf(set.keySet());
  }

  static Channel channelOf(int code) {
    for (Channel channel : Channel.values()) {
      if (channel.code() == code) {
        return channel;
      }
    }
    throw new IllegalArgumentException("No channel has the code " + code);
  }

  private static @Nullable TimeLimit limit(@Nullable BigDecimal amount, @Nullable String unit) {
    return amount == null || unit == null
        ? null
        : new TimeLimit(Amounts.plain(amount), LimitUnit.valueOf(unit));
  }
}
