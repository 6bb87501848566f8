package vn.motcua.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.DeadlineOptions;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingTime;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.ActionName;
import vn.motcua.dossier.ActionRequest;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.FeeStatus;
import vn.motcua.dossier.Intake;
import vn.motcua.dossier.PastDossier;
import vn.motcua.dossier.ReturnMethod;
import vn.motcua.shared.Instants;

/**
 * A year of one ward's counter, invented: every working day a few residents hand in dossiers of the
 * ward's procedures, at the counter or online; the specialist appraises and forwards, the leader
 * signs, the result is returned. Most are settled early or on time; some wait for a supplement,
 * some are late (a few with an apology and a new appointment first), some are refused or withdrawn.
 * The clock is the ward's real calendar, so that the appointments are the ones the rules compute;
 * what would happen after now has not happened yet, which leaves the last days' dossiers in
 * progress.
 */
final class DemoYear {

  /** The ward's officers (the demo accounts) and its agency. */
  record Ward(
      String agencyCode,
      String name,
      String reception,
      String specialist,
      String leader,
      WorkingTime time) {}

  /** A planned dossier, with when its result is returned if that happened before now. */
  record Planned(PastDossier dossier, @Nullable Instant returnedAt, boolean late) {}

  private static final LocalTime FIRST_ARRIVAL = LocalTime.of(7, 15);
  private static final int ARRIVAL_MINUTES = 9 * 60 + 30;

  private final RandomGenerator random;
  private final Ward ward;
  private final List<Procedure> procedures;
  private final DemoPeople people;
  private final Instant now;
  private int resultNumber;

  DemoYear(
      RandomGenerator random,
      Ward ward,
      List<Procedure> procedures,
      DemoPeople people,
      Instant now) {
    this.random = random;
    this.ward = ward;
    this.procedures = List.copyOf(procedures);
    this.people = people;
    this.now = now;
  }

  /**
   * The dossiers handed in from {@code first} to today, about {@code perDay} a working day, in the
   * order they were handed in.
   */
  List<Planned> plan(LocalDate first, int perDay) {
    List<Planned> planned = new ArrayList<>();
    LocalDate today = LocalDate.ofInstant(now, Instants.VIETNAM);
    for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
      if (day.getDayOfYear() == 1) {
        resultNumber = 0;
      }
      List<Instant> arrivals = arrivals(day, perDay);
      for (Instant arrival : arrivals) {
        Planned dossier = dossier(arrival);
        if (dossier != null) {
          planned.add(dossier);
        }
      }
    }
    return planned;
  }

  /** Arrival instants on a working day, in order; none on days off. */
  private List<Instant> arrivals(LocalDate day, int perDay) {
    List<Instant> arrivals = new ArrayList<>();
    int count = perDay / 2 + random.nextInt(perDay + 1);
    for (int i = 0; i < count; i++) {
      Instant candidate =
          day.atTime(FIRST_ARRIVAL)
              .plusMinutes(random.nextInt(ARRIVAL_MINUTES))
              .atZone(Instants.VIETNAM)
              .toInstant();
      Instant opening = ward.time().countingFrom(candidate, DeadlineOptions.NONE);
      if (LocalDate.ofInstant(opening, Instants.VIETNAM).equals(day) && opening.isBefore(now)) {
        arrivals.add(opening);
      }
    }
    arrivals.sort(null);
    return arrivals;
  }

  private @Nullable Planned dossier(Instant arrival) {
    Procedure procedure = procedures.get(skewed(procedures.size()));
    boolean online = procedure.timeLimit(Channel.ONLINE).isPresent() && random.nextInt(100) < 35;
    Channel channel = online ? Channel.ONLINE : Channel.IN_PERSON;
    TimeLimit limit = procedure.timeLimit(channel).orElse(null);
    if (limit == null) {
      return null;
    }
    Applicant applicant = people.any(random);
    if (online && applicant.email() == null) {
      return null;
    }
    Long fee =
        procedure.fees().stream()
            .map(Fee::amountVnd)
            .filter(a -> a != null && a > 0)
            .findFirst()
            .orElse(null);
    Intake intake =
        new Intake(
            procedure.code(),
            channel,
            ward.agencyCode(),
            applicant,
            null,
            null,
            1,
            fee,
            fee == null ? FeeStatus.NONE : FeeStatus.COLLECTED,
            null);
    Script script = new Script();
    Instant accepted = arrival;
    if (online) {
      accepted = later(arrival, Duration.ofMinutes(20 + random.nextInt(180)));
      if (random.nextInt(100) < 6) {
        script.add(
            accepted,
            ward.reception(),
            refusal(
                ActionName.REFUSE,
                "Hồ sơ nộp không đúng thủ tục, đề nghị nộp lại theo hướng dẫn."));
        return script.planned(intake, arrival, null, false);
      }
      script.add(accepted, ward.reception(), ActionRequest.simple(ActionName.ACCEPT, 0, null));
    }
    DeadlineOptions options = new DeadlineOptions(procedure.cutoff());
    Instant start = ward.time().countingFrom(accepted, options);
    Instant due = ward.time().due(accepted, limit, options);
    Duration allowed = ward.time().elapsed(start, due);
    int fate = random.nextInt(1000);
    if (fate < 15) {
      script.add(
          later(start, fraction(allowed, 0.3)),
          ward.reception(),
          refusal(ActionName.WITHDRAW, "Công dân có đơn xin rút hồ sơ."));
      return script.planned(intake, arrival, online ? null : ward.reception(), false);
    }
    if (fate < 35) {
      Instant proposed = later(start, fraction(allowed, 0.4));
      script.add(
          proposed,
          ward.specialist(),
          refusal(
              ActionName.PROPOSE_REFUSAL,
              "Giấy tờ chứng minh nhân thân không khớp với thông tin đăng ký, không đủ điều kiện giải quyết."));
      script.add(
          later(proposed, fraction(allowed, 0.3)),
          ward.leader(),
          refusal(ActionName.REFUSE, "Không đủ điều kiện giải quyết theo quy định."));
      return script.planned(intake, arrival, online ? null : ward.reception(), false);
    }
    Instant resumed = start;
    if (fate < 125) {
      Instant asked = later(start, fraction(allowed, 0.2));
      script.add(asked, ward.specialist(), supplement());
      resumed = later(asked, ward.time().workingDay().multipliedBy(1 + random.nextInt(4)));
      script.add(
          resumed,
          ward.reception(),
          ActionRequest.simple(ActionName.SUPPLEMENT_RECEIVED, 0, "Công dân đã nộp bổ sung."));
      due = ward.time().extend(due, asked, resumed);
    }
    boolean stalled = fate >= 995;
    boolean late = stalled || fate >= 905;
    Instant finished;
    if (late) {
      finished =
          later(
              due,
              fraction(ward.time().workingDay(), stalled ? 400 : 0.2 + 2.5 * random.nextDouble()));
      if (!stalled && fate < 925) {
        Instant apology = later(resumed, fraction(ward.time().elapsed(resumed, due), 0.5));
        Instant newDue = later(finished, fraction(ward.time().workingDay(), 0.5));
        script.add(apology, ward.leader(), apologize(newDue));
        late = false;
      }
    } else {
      finished =
          later(
              resumed,
              fraction(ward.time().elapsed(resumed, due), 0.25 + 0.7 * random.nextDouble()));
    }
    Instant forwarded =
        later(
            resumed,
            fraction(ward.time().elapsed(resumed, finished), 0.35 + 0.4 * random.nextDouble()));
    script.add(forwarded, ward.specialist(), ActionRequest.simple(ActionName.FORWARD, 0, null));
    script.add(finished, ward.leader(), resultReady(procedure, finished));
    Instant returned =
        later(finished, fraction(ward.time().workingDay(), 0.05 + 1.5 * random.nextDouble()));
    script.add(returned, ward.reception(), returnResult(applicant, online));
    return script.planned(intake, arrival, online ? null : ward.reception(), late);
  }

  /**
   * The actions of one dossier in the order they happen, up to now: what comes later has not
   * happened yet. Only the dossiers still in progress keep their checklist (officers open and print
   * them); a procedure lists up to dozens of papers, and a year of them would slow the first start.
   */
  private final class Script {
    private final List<PastDossier.PastAction> actions = new ArrayList<>();

    void add(Instant at, String officer, ActionRequest request) {
      actions.add(new PastDossier.PastAction(at, officer, request));
    }

    Planned planned(Intake intake, Instant handedInAt, @Nullable String receivedBy, boolean late) {
      List<PastDossier.PastAction> done =
          actions.stream()
              .sorted(java.util.Comparator.comparing(PastDossier.PastAction::at))
              .filter(action -> !action.at().isAfter(now))
              .toList();
      boolean finished = done.size() == actions.size();
      Intake recorded =
          finished
              ? new Intake(
                  intake.procedureCode(),
                  intake.channel(),
                  intake.agencyCode(),
                  intake.applicant(),
                  intake.representative(),
                  List.of(),
                  intake.sets(),
                  intake.feeAmount(),
                  intake.feeStatus(),
                  intake.note())
              : intake;
      Instant returnedAt =
          done.stream()
              .filter(action -> action.request().action() == ActionName.RETURN_RESULT)
              .map(PastDossier.PastAction::at)
              .findFirst()
              .orElse(null);
      return new Planned(new PastDossier(recorded, handedInAt, receivedBy, done), returnedAt, late);
    }
  }

  private ActionRequest supplement() {
    return ActionRequest.supplement(
        0,
        List.of(
            DemoPeople.pick(
                random,
                List.of(
                    "Bản sao giấy khai sinh",
                    "Giấy xác nhận tình trạng hôn nhân",
                    "Bản chính giấy tờ cần chứng thực",
                    "Văn bản ủy quyền có chứng thực"))),
        "Hồ sơ thiếu giấy tờ theo quy định.");
  }

  private ActionRequest apologize(Instant newDue) {
    return ActionRequest.apology(0, newDue, "Cần xác minh thêm thông tin với cơ quan liên quan.");
  }

  private ActionRequest resultReady(Procedure procedure, Instant at) {
    resultNumber++;
    String suffix = procedure.field().code().equals("chung-thuc") ? "CT" : "HT";
    LocalDate day = LocalDate.ofInstant(at, Instants.VIETNAM);
    return ActionRequest.resultReady(
        0,
        String.format(Locale.ROOT, "%d/%d/%s", resultNumber, day.getYear(), suffix),
        day,
        random.nextInt(100) < 60);
  }

  private static ActionRequest returnResult(Applicant applicant, boolean online) {
    return ActionRequest.returned(
        0, applicant.name(), online ? ReturnMethod.ELECTRONIC : ReturnMethod.AT_COUNTER);
  }

  private static ActionRequest refusal(ActionName action, String reason) {
    return ActionRequest.simple(action, 0, reason);
  }

  /**
   * Skewed to the first procedures: a ward certifies copies far more often than it registers a
   * marriage abroad.
   */
  private int skewed(int size) {
    double u = random.nextDouble();
    return (int) Math.min(size - 1, Math.floor(size * u * u * u));
  }

  private Instant later(Instant from, Duration workingTime) {
    return ward.time().plus(from, workingTime.isNegative() ? Duration.ZERO : workingTime);
  }

  private static Duration fraction(Duration duration, double share) {
    return Duration.ofSeconds(Math.max(60, (long) (duration.toSeconds() * share)));
  }
}
