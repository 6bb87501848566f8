package vn.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.ComponentGroup;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.ImportIssue;
import vn.motcua.catalog.ImportIssue.Kind;
import vn.motcua.catalog.Level;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureCode;
import vn.motcua.catalog.ProcedureDetails;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.shared.VietnameseText;

/**
 * Reads one record of the national catalogue into a procedure, reporting what it could not read as
 * it should. All text is stored in Unicode NFC.
 */
final class NationalRecordReader {

  /** The version of the reading; part of every fingerprint (see {@link NationalRecord}). */
  static final int VERSION = 1;

  private static final int DETAIL_LENGTH = 160;

  /** What identifies a record and decides whether it is in an import's scope. */
  record Identity(String code, String name, Field field, List<Level> levels) {}

  private final int line;
  private final NationalRecord record;
  private final Set<ImportIssue> issues = new LinkedHashSet<>();

  NationalRecordReader(int line, NationalRecord record) {
    this.line = line;
    this.record = record;
  }

  /** What the reading found wrong so far, in order, each once. */
  List<ImportIssue> issues() {
    return List.copyOf(issues);
  }

  /** The record's identity, or {@code null} when it is broken (the issues say why). */
  @Nullable Identity identify() {
    String code = Texts.line(record.code());
    String name = Texts.line(record.name());
    String fieldName = Texts.line(record.field());
    String reported = code.isEmpty() ? null : code;
    if (code.isEmpty()) {
      issues.add(ImportIssue.of(line, null, Kind.MISSING_CODE, name));
    } else if (!ProcedureCode.isWellFormed(code)) {
      issues.add(ImportIssue.of(line, reported, Kind.MALFORMED_CODE, code));
    }
    if (name.isEmpty()) {
      issues.add(ImportIssue.of(line, reported, Kind.MISSING_NAME, code));
    }
    if (VietnameseText.slug(fieldName).isEmpty()) {
      issues.add(ImportIssue.of(line, reported, Kind.MISSING_FIELD, fieldName));
    }
    if (issues.stream().anyMatch(ImportIssue::refuses)) {
      return null;
    }
    List<Level> levels =
        Arrays.stream(Texts.line(record.levels()).split(","))
            .map(String::strip)
            .filter(level -> !VietnameseText.slug(level).isEmpty())
            .map(level -> new Level(VietnameseText.slug(level), level))
            .distinct()
            .toList();
    return new Identity(code, name, new Field(VietnameseText.slug(fieldName), fieldName), levels);
  }

  /** Reads the whole record of a valid identity. */
  ImportedProcedure read(Identity identity) {
    Map<Channel, String> notes = new EnumMap<>(Channel.class);
    List<ChannelTerms> channels =
        channels(ChannelTable.rows(Texts.clean(record.channels())), notes);
    ComponentTable.Read components = ComponentTable.read(Texts.clean(record.components()));
    components
        .unquantified()
        .forEach(text -> issue(identity.code(), Kind.COMPONENT_WITHOUT_QUANTITY, text));
    String authority = Texts.published(Texts.line(record.executingAgency()));
    Procedure procedure =
        new Procedure(
            identity.code(),
            identity.name(),
            identity.field(),
            Texts.line(record.levels()),
            Texts.line(record.decision()),
            String.join("\n", LegalBasis.documents(Texts.clean(record.legalBasis()))),
            Texts.published(Texts.line(record.subjects())),
            String.join("\n", Results.documents(Texts.clean(record.results()))),
            Texts.published(Texts.block(record.conditions())),
            channels,
            components.groups().stream().flatMap(group -> group.components().stream()).toList(),
            null);
    ProcedureDetails details =
        new ProcedureDetails(
            procedure,
            Texts.line(record.kind()),
            authority.isEmpty() ? Texts.published(Texts.line(record.competentAgency())) : authority,
            Texts.published(Texts.line(record.receivingAddress())),
            Texts.block(record.steps()),
            notes,
            components.groups(),
            Texts.line(record.detailUrl()),
            List.of());
    checkLengths(details);
    return new ImportedProcedure(details, identity.levels(), record.fingerprint(VERSION));
  }

  /**
   * Refuses texts longer than the catalogue stores (each limit is several times the longest text of
   * the national catalogue), so that such a record is reported instead of failing the import.
   */
  private void checkLengths(ProcedureDetails details) {
    Procedure procedure = details.procedure();
    String code = procedure.code();
    check(code, "ten_thu_tuc", procedure.name(), 2000);
    check(code, "linh_vuc", procedure.field().name(), 200);
    check(code, "cap_thuc_hien", procedure.level(), 200);
    check(code, "loai_thu_tuc", details.kind(), 200);
    check(code, "so_quyet_dinh", procedure.decision(), 200);
    check(code, "can_cu_phap_ly", procedure.legalBasis(), 20_000);
    check(code, "doi_tuong_thuc_hien", procedure.subjects(), 2000);
    check(code, "ket_qua_xu_ly", procedure.result(), 20_000);
    check(code, "yeu_cau_dieu_kien", procedure.conditions(), 100_000);
    check(code, "co_quan_thuc_hien", details.authority(), 4000);
    check(code, "dia_chi_tiep_nhan", details.receivingAddress(), 4000);
    check(code, "trinh_tu_thuc_hien", details.steps(), 100_000);
    check(code, "detail_url", details.sourceUrl(), 500);
    for (ChannelTerms terms : procedure.channels()) {
      check(code, "cach_thuc_thuc_hien", terms.timeLimitText(), 2000);
      terms.fees().forEach(fee -> check(code, "cach_thuc_thuc_hien", fee.description(), 4000));
    }
    details
        .channelNotes()
        .values()
        .forEach(note -> check(code, "cach_thuc_thuc_hien", note, 20_000));
    for (ComponentGroup group : details.componentGroups()) {
      check(code, "thanh_phan_ho_so", group.title(), 4000);
      for (RequiredComponent component : group.components()) {
        check(code, "thanh_phan_ho_so", component.name(), 20_000);
        String template = component.formTemplate();
        if (template != null) {
          check(code, "thanh_phan_ho_so", template, 2000);
        }
      }
    }
  }

  private void check(String code, String field, String value, int max) {
    if (value.length() > max) {
      issues.add(
          ImportIssue.of(line, code, Kind.TOO_LONG, field + ": " + value.length() + " > " + max));
    }
  }

  private List<ChannelTerms> channels(List<ChannelTable.Row> rows, Map<Channel, String> notes) {
    String code = Texts.line(record.code());
    if (rows.isEmpty()) {
      issue(code, Kind.NO_CHANNELS, Texts.line(record.channels()));
    }
    List<ChannelTerms> channels = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      List<ChannelTable.Row> of = rows.stream().filter(row -> row.channel() == channel).toList();
      if (!of.isEmpty()) {
        channels.add(terms(code, channel, of));
        String note =
            of.stream()
                .map(row -> Texts.published(row.description()))
                .filter(text -> !text.isEmpty())
                .distinct()
                .collect(Collectors.joining("\n"));
        if (!note.isEmpty()) {
          notes.put(channel, note);
        }
      }
    }
    for (ChannelTable.Row row : rows) {
      reportFee(code, row);
    }
    List<ChannelTerms> unlimited = channels.stream().filter(t -> t.timeLimit() == null).toList();
    if (!rows.isEmpty() && unlimited.size() == channels.size()) {
      issue(code, Kind.NO_TIME_LIMIT, describe(unlimited));
    } else if (!unlimited.isEmpty()) {
      issue(code, Kind.UNREADABLE_TIME_LIMIT, describe(unlimited));
    }
    return channels;
  }

  /**
   * One channel's terms from its rows. Several rows give several time limits (stages, or cases):
   * the largest is taken when they share a unit, none when they do not, and both are reported.
   */
  private ChannelTerms terms(String code, Channel channel, List<ChannelTable.Row> rows) {
    String text =
        rows.stream().map(ChannelTable.Row::timeText).distinct().collect(Collectors.joining("; "));
    List<TimeLimit> limits =
        rows.stream().map(ChannelTable.Row::limit).filter(Objects::nonNull).distinct().toList();
    TimeLimit limit = null;
    if (limits.size() == 1 && rows.stream().allMatch(row -> row.limit() != null)) {
      limit = limits.getFirst();
    } else if (!limits.isEmpty()) {
      boolean oneUnit = limits.stream().map(TimeLimit::unit).distinct().count() == 1;
      limit = oneUnit ? limits.stream().max(Comparator.comparing(TimeLimit::amount)).get() : null;
      issue(code, Kind.SEVERAL_TIME_LIMITS, name(channel) + ": " + text);
    }
    rows.stream()
        .filter(ChannelTable.Row::bareNumber)
        .forEach(row -> issue(code, Kind.BARE_NUMBER_TIME_LIMIT, row.timeText()));
    rows.stream()
        .filter(ChannelTable.Row::gluedToFee)
        .forEach(
            row ->
                issue(code, Kind.AMBIGUOUS_TIME_AND_FEE, row.timeText() + " | " + row.feeText()));
    List<Fee> fees =
        rows.stream().map(NationalRecordReader::fee).filter(Objects::nonNull).distinct().toList();
    return new ChannelTerms(channel, limit, text, fees);
  }

  private static @Nullable Fee fee(ChannelTable.Row row) {
    return switch (row.feeReading()) {
      case NOT_PUBLISHED -> null;
      case FREE, AMOUNT -> new Fee(row.amountVnd(), row.conditions());
      case FOREIGN_CURRENCY, IMPLAUSIBLE ->
          new Fee(
              null,
              row.conditions().isEmpty()
                  ? row.feeText()
                  : row.feeText() + " (" + row.conditions() + ")");
    };
  }

  private void reportFee(String code, ChannelTable.Row row) {
    switch (row.feeReading()) {
      case FOREIGN_CURRENCY -> issue(code, Kind.UNREADABLE_FEE, row.feeText());
      case IMPLAUSIBLE -> issue(code, Kind.IMPLAUSIBLE_FEE, row.feeText());
      default -> {}
    }
    if (row.unclosed()) {
      issue(code, Kind.UNCLOSED_PARENTHESIS, row.conditions());
    }
  }

  private static String describe(List<ChannelTerms> channels) {
    return channels.stream()
        .map(terms -> name(terms.channel()) + ": " + terms.timeLimitText())
        .collect(Collectors.joining("; "));
  }

  /** The channel as the catalogue names it; report details quote the catalogue. */
  private static String name(Channel channel) {
    return switch (channel) {
      case IN_PERSON -> "Trực tiếp";
      case ONLINE -> "Trực tuyến";
      case POST -> "Dịch vụ bưu chính";
    };
  }

  private void issue(String code, Kind kind, String detail) {
    String shortened =
        detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH) + "…";
    issues.add(ImportIssue.of(line, code, kind, shortened));
  }
}
