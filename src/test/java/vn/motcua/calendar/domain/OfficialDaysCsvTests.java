package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.DayKind;

class OfficialDaysCsvTests {

  @Test
  void theShippedSeedHasTheOfficialDaysOf2024To2026WithTheirConfidence() {
    List<RecordedDay> days = SeedDays.recorded();

    assertThat(days).hasSize(46);
    assertThat(days.stream().filter(day -> day.confidence() == Confidence.MEDIUM)).hasSize(4);
    assertThat(days.stream().filter(day -> day.confidence() == Confidence.LOW))
        .singleElement()
        .satisfies(day -> assertThat(day.date()).isEqualTo("2026-11-24"))
        .satisfies(day -> assertThat(day.applies()).isFalse());
    assertThat(days)
        .anySatisfy(
            day ->
                assertThat(day.day())
                    .isEqualTo(
                        new CalendarDay(
                            LocalDate.parse("2025-04-26"),
                            DayKind.MAKEUP_WORKING_DAY,
                            "Làm bù cho ngày 02/5/2025",
                            LocalDate.parse("2025-05-02"))));
  }

  @Test
  void quotedFieldsKeepTheirCommas() {
    assertThat(OfficialDaysCsv.fields("2024-02-08,Thu,holiday,\"Tết (29 Tết, nghỉ bù)\",,src,high"))
        .containsExactly(
            "2024-02-08", "Thu", "holiday", "Tết (29 Tết, nghỉ bù)", "", "src", "high");
    assertThat(OfficialDaysCsv.fields("a,\"say \"\"hi\"\"\",b"))
        .containsExactly("a", "say \"hi\"", "b");
  }

  @Test
  void aFileWithoutTheExpectedHeaderIsRefused() {
    assertThatThrownBy(
            () -> OfficialDaysCsv.parse("date,kind\n2024-01-01,holiday", Instant.EPOCH, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
