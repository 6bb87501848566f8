package vn.motcua.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClientException;
import vn.motcua.notification.internal.StoredMessage.Status;

/** The HTTP SMS gateway against a real HTTP server on a free local port. */
class HttpSmsGatewayTests {

  HttpServer server;
  final AtomicInteger answer = new AtomicInteger(200);
  final AtomicReference<String> body = new AtomicReference<>();
  final AtomicReference<String> authorization = new AtomicReference<>();
  final AtomicReference<String> contentType = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/sms",
        exchange -> {
          body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
          exchange.sendResponseHeaders(answer.get(), -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  HttpSmsGateway gateway(String username, String password) {
    URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    return new HttpSmsGateway(
        new NotificationProperties.Sms(
            NotificationProperties.Sms.Gateway.HTTP,
            url,
            username,
            password,
            true,
            Duration.ofSeconds(30)));
  }

  static StoredMessage sms(String text) {
    return new StoredMessage(
        1,
        "RECEIVED",
        Channel.SMS,
        "0912345678",
        null,
        text,
        "X-1",
        Status.SENDING,
        1,
        null,
        null,
        Instant.EPOCH,
        null);
  }

  @Test
  void postsRecipientAndTextAsJsonWithBasicAuthentication() {
    Status status = gateway("motcua", "bí mật").deliver(sms("Ho so X-1 da duoc tiep nhan"));

    assertThat(status).isEqualTo(Status.SENT);
    assertThat(contentType.get()).startsWith("application/json");
    assertThat(body.get())
        .contains("\"to\":\"0912345678\"")
        .contains("\"text\":\"Ho so X-1 da duoc tiep nhan\"");
    assertThat(authorization.get())
        .isEqualTo(
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString("motcua:bí mật".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anAnswerOtherThanSuccessIsAFailureToRetry() {
    answer.set(503);

    assertThatThrownBy(() -> gateway("motcua", "x").deliver(sms("text")))
        .isInstanceOf(RestClientException.class);
  }

  @Test
  void aGatewayThatDoesNotAnswerIsAFailureToRetry() {
    server.stop(0);

    assertThatThrownBy(() -> gateway("motcua", "x").deliver(sms("text")))
        .isInstanceOf(RestClientException.class);
  }

  @Test
  void theHttpGatewayNeedsAUrl() {
    assertThatThrownBy(
            () ->
                new NotificationProperties.Sms(
                    NotificationProperties.Sms.Gateway.HTTP, null, null, null, true, Duration.ZERO))
        .hasMessageContaining("motcua.notification.sms.url");
  }
}
