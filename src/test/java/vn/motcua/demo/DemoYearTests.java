package vn.motcua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Calendars;
import vn.motcua.calendar.LimitUnit;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.ChannelTerms;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.PastDossier;
import vn.motcua.shared.Instants;

class DemoYearTests {

  static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  static final LocalDate TODAY = LocalDate.ofInstant(NOW, Instants.VIETNAM);

  @Test
  void theSameSeedPlansTheSameYear() {
    assertThat(plan(7)).isEqualTo(plan(7));
  }

  @Test
  void everyDossierIsHandedInOnAWorkingDayAndNothingHappensAfterNow() {
    List<DemoYear.Planned> planned = plan(7);

    assertThat(planned).hasSizeBetween(800, 1600);
    assertThat(planned)
        .allSatisfy(
            dossier -> {
              PastDossier past = dossier.dossier();
              assertThat(LocalDate.ofInstant(past.handedInAt(), Instants.VIETNAM).getDayOfWeek())
                  .isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
              Instant previous = past.handedInAt();
              for (PastDossier.PastAction action : past.actions()) {
                assertThat(action.at()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(NOW);
                previous = action.at();
              }
            });
  }

  @Test
  void mostDossiersAreReturnedInTimeAndSomeAreLateOrStillOpen() {
    List<DemoYear.Planned> planned = plan(7);
    long returned = planned.stream().filter(dossier -> dossier.returnedAt() != null).count();
    long late = planned.stream().filter(DemoYear.Planned::late).count();
    long supplemented =
        planned.stream()
            .filter(
                dossier ->
                    dossier.dossier().actions().stream()
                        .anyMatch(a -> a.request().action() == ActionName.REQUEST_SUPPLEMENT))
            .count();

    assertThat(returned).isGreaterThan(planned.size() * 8L / 10);
    assertThat(late).isBetween(planned.size() * 4L / 100, planned.size() * 12L / 100);
    assertThat(supplemented).isPositive();
    assertThat(planned.getLast().returnedAt()).as("the last dossier handed in").isNull();
  }

  private static List<DemoYear.Planned> plan(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DemoYear.Ward ward =
        new DemoYear.Ward(
            "000.01.31.H13",
            "Thốt Nốt",
            "tiepnhan",
            "chuyenvien",
            "lanhdao",
            Calendars.computedDefault());
    return new DemoYear(
            random,
            ward,
            List.of(procedure("2.000815", "0.5"), procedure("1.001193", "3")),
            new DemoPeople(random, 100, "Thốt Nốt", TODAY),
            NOW)
        .plan(TODAY.minusYears(1), 5);
  }

  private static Procedure procedure(String code, String workingDays) {
    TimeLimit limit = new TimeLimit(new BigDecimal(workingDays), LimitUnit.WORKING_DAYS);
    return new Procedure(
        code,
        "Thủ tục " + code,
        new Field("ho-tich", "Hộ tịch"),
        "Cấp xã",
        "",
        "",
        "",
        "",
        "",
        List.of(
            new ChannelTerms(Channel.IN_PERSON, limit, workingDays, List.of()),
            new ChannelTerms(Channel.ONLINE, limit, workingDays, List.of())),
        List.of(),
        LocalTime.of(15, 0));
  }
}
