package vn.motcua.portal.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Protection of the public lookup against enumeration ({@code motcua.portal.lookup.*}).
 *
 * @param freeFailures failed lookups from one client within the window that are answered at once
 * @param maxFailures failed lookups within the window after which the client is refused
 * @param window the period over which failures are counted
 * @param delayStep how much longer each failure beyond the free ones waits for its answer
 * @param lockDuration how long a client is refused after too many failures
 */
@ConfigurationProperties("motcua.portal.lookup")
@Validated
record LookupProperties(
    @DefaultValue("5") @Min(0) int freeFailures,
    @DefaultValue("10") @Min(1) int maxFailures,
    @DefaultValue("15m") Duration window,
    @DefaultValue("200ms") Duration delayStep,
    @DefaultValue("15m") Duration lockDuration) {}
