package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.Instants;
import vn.motcua.testing.IntegrationTest;
import vn.motcua.testing.TestHttp;
import vn.motcua.testing.TestMailServer;

/**
 * Officers learn in the application and by email that a dossier entered their queue, and once that
 * one they hold is due tomorrow or overdue.
 */
@IntegrationTest
class OfficerNotificationsIntegrationTests {

  static final String RECEPTION = TestHttp.basic("tiepnhan", "demo");
  static final String SPECIALIST = TestHttp.basic("chuyenvien", "demo");

  @LocalServerPort int port;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired DueReminders reminders;
  @Autowired LockProvider locks;

  TestHttp http;

  @BeforeEach
  void setUp() {
    http = new TestHttp(port);
  }

  JsonNode receive(String applicant) {
    String body =
        """
        {"procedureCode":"1.001193","channel":"IN_PERSON",
         "applicant":{"name":"%s","idNumber":"092099001234","address":"Phường Thốt Nốt"}}
        """
            .formatted(applicant);
    HttpResponse<String> created =
        http.postJson("/api/v1/dossiers", body, "Authorization", RECEPTION);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json.readTree(created.body());
  }

  void act(String code, String who, String action, int version) {
    HttpResponse<String> response =
        http.postJson(
            "/api/v1/dossiers/" + code + "/actions",
            "{\"action\":\"%s\",\"version\":%d}".formatted(action, version),
            "Authorization",
            who);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  long officerId(String username) {
    return jdbc.sql("SELECT id FROM officer WHERE username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  List<String> notices(String code, String username) {
    return jdbc.sql(
            "SELECT kind FROM officer_notification WHERE dossier_code = :code AND officer_id = :o"
                + " ORDER BY id")
        .param("code", code)
        .param("o", officerId(username))
        .query(String.class)
        .list();
  }

  List<MimeMessage> mailsAbout(String code, String address) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestMailServer.messagesTo(address).stream()
                    .filter(m -> ApplicantNotificationsIntegrationTests.subject(m).contains(code))
                    .toList(),
            mails -> !mails.isEmpty());
  }

  @Test
  void dossierEnteringTheSpecialistsQueueIsANoticeAndAnEmail() throws Exception {
    String code = receive("Lý Thị Mai").get("code").asString();

    assertThat(notices(code, "chuyenvien")).containsExactly("QUEUE");
    MimeMessage mail = mailsAbout(code, "chuyenvien@demo.motcua.vn").getFirst();
    assertThat(mail.getSubject()).isEqualTo("Hồ sơ " + code + " vừa chuyển đến Ông/Bà");
    assertThat((String) mail.getContent())
        .contains("vừa vào hàng đợi xử lý của Ông/Bà")
        .contains("http://localhost:8080/dossiers/" + code);

    http.signIn("chuyenvien", "demo");
    assertThat(http.get("/notifications/unread").body()).contains("unread-notices");
    HttpResponse<String> page = http.get("/notifications");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Hồ sơ " + code).contains("vừa vào hàng đợi của bạn");
    assertThat(http.postForm("/notifications/read", Map.of()).statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM officer_notification WHERE dossier_code = :code"
                        + " AND read_at IS NULL AND officer_id = :o")
                .param("code", code)
                .param("o", officerId("chuyenvien"))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void takingAStepOneselfIsNoNewsButForwardingItIsNewsToTheLeader() {
    String code = receive("Đỗ Văn Nam").get("code").asString();
    act(code, SPECIALIST, "TAKE", 0);
    act(code, SPECIALIST, "FORWARD", 1);

    assertThat(notices(code, "chuyenvien")).containsExactly("QUEUE");
    assertThat(notices(code, "lanhdao")).containsExactly("QUEUE");
  }

  @Test
  void heldDossierIsRemindedOnceTheDayBeforeAndOnceWhenOverdue() {
    JsonNode dossier = receive("Hà Văn Phúc");
    String code = dossier.get("code").asString();
    act(code, SPECIALIST, "TAKE", 0);
    Instant due = OffsetDateTime.parse(dossier.get("dueAt").asString()).toInstant();
    LocalDate dueDay = LocalDate.ofInstant(due, Instants.VIETNAM);
    Instant dayBefore = dueDay.minusDays(1).atTime(7, 0).atZone(Instants.VIETNAM).toInstant();
    Instant twoDaysBefore = dayBefore.minus(Duration.ofDays(1));

    reminders.remind(twoDaysBefore);
    assertThat(notices(code, "chuyenvien")).containsExactly("QUEUE");

    reminders.remind(dayBefore);
    reminders.remind(dayBefore.plus(Duration.ofHours(2)));
    assertThat(notices(code, "chuyenvien")).containsExactly("QUEUE", "DUE_TOMORROW");

    reminders.remind(due.plus(Duration.ofHours(1)));
    reminders.remind(due.plus(Duration.ofDays(1)));
    assertThat(notices(code, "chuyenvien")).containsExactly("QUEUE", "DUE_TOMORROW", "OVERDUE");

    assertThat(mailsAbout(code + " đã quá hạn", "chuyenvien@demo.motcua.vn")).hasSize(1);
    assertThat(mailsAbout(code + " đến hạn ngày mai", "chuyenvien@demo.motcua.vn")).hasSize(1);
  }

  @Test
  void aDailyRunHoldsTheDatabaseLockSoThatNoOtherNodeRunsItToo() {
    reminders.daily();

    assertThat(
            locks.lock(
                new LockConfiguration(
                    Instant.now(),
                    "notification.due-reminders",
                    Duration.ofMinutes(1),
                    Duration.ZERO)))
        .as("another node asking for the lock")
        .isEmpty();
  }
}
