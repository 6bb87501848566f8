package vn.motcua.notification.internal;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import vn.motcua.notification.internal.StoredMessage.Status;

/**
 * SMS through a provider's HTTP API: {@code POST {url}} with {@code {"to": "0912345678", "text":
 * "…"}} as JSON, HTTP Basic when a user is configured. Any answer other than 2xx is a failure (and
 * retried); providers whose API differs get an adapter of their own beside this one.
 */
final class HttpSmsGateway implements MessageGateway {

  private final RestClient client;

  HttpSmsGateway(NotificationProperties.Sms settings) {
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
    requests.setReadTimeout(settings.timeout());
    RestClient.Builder builder =
        RestClient.builder()
            .requestFactory(requests)
            .baseUrl(Objects.requireNonNull(settings.url()).toString());
    if (settings.username() != null) {
      String password = settings.password() == null ? "" : settings.password();
      // UTF-8 (RFC 7617) rather than ISO-8859-1, so that a password may be typed in Vietnamese.
      String credentials =
          HttpHeaders.encodeBasicAuth(settings.username(), password, StandardCharsets.UTF_8);
      builder.defaultHeaders(headers -> headers.setBasicAuth(credentials));
    }
    this.client = builder.build();
  }

  @Override
  public Status deliver(StoredMessage message) {
    client
        .post()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("to", message.recipient(), "text", message.body()))
        .retrieve()
        .toBodilessEntity();
    return Status.SENT;
  }
}
