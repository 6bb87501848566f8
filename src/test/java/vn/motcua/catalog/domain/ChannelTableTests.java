package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.domain.ChannelTable.FeeReading;
import vn.motcua.catalog.domain.ChannelTable.Row;

/** The "Cách thức thực hiện" cells of real records of the national catalogue. */
class ChannelTableTests {

  @Test
  void birthRegistrationHasABareOneReadAsOneWorkingDayOnEveryChannel() {
    // 1.001193 Thủ tục đăng ký khai sinh
    List<Row> rows =
        ChannelTable.rows(
            ChannelTable.HEADER
                + "Trực tuyến1Miễn phíDịch vụ bưu chính1Miễn phíTrực tiếp1Miễn phí");

    assertThat(rows)
        .extracting(Row::channel)
        .containsExactly(Channel.ONLINE, Channel.POST, Channel.IN_PERSON);
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.limit()).isEqualTo(TimeLimit.workingDays(1));
              assertThat(row.bareNumber()).isTrue();
              assertThat(row.timeText()).isEqualTo("1");
              assertThat(row.feeReading()).isEqualTo(FeeReading.FREE);
              assertThat(row.amountVnd()).isZero();
            });
  }

  @Test
  void unitWordsGiveWorkingDaysDaysWorkingHoursAndMonths() {
    List<Row> rows =
        ChannelTable.rows(
            "Trực tuyến20 Ngày làm việcMiễn phíTrực tiếp15 NgàyMiễn phí"
                + "Dịch vụ bưu chính8 GiờMiễn phíTrực tiếp12 ThángMiễn phí");

    assertThat(rows)
        .extracting(Row::limit)
        .containsExactly(
            TimeLimit.workingDays(20),
            new TimeLimit(BigDecimal.valueOf(15), LimitUnit.DAYS),
            TimeLimit.workingHours(8),
            new TimeLimit(BigDecimal.valueOf(12), LimitUnit.MONTHS));
    assertThat(rows).noneMatch(Row::bareNumber);
  }

  @Test
  void aBareTimeGluedToAnAmountIsSplitBeforeAnAmountThatCannotStartWithZero() {
    // 1.000005: the customs fee is 20,000 đồng by its own conditions text, so "120,000" is 1 +
    // 20,000
    List<Row> rows =
        ChannelTable.rows(
            "Trực tuyến120,000 VNĐ(Theo khoản 1 Điều 3 Thông tư số 172/2010/TT-BTC ngày"
                + " 02/11/2010 của Bộ Tài chính)");

    Row row = rows.getFirst();
    assertThat(row.limit()).isEqualTo(TimeLimit.workingDays(1));
    assertThat(row.gluedToFee()).isTrue();
    assertThat(row.amountVnd()).isEqualTo(20_000L);
    assertThat(row.conditions()).startsWith("Theo khoản 1 Điều 3");
  }

  @Test
  void amountsBelowOneThousandDongAreImplausibleAndKeptAsText() {
    // 2.002044: "1100 VNĐ" is 1 working day and "100 VNĐ", where the conditions say 100.000 đồng
    List<Row> rows =
        ChannelTable.rows(
            "Trực tuyến1Miễn phí(Miễn lệ phí  (Thông tư số 47/2019/TT-BTC).)Dịch vụ bưu"
                + " chính1100 VNĐ(- Phí công bố nội dung đăng ký doanh nghiệp: 100.000 đồng/lần"
                + " (Thông tư số 47/2019/TT-BTC).)");

    assertThat(rows.get(0).conditions()).isEqualTo("Miễn lệ phí (Thông tư số 47/2019/TT-BTC).");
    Row post = rows.get(1);
    assertThat(post.limit()).isEqualTo(TimeLimit.workingDays(1));
    assertThat(post.feeReading()).isEqualTo(FeeReading.IMPLAUSIBLE);
    assertThat(post.amountVnd()).isNull();
    assertThat(post.feeText()).isEqualTo("100 VNĐ");
  }

  @Test
  void aTimeCellInWordsIsKeptAsTextWithoutALimit() {
    // 1.009824 and 1.014976 (tax procedures answered automatically)
    List<Row> automatic =
        ChannelTable.rows(
            "Trực tiếpHệ thống giải quyết thủ tục hành chính ngành Thuế thực hiện phản hồi tự động"
                + " thông qua phương thức điện tử.Không có thông tinTại Trung tâm phục vụ hành chính"
                + " công cấp tỉnh, xã");
    List<Row> none =
        ChannelTable.rows(
            "Trực tiếpKhông Không có thông tinTại Trung tâm phục vụ hành chính công cấp tỉnh,"
                + " xãTrực tuyếnKhôngKhông có thông tinQua Cổng dịch vụ công Quốc gia");

    assertThat(automatic.getFirst().limit()).isNull();
    assertThat(automatic.getFirst().timeText()).startsWith("Hệ thống giải quyết");
    assertThat(automatic.getFirst().feeReading()).isEqualTo(FeeReading.NOT_PUBLISHED);
    assertThat(automatic.getFirst().description())
        .isEqualTo("Tại Trung tâm phục vụ hành chính công cấp tỉnh, xã");
    assertThat(none).extracting(Row::timeText).containsExactly("Không", "Không");
    assertThat(none).extracting(Row::limit).containsOnlyNulls();
  }

  @Test
  void certificationWithoutTimeLimitKeepsItsFeePerPageAndDescription() {
    // 2.000815 Chứng thực bản sao từ bản chính
    Row row =
        ChannelTable.rows(
                "Trực tiếpKhông có thông tin2,000 Việt Nam Đồng(/trang)Tại Ủy ban nhân dân cấp xã,"
                    + " Tổ chức hành nghề công chứng: 2.000 đồng/trang")
            .getFirst();

    assertThat(row.limit()).isNull();
    assertThat(row.timeText()).isEqualTo("Không có thông tin");
    assertThat(row.amountVnd()).isEqualTo(2_000L);
    assertThat(row.conditions()).isEqualTo("/trang");
    assertThat(row.description()).startsWith("Tại Ủy ban nhân dân cấp xã");
  }

  @Test
  void channelNamesInsideADescriptionDoNotStartRows() {
    // 1.014364: the description lists "+ Trực tiếp: …" and "+ Trực tuyến: …"
    List<Row> rows =
        ChannelTable.rows(
            "Trực tiếp1 Ngày làm việc25,000 Việt Nam Đồng(25.000đ/giấy thông hành (áp dụng đến hết"
                + " ngày 31/12/2026))+ Trực tiếp: nộp hồ sơ trực tiếp tại Công an cấp xã. + Trực"
                + " tuyến: nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia.Trực tuyến1 Ngày làm"
                + " việc50,000 Việt Nam Đồng(50.000đ/giấy thông hành)");

    assertThat(rows).extracting(Row::channel).containsExactly(Channel.IN_PERSON, Channel.ONLINE);
    assertThat(rows.get(0).conditions())
        .isEqualTo("25.000đ/giấy thông hành (áp dụng đến hết ngày 31/12/2026)");
    assertThat(rows.get(0).description()).startsWith("+ Trực tiếp: nộp hồ sơ");
    assertThat(rows.get(1).amountVnd()).isEqualTo(50_000L);
  }

  @Test
  void conditionsThatNeverCloseTheirParenthesisTakeTheRestOfTheRow() {
    // 1.014905, third row: "(… Bộ Tài chín)" closes only the inner parenthesis
    Row row =
        ChannelTable.rows(
                "Dịch vụ bưu chính8 Ngày làm việc50,000 Việt Nam Đồng(- 50.000đ/tem “AB” (Thông"
                    + " tư số 25/2021/TT-BTC). - 25.000đ/tem “AB” (áp dụng đến hết ngày"
                    + " 31/12/2026 theo Thông tư số 64/2025/TT-BTC của Bộ Tài chín)+ Trực tiếp:"
                    + " nộp hồ sơ")
            .getFirst();

    assertThat(row.unclosed()).isTrue();
    assertThat(row.amountVnd()).isEqualTo(50_000L);
    assertThat(row.conditions()).startsWith("- 50.000đ/tem").endsWith("nộp hồ sơ");
  }

  @Test
  void feesInUsdAreKeptAsTextWithoutAnAmount() {
    // 1.000931
    Row row = ChannelTable.rows("Trực tiếp5 Ngày làm việc10 USD(10 USD/người)").getFirst();

    assertThat(row.feeReading()).isEqualTo(FeeReading.FOREIGN_CURRENCY);
    assertThat(row.amountVnd()).isNull();
    assertThat(row.feeText()).isEqualTo("10 USD");
    assertThat(row.conditions()).isEqualTo("10 USD/người");
  }

  @Test
  void severalRowsOfOneChannelAreAllRead() {
    // 1.001623: an inspection stage and a licensing stage
    List<Row> rows =
        ChannelTable.rows(
            "Trực tiếp4 Ngày làm việcKhông có thông tinThời hạn tổ chức kiểm tra thực tế: 04 ngày"
                + " làm việcTrực tiếp2 Ngày làm việcKhông có thông tinThời hạn cấp lại Giấy phép: 02"
                + " ngày làm việc");

    assertThat(rows)
        .extracting(Row::limit)
        .containsExactly(TimeLimit.workingDays(4), TimeLimit.workingDays(2));
    assertThat(rows).extracting(Row::feeReading).containsOnly(FeeReading.NOT_PUBLISHED);
  }
}
