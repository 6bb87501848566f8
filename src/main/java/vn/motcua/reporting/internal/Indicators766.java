package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Decision 766 criteria (LEGAL.md) that MotCua's records can score, for an agency's dossiers in
 * a period. Publicity (the catalogue on the national portal) and online payment are not recorded by
 * MotCua and stay unscored; satisfaction is 100 % less the overdue rate and the complaint rate (the
 * citizens' feedback received in the period per dossier handled), and digitisation is scored by its
 * electronic results only.
 */
@Component
class Indicators766 {

  private final DashboardQuery query;

  Indicators766(DashboardQuery query) {
    this.query = query;
  }

  List<Indicator> of(Set<Long> agencies, LocalDate from, LocalDate to, Bieu06Figures figures) {
    long[] progress = query.progress(agencies, from, to);
    long newlyReceived = figures.receivedOnline() + figures.receivedDirect();
    long handled = figures.settled() + figures.inProgress();
    long overdue = figures.settledLate() + figures.inProgressOverdue();
    return List.of(
        Indicator.notRecorded("publicity", 18),
        Indicator.proportional("progress", 20, progress[1], progress[0], 100),
        Indicator.proportional("online", 12, figures.receivedOnline(), newlyReceived, 100),
        Indicator.notRecorded("onlinePayment", 10),
        Indicator.proportional(
            "satisfaction",
            18,
            Math.max(0, handled - overdue - query.complaints(agencies, from, to)),
            handled,
            90),
        Indicator.proportional(
            "digitisation",
            22,
            query.electronicResults(agencies, from, to),
            figures.settled(),
            100));
  }
}
