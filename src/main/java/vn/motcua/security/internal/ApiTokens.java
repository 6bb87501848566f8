package vn.motcua.security.internal;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import vn.motcua.security.Account;
import vn.motcua.security.Role;
import vn.motcua.security.SignedInOfficer;

/**
 * Bearer tokens for API clients: a client signs in once (HTTP Basic, or its browser session), then
 * sends the token with every request. The token is a JWT signed with HMAC-SHA256 that carries what
 * a request needs to know of the officer (the agencies each role covers, the fields), so a request
 * costs neither an adaptive password hash nor a session read and write.
 *
 * <p>The price of not looking the officer up: one deactivated or given other roles keeps the old
 * token's rights until it expires ({@code motcua.security.api-token-lifetime}, 15 minutes by
 * default). Without {@code motcua.security.api-token-key} each start makes a key of its own, so
 * tokens end with a restart and are valid on that node only.
 */
@Component
class ApiTokens {

  private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
  private static final MacAlgorithm ALGORITHM = MacAlgorithm.HS256;
  private static final int MAX_VERIFIED = 10_000;

  /** A token and when it stops being valid. */
  record Issued(String token, Instant expiresAt) {}

  private final NimbusJwtEncoder encoder;
  private final NimbusJwtDecoder decoder;
  private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
  private final SecurityProperties properties;
  private final Clock clock;

  ApiTokens(SecurityProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    SecretKey key = new SecretKeySpec(keyBytes(properties.apiTokenKey()), "HmacSHA256");
    this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
    this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(ALGORITHM).build();
    // Expiry by the application's clock, the one that set it.
    JwtTimestampValidator expiry = new JwtTimestampValidator();
    expiry.setClock(clock);
    decoder.setJwtValidator(expiry);
  }

  Issued issue(SignedInOfficer officer) {
    Instant now = clock.instant();
    Instant expiresAt = now.plus(properties.apiTokenLifetime());
    Map<String, List<Long>> grants = new TreeMap<>();
    for (Role role : officer.roles()) {
      grants.put(role.name(), officer.agenciesFor(role).stream().sorted().toList());
    }
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .subject(officer.getUsername())
            .issuedAt(now)
            .expiresAt(expiresAt)
            .claim("oid", officer.officerId())
            .claim("name", officer.fullName())
            .claim("agency", officer.agencyId())
            .claim("agencyName", officer.agencyName())
            .claim("grants", grants)
            .claim("fields", officer.fields().stream().sorted().toList())
            .build();
    String token =
        encoder
            .encode(JwtEncoderParameters.from(JwsHeader.with(ALGORITHM).build(), claims))
            .getTokenValue();
    return new Issued(token, expiresAt);
  }

  /**
   * Reads a token: verified once, then known until it expires. A client sends the same token with
   * every request, and checking its signature and parsing its claims each time was a twentieth of a
   * request's work.
   */
  JwtDecoder decoder() {
    return token -> {
      Jwt known = verified.get(token);
      if (known != null && clock.instant().isBefore(Objects.requireNonNull(known.getExpiresAt()))) {
        return known;
      }
      Jwt jwt = decoder.decode(token);
      if (verified.size() >= MAX_VERIFIED) {
        verified.clear(); // the expired go with the rest; those in use are verified again
      }
      verified.put(token, jwt);
      return jwt;
    };
  }

  /** The officer a verified token speaks for, as the rest of the application knows officers. */
  Converter<Jwt, AbstractAuthenticationToken> officers() {
    return jwt -> new OfficerToken(new SignedInOfficer(account(jwt), false));
  }

  /** An officer authenticated by a token: no password was proved in this request. */
  static final class OfficerToken extends AbstractAuthenticationToken {

    private final SignedInOfficer officer;

    OfficerToken(SignedInOfficer officer) {
      super(officer.getAuthorities());
      this.officer = officer;
      setAuthenticated(true);
    }

    @Override
    public SignedInOfficer getPrincipal() {
      return officer;
    }

    @Override
    public @Nullable Object getCredentials() {
      return null;
    }
  }

  private static Account account(Jwt jwt) {
    Map<Role, Set<Long>> scope = new EnumMap<>(Role.class);
    jwt.getClaimAsMap("grants")
        .forEach(
            (role, agencies) -> {
              Set<Long> ids = new HashSet<>();
              for (Object id : (List<?>) agencies) {
                ids.add(((Number) id).longValue());
              }
              scope.put(Role.valueOf(role), ids);
            });
    return new Account(
        ((Number) jwt.getClaim("oid")).longValue(),
        jwt.getSubject(),
        "",
        jwt.getClaimAsString("name"),
        ((Number) jwt.getClaim("agency")).longValue(),
        jwt.getClaimAsString("agencyName"),
        scope,
        Set.copyOf(jwt.getClaimAsStringList("fields")),
        true,
        false);
  }

  private static byte[] keyBytes(String configured) {
    if (configured.isBlank()) {
      log.info(
          "No motcua.security.api-token-key: API tokens are signed with a key made at start; they"
              + " end with a restart and hold on this node only.");
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      return key;
    }
    byte[] key = Base64.getDecoder().decode(configured.strip());
    if (key.length < 32) {
      throw new IllegalStateException(
          "motcua.security.api-token-key must be at least 32 bytes, in Base64");
    }
    return key;
  }
}
