package vn.motcua.demo;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;

/** The demo province, its wards and their officers. */
@Component
@Profile("demo")
@Order(100)
class DemoOrganization implements DemoStep {

  static final String PROVINCE_NAME = "UBND thành phố Cần Thơ";
  static final String WARD_NAME = "UBND phường Thốt Nốt";

  private final Organization organization;

  DemoOrganization(Organization organization) {
    this.organization = organization;
  }

  /** The accounts to list on the sign-in page and at start-up. */
  static List<vn.motcua.security.SignInHints.Hint> accounts() {
    return List.of(
        DemoAccounts.account("tiepnhan", Role.RECEPTION, WARD_NAME),
        DemoAccounts.account("chuyenvien", Role.SPECIALIST, WARD_NAME),
        DemoAccounts.account("lanhdao", Role.LEADER, WARD_NAME),
        DemoAccounts.account("giamsat", Role.SUPERVISOR, WARD_NAME),
        DemoAccounts.account("quantri", Role.ADMIN, PROVINCE_NAME));
  }

  @Override
  public boolean present() {
    return organization.officerExists("quantri");
  }

  @Override
  public void load() {
    long province =
        organization.register(
            new NewAgency(
                new AgencyCode("000.00.00.H13"),
                PROVINCE_NAME,
                AgencyKind.PROVINCE_COMMITTEE,
                null,
                "2 Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ",
                "0292 3820 000",
                null));
    long ward =
        organization.register(
            new NewAgency(
                new AgencyCode("000.01.31.H13"),
                WARD_NAME,
                AgencyKind.COMMUNE_COMMITTEE,
                province,
                "Phường Thốt Nốt, thành phố Cần Thơ",
                null,
                null));
    officer("tiepnhan", "Nguyễn Thị Hồng Nhung", Role.RECEPTION, ward);
    officer("chuyenvien", "Trần Văn Khánh", Role.SPECIALIST, ward);
    officer("lanhdao", "Lê Minh Tuấn", Role.LEADER, ward);
    officer("giamsat", "Phạm Thị Thu Hà", Role.SUPERVISOR, ward);
    officer("quantri", "Võ Quốc Bảo", Role.ADMIN, province);
  }

  private void officer(String username, String name, Role role, long agency) {
    organization.register(
        new NewOfficer(
            username,
            DemoAccounts.PASSWORD,
            name,
            username + "@demo.motcua.vn",
            null,
            agency,
            null,
            List.of(new NewOfficer.Grant(role, agency))));
  }
}
