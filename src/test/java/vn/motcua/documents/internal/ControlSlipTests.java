package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HistoryLine;
import vn.motcua.shared.Instants;

/** The control slip's rows from a dossier's history: who handed over to whom, and how timely. */
class ControlSlipTests {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final FormText text = new FormText(messages(), null);

  /** Monday 23 November 2026, a working day, in Vietnam. */
  private static Instant monday(int hour, int minute) {
    return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, Instants.VIETNAM).toInstant();
  }

  @Test
  void everyHandOverIsARowAndTakingFromTheQueueIsNot() {
    List<ControlSlip.Row> rows =
        ControlSlip.rows(
            List.of(
                line("RECEIVE", monday(8, 0), null, null, "Thẩm định hồ sơ", null, null),
                line("TAKE", monday(8, 30), null, null, "Thẩm định hồ sơ", "Trần Văn Khánh", null),
                line(
                    "FORWARD",
                    monday(9, 0),
                    "Trần Văn Khánh",
                    monday(12, 0),
                    "Ký duyệt",
                    null,
                    null),
                line(
                    "RESULT_READY", monday(16, 0), "Lê Minh Tuấn", monday(15, 0), null, null, null),
                line(
                    "RETURN_RESULT",
                    monday(16, 30),
                    "Nguyễn Thị Hồng Nhung",
                    null,
                    null,
                    null,
                    null)),
            Calendars.computedDefault(),
            text,
            VIETNAMESE);

    assertThat(rows).extracting(ControlSlip.Row::giver).hasSize(4);
    assertThat(rows.get(0).giver()).isEqualTo("Nguyễn Thị Hồng Nhung");
    assertThat(rows.get(0).receiver()).isEqualTo("Thẩm định hồ sơ");
    assertThat(rows.get(0).timeliness()).isNull();
    assertThat(rows.get(0).at()).isEqualTo("08 giờ 00 phút, ngày 23/11/2026");
    assertThat(rows.get(1).giver()).isEqualTo("Trần Văn Khánh (Bước)");
    assertThat(rows.get(1).timeliness()).isEqualTo(Timeliness.ON_TIME);
    assertThat(rows.get(2).timeliness()).isEqualTo(Timeliness.LATE);
    assertThat(rows.get(2).receiver()).isEqualTo("Bộ phận tiếp nhận và trả kết quả");
    assertThat(rows.get(3).receiver()).isEqualTo("Trương Văn Lực");
  }

  @Test
  void aStepFinishedOnAnEarlierDayThanItsDueDayIsEarly() {
    List<ControlSlip.Row> rows =
        ControlSlip.rows(
            List.of(
                line(
                    "FORWARD",
                    monday(10, 0),
                    "Trần Văn Khánh",
                    monday(10, 0).plusSeconds(2 * 86_400),
                    "Ký duyệt",
                    null,
                    null)),
            Calendars.computedDefault(),
            text,
            VIETNAMESE);

    assertThat(rows.getFirst().timeliness()).isEqualTo(Timeliness.EARLY);
  }

  /**
   * A history line: the step left (held by {@code giver}, due at {@code leftDue}) and the step
   * entered ({@code enteredName}, held by {@code enteredHolder}); RESULT_READY enters the return
   * step, RETURN_RESULT records the recipient.
   */
  private static HistoryLine line(
      String action,
      Instant at,
      @Nullable String giver,
      @Nullable Instant leftDue,
      @Nullable String enteredName,
      @Nullable String enteredHolder,
      @Nullable String note) {
    boolean leaves = giver != null;
    String enteredKind =
        action.equals("RESULT_READY") ? "RETURN" : enteredName != null ? "PROCESS" : null;
    return new HistoryLine(
        1,
        at,
        action,
        1L,
        leaves ? giver : "Nguyễn Thị Hồng Nhung",
        DossierStatus.PROCESSING,
        DossierStatus.PROCESSING,
        leaves ? "PROCESS" : null,
        leaves ? "Bước" : null,
        giver,
        null,
        null,
        leftDue,
        enteredKind,
        enteredName,
        enteredHolder,
        null,
        null,
        note,
        action.equals("RETURN_RESULT") ? Map.of("recipient", "Trương Văn Lực") : Map.of());
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("i18n/documents");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
