package vn.motcua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.NewOfficer;
import vn.motcua.organization.Organization;
import vn.motcua.security.Role;
import vn.motcua.security.SignInHints;

/**
 * The demo province: Thành phố Cần Thơ with its provincial service centre and Sở Tư pháp, and the
 * five wards that the former Thốt Nốt district became on 1 July 2025, each with its People's
 * Committee, service centre (with a counter) and internal departments; the wards before the reform
 * are among the administrative units, as history. Officers of every role work in two wards (Thốt
 * Nốt, and Thuận Hưng with the suffix {@code 2}), so that the separation between agencies can be
 * tried; {@code quantri} administers the whole province.
 */
@Component
@Profile("demo")
@Order(100)
class DemoOrganization implements DemoStep {

  static final String PROVINCE_NAME = "UBND thành phố Cần Thơ";
  static final String WARD_NAME = "UBND phường Thốt Nốt";
  static final String SECOND_WARD_NAME = "UBND phường Thuận Hưng";

  /** The units of the demo are looked up as they are since the reform. */
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** The wards of the former Thốt Nốt district: group of the agency code, name, unit code. */
  private record Ward(String group, String name, String unitCode) {}

  private static final List<Ward> WARDS =
      List.of(
          new Ward("01", "Thốt Nốt", "31207"),
          new Ward("02", "Thuận Hưng", "31228"),
          new Ward("03", "Trung Nhứt", "31217"),
          new Ward("04", "Tân Lộc", "31213"),
          new Ward("05", "Thới Long", "31157"));

  private static final Set<String> SPECIALIST_FIELDS = Set.of("ho-tich", "chung-thuc");

  private final Organization organization;
  private final AdministrativeUnits units;

  DemoOrganization(Organization organization, AdministrativeUnits units) {
    this.organization = organization;
    this.units = units;
  }

  /** The accounts to list on the sign-in page and at start-up. */
  static List<SignInHints.Hint> accounts() {
    List<SignInHints.Hint> accounts = new ArrayList<>();
    for (String suffix : List.of("", "2")) {
      String ward = suffix.isEmpty() ? WARD_NAME : SECOND_WARD_NAME;
      accounts.add(DemoAccounts.account("tiepnhan" + suffix, Role.RECEPTION, ward));
      accounts.add(DemoAccounts.account("chuyenvien" + suffix, Role.SPECIALIST, ward));
      accounts.add(DemoAccounts.account("lanhdao" + suffix, Role.LEADER, ward));
      accounts.add(DemoAccounts.account("giamsat" + suffix, Role.SUPERVISOR, ward));
    }
    accounts.add(DemoAccounts.account("quantri", Role.ADMIN, PROVINCE_NAME));
    return accounts;
  }

  @Override
  public boolean present() {
    return organization.officerExists("quantri");
  }

  @Override
  public void load() {
    long province =
        agency(
            "000.00.00.H13",
            PROVINCE_NAME,
            AgencyKind.PROVINCE_COMMITTEE,
            null,
            unit("92"),
            "2 Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ",
            "0292 3820 000");
    agency(
        "000.00.01.H13",
        "Trung tâm Phục vụ hành chính công thành phố Cần Thơ",
        AgencyKind.PROVINCE_SERVICE_CENTRE,
        province,
        null,
        "thành phố Cần Thơ",
        null);
    agency(
        "000.00.02.H13",
        "Sở Tư pháp thành phố Cần Thơ",
        AgencyKind.DEPARTMENT,
        province,
        null,
        "thành phố Cần Thơ",
        null);
    List<WardAgencies> wards = WARDS.stream().map(ward -> ward(province, ward)).toList();
    List<NewOfficer> officers = new ArrayList<>();
    officers.addAll(
        officers(
            wards.get(0),
            "",
            List.of("Nguyễn Thị Hồng Nhung", "Trần Văn Khánh", "Lê Minh Tuấn", "Phạm Thị Thu Hà")));
    officers.addAll(
        officers(
            wards.get(1),
            "2",
            List.of("Đỗ Thị Mai Anh", "Huỳnh Văn Phúc", "Ngô Thanh Sơn", "Lâm Thị Kim Ngân")));
    officers.add(officer("quantri", "Võ Quốc Bảo", province, null, Role.ADMIN, Set.of()));
    // One password for all: hashed once rather than nine times (bcrypt is slow on purpose).
    organization.registerAll(officers);
  }

  /** The agencies of a ward that its officers work in. */
  private record WardAgencies(long committee, long centre, long office) {}

  /** A ward's People's Committee with its service centre, counter and departments. */
  private WardAgencies ward(long province, Ward ward) {
    String place = "phường " + ward.name() + ", thành phố Cần Thơ";
    long committee =
        agency(
            "000." + ward.group() + ".31.H13",
            "UBND phường " + ward.name(),
            AgencyKind.COMMUNE_COMMITTEE,
            province,
            unit(ward.unitCode()),
            place,
            null);
    long centre =
        agency(
            "001." + ward.group() + ".31.H13",
            "Trung tâm Phục vụ hành chính công phường " + ward.name(),
            AgencyKind.COMMUNE_SERVICE_CENTRE,
            committee,
            null,
            place,
            null);
    agency(
        "005." + ward.group() + ".31.H13",
        "Quầy tiếp nhận và trả kết quả số 1",
        AgencyKind.RECEPTION_POINT,
        centre,
        null,
        place,
        null);
    long office =
        agency(
            "002." + ward.group() + ".31.H13",
            "Văn phòng HĐND và UBND phường " + ward.name(),
            AgencyKind.INTERNAL_DEPARTMENT,
            committee,
            null,
            place,
            null);
    agency(
        "003." + ward.group() + ".31.H13",
        "Phòng Văn hóa - Xã hội phường " + ward.name(),
        AgencyKind.INTERNAL_DEPARTMENT,
        committee,
        null,
        place,
        null);
    agency(
        "004." + ward.group() + ".31.H13",
        "Phòng Kinh tế, Hạ tầng và Đô thị phường " + ward.name(),
        AgencyKind.INTERNAL_DEPARTMENT,
        committee,
        null,
        place,
        null);
    return new WardAgencies(committee, centre, office);
  }

  /**
   * A ward's reception officer (at the service centre), specialist of civil status and
   * certification (in the office), leader and supervisor, each role granted for the whole ward.
   */
  private static List<NewOfficer> officers(WardAgencies ward, String suffix, List<String> names) {
    return List.of(
        officer(
            "tiepnhan" + suffix,
            names.get(0),
            ward.committee(),
            ward.centre(),
            Role.RECEPTION,
            Set.of()),
        officer(
            "chuyenvien" + suffix,
            names.get(1),
            ward.committee(),
            ward.office(),
            Role.SPECIALIST,
            SPECIALIST_FIELDS),
        officer("lanhdao" + suffix, names.get(2), ward.committee(), null, Role.LEADER, Set.of()),
        officer(
            "giamsat" + suffix, names.get(3), ward.committee(), null, Role.SUPERVISOR, Set.of()));
  }

  private long agency(
      String code,
      String name,
      AgencyKind kind,
      @Nullable Long parent,
      @Nullable Long unit,
      String address,
      @Nullable String phone) {
    return organization.register(
        new NewAgency(new AgencyCode(code), name, kind, parent, address, phone, null, unit));
  }

  private static NewOfficer officer(
      String username,
      String name,
      long agency,
      @Nullable Long department,
      Role role,
      Set<String> fields) {
    return new NewOfficer(
        username,
        DemoAccounts.PASSWORD,
        name,
        username + "@demo.motcua.vn",
        null,
        agency,
        department,
        List.of(new NewOfficer.Grant(role, agency)),
        fields);
  }

  /** The id of the unit with this code since the reform. */
  private long unit(String code) {
    return units.unit(code, REFORM).orElseThrow().id();
  }
}
