package vn.motcua.portal.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.portal.OneTimeCodeSender;

/**
 * Writes one-time codes to the log instead of mailing them: the demo's sender, and the fallback
 * where no mail sender is configured (see {@link PortalConfiguration}).
 */
class LoggingOneTimeCodeSender implements OneTimeCodeSender {

  private static final Logger log = LoggerFactory.getLogger(LoggingOneTimeCodeSender.class);

  @Override
  public void send(String email, String code, Duration validFor) {
    log.info("One-time sign-in code for {}: {} (valid {} min)", email, code, validFor.toMinutes());
  }
}
