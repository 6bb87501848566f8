package vn.motcua.documents.internal;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.organization.AdminUnit;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Organization;
import vn.motcua.shared.Instants;

/**
 * Times, dates and heads of forms as official documents write them, in Vietnam's time: "08 giờ 30
 * phút, ngày 28/11/2026", "Thốt Nốt, ngày 28 tháng 11 năm 2026".
 */
@Component
public class FormText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Kinds of unit that official documents leave out of the place name. */
  private static final String[] UNIT_PREFIXES = {
    "Phường ", "Xã ", "Thị trấn ", "Đặc khu ", "Thành phố ", "Tỉnh "
  };

  private final MessageSource messages;
  private final Organization organization;

  FormText(MessageSource messages, Organization organization) {
    this.messages = messages;
    this.organization = organization;
  }

  /** "08 giờ 30 phút, ngày 28/11/2026"; empty for no instant. */
  public String moment(@Nullable Instant instant, Locale locale) {
    if (instant == null) {
      return "";
    }
    ZonedDateTime local = instant.atZone(Instants.VIETNAM);
    return messages.getMessage(
        "documents.moment",
        new Object[] {
          String.format("%02d", local.getHour()),
          String.format("%02d", local.getMinute()),
          DAY.format(local)
        },
        locale);
  }

  /** A word of the documents bundle. */
  public String word(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  public String day(@Nullable Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(Instants.VIETNAM));
  }

  /** The head of a form issued by an agency at an instant. */
  public FormHeader header(long agencyId, @Nullable String number, Instant at, Locale locale) {
    Agency agency = organization.agency(agencyId).orElseThrow();
    String parent =
        Optional.ofNullable(agency.parentId())
            .flatMap(organization::agency)
            .map(Agency::name)
            .orElse(null);
    ZonedDateTime local = at.atZone(Instants.VIETNAM);
    String placeAndDate =
        messages.getMessage(
            "documents.placeAndDate",
            new Object[] {
              place(agency),
              String.format("%02d", local.getDayOfMonth()),
              String.format("%02d", local.getMonthValue()),
              String.valueOf(local.getYear())
            },
            locale);
    return new FormHeader(
        parent, agency.name(), agency.address(), agency.phone(), number, placeAndDate);
  }

  /** The place name of the agency's administrative unit without its kind: Thốt Nốt. */
  private String place(Agency agency) {
    String name = organization.adminUnitOf(agency.id()).map(AdminUnit::name).orElse(agency.name());
    for (String prefix : UNIT_PREFIXES) {
      if (name.startsWith(prefix)) {
        return name.substring(prefix.length());
      }
    }
    return name;
  }
}
