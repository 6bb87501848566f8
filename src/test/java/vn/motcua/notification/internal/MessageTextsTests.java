package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTextsTests {

  @Test
  void blanksAreFilledByNameAndUnknownOnesStay() {
    assertThat(
            MessageTexts.fill(
                "Hồ sơ {code} hẹn {dueAt}, {unknown} $1 \\", Map.of("code", "A-1", "dueAt", "$2")))
        .isEqualTo("Hồ sơ A-1 hẹn $2, {unknown} $1 \\");
  }

  @Test
  void timesAreWrittenInVietnamsTime() {
    assertThat(MessageTexts.time(Instant.parse("2026-03-05T07:30:00Z")))
        .isEqualTo("14:30 05/03/2026");
    assertThat(MessageTexts.time(null)).isEmpty();
  }

  @Test
  void retriesWaitTwiceAsLongEachTimeUpToTheLongestWait() {
    NotificationProperties properties =
        new NotificationProperties(
            Locale.of("vi"),
            "MotCua <no-reply@motcua.local>",
            Duration.ofSeconds(10),
            Duration.ofMinutes(1),
            Duration.ofHours(1),
            8,
            "0 0 7 * * *",
            new NotificationProperties.Sms(
                NotificationProperties.Sms.Gateway.LOG, null, null, null, true, Duration.ZERO));

    assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(properties.retryDelay(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(properties.retryDelay(7)).isEqualTo(Duration.ofHours(1));
    assertThat(properties.retryDelay(40)).isEqualTo(Duration.ofHours(1));
  }
}
