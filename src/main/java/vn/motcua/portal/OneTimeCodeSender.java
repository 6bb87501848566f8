package vn.motcua.portal;

import java.time.Duration;

/**
 * Delivers a one-time sign-in code to a citizen's email address. The notification module mails it
 * through its outbox (in the demo, without a mail server, administrators read it on the sent
 * messages page).
 */
public interface OneTimeCodeSender {

  void send(String email, String code, Duration validFor);
}
