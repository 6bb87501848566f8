package vn.motcua.testing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sends the email of every application context of the test suite to {@link TestMailServer}, and
 * lets the notification dispatcher look for due messages often, so that tests need not wait long.
 * Outside the test suite (no {@code motcua.test.database} property) it changes nothing.
 */
public class TestMailEnvironment implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!TestDatabase.selected().isEmpty()) {
      Map<String, Object> properties = new HashMap<>(TestMailServer.springProperties());
      properties.put("motcua.notification.dispatch-interval", "300ms");
      environment
          .getPropertySources()
          .addFirst(new MapPropertySource("motcua-test-mail", properties));
    }
  }
}
