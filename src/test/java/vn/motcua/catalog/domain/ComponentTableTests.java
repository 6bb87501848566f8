package vn.motcua.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.ComponentGroup;
import vn.motcua.catalog.RequiredComponent;

/** The "Thành phần hồ sơ" cells of real records of the national catalogue. */
class ComponentTableTests {

  @Test
  void groupsAreSplitAtTheirHeadingsAndRowsAtTheirQuantities() {
    // 1.001193 Thủ tục đăng ký khai sinh (shortened)
    ComponentTable.Read read =
        ComponentTable.read(
            "* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Trường hợp trẻ em bị bỏ rơi"
                + " thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.1 bản"
                + " chính- Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của"
                + " người làm chứng xác nhận về việc sinh.1 bản chính* Giấy tờ phải xuất trình:Tên"
                + " giấy tờMẫu đơn, tờ khaiSố lượng- Trường hợp gửi hồ sơ qua hệ thống bưu chính"
                + " thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu"
                + " trên.0 bản chính");

    assertThat(read.groups())
        .extracting(ComponentGroup::title)
        .containsExactly("Giấy tờ phải nộp", "Giấy tờ phải xuất trình");
    List<RequiredComponent> submitted = read.groups().get(0).components();
    assertThat(submitted)
        .extracting(RequiredComponent::position, RequiredComponent::originals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(2, 1));
    assertThat(submitted.get(1).name()).startsWith("Giấy chứng sinh;").endsWith("về việc sinh.");
    assertThat(read.groups().get(1).components().getFirst().position()).isEqualTo(3);
    assertThat(read.unquantified()).isEmpty();
  }

  @Test
  void originalsAndCopiesAreCountedAndCertifiedCopiesToldApart() {
    ComponentTable.Read read =
        ComponentTable.read(
            "--Tên giấy tờMẫu đơn, tờ khaiSố lượng- Bản sao hồ sơ lâm sản nhập khẩu;0 bản chính,1"
                + " bản sao- Bản sao có chứng thực Giấy chứng nhận đăng ký doanh nghiệp0 bản chính,1"
                + " bản sao- Tỷ lệ bản đồ 1:5.000 do chủ rừng quyết định...1 bản chính,1 bản sao-"
                + " Ảnh chụp hiện trạng2 bản chụp");

    assertThat(read.groups().getFirst().title()).isEmpty();
    assertThat(read.groups().getFirst().components())
        .extracting(
            RequiredComponent::originals,
            RequiredComponent::certifiedCopies,
            RequiredComponent::copies)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 0, 1),
            org.assertj.core.groups.Tuple.tuple(0, 1, 0),
            org.assertj.core.groups.Tuple.tuple(1, 0, 1),
            org.assertj.core.groups.Tuple.tuple(0, 0, 2));
  }

  @Test
  void formFilesGluedToTheNameAreSplitOff() {
    // 1.000045, 1.000055 and 1.000302
    ComponentTable.Read read =
        ComponentTable.read(
            "--Tên giấy tờMẫu đơn, tờ khaiSố lượng- Bản chính Sổ theo dõi theo Mẫu số 29 Phụ lục II"
                + " ban hành kèm theo Thông tư số 85/2025/TT-BNNMT.Mẫu số 29.docx1 bản chínhBản"
                + " chính Đơn đề nghị xác nhận Bảng kê lâm sản theo Mẫu số 03 Phụ lục II ban hành"
                + " kèm theo Thông tư số 26/2025/TT-BNNMTMẫu số 03.docx1 bản chính- Phương án quản"
                + " lý rừng bền vững theo Mẫu số 01 Phụ lục III và Phụ lục IV ban hành kèm theo"
                + " Thông tư số 16/2025/TT-BNNMT;Mus01.docxPhlcIV.docx1 bản chínhGiấy đề nghị cấp"
                + " Giấy phép vận tải đường bộ quốc tế giữa Việt Nam và Campuchia theo mẫuTK"
                + " 1.000302.docx1 bản chính");

    assertThat(read.groups().getFirst().components())
        .extracting(RequiredComponent::formTemplate)
        .containsExactly(
            "Mẫu số 29.docx", "Mẫu số 03.docx", "Mus01.docx; PhlcIV.docx", "TK 1.000302.docx");
    assertThat(read.groups().getFirst().components())
        .extracting(RequiredComponent::name)
        .containsExactly(
            "Bản chính Sổ theo dõi theo Mẫu số 29 Phụ lục II ban hành kèm theo Thông tư số"
                + " 85/2025/TT-BNNMT.",
            "Bản chính Đơn đề nghị xác nhận Bảng kê lâm sản theo Mẫu số 03 Phụ lục II ban hành kèm"
                + " theo Thông tư số 26/2025/TT-BNNMT",
            "Phương án quản lý rừng bền vững theo Mẫu số 01 Phụ lục III và Phụ lục IV ban hành kèm"
                + " theo Thông tư số 16/2025/TT-BNNMT;",
            "Giấy đề nghị cấp Giấy phép vận tải đường bộ quốc tế giữa Việt Nam và Campuchia theo"
                + " mẫu");
  }

  @Test
  void aLastRowWithoutQuantityIsKeptAndReported() {
    ComponentTable.Read read =
        ComponentTable.read(
            "--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chínhBản vẽ hiện trạng");

    assertThat(read.groups().getFirst().components())
        .extracting(RequiredComponent::name)
        .containsExactly("Đơn đề nghị", "Bản vẽ hiện trạng");
    assertThat(read.groups().getFirst().components().get(1).originals()).isZero();
    assertThat(read.unquantified()).containsExactly("Bản vẽ hiện trạng");
  }

  @Test
  void anEmptyTableHasNoComponents() {
    assertThat(ComponentTable.read("").groups()).isEmpty();
  }
}
