package vn.motcua.portal.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.portal.OneTimeCodeSender;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

  /** Codes go to the log unless another module delivers them (by mail). */
  @Bean
  @ConditionalOnMissingBean(OneTimeCodeSender.class)
  OneTimeCodeSender loggingOneTimeCodeSender() {
    return new LoggingOneTimeCodeSender();
  }
}
