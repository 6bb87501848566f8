package vn.motcua.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Field;
import vn.motcua.documents.internal.FormText;
import vn.motcua.documents.internal.PdfRenderer;
import vn.motcua.documents.internal.RegisterWorkbook;
import vn.motcua.dossier.DossierDetails;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Agency;
import vn.motcua.shared.Instants;

/**
 * The register of dossiers (sổ theo dõi hồ sơ, Mẫu 06) read from the dossiers themselves, as PDF
 * for printing and as Excel for further work. Callers check that the officer may see the agency.
 */
@Service
public class Registers {

  /** Most rows of one register; a longer period is split by the caller. */
  public static final int MAX_ROWS = 5000;

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final Dossiers dossiers;
  private final Clock clock;
  private final Catalog catalog;
  private final MessageSource messages;
  private final PdfRenderer renderer;
  private final FormText text;

  Registers(
      Dossiers dossiers,
      Clock clock,
      Catalog catalog,
      MessageSource messages,
      PdfRenderer renderer,
      FormText text) {
    this.dossiers = dossiers;
    this.clock = clock;
    this.catalog = catalog;
    this.messages = messages;
    this.renderer = renderer;
    this.text = text;
  }

  /** The register of the agency for the days {@code from} to {@code to}, both included. */
  public Register register(Agency agency, LocalDate from, LocalDate to, @Nullable Field field) {
    List<DossierDetails> found =
        dossiers.receivedBy(
            agency.id(),
            from.atStartOfDay(Instants.VIETNAM).toInstant(),
            to.plusDays(1).atStartOfDay(Instants.VIETNAM).toInstant(),
            field == null ? null : field.code(),
            MAX_ROWS + 1);
    Map<String, String> fieldNames =
        catalog.fields().stream().collect(Collectors.toMap(Field::code, Field::name));
    List<Register.Row> rows = new ArrayList<>();
    for (DossierDetails dossier : found.subList(0, Math.min(found.size(), MAX_ROWS))) {
      rows.add(row(rows.size() + 1, dossier, agency.name()));
    }
    return new Register(
        agency.id(),
        agency.code().value(),
        agency.name(),
        field == null ? null : fieldNames.getOrDefault(field.code(), field.name()),
        from,
        to,
        rows,
        found.size() <= MAX_ROWS);
  }

  /** The register on A4 landscape, dated when printed. */
  public byte[] pdf(Register register) {
    return renderer.render(
        "documents/register",
        Map.of(
            "register",
            register,
            "header",
            text.header(register.agencyId(), "06", clock.instant(), VIETNAMESE)),
        VIETNAMESE);
  }

  public byte[] xlsx(Register register) {
    return RegisterWorkbook.write(register, messages, VIETNAMESE);
  }

  private Register.Row row(int sequence, DossierDetails dossier, String agencyName) {
    String addressAndPhone =
        Stream.of(dossier.applicant().address(), dossier.applicant().phone())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining("; "));
    return new Register.Row(
        sequence,
        dossier.code(),
        dossier.procedureName(),
        dossier.applicant().name(),
        addressAndPhone,
        agencyName,
        local(dossier.receivedAt()),
        local(dossier.dueAt()),
        local(dossier.returnedAt()),
        dossier.returnMethod() == null
            ? ""
            : messages.getMessage(
                "dossier.returnMethod." + dossier.returnMethod(), null, VIETNAMESE));
  }

  private static @Nullable LocalDateTime local(@Nullable Instant instant) {
    return instant == null ? null : instant.atZone(Instants.VIETNAM).toLocalDateTime();
  }
}
