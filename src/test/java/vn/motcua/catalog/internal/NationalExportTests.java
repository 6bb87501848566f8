package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ImportIssue;
import vn.motcua.catalog.ImportScope;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.domain.ImportedProcedure;
import vn.motcua.catalog.domain.NationalImport;

/** The bundled export of the national catalogue as the import reads it, and broken files. */
class NationalExportTests {

  private static final String BUNDLED = "/seed/tthc-dvc-2026/procedures_local_level.jsonl.gz";

  private static NationalImport read(ImportScope scope) throws IOException {
    NationalImport reading = new NationalImport(scope);
    try (InputStream export = NationalExportTests.class.getResourceAsStream(BUNDLED)) {
      NationalExport.read(export, reading);
    }
    return reading;
  }

  private static NationalImport read(String lines) throws IOException {
    NationalImport reading = new NationalImport(ImportScope.WHOLE);
    NationalExport.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), reading);
    return reading;
  }

  @Test
  void theBundledExportIsReadWithoutBrokenRecords() throws IOException {
    NationalImport reading = read(ImportScope.WHOLE);

    assertThat(reading.refused()).isFalse();
    assertThat(reading.records()).isEqualTo(1601);
    long withLimit =
        reading.procedures().stream().filter(p -> p.procedure().hasTimeLimit()).count();
    assertThat(withLimit).as("procedures with a time limit").isGreaterThan(1500);
    assertThat(reading.issues()).noneMatch(ImportIssue::refuses);
    Procedure birth =
        reading.procedures().stream()
            .filter(p -> p.code().equals("1.001193"))
            .findFirst()
            .orElseThrow()
            .procedure();
    assertThat(birth.timeLimit(Channel.IN_PERSON)).contains(TimeLimit.workingDays(1));
  }

  @Test
  void theDemoScopeHasEveryCommuneLevelCivilStatusAndCertificationProcedure() throws IOException {
    NationalImport reading = read(new ImportScope("cap-xa", Set.of("ho-tich", "chung-thuc")));

    assertThat(reading.procedures()).hasSize(53);
    assertThat(reading.procedures())
        .extracting(p -> p.procedure().field().name())
        .containsOnly("Hộ tịch", "Chứng thực");
    assertThat(reading.procedures())
        .extracting(ImportedProcedure::code)
        .contains("1.001193", "1.004873", "2.000815");
  }

  @Test
  void aLineThatIsNotAJsonObjectRefusesTheFileAndNamesTheLine() throws IOException {
    NationalImport reading =
        read(
            """
            {"ma_thu_tuc": "1.001193", "ten_thu_tuc": "Thủ tục đăng ký khai sinh", "linh_vuc": "Hộ tịch"}

            {"ma_thu_tuc": "1.000656", "ten_thu_tuc": "Thủ tục đăng ký khai tử"
            [1, 2]
            """);

    assertThat(reading.refused()).isTrue();
    assertThat(reading.issues())
        .filteredOn(ImportIssue::refuses)
        .extracting(ImportIssue::line, ImportIssue::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, ImportIssue.Kind.UNREADABLE_LINE),
            org.assertj.core.groups.Tuple.tuple(4, ImportIssue.Kind.UNREADABLE_LINE));
    assertThat(reading.procedures())
        .extracting(ImportedProcedure::code)
        .containsExactly("1.001193");
  }

  @Test
  void linesThatAreNotUtf8OrTooLongAreUnreadableWithoutFillingTheMemory() throws IOException {
    byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    byte[] overlong =
        ("\"" + "x".repeat(NationalExport.LONGEST_LINE) + "\"\n").getBytes(StandardCharsets.UTF_8);
    byte[] export = new byte[notUtf8.length + overlong.length];
    System.arraycopy(notUtf8, 0, export, 0, notUtf8.length);
    System.arraycopy(overlong, 0, export, notUtf8.length, overlong.length);
    NationalImport reading = new NationalImport(ImportScope.WHOLE);

    NationalExport.read(new ByteArrayInputStream(export), reading);

    assertThat(reading.issues())
        .extracting(ImportIssue::line, ImportIssue::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "not UTF-8 text"),
            org.assertj.core.groups.Tuple.tuple(2, "longer than 1048576 bytes"));
  }
}
