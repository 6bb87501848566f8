package vn.motcua.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import vn.motcua.security.Account;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

class ApiTokensTests {

  static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

  static ApiTokens tokens(String key, Instant now) {
    return new ApiTokens(
        new SecurityProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15), key),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  static SignedInOfficer specialist() {
    return new SignedInOfficer(
        new Account(
            7,
            "chuyenvien",
            "{bcrypt}x",
            "Trần Văn Bình",
            3,
            "UBND phường Thốt Nốt",
            Map.of(Role.SPECIALIST, Set.of(3L, 4L), Role.RECEPTION, Set.of(3L)),
            Set.of("ho-tich", "chung-thuc"),
            true,
            false),
        false);
  }

  @Test
  void tokenSpeaksForTheOfficerWithTheSameRolesAgenciesAndFields() {
    ApiTokens tokens = tokens(KEY, NOW);
    ApiTokens.Issued issued = tokens.issue(specialist());

    SignedInOfficer read =
        (SignedInOfficer)
            tokens.officers().convert(tokens.decoder().decode(issued.token())).getPrincipal();

    assertThat(issued.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    assertThat(read.officerId()).isEqualTo(7);
    assertThat(read.getUsername()).isEqualTo("chuyenvien");
    assertThat(read.fullName()).isEqualTo("Trần Văn Bình");
    assertThat(read.agencyName()).isEqualTo("UBND phường Thốt Nốt");
    assertThat(read.agenciesFor(Role.SPECIALIST)).containsExactlyInAnyOrder(3L, 4L);
    assertThat(read.agenciesFor(Role.RECEPTION)).containsExactly(3L);
    assertThat(read.hasRole(Role.LEADER)).isFalse();
    assertThat(read.fields()).containsExactlyInAnyOrder("ho-tich", "chung-thuc");
    assertThat(read.getPassword()).isEmpty();
  }

  @Test
  void expiredTokenIsRefused() {
    String token = tokens(KEY, NOW.minus(Duration.ofMinutes(20))).issue(specialist()).token();

    assertThatThrownBy(() -> tokens(KEY, NOW).decoder().decode(token))
        .isInstanceOf(JwtValidationException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void tokenKnownFromAnEarlierRequestIsRefusedOnceExpired() {
    AtomicReference<Instant> now = new AtomicReference<>(NOW);
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    ApiTokens tokens =
        new ApiTokens(
            new SecurityProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15), KEY), clock);
    String token = tokens.issue(specialist()).token();
    assertThat(tokens.decoder().decode(token).getSubject()).isEqualTo("chuyenvien");

    now.set(NOW.plus(Duration.ofMinutes(17))); // past the expiry and the minute of allowed skew

    assertThatThrownBy(() -> tokens.decoder().decode(token))
        .isInstanceOf(JwtValidationException.class);
  }

  @Test
  void tokenOfAnotherKeyIsRefused() {
    String other =
        Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());
    String token = tokens(other, NOW).issue(specialist()).token();

    assertThatThrownBy(() -> tokens(KEY, NOW).decoder().decode(token))
        .hasMessageContaining("signature");
  }

  @Test
  void shortKeyIsAConfigurationError() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> tokens(shortKey, NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 32 bytes");
  }
}
