package vn.motcua.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Căn cứ pháp lý" table of a scraped record into one line per legal document. The cells
 * (title, then document number) were concatenated without separators, and titles often contain the
 * number too: "Luật 60/2014/QH1360/2014/QH13Thông tư …". A document ends where a document number
 * ends right before a capitalised word (the next title: a capital, then a small letter) or the end
 * of the table; its number is the longest number at its end that its title also mentions, or else
 * the longest that does not start inside another number.
 */
final class LegalBasis {

  static final String HEADER = "Tên văn bản pháp lýMã văn bản";

  /**
   * "85/2019/TT-BTC", "66.7/2025/NQ-CP", "60/2014/QH13", "19/2018/QĐ-TTg": issuers are capitals,
   * except the Prime Minister's "TTg".
   */
  private static final String NUMBER =
      "\\d{1,4}(?:\\.\\d{1,3})?/\\d{4}/(?:TTg|[A-ZĐ]+)\\d*(?:-(?:TTg|[A-ZĐ]+)\\d*)*";

  /** No document number is longer; numbers are looked for only this far from an entry's end. */
  private static final int LONGEST_NUMBER = 40;

  private static final Pattern DOCUMENT_END =
      Pattern.compile(NUMBER + "(?!Tg(?!\\p{Ll}))(?=\\p{Lu}\\p{Ll}|$)");
  private static final Pattern WHOLE_NUMBER = Pattern.compile(NUMBER);

  private LegalBasis() {}

  /** One line per document: its title, followed by its number when the title does not say it. */
  static List<String> documents(String table) {
    String text = Texts.line(table.startsWith(HEADER) ? table.substring(HEADER.length()) : table);
    List<String> documents = new ArrayList<>();
    Matcher end = DOCUMENT_END.matcher(text);
    int start = 0;
    while (end.find()) {
      documents.add(document(text.substring(start, end.end())));
      start = end.end();
    }
    String rest = text.substring(start).strip();
    if (!rest.isEmpty()) {
      documents.add(rest);
    }
    return documents;
  }

  private static String document(String entry) {
    int numberStart = numberStart(entry);
    String title = entry.substring(0, numberStart).strip();
    String number = entry.substring(numberStart);
    if (title.isEmpty()) {
      return number;
    }
    return title.contains(number) ? title : title + " (" + number + ")";
  }

  private static int numberStart(String entry) {
    int mentioned = -1;
    int separate = -1;
    Matcher number = WHOLE_NUMBER.matcher(entry);
    for (int s = entry.length() - 1; s >= Math.max(0, entry.length() - LONGEST_NUMBER); s--) {
      if (!Character.isDigit(entry.charAt(s)) || !number.region(s, entry.length()).matches()) {
        continue;
      }
      String candidate = entry.substring(s);
      if (entry.lastIndexOf(candidate, s - candidate.length()) >= 0) {
        mentioned = s;
      }
      if (s == 0 || !Character.isDigit(entry.charAt(s - 1))) {
        separate = s;
      }
    }
    return mentioned >= 0 ? mentioned : Math.max(separate, 0);
  }
}
