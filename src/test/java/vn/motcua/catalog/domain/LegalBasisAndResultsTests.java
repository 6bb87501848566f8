package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "Căn cứ pháp lý" and "Kết quả thực hiện" cells of real records. */
class LegalBasisAndResultsTests {

  @Test
  void eachLegalDocumentGetsItsOwnLineWithItsNumber() {
    // 1.001193 (beginning)
    assertThat(
            LegalBasis.documents(
                "Tên văn bản pháp lýMã văn bảnThông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền"
                    + " quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung"
                    + " ương85/2019/TT-BTCNghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ"
                    + " quy định chi tiết một số điều và biện pháp thi hành Luật Hộ"
                    + " tịch123/2015/NĐ-CPNghị quyết số 66.7/2025/NQ-CP của Chính phủ66.7/2025/NQ-CP"))
        .containsExactly(
            "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân"
                + " tỉnh, thành phố trực thuộc Trung ương (85/2019/TT-BTC)",
            "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số"
                + " điều và biện pháp thi hành Luật Hộ tịch",
            "Nghị quyết số 66.7/2025/NQ-CP của Chính phủ");
  }

  @Test
  void aNumberRepeatedRightAfterTheSameNumberInTheTitleIsSplitWhereTheTitleEnds() {
    // 1.007881 and 1.010736
    assertThat(
            LegalBasis.documents(
                "Tên văn bản pháp lýMã văn bảnNghị định 08/2015/NĐ-CP08/2015/NĐ-CPLuật"
                    + " 54/2014/QH1354/2014/QH13Quy định về thủ tục hải quan.38/2015/TT-BTC"))
        .containsExactly(
            "Nghị định 08/2015/NĐ-CP",
            "Luật 54/2014/QH13",
            "Quy định về thủ tục hải quan. (38/2015/TT-BTC)");
    assertThat(
            LegalBasis.documents(
                "Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 202072/2020/QH14"
                    + "Quyết định 19/2018/QĐ-TTg19/2018/QĐ-TTg"))
        .containsExactly(
            "Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020",
            "Quyết định 19/2018/QĐ-TTg");
  }

  @Test
  void resultDocumentsKeepTheirCodesAndLoseThePortalWidgets() {
    // 1.001193 and 1.000111
    assertThat(
            Results.documents(
                "Giấy khai sinhMã: KQ.G15.000031Từ khóaKhông có thông tinMô tảKhông có thông"
                    + " tinChọn cơ quan thực hiệnTỉnh/ Thành phốBộ ngành-- Chọn Tỉnh/ Thành phố"
                    + " --Nộp hồ sơ"))
        .containsExactly("Giấy khai sinh (KQ.G15.000031)");
    assertThat(
            Results.documents(
                "Văn bản xác nhận đăng ký thay đổi khoản vay nước ngoàiMã: KQ.G19.000185Văn bản từ"
                    + " chối xác nhận đăng ký thay đổi khoản vay nước ngoàiMã: G19-KQ006098Từ"
                    + " khóaKhông có thông tin"))
        .containsExactly(
            "Văn bản xác nhận đăng ký thay đổi khoản vay nước ngoài (KQ.G19.000185)",
            "Văn bản từ chối xác nhận đăng ký thay đổi khoản vay nước ngoài (G19-KQ006098)");
    assertThat(Results.documents("Bản sao được chứng thực"))
        .containsExactly("Bản sao được chứng thực");
  }
}
