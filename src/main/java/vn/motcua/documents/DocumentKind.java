package vn.motcua.documents;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The forms printed for a dossier, with their name in the API ({@code receipt}, …) and their number
 * (Circular 01/2018 with the changes of Circular 03/2025). The control slip has no number.
 */
public enum DocumentKind {
  /** Mẫu 01: giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
  RECEIPT("receipt", "01"),
  /** Mẫu 02: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
  SUPPLEMENT_REQUEST("supplement-request", "02"),
  /** Mẫu 03: phiếu từ chối tiếp nhận giải quyết hồ sơ. */
  REFUSAL("refusal", "03"),
  /** Mẫu 04: phiếu xin lỗi và hẹn lại ngày trả kết quả. */
  APOLOGY("apology", "04"),
  /** Mẫu 05: thông báo dừng xử lý hồ sơ. */
  STOP_NOTICE("stop-notice", "05"),
  /** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
  CONTROL_SLIP("control-slip", null);

  private final String slug;
  private final @Nullable String number;

  DocumentKind(String slug, @Nullable String number) {
    this.slug = slug;
    this.number = number;
  }

  /** The name in the API and the template's name under {@code templates/documents/}. */
  public String slug() {
    return slug;
  }

  public @Nullable String number() {
    return number;
  }

  public static Optional<DocumentKind> ofSlug(String slug) {
    return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
  }
}
