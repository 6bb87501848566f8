package vn.motcua.portal.internal;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Deadlines for answering citizens' feedback ({@code motcua.portal.feedback.*}), in working days of
 * the settling agency.
 *
 * @param answerDays to answer
 * @param refuseDays to refuse to handle it (not the agency's, anonymous, already settled)
 */
@ConfigurationProperties("motcua.portal.feedback")
@Validated
record FeedbackProperties(
    @DefaultValue("15") @Min(1) int answerDays, @DefaultValue("2") @Min(1) int refuseDays) {}
