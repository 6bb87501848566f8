package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.LunarDate;

class VietnameseLunarCalendarTests {

  /**
   * Tết (mùng 1 tháng Giêng) as published: 2008–2022 in the tests of the vacanza/holidays library,
   * 2023–2026 in the government's notices, 1968, 1985 and 2007 where Vietnam's calendar differs
   * from China's, and the Chinese New Year dates (Hong Kong Observatory) of years where the two
   * calendars agree.
   */
  static final Map<Integer, String> TET = new TreeMap<>();

  static {
    String[] dates = {
      "1968-01-29", "1985-01-21", "1990-01-27", "1991-02-15", "1992-02-04", "1993-01-23",
      "1994-02-10", "1995-01-31", "1996-02-19", "1997-02-07", "1998-01-28", "1999-02-16",
      "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22", "2005-02-09",
      "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26", "2010-02-14", "2011-02-03",
      "2012-01-23", "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28",
      "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22",
      "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13"
    };
    for (String date : dates) {
      TET.put(Integer.valueOf(date.substring(0, 4)), date);
    }
  }

  @Test
  void lunarNewYearFallsOnThePublishedDates() {
    TET.forEach(
        (year, date) -> {
          assertThat(VietnameseLunarCalendar.newYear(year)).as("Tết %d", year).hasToString(date);
          assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse(date)))
              .isEqualTo(LunarDate.of(year, 1, 1));
        });
  }

  @Test
  void vietnamCelebratesTetADayOrAMonthApartFromChinaIn1985And2007() {
    assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo("1985-01-21");
    assertThat(VietnameseLunarCalendar.newYear(2007)).isEqualTo("2007-02-17");
  }

  @Test
  void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth() {
    Map<Integer, String> published =
        Map.of(
            2018, "2018-04-25",
            2019, "2019-04-14",
            2020, "2020-04-02",
            2021, "2021-04-21",
            2022, "2022-04-10",
            2023, "2023-04-29",
            2024, "2024-04-18",
            2025, "2025-04-07",
            2026, "2026-04-26");
    published.forEach(
        (year, date) ->
            assertThat(VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10)))
                .as("Giỗ Tổ %d", year)
                .hasToString(date));
  }

  @Test
  void leapMonthsRepeatTheMonthBeforeThem() {
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("2023-03-22")))
        .isEqualTo(new LunarDate(2023, 2, 1, true));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("2023-02-20")))
        .isEqualTo(new LunarDate(2023, 2, 1, false));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("2025-07-25")))
        .isEqualTo(new LunarDate(2025, 6, 1, true));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("2020-05-23")))
        .isEqualTo(new LunarDate(2020, 4, 1, true));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("2017-07-23")))
        .isEqualTo(new LunarDate(2017, 6, 1, true));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("2014-10-24")))
        .isEqualTo(new LunarDate(2014, 9, 1, true));
    assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(2012, 4, 1, true)))
        .isEqualTo("2012-05-21");
  }

  @Test
  void theLastDaysOfTheLunarYearBelongToTheYearBefore() {
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("2026-02-16")))
        .isEqualTo(LunarDate.of(2025, 12, 29));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.parse("1900-01-01")))
        .isEqualTo(LunarDate.of(1899, 12, 1));
  }

  @Test
  void everyDayFrom1900To2100ConvertsToLunarAndBack() {
    for (LocalDate date = LocalDate.of(1900, 1, 1);
        date.getYear() <= 2100;
        date = date.plusDays(1)) {
      LunarDate lunar = VietnameseLunarCalendar.toLunar(date);
      assertThat(VietnameseLunarCalendar.toSolar(lunar))
          .as("%s is %s", date, lunar)
          .isEqualTo(date);
    }
  }

  @Test
  void lunarDatesThatDoNotExistAreRefused() {
    assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(2024, 1, 1, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no leap month");
    assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(2023, 3, 1, true)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(LunarDate.of(2025, 12, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no day 30");
  }
}
