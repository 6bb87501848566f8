package vn.motcua.security.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings ({@code motcua.security.*}).
 *
 * @param maxFailedSignIns failed sign-ins in a row after which an account is locked
 * @param lockDuration how long such an account stays locked
 * @param apiTokenLifetime how long an API client's bearer token is valid
 * @param apiTokenKey the key that signs API tokens, Base64 of at least 32 bytes, the same on every
 *     node; empty: a key made at each start
 */
@ConfigurationProperties("motcua.security")
@Validated
record SecurityProperties(
    @DefaultValue("5") @Min(1) int maxFailedSignIns,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("15m") Duration apiTokenLifetime,
    @DefaultValue("") String apiTokenKey) {}
