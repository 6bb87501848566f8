package vn.motcua.notification.internal;

import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The gateway of each channel, chosen once at start-up: email through SMTP when Spring Boot
 * configured a mail sender ({@code spring.mail.host} is set), SMS through the HTTP gateway when
 * {@code motcua.notification.sms.gateway=http}; the log otherwise.
 */
@Component
class Gateways {

  private static final Logger log = LoggerFactory.getLogger(Gateways.class);

  private final Map<Channel, MessageGateway> byChannel = new EnumMap<>(Channel.class);

  Gateways(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn("No spring.mail.host: emails are written to the log, not sent");
    }
    byChannel.put(
        Channel.EMAIL,
        sender == null ? new LoggingGateway() : new SmtpGateway(sender, properties.from()));
    byChannel.put(
        Channel.SMS,
        properties.sms().gateway() == NotificationProperties.Sms.Gateway.HTTP
            ? new HttpSmsGateway(properties.sms())
            : new LoggingGateway());
  }

  MessageGateway of(Channel channel) {
    return byChannel.get(channel);
  }
}
