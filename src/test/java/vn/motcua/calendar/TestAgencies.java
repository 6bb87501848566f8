package vn.motcua.calendar;

import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.Organization;

/** Agencies of their own for the calendar's integration tests, with unique codes. */
public final class TestAgencies {

  private TestAgencies() {}

  /** Registers an agency below {@code parentId} and returns its code. */
  public static String register(Organization organization, @Nullable Long parentId) {
    String code = "CAL." + ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L);
    organization.register(
        new NewAgency(
            new AgencyCode(code),
            "Cơ quan thử lịch " + code,
            parentId == null ? AgencyKind.PROVINCE_COMMITTEE : AgencyKind.COMMUNE_COMMITTEE,
            parentId,
            null,
            null,
            null));
    return code;
  }

  public static long id(Organization organization, String code) {
    return organization.agencyId(new AgencyCode(code)).orElseThrow();
  }
}
