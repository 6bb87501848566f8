package vn.motcua.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.AgencyCode;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.NewAgency;
import vn.motcua.organization.Organization;
import vn.motcua.shared.Instants;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.Pdfs;
import vn.motcua.testing.TestHttp;

/**
 * Biểu 06 for a hand-built March 2026 at a department of their own below the ward of Thuận Hưng
 * (whose statistics no other test rebuilds): the dossiers' events as the dossier module publishes
 * them, at chosen instants, so that dossiers cross the period's boundaries (carried over, received
 * at 23:30 on its last evening, settled after it), wait for a supplement, are late by minutes, are
 * withdrawn or refused, or are an inter-agency child. The report's every figure is the expected
 * one.
 */
@IntegrationTest
class Bieu06ScenarioIntegrationTests {

  static final String AGENCY = "009.02.31.H13";
  static final String SUPERVISOR = TestHttp.basic("giamsat2", "demo");

  @LocalServerPort int port;
  @Autowired Organization organization;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;

  long agency;
  TestHttp http;

  @BeforeEach
  void march() {
    http = new TestHttp(port);
    if (organization.agencyId(new AgencyCode(AGENCY)).isPresent()) {
      agency = organization.agencyId(new AgencyCode(AGENCY)).orElseThrow();
      return;
    }
    long ward = organization.agencyId(new AgencyCode("000.02.31.H13")).orElseThrow();
    agency =
        organization.register(
            new NewAgency(
                new AgencyCode(AGENCY),
                "Phòng thử nghiệm báo cáo",
                AgencyKind.INTERNAL_DEPARTMENT,
                ward,
                null,
                null,
                null,
                null));
    // carried over from February, settled late on 3 March
    Dossier d1 = dossier(-101, "ho-tich", Channel.IN_PERSON, "02-20 10:00", "02-27 17:00");
    publish(d1.received(), d1.settled("03-03 10:00", Timeliness.LATE));
    // online, early
    Dossier d2 = dossier(-102, "ho-tich", Channel.ONLINE, "03-02 09:00", "03-05 17:00");
    publish(d2.received(), d2.settled("03-04 09:00", Timeliness.EARLY));
    // late by five minutes
    Dossier d3 = dossier(-103, "ho-tich", Channel.IN_PERSON, "03-10 09:00", "03-13 17:00");
    publish(d3.received(), d3.settled("03-13 17:05", Timeliness.LATE));
    // by post, in progress within time at the end of March
    Dossier d4 = dossier(-104, "ho-tich", Channel.POST, "03-25 09:00", "04-03 17:00");
    publish(d4.received());
    // in progress and overdue
    Dossier d5 = dossier(-105, "chung-thuc", Channel.IN_PERSON, "03-05 09:00", "03-06 17:00");
    publish(d5.received());
    // waiting for a supplement since before its due date: within time however long it waits
    Dossier d6 = dossier(-106, "chung-thuc", Channel.IN_PERSON, "03-05 09:00", "03-20 17:00");
    publish(d6.received(), d6.supplementRequested("03-09 10:00"));
    // carried over, withdrawn
    Dossier d7 = dossier(-107, "ho-tich", Channel.IN_PERSON, "02-25 09:00", "03-10 17:00");
    publish(d7.received(), d7.withdrawn("03-15 10:00"));
    // received on the period's last evening, and half an hour after it ended
    Dossier d8 = dossier(-108, "ho-tich", Channel.IN_PERSON, "03-31 23:30", "04-07 17:00");
    Dossier d9 = dossier(-109, "ho-tich", Channel.IN_PERSON, "04-01 00:30", "04-08 17:00");
    publish(d8.received(), d9.received());
    // settled before the period: not in it at all
    Dossier d10 = dossier(-110, "ho-tich", Channel.IN_PERSON, "02-10 09:00", "02-20 17:00");
    publish(d10.received(), d10.settled("02-20 09:00", Timeliness.ON_TIME));
    // an inter-agency child: counted at its parent's agency only
    Dossier d11 = dossier(-111, "ho-tich", Channel.IN_PERSON, "03-05 09:00", "03-07 17:00");
    publish(d11.child(-101).received());
    // in progress at the end of March, overdue, settled in April
    Dossier d12 = dossier(-112, "ho-tich", Channel.IN_PERSON, "03-03 09:00", "03-20 17:00");
    publish(d12.received(), d12.settled("04-02 09:00", Timeliness.LATE));
    // refused after appraisal
    Dossier d13 = dossier(-113, "ho-tich", Channel.IN_PERSON, "03-02 09:00", "03-16 17:00");
    publish(d13.received(), d13.refused("03-12 09:00"));
    // settled early, but after a second supplement request: overdue for Decision 766
    Dossier d15 = dossier(-115, "ho-tich", Channel.IN_PERSON, "03-02 09:00", "03-20 17:00");
    publish(
        d15.received(),
        d15.supplements(2).supplementRequested("03-03 09:00"),
        d15.supplements(2).settled("03-06 09:00", Timeliness.EARLY));
    // refused at the counter: never received
    publish(dossier(-114, "ho-tich", Channel.IN_PERSON, null, null).refused("03-12 10:00"));
  }

  @Test
  void marchHasExactlyTheExpectedFiguresPerFieldAndInTotal() {
    JsonNode report = bieu06("from=2026-03-01&to=2026-03-31");

    assertThat(report.get("agency").asString()).isEqualTo(AGENCY);
    assertThat(report.get("rows")).hasSize(2);
    assertFigures(row(report, "ho-tich"), 9, 2, 1, 6, 4, 2, 0, 2, 3, 2, 1, 2);
    assertFigures(row(report, "chung-thuc"), 2, 0, 0, 2, 0, 0, 0, 0, 2, 1, 1, 0);
    assertFigures(report.get("total"), 11, 2, 1, 8, 4, 2, 0, 2, 5, 3, 2, 2);
  }

  @Test
  void thePdfOfMarchIsTheJsonReportOnAPaperInVietnamese() {
    JsonNode report = bieu06("from=2026-03-01&to=2026-03-31");
    LocalDate today = LocalDate.now(Instants.VIETNAM);

    HttpResponse<byte[]> pdf =
        http.getBytes(
            "/api/v1/reports/bieu06.pdf?agency=" + AGENCY + "&from=2026-03-01&to=2026-03-31",
            "Authorization",
            SUPERVISOR);

    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("bieu06-" + AGENCY + "-2026-03-01-2026-03-31.pdf");
    assertThat(Pdfs.pageSizeMm(pdf.body())[0]).as("landscape A4").isCloseTo(297, within(1.0));
    assertThat(Pdfs.embeddedFonts(pdf.body())).anyMatch(font -> font.contains("DejaVuSerif"));
    String text = Pdfs.text(pdf.body());
    assertThat(text)
        .contains("Biểu số 06")
        .contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
        .contains("Kỳ báo cáo: từ ngày 01/03/2026 đến ngày 31/03/2026")
        .contains("Đơn vị báo cáo: Phòng thử nghiệm báo cáo")
        .contains(
            "ngày %02d tháng %02d năm %d"
                .formatted(today.getDayOfMonth(), today.getMonthValue(), today.getYear()))
        .contains("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ");
    int number = 1;
    for (JsonNode row : report.get("rows")) {
      assertThat(text).contains(number++ + " " + row.get("fieldName").asString() + figures(row));
    }
    assertThat(text)
        .contains("Tổng cộng" + figures(report.get("total")))
        .contains("Tổng cộng 11 2 1 8 4 2 0 2 5 3 2 2");
  }

  /** The figures of a line of the JSON report in the columns' order, each after a space. */
  private static String figures(JsonNode line) {
    StringBuilder figures = new StringBuilder();
    for (Bieu06Column column : Bieu06Column.ALL) {
      figures.append(' ').append(line.get(column.key()).asLong());
    }
    return figures.toString();
  }

  @Test
  void decision766CriteriaOfMarchFollowTheirFormulas() {
    var response =
        http.get(
            "/api/v1/reports/indicators?agency=" + AGENCY + "&from=2026-03-01&to=2026-03-31",
            "Authorization",
            SUPERVISOR);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode indicators = json.readTree(response.body());

    // of four settled, one early with at most one supplement request
    assertIndicator(indicators, "progress", 25.0, 5.0);
    // one of nine newly received was online
    assertIndicator(indicators, "online", 100.0 / 9, 12.0 / 9);
    // of nine settled or in progress, four late or overdue: 55.6 %, full points from 90 %
    assertIndicator(indicators, "satisfaction", 500.0 / 9, 18 * (500.0 / 9) / 90);
    // all four results electronic
    assertIndicator(indicators, "digitisation", 100.0, 22.0);
    assertThat(find(indicators, "onlinePayment").get("points").isNull()).isTrue();
    assertThat(find(indicators, "publicity").get("maxPoints").asInt()).isEqualTo(18);
  }

  @Test
  void complaintsLowerTheSatisfactionCriterion() {
    jdbc.sql(
            """
            INSERT INTO stat_satisfaction (agency_id, on_day, field_code, procedure_code, channel,
                feedback_received)
            VALUES (:agency, DATE '2026-03-16', 'ho-tich', '1.001193', 1, 2)
            """)
        .param("agency", agency)
        .update();
    try {
      var response =
          http.get(
              "/api/v1/reports/indicators?agency=" + AGENCY + "&from=2026-03-01&to=2026-03-31",
              "Authorization",
              SUPERVISOR);
      // of nine handled, four late or overdue and two complaints: 100 % - 44.4 % - 22.2 %
      assertIndicator(
          json.readTree(response.body()), "satisfaction", 300.0 / 9, 18 * (300.0 / 9) / 90);
    } finally {
      jdbc.sql("DELETE FROM stat_satisfaction WHERE agency_id = :agency")
          .param("agency", agency)
          .update();
    }
  }

  private static void assertIndicator(
      JsonNode indicators, String key, double percent, double points) {
    JsonNode indicator = find(indicators, key);
    assertThat(indicator.get("percent").asDouble()).as(key).isCloseTo(percent, within(0.01));
    assertThat(indicator.get("points").asDouble()).as(key).isCloseTo(points, within(0.01));
  }

  private static JsonNode find(JsonNode indicators, String key) {
    for (JsonNode indicator : indicators) {
      if (indicator.get("key").asString().equals(key)) {
        return indicator;
      }
    }
    throw new AssertionError("No indicator " + key);
  }

  @Test
  void whatWasInProgressAtTheEndOfMarchIsCarriedOverIntoApril() {
    JsonNode report = bieu06("from=2026-04-01&to=2026-04-30");

    assertFigures(report.get("total"), 6, 5, 0, 1, 1, 0, 0, 1, 5, 1, 4, 0);
  }

  @Test
  void theHalvesOfMarchReadFromTheDailyCountsAddUpToMarchReadFromTheMonthlyOnes() {
    JsonNode march = bieu06("from=2026-03-01&to=2026-03-31").get("total");
    JsonNode first = bieu06("from=2026-03-01&to=2026-03-15").get("total");
    JsonNode second = bieu06("from=2026-03-16&to=2026-03-31").get("total");

    for (String flow :
        List.of(
            "receivedOnline",
            "receivedDirect",
            "settledEarly",
            "settledOnTime",
            "settledLate",
            "closedWithoutResult")) {
      assertThat(first.get(flow).asLong() + second.get(flow).asLong())
          .as(flow)
          .isEqualTo(march.get(flow).asLong());
    }
    assertThat(second.get("carriedOver").asLong()).isEqualTo(first.get("inProgress").asLong());
  }

  @Test
  void oneFieldOnly() {
    JsonNode report = bieu06("from=2026-03-01&to=2026-03-31&field=chung-thuc");

    assertThat(report.get("rows")).hasSize(1);
    assertFigures(report.get("total"), 2, 0, 0, 2, 0, 0, 0, 0, 2, 1, 1, 0);
  }

  private JsonNode bieu06(String period) {
    var response =
        http.get(
            "/api/v1/reports/bieu06?agency=" + AGENCY + "&" + period, "Authorization", SUPERVISOR);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static JsonNode row(JsonNode report, String field) {
    for (JsonNode row : report.get("rows")) {
      if (row.get("field").asString().equals(field)) {
        return row;
      }
    }
    throw new AssertionError("No row for " + field + " in " + report);
  }

  private static void assertFigures(JsonNode line, long... expected) {
    String[] names = {
      "received",
      "carriedOver",
      "receivedOnline",
      "receivedDirect",
      "settled",
      "settledEarly",
      "settledOnTime",
      "settledLate",
      "inProgress",
      "inProgressWithinTime",
      "inProgressOverdue",
      "closedWithoutResult"
    };
    for (int i = 0; i < names.length; i++) {
      assertThat(line.get(names[i]).asLong()).as(names[i] + " of " + line).isEqualTo(expected[i]);
    }
    assertThat(line.get("received").asLong())
        .isEqualTo(
            line.get("settled").asLong()
                + line.get("inProgress").asLong()
                + line.get("closedWithoutResult").asLong());
  }

  private void publish(DossierEvent... happened) {
    transaction.executeWithoutResult(
        status -> {
          for (DossierEvent event : happened) {
            events.publishEvent(event);
          }
        });
  }

  /** 2026, Vietnam's local time, e.g. {@code "03-31 23:30"}. */
  static Instant at(String monthDayTime) {
    return LocalDateTime.parse("2026-" + monthDayTime.replace(' ', 'T'))
        .atZone(Instants.VIETNAM)
        .toInstant();
  }

  private Dossier dossier(
      long id, String field, Channel channel, @Nullable String received, @Nullable String due) {
    return new Dossier(
        id,
        agency,
        null,
        field,
        channel,
        received == null ? null : at(received),
        due == null ? null : at(due),
        0);
  }

  /** The facts a dossier's events carry, as the dossier module fills them. */
  record Dossier(
      long id,
      long agency,
      @Nullable Long parent,
      String field,
      Channel channel,
      @Nullable Instant receivedAt,
      @Nullable Instant dueAt,
      int supplementRequests) {

    Dossier child(long parentId) {
      return new Dossier(
          id, agency, parentId, field, channel, receivedAt, dueAt, supplementRequests);
    }

    Dossier supplements(int count) {
      return new Dossier(id, agency, parent, field, channel, receivedAt, dueAt, count);
    }

    DossierFacts facts(
        DossierStatus status, @Nullable Instant finishedAt, @Nullable Timeliness timeliness) {
      return new DossierFacts(
          id,
          "T-" + id,
          agency,
          agency,
          parent,
          "1.001193",
          field,
          channel,
          status,
          receivedAt,
          dueAt,
          finishedAt,
          timeliness,
          supplementRequests,
          null);
    }

    DossierEvent received() {
      return new DossierEvent.Received(
          facts(DossierStatus.PROCESSING, null, null), receivedAt, "Cán bộ");
    }

    DossierEvent settled(String at, Timeliness timeliness) {
      return new DossierEvent.ResultReady(
          facts(DossierStatus.SETTLED, at(at), timeliness), at(at), "Lãnh đạo", "KQ", true);
    }

    DossierEvent supplementRequested(String at) {
      return new DossierEvent.SupplementRequested(
          facts(DossierStatus.SUPPLEMENT_REQUESTED, null, null),
          at(at),
          "Chuyên viên",
          java.util.List.of("Tờ khai"),
          "Thiếu",
          supplementRequests > 1);
    }

    DossierEvent withdrawn(String at) {
      return new DossierEvent.Closed(
          facts(DossierStatus.WITHDRAWN, null, null), at(at), "Cán bộ", "Công dân rút");
    }

    DossierEvent refused(String at) {
      boolean afterAppraisal = receivedAt != null;
      return new DossierEvent.Refused(
          facts(
              DossierStatus.REFUSED,
              afterAppraisal ? at(at) : null,
              afterAppraisal ? Timeliness.EARLY : null),
          at(at),
          "Lãnh đạo",
          "Không đủ điều kiện",
          afterAppraisal);
    }
  }
}
