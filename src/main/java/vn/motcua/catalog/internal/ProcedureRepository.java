package vn.motcua.catalog.internal;

import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.ComponentGroup;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.Level;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.shared.Instants;

/** Reads procedures and keeps the administrator's settings of them (time limits, cut-off). */
@Repository
public class ProcedureRepository {

  /** Codes read per query: well below what either database accepts in an IN list. */
  private static final int CHUNK = 500;

  private final JdbcClient jdbc;

  ProcedureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM catalog_procedure WHERE code = :code")
            .param("code", code)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * A procedure with everything the public page shows.
   *
   * @param defaultCutoff the cut-off of a procedure whose administrator set none
   */
  public Optional<ProcedureDetails> details(String code, @Nullable LocalTime defaultCutoff) {
    return details(List.of(code), defaultCutoff).stream().findFirst();
  }

  /**
   * The procedures with these codes that exist, in the order given, read with one query per table
   * for up to {@value #CHUNK} codes at a time (a posting lists a whole agency's procedures).
   */
  public List<ProcedureDetails> details(
      Collection<String> codes, @Nullable LocalTime defaultCutoff) {
    List<String> distinct = codes.stream().distinct().toList();
    List<ProcedureDetails> details = new ArrayList<>(distinct.size());
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      details.addAll(
          chunk(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)), defaultCutoff));
    }
    return details;
  }

  private List<ProcedureDetails> chunk(List<String> codes, @Nullable LocalTime defaultCutoff) {
    Map<String, Header> headers = new HashMap<>();
    jdbc.sql(
            """
            SELECT p.code, p.name, p.field_code, f.name AS field_name, p.level_text, p.kind,
                   p.decision, p.legal_basis, p.subjects, p.result, p.conditions, p.authority,
                   p.receiving_address, p.steps, p.source_url, p.cutoff, p.cutoff_set
              FROM catalog_procedure p JOIN catalog_field f ON f.code = p.field_code
             WHERE p.code IN (:codes)
            """)
        .param("codes", codes)
        .query(
            rs -> {
              Time cutoff = rs.getTime("cutoff");
              Header header =
                  new Header(
                      rs.getString("code"),
                      rs.getString("name"),
                      new Field(rs.getString("field_code"), rs.getString("field_name")),
                      rs.getString("level_text"),
                      rs.getString("kind"),
                      rs.getString("decision"),
                      rs.getString("legal_basis"),
                      rs.getString("subjects"),
                      rs.getString("result"),
                      rs.getString("conditions"),
                      rs.getString("authority"),
                      rs.getString("receiving_address"),
                      rs.getString("steps"),
                      rs.getString("source_url"),
                      rs.getBoolean("cutoff_set")
                          ? (cutoff == null ? null : cutoff.toLocalTime())
                          : defaultCutoff);
              headers.put(header.code(), header);
            });
    List<String> found = codes.stream().filter(headers::containsKey).toList();
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, ChannelLimits> limits = limits(found);
    Map<String, Map<Channel, List<Fee>>> fees = new HashMap<>();
    jdbc.sql(
            """
            SELECT procedure_code, channel, amount_vnd, description FROM catalog_fee
             WHERE procedure_code IN (:codes) ORDER BY procedure_code, channel, position
            """)
        .param("codes", found)
        .query(
            rs -> {
              fees.computeIfAbsent(rs.getString(1), code -> new EnumMap<>(Channel.class))
                  .computeIfAbsent(ChannelLimits.channelOf(rs.getInt(2)), c -> new ArrayList<>())
                  .add(new Fee(rs.getObject(3, Long.class), rs.getString(4)));
            });
    Map<String, List<ComponentGroup>> components = components(found);
    return found.stream()
        .map(
            code ->
                assemble(
                    headers.get(code),
                    limits.get(code),
                    fees.getOrDefault(code, Map.of()),
                    components.getOrDefault(code, List.of())))
        .toList();
  }

  /** The columns of {@code catalog_procedure} that {@link #details} reads. */
  private record Header(
      String code,
      String name,
      Field field,
      String level,
      String kind,
      String decision,
      String legalBasis,
      String subjects,
      String result,
      String conditions,
      String authority,
      String receivingAddress,
      String steps,
      String sourceUrl,
      @Nullable LocalTime cutoff) {}

  private static ProcedureDetails assemble(
      Header header,
      ChannelLimits limits,
      Map<Channel, List<Fee>> fees,
      List<ComponentGroup> groups) {
    List<ChannelTerms> channels = new ArrayList<>();
    for (Channel channel : limits.channels()) {
      channels.add(
          new ChannelTerms(
              channel,
              limits.limit(channel),
              limits.text(channel),
              fees.getOrDefault(channel, List.of())));
    }
    Procedure procedure =
        new Procedure(
            header.code(),
            header.name(),
            header.field(),
            header.level(),
            header.decision(),
            header.legalBasis(),
            header.subjects(),
            header.result(),
            header.conditions(),
            channels,
            groups.stream().flatMap(group -> group.components().stream()).toList(),
            header.cutoff());
    return new ProcedureDetails(
        procedure,
        header.kind(),
        header.authority(),
        header.receivingAddress(),
        header.steps(),
        limits.notes(),
        groups,
        header.sourceUrl(),
        limits.setByAdministrator());
  }

  /** The published and set time limits (and the channels' notes) of each of the procedures. */
  Map<String, ChannelLimits> limits(List<String> codes) {
    Map<String, ChannelLimits> limits = new LinkedHashMap<>();
    codes.forEach(code -> limits.put(code, new ChannelLimits()));
    jdbc.sql(
            """
            SELECT procedure_code, channel, limit_amount, limit_unit, limit_text, note
              FROM catalog_channel WHERE procedure_code IN (:codes)
            """)
        .param("codes", codes)
        .query(
            rs -> {
              limits
                  .get(rs.getString(1))
                  .publish(
                      rs.getInt(2),
                      rs.getBigDecimal(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6));
            });
    jdbc.sql(
            """
            SELECT procedure_code, channel, limit_amount, limit_unit FROM catalog_limit_setting
             WHERE procedure_code IN (:codes)
            """)
        .param("codes", codes)
        .query(
            rs -> {
              limits.get(rs.getString(1)).set(rs.getInt(2), rs.getBigDecimal(3), rs.getString(4));
            });
    return limits;
  }

  private Map<String, List<ComponentGroup>> components(List<String> codes) {
    Map<String, List<String>> titles = new HashMap<>();
    Map<String, List<List<RequiredComponent>>> members = new HashMap<>();
    jdbc.sql(
            """
            SELECT procedure_code, position, group_title, name, originals, certified_copies,
                   copies, form_template
              FROM catalog_component WHERE procedure_code IN (:codes)
             ORDER BY procedure_code, position
            """)
        .param("codes", codes)
        .query(
            rs -> {
              String code = rs.getString("procedure_code");
              String title = rs.getString("group_title");
              List<String> groupTitles = titles.computeIfAbsent(code, c -> new ArrayList<>());
              List<List<RequiredComponent>> groups =
                  members.computeIfAbsent(code, c -> new ArrayList<>());
              if (groupTitles.isEmpty() || !groupTitles.getLast().equals(title)) {
                groupTitles.add(title);
                groups.add(new ArrayList<>());
              }
              groups
                  .getLast()
                  .add(
                      new RequiredComponent(
                          rs.getInt("position"),
                          rs.getString("name"),
                          rs.getInt("originals"),
                          rs.getInt("certified_copies"),
                          rs.getInt("copies"),
                          rs.getString("form_template")));
            });
    Map<String, List<ComponentGroup>> components = new HashMap<>();
    titles.forEach(
        (code, groupTitles) -> {
          List<ComponentGroup> groups = new ArrayList<>();
          for (int i = 0; i < groupTitles.size(); i++) {
            groups.add(new ComponentGroup(groupTitles.get(i), members.get(code).get(i)));
          }
          components.put(code, groups);
        });
    return components;
  }

  /** All fields, by name. */
  public List<Field> fields() {
    return jdbc.sql("SELECT code, name FROM catalog_field ORDER BY code")
        .query((rs, row) -> new Field(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** All levels that settle at least one procedure. */
  public List<Level> levels() {
    return jdbc.sql(
            """
            SELECT level_code, MIN(level_name) FROM catalog_procedure_level
             GROUP BY level_code ORDER BY level_code
            """)
        .query((rs, row) -> new Level(rs.getString(1), rs.getString(2)))
        .list();
  }

  public void setLimit(String code, Channel channel, TimeLimit limit, String actor, Instant now) {
    int updated =
        jdbc.sql(
                """
                UPDATE catalog_limit_setting
                   SET limit_amount = :amount, limit_unit = :unit, set_by = :actor, set_at = :now
                 WHERE procedure_code = :code AND channel = :channel
                """)
            .params(limitParams(code, channel, limit, actor, now))
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              INSERT INTO catalog_limit_setting
                     (procedure_code, channel, limit_amount, limit_unit, set_by, set_at)
              VALUES (:code, :channel, :amount, :unit, :actor, :now)
              """)
          .params(limitParams(code, channel, limit, actor, now))
          .update();
    }
  }

  private static Map<String, Object> limitParams(
      String code, Channel channel, TimeLimit limit, String actor, Instant now) {
    return Map.of(
        "code", code,
        "channel", channel.code(),
        "amount", limit.amount(),
        "unit", limit.unit().name(),
        "actor", actor,
        "now", Instants.toDb(now));
  }

  /**
   * Sets the procedure's own cut-off ({@code null} for none), or with {@code own} false returns it
   * to the default.
   */
  public void setCutoff(String code, @Nullable LocalTime cutoff, boolean own) {
    jdbc.sql(
            """
            UPDATE catalog_procedure SET cutoff = :cutoff, cutoff_set = :own, version = version + 1
             WHERE code = :code
            """)
        .param("cutoff", cutoff == null ? null : Time.valueOf(cutoff))
        .param("own", own)
        .param("code", code)
        .update();
  }
}
