package vn.motcua.portal;

import java.time.Duration;

/**
 * Delivers a one-time sign-in code to a citizen's email address. MotCua's own implementation only
 * writes it to the log (the demo's way of showing it); the notification module's mail replaces it
 * where mail is configured.
 */
public interface OneTimeCodeSender {

  void send(String email, String code, Duration validFor);
}
