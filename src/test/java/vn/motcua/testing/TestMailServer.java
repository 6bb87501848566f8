package vn.motcua.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the integration tests of this JVM, started once on a free port
 * before the first application context and never stopped: every context of the suite sends its
 * email there ({@link TestMailEnvironment}). Tests find their messages by recipient, since all
 * tests share it.
 */
public final class TestMailServer {

  private static volatile GreenMail server;

  private TestMailServer() {}

  public static GreenMail server() {
    GreenMail running = server;
    if (running == null) {
      synchronized (TestMailServer.class) {
        if (server == null) {
          GreenMail started = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
          started.start();
          server = started;
        }
        running = server;
      }
    }
    return running;
  }

  /** The Spring properties that send the application's email to this server. */
  static Map<String, Object> springProperties() {
    return Map.of(
        "spring.mail.host", "127.0.0.1", "spring.mail.port", server().getSmtp().getPort());
  }

  /** The messages received so far for this address. */
  public static List<MimeMessage> messagesTo(String address) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(message -> isFor(message, address))
        .toList();
  }

  private static boolean isFor(MimeMessage message, String address) {
    try {
      Address[] recipients = message.getAllRecipients();
      return recipients != null
          && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
