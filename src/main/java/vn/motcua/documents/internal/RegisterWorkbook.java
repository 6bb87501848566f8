package vn.motcua.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.motcua.documents.Register;

/**
 * The register as an Excel workbook: a title, the period, then one header row and one row per
 * dossier. Times are real date cells, so the sheet can be sorted and filtered.
 */
public final class RegisterWorkbook {

  /** The columns, as keys of the documents bundle, in the order of the paper register. */
  public static final List<String> COLUMNS =
      List.of(
          "sequence",
          "code",
          "procedure",
          "applicant",
          "addressAndPhone",
          "leadAgency",
          "received",
          "appointment",
          "returned",
          "returnMethod");

  /** The row of the column headers (0-based); the dossiers follow it. */
  public static final int HEADER_ROW = 3;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private RegisterWorkbook() {}

  public static byte[] write(Register register, MessageSource messages, Locale locale) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet =
          workbook.createSheet(messages.getMessage("documents.register.sheet", null, locale));
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      CellStyle time = workbook.createCellStyle();
      time.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));

      Row title = sheet.createRow(0);
      title
          .createCell(0)
          .setCellValue(register.agencyName() + " - " + title(register, messages, locale));
      title.getCell(0).setCellStyle(heading);
      sheet
          .createRow(1)
          .createCell(0)
          .setCellValue(
              messages.getMessage(
                  "documents.register.period",
                  new Object[] {DAY.format(register.from()), DAY.format(register.to())},
                  locale));
      Row header = sheet.createRow(HEADER_ROW);
      for (int column = 0; column < COLUMNS.size(); column++) {
        header
            .createCell(column)
            .setCellValue(
                messages.getMessage(
                    "documents.register.column." + COLUMNS.get(column), null, locale));
        header.getCell(column).setCellStyle(heading);
      }
      int at = HEADER_ROW + 1;
      for (Register.Row dossier : register.rows()) {
        Row row = sheet.createRow(at++);
        row.createCell(0).setCellValue(dossier.sequence());
        row.createCell(1).setCellValue(dossier.code());
        row.createCell(2).setCellValue(dossier.procedure());
        row.createCell(3).setCellValue(dossier.applicant());
        row.createCell(4).setCellValue(dossier.addressAndPhone());
        row.createCell(5).setCellValue(dossier.leadAgency());
        time(row, 6, dossier.received(), time);
        time(row, 7, dossier.appointment(), time);
        time(row, 8, dossier.returned(), time);
        row.createCell(9).setCellValue(dossier.returnMethod());
      }
      sheet.createFreezePane(0, HEADER_ROW + 1);
      int[] widths = {6, 28, 40, 24, 36, 28, 17, 17, 17, 22};
      for (int column = 0; column < widths.length; column++) {
        sheet.setColumnWidth(column, widths[column] * 256);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Sổ theo dõi hồ sơ" with the field, if the register is of one field. */
  private static String title(Register register, MessageSource messages, Locale locale) {
    return register.fieldName() == null
        ? messages.getMessage("documents.register.title", null, locale)
        : messages.getMessage(
            "documents.register.titleOfField", new Object[] {register.fieldName()}, locale);
  }

  private static void time(Row row, int column, @Nullable LocalDateTime value, CellStyle style) {
    if (value != null) {
      row.createCell(column).setCellValue(value);
      row.getCell(column).setCellStyle(style);
    }
  }
}
