package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.ImportIssue;
import vn.motcua.catalog.ImportIssue.Kind;
import vn.motcua.catalog.ImportScope;
import vn.motcua.catalog.Procedure;

/** Whole records: what a procedure is read into, and which records refuse an import. */
class NationalImportTests {

  /**
   * 1.001193 as the export holds it (shortened), with a name in NFD as the portal sometimes has.
   */
  static Builder birthRegistration() {
    return record("1.001193", "Thu\u0309 tu\u0323c đăng ky\u0301 khai sinh", "Hộ tịch")
        .withChannels(
            "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến1Miễn phíDịch vụ bưu chính1Miễn"
                + " phíTrực tiếp1Miễn phí");
  }

  static Builder record(String code, String name, String field) {
    return new Builder(code, name, field);
  }

  /** A record with only what a test needs. */
  record Builder(String code, String name, String field, String channels) {
    Builder(String code, String name, String field) {
      this(code, name, field, "");
    }

    Builder withChannels(String table) {
      return new Builder(code, name, field, table);
    }

    NationalRecord toRecord() {
      return new NationalRecord(
          code,
          name,
          "163/QĐ-BTP",
          "Cấp xã",
          "TTHC được giao luật quy định chi tiết",
          field,
          "Công dân Việt Nam",
          "",
          "Ủy ban Nhân dân xã, phường, thị trấn.",
          "",
          "Bước 1\nBước 2",
          channels,
          "* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai1 bản chính",
          "Tên văn bản pháp lýMã văn bảnLuật Hộ tịch60/2014/QH13",
          "Không có thông tin",
          "Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tin",
          "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd");
    }
  }

  @Test
  void aRecordIsReadIntoAProcedureInNfcWithItsBareNumberNoted() {
    NationalImport reading = new NationalImport(ImportScope.WHOLE);

    reading.add(1, birthRegistration().toRecord());

    assertThat(reading.refused()).isFalse();
    Procedure procedure = reading.procedures().getFirst().procedure();
    assertThat(procedure.name()).isEqualTo("Thủ tục đăng ký khai sinh");
    assertThat(procedure.field().code()).isEqualTo("ho-tich");
    assertThat(procedure.timeLimit(Channel.IN_PERSON)).contains(TimeLimit.workingDays(1));
    assertThat(procedure.fees()).containsExactly(new Fee(0L, ""));
    assertThat(procedure.legalBasis()).isEqualTo("Luật Hộ tịch (60/2014/QH13)");
    assertThat(procedure.result()).isEqualTo("Giấy khai sinh (KQ.G15.000031)");
    assertThat(procedure.conditions()).isEmpty();
    assertThat(procedure.components()).singleElement().extracting("name").isEqualTo("Tờ khai");
    assertThat(reading.issues())
        .extracting(ImportIssue::kind, ImportIssue::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.BARE_NUMBER_TIME_LIMIT, "1"));
  }

  @Test
  void aProcedureWithoutAnyTimeLimitIsImportedWithAWarning() {
    NationalImport reading = new NationalImport(ImportScope.WHOLE);

    reading.add(
        1,
        record("2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực")
            .withChannels("Trực tiếpKhông có thông tin2,000 Việt Nam Đồng(/trang)")
            .toRecord());

    assertThat(reading.refused()).isFalse();
    assertThat(reading.procedures().getFirst().procedure().hasTimeLimit()).isFalse();
    assertThat(reading.issues())
        .extracting(ImportIssue::kind, ImportIssue::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Kind.NO_TIME_LIMIT, "Trực tiếp: Không có thông tin"));
  }

  @Test
  void severalLimitsOfOneChannelGiveTheLargestAndAWarning() {
    NationalImport reading = new NationalImport(ImportScope.WHOLE);

    reading.add(
        1,
        record("1.001623", "Cấp lại Giấy phép", "Đường thủy nội địa")
            .withChannels(
                "Trực tiếp4 Ngày làm việcKhông có thông tinTrực tiếp2 Ngày làm việcKhông có thông"
                    + " tin")
            .toRecord());

    assertThat(reading.procedures().getFirst().procedure().timeLimit(Channel.IN_PERSON))
        .contains(TimeLimit.workingDays(4));
    assertThat(reading.issues())
        .extracting(ImportIssue::kind)
        .containsExactly(Kind.SEVERAL_TIME_LIMITS);
    assertThat(reading.issues().getFirst().detail())
        .isEqualTo("Trực tiếp: 4 Ngày làm việc; 2 Ngày làm việc");
  }

  @Test
  void brokenRecordsRefuseTheImportWithASpecificReasonEach() {
    NationalImport reading = new NationalImport(ImportScope.WHOLE);

    reading.add(1, birthRegistration().toRecord());
    reading.add(2, record("", "Không mã", "Hộ tịch").toRecord());
    reading.add(3, record("1.00119", "Mã sai", "Hộ tịch").toRecord());
    reading.add(4, record("1.000656", "", "Hộ tịch").toRecord());
    reading.add(5, record("1.000657", "Không lĩnh vực", " ").toRecord());
    reading.add(6, birthRegistration().toRecord());
    reading.unreadable(7, "Unexpected end-of-input");

    assertThat(reading.refused()).isTrue();
    assertThat(reading.issues())
        .filteredOn(ImportIssue::refuses)
        .extracting(ImportIssue::line, ImportIssue::kind, ImportIssue::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, Kind.MISSING_CODE, "Không mã"),
            org.assertj.core.groups.Tuple.tuple(3, Kind.MALFORMED_CODE, "1.00119"),
            org.assertj.core.groups.Tuple.tuple(4, Kind.MISSING_NAME, "1.000656"),
            org.assertj.core.groups.Tuple.tuple(5, Kind.MISSING_FIELD, ""),
            org.assertj.core.groups.Tuple.tuple(6, Kind.DUPLICATE_CODE, "1"),
            org.assertj.core.groups.Tuple.tuple(
                7, Kind.UNREADABLE_LINE, "Unexpected end-of-input"));
  }

  @Test
  void aScopedImportReadsOnlyTheRecordsOfItsFieldsAndLevel() {
    NationalImport reading = new NationalImport(new ImportScope("cap-xa", Set.of("ho-tich")));

    reading.add(1, birthRegistration().toRecord());
    reading.add(2, record("2.000815", "Chứng thực bản sao", "Chứng thực").toRecord());

    assertThat(reading.procedures())
        .extracting(ImportedProcedure::code)
        .containsExactly("1.001193");
    assertThat(reading.records()).isEqualTo(1);
    assertThat(reading.mayBeInScope("Chứng thực")).isFalse();
    assertThat(reading.mayBeInScope("Ho\u0302\u0323 ti\u0323ch")).isTrue();
  }

  @Test
  void theFingerprintChangesWithTheRecordAndNotOtherwise() {
    NationalRecord record = birthRegistration().toRecord();

    assertThat(record.fingerprint(1)).isEqualTo(birthRegistration().toRecord().fingerprint(1));
    assertThat(record.fingerprint(1))
        .isNotEqualTo(
            birthRegistration().withChannels("Trực tiếp2Miễn phí").toRecord().fingerprint(1))
        .isNotEqualTo(record.fingerprint(2));
  }
}
