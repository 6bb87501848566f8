package vn.motcua.catalog.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * line that is not UTF-8 or not a JSON object is handed on as unreadable, with the reason.
 *
 * <p>Lines are split as bytes and decoded only when read: a scoped import (the demo's) looks at a
 * line's field name in its bytes and skips the lines of other fields without decoding or parsing
 * them, which keeps the demo's start fast. A line longer than {@link #LONGEST_LINE} bytes is
 * refused unread, so that no file, however inflated, fills the memory.
 */
final class NationalExport {

  /** Ten times the longest record of the national catalogue. */
  static final int LONGEST_LINE = 1 << 20;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int GZIP_MAGIC = 0x8b1f;
  private static final byte[] FIELD_KEY = "\"linh_vuc\": \"".getBytes(StandardCharsets.UTF_8);

  private final NationalImport into;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[1 << 16];
  private int length;
  private boolean overlong;
  private int number;

  private NationalExport(NationalImport into) {
    this.into = into;
  }

  static void read(InputStream export, NationalImport into) throws IOException {
    new NationalExport(into).read(export);
  }

  private void read(InputStream export) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(export, 1 << 16);
    buffered.mark(2);
    int magic = buffered.read() | buffered.read() << 8;
    buffered.reset();
    InputStream bytes = magic == GZIP_MAGIC ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    byte[] chunk = new byte[1 << 16];
    for (int read = bytes.read(chunk); read >= 0; read = bytes.read(chunk)) {
      int start = 0;
      for (int i = 0; i < read; i++) {
        if (chunk[i] == '\n') {
          append(chunk, start, i - start);
          endLine();
          start = i + 1;
        }
      }
      append(chunk, start, read - start);
    }
    if (length > 0 || overlong) {
      endLine();
    }
  }

  private void append(byte[] bytes, int from, int count) {
    if (overlong || count == 0) {
      return;
    }
    if (length + count > LONGEST_LINE) {
      overlong = true;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(bytes, from, line, length, count);
    length += count;
  }

  private void endLine() {
    number++;
    if (overlong) {
      into.unreadable(number, "longer than " + LONGEST_LINE + " bytes");
    } else {
      int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
      readLine(end);
    }
    length = 0;
    overlong = false;
  }

  private void readLine(int end) {
    String field = rawField(end);
    if (field != null && !into.mayBeInScope(field)) {
      return;
    }
    String text;
    try {
      text = decode(0, end);
    } catch (CharacterCodingException e) {
      into.unreadable(number, "not UTF-8 text");
      return;
    }
    if (text.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
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
   * The line's field name, read from its bytes when it is written plainly (no escapes); {@code
   * null} otherwise, and then the line is parsed.
   */
  private @Nullable String rawField(int end) {
    int key = indexOf(FIELD_KEY, end);
    if (key < 0) {
      return null;
    }
    int start = key + FIELD_KEY.length;
    for (int i = start; i < end; i++) {
      if (line[i] == '\\') {
        return null;
      }
      if (line[i] == '"') {
        try {
          return decode(start, i);
        } catch (CharacterCodingException e) {
          return null;
        }
      }
    }
    return null;
  }

  private int indexOf(byte[] key, int end) {
    outer:
    for (int i = 0; i <= end - key.length; i++) {
      for (int j = 0; j < key.length; j++) {
        if (line[i + j] != key[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private String decode(int from, int to) throws CharacterCodingException {
    return utf8.decode(ByteBuffer.wrap(line, from, to - from)).toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }
}
