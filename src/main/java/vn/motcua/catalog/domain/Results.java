package vn.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Kết quả thực hiện" section of a scraped record: result documents, each followed by its
 * national result code ("Giấy khai sinhMã: KQ.G15.000031"), then the portal's keyword and search
 * widgets, which are dropped.
 */
final class Results {

  private static final Pattern CODE = Pattern.compile("Mã: ?([A-Z0-9][A-Z0-9.\\-]*\\d)");
  private static final List<String> WIDGETS = List.of("Chọn cơ quan thực hiện", "Từ khóa");

  private Results() {}

  /** One line per result document, "Giấy khai sinh (KQ.G15.000031)". */
  static List<String> documents(String section) {
    String text = Texts.line(section);
    for (String widget : WIDGETS) {
      int at = text.indexOf(widget);
      if (at >= 0) {
        text = text.substring(0, at);
      }
    }
    List<String> documents = new ArrayList<>();
    Matcher code = CODE.matcher(text);
    int start = 0;
    while (code.find()) {
      String name = text.substring(start, code.start()).strip();
      documents.add(name.isEmpty() ? code.group(1) : name + " (" + code.group(1) + ")");
      start = code.end();
    }
    String rest = Texts.published(text.substring(start));
    if (!rest.isEmpty()) {
      documents.add(rest);
    }
    return documents;
  }
}
