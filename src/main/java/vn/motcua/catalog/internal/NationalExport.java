package vn.motcua.catalog.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.domain.NationalImport;
import vn.motcua.catalog.domain.NationalRecord;

/**
 * Reads an export of the national catalogue: JSON Lines (one procedure object per line, the
 * scraper's field names), UTF-8, optionally gzip-compressed (recognised by its magic number). A
 * line that is not a JSON object is handed on as unreadable, with the parser's message.
 */
final class NationalExport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int GZIP_MAGIC = 0x8b1f;
  private static final String FIELD_KEY = "\"linh_vuc\": \"";

  private NationalExport() {}

  static void read(InputStream export, NationalImport into) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(export);
    buffered.mark(2);
    int magic = buffered.read() | buffered.read() << 8;
    buffered.reset();
    InputStream bytes = magic == GZIP_MAGIC ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                bytes,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (!line.isBlank()) {
          read(number, line, into);
        }
      }
    } catch (CharacterCodingException e) {
      into.unreadable(number + 1, "not UTF-8 text");
    }
  }

  private static void read(int number, String line, NationalImport into) {
    String field = rawField(line);
    if (field != null && !into.mayBeInScope(field)) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      into.unreadable(number, e.getOriginalMessage());
      return;
    }
    if (!node.isObject()) {
      into.unreadable(number, "not a JSON object");
      return;
    }
    into.add(
        number,
        new NationalRecord(
            text(node, "ma_thu_tuc"),
            text(node, "ten_thu_tuc"),
            text(node, "so_quyet_dinh"),
            text(node, "cap_thuc_hien"),
            text(node, "loai_thu_tuc"),
            text(node, "linh_vuc"),
            text(node, "doi_tuong_thuc_hien"),
            text(node, "co_quan_co_tham_quyen"),
            text(node, "co_quan_thuc_hien"),
            text(node, "dia_chi_tiep_nhan"),
            text(node, "trinh_tu_thuc_hien"),
            text(node, "cach_thuc_thuc_hien"),
            text(node, "thanh_phan_ho_so"),
            text(node, "can_cu_phap_ly"),
            text(node, "yeu_cau_dieu_kien"),
            text(node, "ket_qua_xu_ly"),
            text(node, "detail_url")));
  }

  /**
   * The field name of a line without parsing it as JSON, when it is written plainly (no escapes),
   * so that a scoped import skips the records of other fields cheaply; {@code null} otherwise.
   */
  private static @Nullable String rawField(String line) {
    int start = line.indexOf(FIELD_KEY);
    if (start < 0) {
      return null;
    }
    start += FIELD_KEY.length();
    int end = line.indexOf('"', start);
    String value = end < 0 ? null : line.substring(start, end);
    return value == null || value.indexOf('\\') >= 0 ? null : value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }
}
