package vn.motcua.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One procedure as the national catalogue export holds it (one JSON object per line, field names of
 * the scraper in brackets), before any reading. Absent fields are empty strings.
 *
 * @param code [ma_thu_tuc]
 * @param name [ten_thu_tuc]
 * @param decision [so_quyet_dinh]
 * @param levels [cap_thuc_hien], e.g. "Cấp tỉnh, Cấp xã"
 * @param kind [loai_thu_tuc]
 * @param field [linh_vuc]
 * @param subjects [doi_tuong_thuc_hien]
 * @param competentAgency [co_quan_co_tham_quyen]
 * @param executingAgency [co_quan_thuc_hien]
 * @param receivingAddress [dia_chi_tiep_nhan]
 * @param steps [trinh_tu_thuc_hien]
 * @param channels [cach_thuc_thuc_hien], a flattened table
 * @param components [thanh_phan_ho_so], a flattened table
 * @param legalBasis [can_cu_phap_ly], a flattened table
 * @param conditions [yeu_cau_dieu_kien]
 * @param results [ket_qua_xu_ly]
 * @param detailUrl [detail_url]
 */
public record NationalRecord(
    String code,
    String name,
    String decision,
    String levels,
    String kind,
    String field,
    String subjects,
    String competentAgency,
    String executingAgency,
    String receivingAddress,
    String steps,
    String channels,
    String components,
    String legalBasis,
    String conditions,
    String results,
    String detailUrl) {

  /**
   * A digest of everything in the record and of the reader's version: a record with the same
   * fingerprint as the stored procedure is unchanged and is not written again. Bump {@code
   * readerVersion} when the reading changes, so that a re-import reads every record anew.
   */
  public String fingerprint(int readerVersion) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(Integer.toString(readerVersion).getBytes(StandardCharsets.UTF_8));
      for (String value :
          List.of(
              code,
              name,
              decision,
              levels,
              kind,
              field,
              subjects,
              competentAgency,
              executingAgency,
              receivingAddress,
              steps,
              channels,
              components,
              legalBasis,
              conditions,
              results,
              detailUrl)) {
        digest.update((byte) 0);
        digest.update(value.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
