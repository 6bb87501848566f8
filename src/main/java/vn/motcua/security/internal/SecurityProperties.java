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
 */
@ConfigurationProperties("motcua.security")
@Validated
record SecurityProperties(
    @DefaultValue("5") @Min(1) int maxFailedSignIns, @DefaultValue("15m") Duration lockDuration) {}
