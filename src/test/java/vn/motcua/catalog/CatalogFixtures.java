package vn.motcua.catalog;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.Organization;

/**
 * Data of the catalogue's integration tests, unique per test so that tests sharing the database do
 * not see each other's: procedure codes under 9.xxxxxx (the national catalogue has none), agencies
 * with codes under TEST.
 */
public final class CatalogFixtures {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public static final Actor TESTER = new Actor("tester", "127.0.0.1");

  private CatalogFixtures() {}

  /** A procedure code no other test uses. */
  public static String uniqueCode() {
    return "9." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  /** An agency of its own, below no other. */
  public static long newAgency(Organization organization, String name, AgencyKind kind) {
    String code = "TEST." + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
    return organization.register(
        new NewAgency(new AgencyCode(code), name, kind, null, "Số 1, phường Thử", null, null));
  }

  /** One line of an export as the scraper writes it. */
  public static String record(String code, String name, String field, String channels) {
    Map<String, String> record = new LinkedHashMap<>();
    record.put("ma_thu_tuc", code);
    record.put("ten_thu_tuc", name);
    record.put("so_quyet_dinh", "1/QĐ-TEST");
    record.put("cap_thuc_hien", "Cấp xã");
    record.put("loai_thu_tuc", "TTHC được giao luật quy định chi tiết");
    record.put("linh_vuc", field);
    record.put("doi_tuong_thuc_hien", "Công dân Việt Nam");
    record.put("co_quan_thuc_hien", "Ủy ban Nhân dân xã, phường, thị trấn.");
    record.put("trinh_tu_thuc_hien", "Bước 1: nộp hồ sơ.\nBước 2: nhận kết quả.");
    record.put("cach_thuc_thuc_hien", "Hình thức nộpThời gianPhí, lệ phíMô tả" + channels);
    record.put(
        "thanh_phan_ho_so",
        "* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai theo mẫuTK01.docx1 bản"
            + " chínhBản sao có chứng thực giấy tờ tùy thân0 bản chính,1 bản sao");
    record.put("can_cu_phap_ly", "Tên văn bản pháp lýMã văn bảnLuật Hộ tịch60/2014/QH13");
    record.put("yeu_cau_dieu_kien", "Không có thông tin");
    record.put("ket_qua_xu_ly", "Giấy xác nhậnMã: KQ.G15.000999Từ khóaKhông có thông tin");
    record.put("detail_url", "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/test");
    return JSON.writeValueAsString(record);
  }

  public static InputStream export(List<String> lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }
}
