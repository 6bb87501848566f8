package vn.motcua.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;

/**
 * Reads the "Cách thức thực hiện" table of a scraped record. The scraper concatenated the cells
 * without separators:
 *
 * <pre>Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phíDịch vụ bưu chính1Miễn phí…</pre>
 *
 * so a row is recognised by its grammar: a channel name directly followed (no space, no colon) by
 * the time cell — a number with an optional unit, or a text such as "Không có thông tin" — and then
 * by the fee cell ("Miễn phí", "Không có thông tin" or an amount with its currency). What follows
 * the fee up to the next row is the fee's conditions in parentheses and the row's description. A
 * channel name inside a description is followed by a colon or a space and so never starts a row.
 */
final class ChannelTable {

  static final String HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";

  /**
   * An amount as the portal writes it, "1,025,000". It never starts with 0, which decides how a
   * bare time glued to an amount splits: "120,000 VNĐ" after the channel reads as 1 working day and
   * 20,000 đồng (a customs fee that is 20,000 đồng by its own conditions text).
   */
  private static final String AMOUNT = "[1-9]\\d{0,2}(?:,\\d{3})*";

  private static final Pattern ROW =
      Pattern.compile(
          "(Trực tiếp|Trực tuyến|Dịch vụ bưu chính)(?=[\\d\\p{Lu}])"
              + "(?:(\\d+)\\s*(Ngày làm việc|Ngày|Giờ|Tháng)?|(?!Miễn phí)(\\p{Lu}[^\\n]*?))?"
              + "(Miễn phí|Không có thông tin|("
              + AMOUNT
              + ")\\s*(Việt Nam Đồng|VNĐ|Đồng|đồng|USD))");

  /** How the fee cell reads. */
  enum FeeReading {
    FREE,
    AMOUNT,
    NOT_PUBLISHED,
    FOREIGN_CURRENCY,
    /** Below 1,000 đồng: the publisher almost certainly typed thousands ("20 VNĐ"). */
    IMPLAUSIBLE
  }

  /**
   * One row of the table.
   *
   * @param timeText the time cell as published ("1", "5 Ngày làm việc", "Không có thông tin")
   * @param limit the time cell read as a limit, {@code null} when it is not a number
   * @param bareNumber the time cell is a number without a unit, read as working days
   * @param gluedToFee a bare number directly followed by an amount: the split is a guess
   * @param amountVnd the fee in đồng for {@link FeeReading#FREE} (0) and {@link FeeReading#AMOUNT}
   * @param feeText the fee cell as published
   * @param conditions the fee's conditions, without their parentheses
   * @param unclosed the conditions open a parenthesis that the row never closes
   */
  record Row(
      Channel channel,
      String timeText,
      @Nullable TimeLimit limit,
      boolean bareNumber,
      boolean gluedToFee,
      FeeReading feeReading,
      @Nullable Long amountVnd,
      String feeText,
      String conditions,
      boolean unclosed,
      String description) {}

  private ChannelTable() {}

  static List<Row> rows(String table) {
    String text = table.startsWith(HEADER) ? table.substring(HEADER.length()) : table;
    List<MatchResult> starts = new ArrayList<>();
    Matcher matcher = ROW.matcher(text);
    while (matcher.find()) {
      starts.add(matcher.toMatchResult());
    }
    List<Row> rows = new ArrayList<>(starts.size());
    for (int i = 0; i < starts.size(); i++) {
      MatchResult row = starts.get(i);
      int end = i + 1 < starts.size() ? starts.get(i + 1).start() : text.length();
      rows.add(row(row, text.substring(row.end(), end)));
    }
    return rows;
  }

  private static Row row(MatchResult cells, String rest) {
    String number = cells.group(2);
    String unit = cells.group(3);
    String timeText =
        cells.group().substring(cells.end(1) - cells.start(), cells.start(5) - cells.start());
    String conditions = "";
    String description = rest;
    boolean unclosed = false;
    if (rest.startsWith("(")) {
      int close = Parentheses.closing(rest, 0).orElse(-1);
      unclosed = close < 0;
      conditions = Parentheses.unwrap(unclosed ? rest.substring(1) : rest.substring(0, close));
      description = unclosed ? "" : rest.substring(close);
    }
    String amount = cells.group(6);
    return new Row(
        channel(cells.group(1)),
        Texts.line(timeText),
        number == null ? null : new TimeLimit(new BigDecimal(number), unit(unit)),
        number != null && unit == null,
        number != null && unit == null && amount != null,
        feeReading(cells.group(5), amount, cells.group(7)),
        amountVnd(cells.group(5), amount, cells.group(7)),
        Texts.line(cells.group(5)),
        Texts.line(conditions),
        unclosed,
        Texts.block(description));
  }

  private static FeeReading feeReading(
      String fee, @Nullable String amount, @Nullable String currency) {
    if (fee.equals("Miễn phí")) {
      return FeeReading.FREE;
    }
    if (amount == null) {
      return FeeReading.NOT_PUBLISHED;
    }
    if ("USD".equals(currency)) {
      return FeeReading.FOREIGN_CURRENCY;
    }
    return vnd(amount) < 1000 ? FeeReading.IMPLAUSIBLE : FeeReading.AMOUNT;
  }

  private static @Nullable Long amountVnd(
      String fee, @Nullable String amount, @Nullable String currency) {
    return switch (feeReading(fee, amount, currency)) {
      case FREE -> 0L;
      case AMOUNT -> vnd(amount);
      case NOT_PUBLISHED, FOREIGN_CURRENCY, IMPLAUSIBLE -> null;
    };
  }

  private static long vnd(@Nullable String amount) {
    return Long.parseLong(String.valueOf(amount).replace(",", ""));
  }

  private static Channel channel(String name) {
    return switch (name) {
      case "Trực tiếp" -> Channel.IN_PERSON;
      case "Trực tuyến" -> Channel.ONLINE;
      case "Dịch vụ bưu chính" -> Channel.POST;
      default -> throw new IllegalArgumentException("Not a channel: " + name);
    };
  }

  /**
   * The unit words of the table. "Giờ" is read as working hours, the only hours the law counts
   * deadlines in; a bare number is read as working days (and reported).
   */
  private static LimitUnit unit(@Nullable String unit) {
    return switch (unit == null ? "" : unit) {
      case "Ngày" -> LimitUnit.DAYS;
      case "Giờ" -> LimitUnit.WORKING_HOURS;
      case "Tháng" -> LimitUnit.MONTHS;
      default -> LimitUnit.WORKING_DAYS;
    };
  }
}
