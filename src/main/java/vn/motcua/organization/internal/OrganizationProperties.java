package vn.motcua.organization.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Officer account settings ({@code motcua.organization.*}).
 *
 * @param minPasswordLength the fewest characters of a password an officer chooses (the temporary
 *     passwords an administrator hands out are longer)
 */
@ConfigurationProperties("motcua.organization")
@Validated
record OrganizationProperties(@DefaultValue("10") @Min(8) @Max(64) int minPasswordLength) {}
