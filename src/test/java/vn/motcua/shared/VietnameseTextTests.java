package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTests {

  @Test
  void foldStripsTonesAndVowelMarks() {
    assertThat(VietnameseText.fold("Xác nhận tình trạng hôn nhân"))
        .isEqualTo("xac nhan tinh trang hon nhan");
  }

  @Test
  void foldMapsDStrokeToD() {
    assertThat(VietnameseText.fold("Đăng ký đất đai")).isEqualTo("dang ky dat dai");
  }

  @Test
  void foldCollapsesWhitespace() {
    assertThat(VietnameseText.fold("  Hộ   tịch\t\n")).isEqualTo("ho tich");
  }

  @Test
  void foldTreatsComposedAndDecomposedAlike() {
    String composed = "Chứng thực";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed));
  }

  @Test
  void nfcComposesDecomposedText() {
    String decomposed = Normalizer.normalize("Hộ tịch", Normalizer.Form.NFD);
    assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Hộ tịch").hasSize(7);
  }

  @Test
  void slugIsAStableAsciiKey() {
    assertThat(VietnameseText.slug("Hộ tịch")).isEqualTo("ho-tich");
    assertThat(VietnameseText.slug("Đất đai")).isEqualTo("dat-dai");
    assertThat(VietnameseText.slug(" Thành lập và hoạt động của doanh nghiệp (HKD) "))
        .isEqualTo("thanh-lap-va-hoat-dong-cua-doanh-nghiep-hkd");
  }

  @Test
  void unaccentedKeepsCaseSpacingAndLineBreaks() {
    assertThat(VietnameseText.unaccented("Hồ sơ ĐÃ được tiếp nhận.\nHẹn trả: 14:30"))
        .isEqualTo("Ho so DA duoc tiep nhan.\nHen tra: 14:30");
  }
}
