package vn.motcua.organization.internal.units;

import java.util.Optional;
import vn.motcua.organization.SuccessionKind;
import vn.motcua.shared.VietnameseText;

/**
 * Reads the conversion table's note (Ghi chú) as a kind of succession. The notes are typed by hand
 * ("Nhập một phần", "Nhâp một phần diện tích", "Nhập một phần", "Sắp xếp toàn bộ huyện … thành đặc
 * khu …", "Đổi tên"), so they are compared without diacritics and with single spaces; a part wins
 * over a whole ("Nhập một phần diện tích, toàn bộ dân số" moved only part of the territory).
 */
final class SuccessionNotes {

  private SuccessionNotes() {}

  static Optional<SuccessionKind> kindOf(String note) {
    String key = VietnameseText.fold(note);
    if (key.contains("mot phan") || key.contains("phan con lai")) {
      return Optional.of(SuccessionKind.PARTIAL);
    }
    if (key.contains("toan bo")) {
      return Optional.of(SuccessionKind.WHOLE);
    }
    if (key.contains("giu nguyen")
        || key.startsWith("doi ten")
        || key.startsWith("doi loai hinh")) {
      return Optional.of(SuccessionKind.UNCHANGED);
    }
    return Optional.empty();
  }
}
