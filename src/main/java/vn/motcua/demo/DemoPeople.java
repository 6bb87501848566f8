package vn.motcua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.shared.VietnameseText;

/**
 * The residents of a demo ward who come to its counter: invented names, identification numbers of
 * the shape of Cần Thơ's (province code 092), addresses in the ward's areas, mobile numbers, and an
 * email address under the demo's own domain for those who use the online service.
 */
final class DemoPeople {

  private static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ",
          "Ngô", "Hồ", "Dương", "Lý", "Lâm", "Châu", "Quách", "Tô", "Mai");
  private static final List<String> MIDDLE_MEN =
      List.of("Văn", "Minh", "Hoàng", "Quốc", "Hữu", "Thanh", "Đức", "Công", "Tấn", "Chí");
  private static final List<String> MIDDLE_WOMEN =
      List.of("Thị", "Ngọc", "Thanh", "Kim", "Thu", "Bích", "Mỹ", "Hồng", "Thúy", "Diễm");
  private static final List<String> GIVEN_MEN =
      List.of(
          "An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Khoa", "Long", "Nam", "Nhân",
          "Phúc", "Quân", "Sang", "Tài", "Thắng", "Toàn", "Trí", "Tuấn", "Vinh");
  private static final List<String> GIVEN_WOMEN =
      List.of(
          "Anh", "Châu", "Diệu", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga",
          "Ngân", "Nhi", "Oanh", "Phương", "Tâm", "Thảo", "Trang", "Vy", "Yến");
  private static final List<String> AREAS =
      List.of(
          "Thới Thuận",
          "Thới Hòa",
          "Long Thạnh",
          "Phụng Thạnh",
          "Thạnh Phước",
          "Tân Phú",
          "Trung Thạnh",
          "Phúc Lộc");

  private final List<Applicant> residents = new ArrayList<>();

  /**
   * @param count how many residents
   * @param ward the ward's name ("Thốt Nốt")
   */
  DemoPeople(RandomGenerator random, int count, String ward, LocalDate today) {
    for (int i = 0; i < count; i++) {
      residents.add(resident(random, ward, today));
    }
  }

  /** A resident, some coming more than once in a year. */
  Applicant any(RandomGenerator random) {
    return residents.get(random.nextInt(residents.size()));
  }

  private static Applicant resident(RandomGenerator random, String ward, LocalDate today) {
    boolean woman = random.nextBoolean();
    String name =
        pick(random, FAMILY)
            + " "
            + pick(random, woman ? MIDDLE_WOMEN : MIDDLE_MEN)
            + " "
            + pick(random, woman ? GIVEN_WOMEN : GIVEN_MEN);
    LocalDate birth = today.minusYears(18 + random.nextInt(60)).minusDays(random.nextInt(365));
    int century = birth.getYear() >= 2000 ? 2 : 0;
    String id =
        String.format(
            Locale.ROOT,
            "092%d%02d%06d",
            century + (woman ? 1 : 0),
            birth.getYear() % 100,
            random.nextInt(1_000_000));
    String phone =
        String.format(
            Locale.ROOT,
            "0%s%08d",
            pick(random, List.of("9", "8", "7", "3")),
            random.nextInt(100_000_000));
    String address =
        "Số "
            + (1 + random.nextInt(300))
            + ", khu vực "
            + pick(random, AREAS)
            + ", phường "
            + ward
            + ", thành phố Cần Thơ";
    String email =
        random.nextInt(3) == 0
            ? null
            : VietnameseText.unaccented(name).toLowerCase(Locale.ROOT).replace(" ", "")
                + random.nextInt(100)
                + "@demo.motcua.vn";
    return new Applicant(ApplicantKind.INDIVIDUAL, name, id, birth, address, phone, email);
  }

  static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
