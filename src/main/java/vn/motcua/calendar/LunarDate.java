package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year the lunar year, named after the solar year in which it mostly lies (Tết 2026 starts
 *     lunar year 2026)
 * @param month 1 (tháng Giêng) to 12 (tháng Chạp)
 * @param day 1 to 30
 * @param leapMonth whether the month is the year's intercalary month (tháng nhuận), which repeats
 *     the number of the month before it
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("A lunar month is 1 to 12: " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("A lunar day is 1 to 30: " + day);
    }
  }

  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }
}
