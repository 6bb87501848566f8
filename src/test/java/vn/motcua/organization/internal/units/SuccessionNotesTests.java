package vn.motcua.organization.internal.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.organization.SuccessionKind;

class SuccessionNotesTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Nhập toàn bộ | WHOLE",
        "Nhập toàn bộ diện tích | WHOLE",
        "Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo | WHOLE",
        "Nhập một phần | PARTIAL",
        "Nhập một  phần | PARTIAL",
        "Nhâp một phần diện tích | PARTIAL",
        "Nhập một phần diện tích, toàn bộ dân số | PARTIAL",
        "Phần còn lại sau khi tách một phần vào xã Canh Vinh | PARTIAL",
        "Đổi tên từ một phần Phường 15 | PARTIAL",
        "Giữ nguyên  | UNCHANGED",
        "Đổi tên | UNCHANGED",
        "Đổi loại hình | UNCHANGED"
      })
  void handTypedNotesAreReadAsTheKindTheyMean(String note, SuccessionKind kind) {
    assertThat(SuccessionNotes.kindOf(note)).contains(kind);
  }

  @ParameterizedTest
  @CsvSource({"Chưa rõ", "''"})
  void anythingElseIsNotGuessed(String note) {
    assertThat(SuccessionNotes.kindOf(note)).isEmpty();
  }
}
