package vn.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalog.ComponentGroup;
import vn.motcua.catalog.RequiredComponent;

/**
 * Reads the "Thành phần hồ sơ" table of a scraped record. Each group of components starts with its
 * heading and the column headers glued together ("* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố
 * lượng"); each row is the component's name, the file name of its form if it has one, and the
 * quantity ("1 bản chính", "0 bản chính,1 bản sao", "1 bản chụp"), all without separators. The
 * quantity ends a row, so the text between two quantities is one component; the text after a
 * group's last quantity is the next group's heading.
 *
 * <p>Where the name ends and the form's file name begins is not marked either ("…ban hành kèm theo
 * Thông tư số 26/2025/TT-BNNMTMẫu số 03.docx"): the file name is taken to start at the last place
 * before its extension where a sentence ends and a word starts, where a lower-case letter runs into
 * a capital, or where one of the words form files are named with ("Mẫu", "Phụ lục", "TK" …) is
 * glued to the text before it. It is a heuristic; the published text is never lost, only split.
 */
final class ComponentTable {

  static final String HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

  private static final Pattern GROUP_HEADER = Pattern.compile(Pattern.quote(HEADER));
  private static final Pattern HEADING_MARKS = Pattern.compile("^[-*+:\\s]+|[-*+:\\s]+$");
  private static final Pattern BULLET = Pattern.compile("^[-+*•]\\s*");
  private static final Pattern QUANTITY =
      Pattern.compile("(\\d+) bản chính(?:,\\s?(\\d+) bản sao)?|(\\d+) bản (chụp|sao)");
  private static final Pattern FORM_FILE =
      Pattern.compile("\\.(?:docx|doc|pdf|xlsx|xls)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENDS_WITH_FORM_FILE =
      Pattern.compile("\\.(?:docx|doc|pdf|xlsx|xls)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CERTIFIED_COPY =
      Pattern.compile("bản sao (?:có |được )?chứng thực", Pattern.CASE_INSENSITIVE);
  private static final List<String> FORM_WORDS =
      List.of("Mẫu", "mẫu", "Mau", "mau", "Phụ lục", "Phu luc", "PL", "Phlc", "Mus", "TK", "TPHS");

  /**
   * The groups, and the texts at the end of the table that no quantity closed (kept as components
   * without quantities, and reported).
   */
  record Read(List<ComponentGroup> groups, List<String> unquantified) {}

  private ComponentTable() {}

  static Read read(String table) {
    String[] parts = GROUP_HEADER.split(table, -1);
    List<ComponentGroup> groups = new ArrayList<>();
    List<String> unquantified = new ArrayList<>();
    int position = 1;
    String title = parts.length == 1 ? "" : heading(parts[0]);
    for (int p = parts.length == 1 ? 0 : 1; p < parts.length; p++) {
      List<RequiredComponent> components = new ArrayList<>();
      Matcher quantity = QUANTITY.matcher(parts[p]);
      int rowStart = 0;
      while (quantity.find()) {
        String row = parts[p].substring(rowStart, quantity.start());
        components.add(component(position++, row, quantity));
        rowStart = quantity.end();
      }
      String tail = parts[p].substring(rowStart);
      boolean last = p == parts.length - 1;
      if (last && !Texts.line(tail).isEmpty()) {
        unquantified.add(Texts.line(tail));
        components.add(component(position++, tail, null));
      }
      if (!components.isEmpty()) {
        groups.add(new ComponentGroup(title, components));
      }
      title = last ? "" : heading(tail);
    }
    return new Read(groups, unquantified);
  }

  /** "* Giấy tờ phải nộp:" → "Giấy tờ phải nộp"; "--" → "". */
  private static String heading(String text) {
    return HEADING_MARKS.matcher(Texts.line(text)).replaceAll("");
  }

  private static RequiredComponent component(int position, String row, @Nullable Matcher quantity) {
    String text = BULLET.matcher(Texts.line(row)).replaceFirst("");
    String template = null;
    if (ENDS_WITH_FORM_FILE.matcher(text).find()) {
      int start = formFileStart(text);
      template = separateFiles(text.substring(start));
      text = text.substring(0, start).strip();
      if (text.isEmpty()) {
        text = template;
      }
    }
    int originals = 0;
    int copies = 0;
    if (quantity != null) {
      if (quantity.group(1) != null) {
        originals = Integer.parseInt(quantity.group(1));
        copies = quantity.group(2) == null ? 0 : Integer.parseInt(quantity.group(2));
      } else {
        copies = Integer.parseInt(quantity.group(3));
      }
    }
    boolean certified = copies > 0 && CERTIFIED_COPY.matcher(text).find();
    return new RequiredComponent(
        position, text, originals, certified ? copies : 0, certified ? 0 : copies, template);
  }

  private static int formFileStart(String text) {
    Matcher extension = FORM_FILE.matcher(text);
    int end = extension.find() ? extension.start() : text.length();
    for (int i = end - 1; i > 0; i--) {
      char before = text.charAt(i - 1);
      char at = text.charAt(i);
      if (".;:)".indexOf(before) >= 0 && Character.isLetter(at)
          || Character.isLowerCase(before) && Character.isUpperCase(at)
          || !Character.isWhitespace(before) && startsFormWord(text, i)) {
        return i;
      }
    }
    return 0;
  }

  private static boolean startsFormWord(String text, int at) {
    return FORM_WORDS.stream().anyMatch(word -> text.startsWith(word, at));
  }

  /** "Mus01.docxPhlcIV.docx" → "Mus01.docx; PhlcIV.docx". */
  private static String separateFiles(String files) {
    Matcher extension = FORM_FILE.matcher(files);
    StringBuilder separated = new StringBuilder();
    int from = 0;
    while (extension.find()) {
      if (extension.end() < files.length()) {
        separated.append(files, from, extension.end()).append("; ");
        from = extension.end();
      }
    }
    return separated.append(files.substring(from)).toString();
  }
}
