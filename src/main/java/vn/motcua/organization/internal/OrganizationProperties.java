package vn.motcua.organization.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Officer account settings ({@code motcua.organization.*}).
 *
 * @param minPasswordLength the fewest characters of a password an officer chooses (the temporary
 *     passwords an administrator hands out are longer)
 * @param cacheLifetime how long a node keeps an agency it read by id: a change made on another node
 *     reaches this one within it (changes on this node at once)
 */
@ConfigurationProperties("motcua.organization")
@Validated
record OrganizationProperties(
    @DefaultValue("10") @Min(8) @Max(64) int minPasswordLength,
    @DefaultValue("5s") Duration cacheLifetime) {}
