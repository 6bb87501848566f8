package vn.motcua.organization;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.security.Role;

/**
 * The demo province as the organization's integration tests use it, and what they add to it: each
 * test makes its own uniquely named agencies and officers, since all tests share one database.
 */
final class DemoProvince {

  static final String PROVINCE = "000.00.00.H13";
  static final String THOT_NOT = "000.01.31.H13";
  static final String THUAN_HUNG = "000.02.31.H13";
  static final String THOT_NOT_CENTRE = "001.01.31.H13";
  static final String PASSWORD = "demo";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Organization organization;

  DemoProvince(Organization organization) {
    this.organization = organization;
  }

  long id(String code) {
    return organization.agencyId(new AgencyCode(code)).orElseThrow();
  }

  /** A fresh suffix for names and codes: {@code 7}, {@code 8}, … */
  static int unique() {
    return SEQUENCE.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 1000;
  }

  /** A fresh agency code of the demo's shape below the province. */
  static String freshCode() {
    int n = unique();
    return "%03d.%02d.%02d.H13".formatted(n % 1000, 50 + n / 1000 % 50, 90);
  }

  /** A new agency below {@code parentCode}; returns its id. */
  long agency(String parentCode, AgencyKind kind) {
    return organization.register(
        new NewAgency(
            new AgencyCode(freshCode()),
            "Đơn vị thử " + unique(),
            kind,
            id(parentCode),
            null,
            null,
            null));
  }

  /** A new officer with the demo password and one role for an agency; returns the user name. */
  String officer(String prefix, Role role, String agencyCode) {
    String username = prefix + unique();
    long agency = id(agencyCode);
    organization.register(
        new NewOfficer(
            username,
            PASSWORD,
            "Cán bộ thử " + username,
            null,
            null,
            agency,
            null,
            List.of(new NewOfficer.Grant(role, agency))));
    return username;
  }

  static JsonNode json(String body) {
    return JSON.readTree(body);
  }
}
