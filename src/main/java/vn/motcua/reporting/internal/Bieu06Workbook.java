package vn.motcua.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Biểu 06 as an Excel workbook: the title, the agency and period, two heading rows (groups, then
 * columns), one row per field and the total, with numbers as numbers so that a spreadsheet can sum
 * them again.
 */
@Component
class Bieu06Workbook {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int HEADING_ROW = 3;

  private final MessageSource messages;

  Bieu06Workbook(MessageSource messages) {
    this.messages = messages;
  }

  byte[] write(Bieu06Report report, Locale locale) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(text("reporting.bieu06.sheet", locale));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      bold.setWrapText(true);
      sheet.createRow(0).createCell(0).setCellValue(text("reporting.bieu06.title", locale));
      sheet.getRow(0).getCell(0).setCellStyle(bold);
      sheet
          .createRow(1)
          .createCell(0)
          .setCellValue(
              messages.getMessage(
                  "reporting.bieu06.heading",
                  new Object[] {
                    report.agency().name(), DATE.format(report.from()), DATE.format(report.to())
                  },
                  locale));
      Row groups = sheet.createRow(HEADING_ROW);
      Row headings = sheet.createRow(HEADING_ROW + 1);
      heading(groups, 0, text("reporting.bieu06.number", locale), bold);
      heading(groups, 1, text("reporting.bieu06.field", locale), bold);
      sheet.addMergedRegion(new CellRangeAddress(HEADING_ROW, HEADING_ROW + 1, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(HEADING_ROW, HEADING_ROW + 1, 1, 1));
      int column = 2;
      int groupStart = column;
      for (int i = 0; i < Bieu06Column.ALL.size(); i++, column++) {
        Bieu06Column current = Bieu06Column.ALL.get(i);
        heading(headings, column, text(current.label(), locale), bold);
        boolean lastOfGroup =
            i + 1 == Bieu06Column.ALL.size()
                || !Bieu06Column.ALL.get(i + 1).group().equals(current.group());
        if (lastOfGroup) {
          heading(groups, groupStart, text(current.groupLabel(), locale), bold);
          if (column > groupStart) {
            sheet.addMergedRegion(
                new CellRangeAddress(HEADING_ROW, HEADING_ROW, groupStart, column));
          }
          groupStart = column + 1;
        }
      }
      int rowIndex = HEADING_ROW + 2;
      int number = 1;
      for (Bieu06Report.Row line : report.rows()) {
        Row row = sheet.createRow(rowIndex++);
        row.createCell(0).setCellValue(number++);
        row.createCell(1).setCellValue(line.fieldName());
        figures(row, line.figures());
      }
      Row total = sheet.createRow(rowIndex);
      total.createCell(1).setCellValue(text("reporting.bieu06.total", locale));
      total.getCell(1).setCellStyle(bold);
      figures(total, report.total());
      sheet.setColumnWidth(1, 40 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void figures(Row row, Bieu06Figures figures) {
    int column = 2;
    for (Bieu06Column each : Bieu06Column.ALL) {
      row.createCell(column++).setCellValue(each.of(figures));
    }
  }

  private static void heading(Row row, int column, String text, CellStyle style) {
    row.createCell(column).setCellValue(text);
    row.getCell(column).setCellStyle(style);
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
