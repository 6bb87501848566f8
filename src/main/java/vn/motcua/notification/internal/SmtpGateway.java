package vn.motcua.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.motcua.notification.internal.StoredMessage.Status;

/** Email through the SMTP server of {@code spring.mail.*}, as UTF-8 plain text. */
final class SmtpGateway implements MessageGateway {

  private final JavaMailSender sender;
  private final String from;

  SmtpGateway(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public Status deliver(StoredMessage message) {
    MimeMessage mime = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(message.recipient());
      helper.setSubject(Objects.requireNonNullElse(message.subject(), ""));
      helper.setText(message.body(), false);
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(mime);
    return Status.SENT;
  }
}
