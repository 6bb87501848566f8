package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import vn.motcua.calendar.LunarDate;

/**
 * The Vietnamese lunar calendar (âm lịch) by Hồ Ngọc Đức's astronomical algorithm: months start on
 * the day of the new moon and the winter solstice falls in the 11th month, both computed for
 * Vietnam's meridian (UTC+7); a year with 13 months repeats the first month without a major solar
 * term (trung khí) as its leap month.
 *
 * <p>Why our own code: Chinese calendar implementations (ICU4J's {@code ChineseCalendar}, for
 * instance) compute for UTC+8 and give a different Tết in some years (1985: 21 January in Vietnam,
 * 20 February in China; 2007: 17 and 18 February), and no maintained Java library implements the
 * Vietnamese one. The new moon and solar longitude formulas are the abridged ones of Jean Meeus,
 * "Astronomical Algorithms", as Hồ Ngọc Đức publishes them; they are accurate to the day for
 * 1900–2100, the years this calendar covers.
 */
public final class VietnameseLunarCalendar {

  /** Vietnam's time zone in hours east of Greenwich, for which new moons and terms are dated. */
  private static final double TIME_ZONE = 7.0;

  /** Julian day of the new moon of 1 January 1900 (the origin of the new moon count). */
  private static final double NEW_MOON_EPOCH = 2415021.076998695;

  private static final double SYNODIC_MONTH = 29.530588853;

  private static final double RADIANS = Math.PI / 180;

  private VietnameseLunarCalendar() {}

  /** The lunar date of a solar (Gregorian) date. */
  public static LunarDate toLunar(LocalDate solar) {
    int dayNumber = julianDay(solar);
    int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
    int monthStart = newMoonDay(k);
    // The mean lunation is only an estimate of the true new moon: step back until the month has
    // started (twice in 1900–2100, e.g. for 7 May 2054; Hồ Ngọc Đức's code steps back only once).
    while (monthStart > dayNumber) {
      monthStart = newMoonDay(--k);
    }
    int year = solar.getYear();
    int a11 = month11(year);
    int b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
      lunarYear = year;
      a11 = month11(year - 1);
    } else {
      lunarYear = year + 1;
      b11 = month11(year + 1);
    }
    int day = dayNumber - monthStart + 1;
    int diff = (int) Math.floor((monthStart - a11) / 29.0);
    boolean leap = false;
    int month = diff + 11;
    if (b11 - a11 > 365) {
      int leapMonthDiff = leapMonthOffset(a11);
      if (diff >= leapMonthDiff) {
        month = diff + 10;
        leap = diff == leapMonthDiff;
      }
    }
    if (month > 12) {
      month -= 12;
    }
    if (month >= 11 && diff < 4) {
      lunarYear -= 1;
    }
    return new LunarDate(lunarYear, month, day, leap);
  }

  /**
   * The solar date of a lunar date.
   *
   * @throws IllegalArgumentException when there is no such lunar date (a leap month the year does
   *     not have, or day 30 of a 29-day month)
   */
  public static LocalDate toSolar(LunarDate lunar) {
    int monthStart = monthStart(lunar.year(), lunar.month(), lunar.leapMonth());
    int nextMonthStart = newMoonDay(newMoonIndex(monthStart) + 1);
    if (lunar.day() > nextMonthStart - monthStart) {
      throw new IllegalArgumentException(
          "The lunar month has no day " + lunar.day() + ": " + lunar);
    }
    return fromJulianDay(monthStart + lunar.day() - 1);
  }

  /** The first day of the lunar year (mùng 1 Tết). */
  public static LocalDate newYear(int lunarYear) {
    return toSolar(LunarDate.of(lunarYear, 1, 1));
  }

  private static int monthStart(int lunarYear, int lunarMonth, boolean leap) {
    int a11;
    int b11;
    if (lunarMonth < 11) {
      a11 = month11(lunarYear - 1);
      b11 = month11(lunarYear);
    } else {
      a11 = month11(lunarYear);
      b11 = month11(lunarYear + 1);
    }
    int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    int offset = lunarMonth - 11;
    if (offset < 0) {
      offset += 12;
    }
    if (b11 - a11 > 365) {
      int leapOffset = leapMonthOffset(a11);
      int leapMonth = leapOffset - 2;
      if (leapMonth < 0) {
        leapMonth += 12;
      }
      if (leap && lunarMonth != leapMonth) {
        throw new IllegalArgumentException(
            "The lunar year " + lunarYear + " has no leap month " + lunarMonth);
      }
      if (leap || offset >= leapOffset) {
        offset += 1;
      }
    } else if (leap) {
      throw new IllegalArgumentException("The lunar year " + lunarYear + " has no leap month");
    }
    return newMoonDay(k + offset);
  }

  private static int newMoonIndex(int monthStart) {
    return (int) Math.floor(0.5 + (monthStart - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  }

  /** The local day (Julian day number) of the k-th new moon after the one of 1 January 1900. */
  static int newMoonDay(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RADIANS);
    double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c1 =
        (0.1734 - 0.000393 * t) * Math.sin(m * RADIANS)
            + 0.0021 * Math.sin(2 * RADIANS * m)
            - 0.4068 * Math.sin(mpr * RADIANS)
            + 0.0161 * Math.sin(RADIANS * 2 * mpr)
            - 0.0004 * Math.sin(RADIANS * 3 * mpr)
            + 0.0104 * Math.sin(RADIANS * 2 * f)
            - 0.0051 * Math.sin(RADIANS * (m + mpr))
            - 0.0074 * Math.sin(RADIANS * (m - mpr))
            + 0.0004 * Math.sin(RADIANS * (2 * f + m))
            - 0.0004 * Math.sin(RADIANS * (2 * f - m))
            - 0.0006 * Math.sin(RADIANS * (2 * f + mpr))
            + 0.0010 * Math.sin(RADIANS * (2 * f - mpr))
            + 0.0005 * Math.sin(RADIANS * (2 * mpr + m));
    // Difference between terrestrial and universal time, in days.
    double deltaT =
        t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
    double newMoon = jd1 + c1 - deltaT;
    return (int) Math.floor(newMoon + 0.5 + TIME_ZONE / 24);
  }

  /**
   * The sector (0 to 11, of 30° each, 0 starting at the spring equinox) of the sun's longitude at
   * the start of a local day.
   */
  static int sunSector(int dayNumber) {
    double t = (dayNumber - 2451545.5 - TIME_ZONE / 24) / 36525;
    double t2 = t * t;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl =
        (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(RADIANS * m)
            + (0.019993 - 0.000101 * t) * Math.sin(RADIANS * 2 * m)
            + 0.000290 * Math.sin(RADIANS * 3 * m);
    double longitude = (l0 + dl) * RADIANS;
    longitude -= Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
    return (int) Math.floor(longitude / Math.PI * 6);
  }

  /** The first day of the 11th lunar month (the month of the winter solstice) of a solar year. */
  private static int month11(int year) {
    int offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
    int k = (int) Math.floor(offset / SYNODIC_MONTH);
    int newMoon = newMoonDay(k);
    if (sunSector(newMoon) >= 9) {
      newMoon = newMoonDay(k - 1);
    }
    return newMoon;
  }

  /**
   * In a 13-month year starting with the 11th month at {@code a11}: how many months after it the
   * leap month comes (the first month in which the sun enters no new sector).
   */
  private static int leapMonthOffset(int a11) {
    int k = (int) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    int i = 1;
    int sector = sunSector(newMoonDay(k + i));
    int last;
    do {
      last = sector;
      i++;
      sector = sunSector(newMoonDay(k + i));
    } while (sector != last && i < 14);
    return i - 1;
  }

  private static int julianDay(LocalDate date) {
    return (int) date.getLong(JulianFields.JULIAN_DAY);
  }

  private static LocalDate fromJulianDay(int dayNumber) {
    return LocalDate.MIN.with(JulianFields.JULIAN_DAY, dayNumber);
  }
}
